"""Secrets live in the keyring only (S5): never in settings.json; with no keyring, for this session only."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail

from desktop_app import APP_ID, secrets
from desktop_app.settings import Settings

URL = "postgresql+psycopg://desk:Pa55-w0rd!@db.example.co.kr:5432/reseller"
BARE = "postgresql+psycopg://desk@db.example.co.kr:5432/reseller"


def same_url(url: str) -> tuple:
    """A URL's parts (its password percent-encoded or not)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return (u.drivername, u.username, u.password, u.host, u.port, u.database)


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())


def test_a_database_url_password_goes_to_the_keyring_not_to_the_settings_file(tmp_path):
    st = Settings(tmp_path / "settings.json")
    st.set("database", URL)
    st.save()
    text = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert "Pa55-w0rd!" not in text and "Pa55" not in text
    assert json.loads(text)["database"] == BARE
    assert keyring.get_password(APP_ID, "database:desk@db.example.co.kr:5432/reseller") == "Pa55-w0rd!"
    from desktop_app import postgres

    assert postgres.engine_url(BARE).password == "Pa55-w0rd!"  # what a connection uses
    again = Settings(tmp_path / "settings.json")
    assert again.get("database") == BARE and same_url(again.database_url()) == same_url(URL)
    assert again.session_only == []


def test_a_password_left_in_settings_by_an_older_version_moves_to_the_keyring(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"database": URL, "language": "en"}), encoding="utf-8")
    st = Settings(path)
    assert "Pa55-w0rd!" not in path.read_text(encoding="utf-8")
    assert same_url(st.database_url()) == same_url(URL) and st.get("language") == "en"


def test_a_file_path_setting_is_kept_as_it_is(tmp_path):
    st = Settings(tmp_path / "settings.json")
    st.set("database", "/home/kim/desk@work/desk.sqlite3")
    st.save()
    assert Settings(tmp_path / "settings.json").database_url() == "/home/kim/desk@work/desk.sqlite3"


def test_without_a_keyring_reading_gives_nothing_and_does_not_fail(no_keyring):
    assert not secrets.keyring_available()
    assert secrets.get_secret("smtp-password") is None
    secrets.delete_secret("smtp-password")


def test_without_a_keyring_a_secret_is_kept_for_the_session_only_and_never_in_the_file(no_keyring, tmp_path):
    assert secrets.set_secret("smtp-password", "app-password-1") == secrets.SESSION
    assert secrets.get_secret("smtp-password") == "app-password-1"
    st = Settings(tmp_path / "settings.json")
    st.set("database", URL)
    st.save()
    assert st.session_only == ["database"]
    assert "Pa55-w0rd!" not in (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert same_url(Settings(tmp_path / "settings.json").database_url()) == same_url(URL)  # this session still connects
    secrets.forget_session()  # the next start
    assert Settings(tmp_path / "settings.json").database_url() == BARE
    assert secrets.get_secret("smtp-password") is None
    assert "운영체제 키링이 없어" in secrets.SESSION_ONLY


def test_a_keyring_added_later_takes_the_secret_from_the_session(no_keyring):
    from tests.conftest import MemoryKeyring

    secrets.set_secret("smtp-password", "first")
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert secrets.set_secret("smtp-password", "second") == secrets.KEYRING
    assert secrets.get_secret("smtp-password") == "second" and memory.store[(APP_ID, "smtp-password")] == "second"


def test_server_connect_with_a_password_and_no_keyring_refuses_instead_of_keeping_it_nowhere(
        no_keyring, monkeypatch, tmp_path):
    import io

    from desktop_app.cli.server import _connect
    from desktop_app.errors import UserError

    monkeypatch.setattr("sys.stdin", io.StringIO("Pa55-w0rd!\n"))
    with pytest.raises(UserError) as err:
        _connect(BARE, password_stdin=True)
    assert "키링이 없습니다" in err.value.message and err.value.field == "password"
    assert not Settings().path.exists()
