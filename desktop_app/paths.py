"""Where things live: the shipped resources and the user's data and config folders."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app import APP_ID

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder; RESELLER_DESK_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("RESELLER_DESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("RESELLER_DESK_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_ID, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "reseller-desk.sqlite3"
