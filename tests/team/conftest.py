"""Fixtures of the team tests: a shared database on the test PostgreSQL server."""

import pytest

from desktop_app.db import open_database
from desktop_app.services import demo
from desktop_app.services.desk import Desk


@pytest.fixture
def shared(pg_server):
    """The URL of a fresh shared database with the demo data in it; dropped afterwards."""
    name = pg_server.fresh_database()
    url = pg_server.url(name)
    db = open_database(url)
    Desk(db).run(demo.fill_demo)
    db.dispose()
    yield url
    pg_server.drop(name)
