"""Workstation processes for the team tests: each opens the shared database as a workstation would and does
one kind of work, started together at a given moment so that they really race.

    python -m tests.team.workers invoices URL COUNT START_AT   # COUNT invoices of 2027, one transaction each
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


if __name__ == "__main__":
    kind, url, count, start_at = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    if kind == "invoices":
        print(json.dumps(invoices(url, count, start_at)))
