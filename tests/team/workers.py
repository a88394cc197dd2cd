"""Workstation processes for the team tests: each opens the shared database as a workstation would and does
one kind of work, started together at a given moment so that they really race.

    python -m tests.team.workers invoices URL COUNT START_AT   # COUNT invoices of 2027, one transaction each
    python -m tests.team.workers rename URL NAME START_AT      # site 1 renamed, its change announced (Y2)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time


def wait_until(start_at: float) -> None:
    while time.time() < start_at:
        time.sleep(0.005)


def invoices(url: str, count: int, start_at: float) -> list[str]:
    from desktop_app.db import open_database
    from desktop_app.models import Account
    from desktop_app.services.desk import Desk
    from desktop_app.services.invoices import issue
    from desktop_app.settings import Settings

    db = open_database(url)
    desk = Desk(db)
    settings = Settings()

    def one(s, actor):
        account = s.get(Account, 1)
        return issue(s, actor, account, "order", [], 10_000, dt.date(2027, 1, 4), settings).number

    wait_until(start_at)
    numbers = [desk.run(one) for _ in range(count)]
    db.dispose()
    return numbers


def rename_site(url: str, name: str, start_at: float) -> str:
    """Rename site 1 as another workstation would, its transaction collecting what it changed."""
    from desktop_app.db import open_database
    from desktop_app.live import WORKSTATION
    from desktop_app.models import Site
    from desktop_app.services.desk import Desk

    db = open_database(url)

    def rename(s, actor):
        site = s.get(Site, 1)
        site.name = name

    wait_until(start_at)
    Desk(db).run(rename)
    db.dispose()
    return WORKSTATION


if __name__ == "__main__":
    kind, url = sys.argv[1], sys.argv[2]
    if kind == "invoices":
        print(json.dumps(invoices(url, int(sys.argv[3]), float(sys.argv[4]))))
    elif kind == "rename":
        print(json.dumps(rename_site(url, sys.argv[3], float(sys.argv[4]))))
