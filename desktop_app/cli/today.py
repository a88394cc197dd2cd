"""`desktop-app today`: what needs a person today (D1), as text — the same list the Today section shows."""

from __future__ import annotations

from desktop_app import clock
from desktop_app.i18n import texts

_ = texts("cli.today")


def cmd_today(db_arg: str | None) -> int:
    from desktop_app.cli.signin import desk_for
    from desktop_app.db import open_database
    from desktop_app.services.today import today_list

    db = open_database(db_arg)
    try:
        found = desk_for(db).read(today_list, clock.today())  # only the accounts in the user's scope (S3)
    finally:
        db.dispose()
    print(_("{day} 오늘 할 일", day=found.day.isoformat()))
    print("\n".join(found.lines()))
    return 0
