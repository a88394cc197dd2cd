"""Shared fixtures: offscreen Qt, a fresh database per test, an in-memory keyring, a fixed clock.

Every test that uses the `db` fixture (and so `desk`, `demo_desk`, the GUI fixtures) runs twice: on a SQLite
file and on a real PostgreSQL server that the session starts itself (tests/support/postgres.py). A test that
also asks for `db_path` is about the SQLite file itself and runs on SQLite only.
`RESELLER_DESK_TEST_BACKENDS=sqlite` limits a local run to SQLite.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
os.environ.setdefault("RESELLER_DESK_BUSY_TIMEOUT_MS", "300")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop_app import clock
from tests.support.dovecot import dovecot  # noqa: F401  (the session's IMAP server, started on first use)

TODAY = dt.date(2026, 11, 22)
OWNER_PASSWORD = "owner-password-1"
# scrypt of OWNER_PASSWORD, made once (scrypt is slow on purpose, S5)
OWNER_HASH = ("scrypt$16384$8$1$00112233445566778899aabbccddeeff$"
              + __import__("hashlib").scrypt(OWNER_PASSWORD.encode(), salt=bytes.fromhex(
                  "00112233445566778899aabbccddeeff"), n=16384, r=8, p=1).hex())

BACKENDS = [b for b in os.environ.get("RESELLER_DESK_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", ["sqlite"] if "db_path" in metafunc.fixturenames else BACKENDS)


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the whole session, started on first use."""
    from tests.support.postgres import PgServer

    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture
def database_url(backend, tmp_path, request):
    """A fresh, migrated database of the test's backend: a SQLite file path, or a PostgreSQL URL."""
    if backend == "sqlite":
        yield str(tmp_path / "desk.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    name = server.fresh_database()
    yield server.url(name)
    server.drop(name)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("RESELLER_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RESELLER_DESK_CONFIG_DIR", str(tmp_path / "config"))
    keyring.set_keyring(MemoryKeyring())
    from desktop_app import secrets

    secrets.forget_session()
    clock.fix_today(TODAY)
    yield
    clock.set_clock(None)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "desk.sqlite3"


def _copy_sqlite(source: Path, target: Path) -> None:
    """A whole copy of a closed SQLite file (its WAL folded in), through SQLite's backup API."""
    import sqlite3

    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


@pytest.fixture(scope="session")
def _templates(tmp_path_factory) -> dict[str, Path]:
    """Two database files made once per session and copied for each test (migrating and filling the demo
    costs ~1 s a test): `blank` (migrated to head) and `demo` (blank + the owner + demo data on TODAY)."""
    from desktop_app.db import open_database
    from desktop_app.services import demo
    from desktop_app.services.desk import Desk
    from desktop_app.services.staff import ensure_owner

    folder = tmp_path_factory.mktemp("templates")
    blank, demo_file = folder / "blank.sqlite3", folder / "demo.sqlite3"
    open_database(blank).dispose()
    _copy_sqlite(blank, demo_file)
    clock.fix_today(TODAY)
    try:
        database = open_database(demo_file)
        with database.session() as s:
            owner = ensure_owner(s)
        Desk(database, owner).run(demo.fill_demo)
        database.dispose()
    finally:
        clock.set_clock(None)
    return {"blank": blank, "demo": demo_file}


@pytest.fixture
def db(database_url, backend, request, _templates):
    from desktop_app.db import open_database

    wants_demo = "demo_desk" in request.fixturenames
    if backend == "sqlite":
        _copy_sqlite(_templates["demo" if wants_demo else "blank"], Path(database_url))
    database = open_database(database_url)
    if backend != "sqlite" and wants_demo:  # a fresh server database: the demo filled here, on TODAY
        from desktop_app.services import demo
        from desktop_app.services.desk import Desk
        from desktop_app.services.staff import ensure_owner

        with database.session() as s:
            owner = ensure_owner(s)
        Desk(database, owner).run(demo.fill_demo)
    yield database
    _wait_for_background_work()  # a view's reload may still be reading: never close the database under it
    database.dispose()


def _wait_for_background_work() -> None:
    background = sys.modules.get("desktop_app.views.common.background")  # only where the views were used
    if background is not None:
        background.wait_for_running_jobs()


@pytest.fixture
def desk(db):
    from desktop_app.services.desk import Desk
    from desktop_app.services.staff import ensure_owner

    with db.session() as s:
        owner = ensure_owner(s)
        owner.password_hash = OWNER_HASH  # S7: an owner with a password may add staff users
    return Desk(db, owner)


@pytest.fixture
def demo_desk(desk):
    """The desk on a copy of the demo database (filled once per session on TODAY, see _templates)."""
    return desk


def count(db, model) -> int:
    from sqlalchemy import func, select

    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user would: ASCII key by key; Korean through the input method, as a Hangul IME commits it
    (QTest cannot synthesise key events for non-ASCII characters)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
