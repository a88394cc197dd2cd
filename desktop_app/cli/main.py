"""Command line: `desktop-app` starts the window; sub-commands work without one."""

from __future__ import annotations

import argparse
import sys

from desktop_app.errors import UserError
from desktop_app.i18n import texts

_ = texts("cli")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desktop-app", description="Reseller Desk")
    p.add_argument("--db", help="SQLite file path or database URL (default: the user's data folder)")
    p.add_argument("--demo", action="store_true", help="fill an empty database with demo data, then start")
    p.add_argument("--lang", choices=("ko", "en"), help="interface language for this start")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--db", dest="sub_db", help="SQLite file path or database URL")
    price = sub.add_parser("price", help="price an order from a JSON request and print the breakdown")
    price.add_argument("request", help="the request file, or - for standard input")
    price.add_argument("--db", dest="sub_db", help="database to look discount codes up in")
    quote = sub.add_parser("quote", help="make a quote PDF from a price request; recorded when --db is given")
    quote.add_argument("request", help="the request file (as for price), or - for standard input")
    quote.add_argument("--pdf", required=True, help="where to write the PDF")
    quote.add_argument("--db", dest="sub_db", help="database to record the quote in")
    billing = sub.add_parser("billing", help="billing runs").add_subparsers(dest="billing_command", required=True)
    run = billing.add_parser("run", help="issue the invoices due on a date (renewals, NAVER usage); idempotent")
    run.add_argument("--date", required=True, help="the run date, YYYY-MM-DD")
    run.add_argument("--db", dest="sub_db", help="SQLite file path or database URL")
    invoices = sub.add_parser("invoices", help="invoices").add_subparsers(dest="invoices_command", required=True)
    export = invoices.add_parser("export", help="export invoices to an Excel workbook")
    export.add_argument("--xlsx", required=True, help="the workbook to write")
    export.add_argument("--status", help="unpaid, partial, paid, overdue or void")
    export.add_argument("--due-from", help="due on or after, YYYY-MM-DD")
    export.add_argument("--due-to", help="due on or before, YYYY-MM-DD")
    export.add_argument("--account", help="an account's name or registration number")
    export.add_argument("--db", dest="sub_db", help="SQLite file path or database URL")
    return p


def _database_arg(args: argparse.Namespace) -> str | None:
    from desktop_app.settings import Settings

    return getattr(args, "sub_db", None) or args.db or Settings().get("database") or None


def cmd_demo(db_arg: str | None) -> int:
    from desktop_app.db import open_database
    from desktop_app.services import demo, staff

    db = open_database(db_arg)
    try:
        with db.session() as s:
            n = demo.fill_demo(s, staff.ensure_owner(s))
    finally:
        db.dispose()
    print(_("데모 고객 계정 {count}개를 {where} 에 넣었습니다.", count=n, where=db.where))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            return cmd_demo(_database_arg(args))
        if args.command == "price":
            from desktop_app.cli.price import cmd_price

            return cmd_price(args.request, _database_arg(args))
        if args.command == "billing":
            from desktop_app.cli.billing import cmd_billing_run

            return cmd_billing_run(args.date, _database_arg(args))
        if args.command == "invoices":
            from desktop_app.cli.billing import cmd_invoices_export

            return cmd_invoices_export(args.xlsx, args.status, args.due_from, args.due_to, args.account,
                                       _database_arg(args))
        if args.command == "quote":
            from desktop_app.cli.quote import cmd_quote

            return cmd_quote(args.request, args.pdf, getattr(args, "sub_db", None) or args.db)
        from desktop_app.app import run

        return run(_database_arg(args), demo=args.demo, lang=args.lang)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
