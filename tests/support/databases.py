"""Real database files for the tests that run the commands in another process."""

from pathlib import Path

from desktop_app.db import open_database
from desktop_app.services import demo
from desktop_app.services.desk import Desk


def demo_file(path: Path) -> Path:
    """A database file at `path` with the demo data in it."""
    db = open_database(path)
    try:
        Desk(db).run(demo.fill_demo)
    finally:
        db.dispose()
    return path
