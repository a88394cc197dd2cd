"""Shared fixtures: offscreen Qt, a fresh SQLite file per test, an in-memory keyring, a fixed clock."""

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

TODAY = dt.date(2026, 11, 22)


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


@pytest.fixture
def db(db_path):
    from desktop_app.db import open_database

    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def desk(db):
    from desktop_app.services.desk import Desk
    from desktop_app.services.staff import ensure_owner

    with db.session() as s:
        owner = ensure_owner(s)
    return Desk(db, owner)


@pytest.fixture
def demo_desk(desk):
    from desktop_app.services import demo

    desk.run(demo.fill_demo)
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
