"""Secrets (database and mail passwords) in the OS keyring behind a small interface (S5)."""

from __future__ import annotations

from desktop_app import APP_ID


def get_secret(name: str) -> str | None:
    import keyring

    return keyring.get_password(APP_ID, name)


def set_secret(name: str, value: str) -> None:
    import keyring

    keyring.set_password(APP_ID, name, value)


def delete_secret(name: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(APP_ID, name)
    except PasswordDeleteError:
        pass
