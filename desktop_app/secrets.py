"""Secrets (database and mail passwords) in the OS keyring behind a small interface (S5).

A secret is never written to a file. Where no keyring exists (no backend, or one that cannot start), the
secret is kept in memory for this session only: `set_secret` answers `SESSION` and the caller shows
`SESSION_ONLY` so the user knows it will be asked again at the next start. Reading never fails for a missing
keyring: no secret is simply None. A keyring that exists but refuses (locked, denied) raises as before,
so the user can unlock it and try again.
"""

from __future__ import annotations

from desktop_app import APP_ID
from desktop_app.i18n import texts

_ = texts("secrets")

KEYRING = "keyring"
SESSION = "session"

SESSION_ONLY = _("이 컴퓨터에는 운영체제 키링이 없어 비밀번호를 이번 실행 동안만 기억합니다. 파일에는 저장하지 않으므로 "
                 "다음에 시작할 때 다시 입력해야 합니다.")

_session: dict[str, str] = {}


def _no_keyring(exc: BaseException) -> bool:
    from keyring.errors import InitError, NoKeyringError

    return isinstance(exc, (NoKeyringError, InitError))


def keyring_available() -> bool:
    import keyring

    try:
        keyring.get_password(APP_ID, "-probe-")
    except Exception as exc:
        if _no_keyring(exc):
            return False
    return True


def get_secret(name: str) -> str | None:
    if name in _session:
        return _session[name]
    import keyring

    try:
        return keyring.get_password(APP_ID, name)
    except Exception as exc:
        if _no_keyring(exc):
            return None
        raise


def set_secret(name: str, value: str) -> str:
    """Keep `value`: in the keyring (KEYRING) or, where none exists, for this session only (SESSION)."""
    import keyring

    try:
        keyring.set_password(APP_ID, name, value)
    except Exception as exc:
        if not _no_keyring(exc):
            raise
        _session[name] = value
        return SESSION
    _session.pop(name, None)
    return KEYRING


def delete_secret(name: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    _session.pop(name, None)
    try:
        keyring.delete_password(APP_ID, name)
    except PasswordDeleteError:
        pass
    except Exception as exc:
        if not _no_keyring(exc):
            raise


def forget_session() -> None:
    """Drop the secrets kept for this session (tests; a sign-out)."""
    _session.clear()


def url_secret_name(url: str) -> str:
    """The keyring entry of a database URL's password: one per server, user and database (the password and
    the URL's options do not matter)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    port = u.port or (5432 if u.get_backend_name() == "postgresql" else "")
    return f"database:{u.username or ''}@{u.host or ''}:{port}/{u.database or ''}"


def split_url(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None). Plain file paths come back as they are."""
    if "://" not in url or "@" not in url:
        return url, None
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # not a URL SQLAlchemy reads: leave it to the open to say so
        return url, None
    if u.password is None:
        return url, None
    return u._replace(password=None).render_as_string(hide_password=False), str(u.password)  # set() keeps None


def with_password(url: str) -> str:
    """The URL with the password kept for it (keyring or session) put back, when there is one."""
    if "://" not in url or "@" not in url:
        return url
    password = get_secret(url_secret_name(url))
    if password is None:
        return url
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)
