"""`desktop-app billing run --date YYYY-MM-DD` and `desktop-app invoices export --xlsx OUT` (issue #5)."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace

from desktop_app.errors import UserError
from desktop_app.i18n import texts

_ = texts("cli")


def parse_date(text: str | None, what: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(_("{option} '{text}' 는 날짜가 아닙니다. YYYY-MM-DD 로 적으세요 (예: 2026-12-01).", option=what,
                          text=text)) from None


def cmd_billing_run(date_text: str, db_arg: str | None) -> int:
    from desktop_app.cli.signin import signed_in
    from desktop_app.db import open_database
    from desktop_app.services import billing
    from desktop_app.settings import Settings

    run_date = parse_date(date_text, "--date")
    db = open_database(db_arg)
    try:
        report = billing.run(db, run_date, Settings(), actor=signed_in(db))
    finally:
        db.dispose()
    print("\n".join(report.lines()))
    return 1 if report.failures else 0


def cmd_invoices_export(out: str, status: str | None, due_from: str | None, due_to: str | None,
                        account: str | None, db_arg: str | None) -> int:
    from desktop_app.db import open_database
    from desktop_app.pricing.billing import STATUSES
    from desktop_app.services import export
    from desktop_app.services.accounts import find_account
    from desktop_app.services.invoices import InvoiceFilter

    if status and status not in STATUSES:
        raise UserError(_("--status '{status}' 는 없는 상태입니다. {choices} 중 하나를 쓰세요.", status=status,
                          choices=", ".join(STATUSES)))
    f = InvoiceFilter(status or "", None, parse_date(due_from, "--due-from"), parse_date(due_to, "--due-to"))
    from desktop_app.cli.signin import desk_for

    db = open_database(db_arg, create=False)  # reads only: a mistyped path is refused, never made
    try:
        desk = desk_for(db)  # the export holds only the accounts in the user's scope (S3)
        if account:
            f = replace(f, account_id=desk.read(find_account, account).id)
        n = desk.read(export.export_invoices, f, out)
    finally:
        db.dispose()
    print(_("청구서 {count}건을 {path} 에 저장했습니다.", count=n, path=out), file=sys.stdout)
    return 0
