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
    sla = sub.add_parser("sla", help="compute the clocks of one support request from a JSON file (T2)")
    sla.add_argument("request", help="the request file, or - for standard input")
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
    today = sub.add_parser("today", help="what needs a person today (renewals, overdue invoices, trials …)")
    today.add_argument("--db", dest="sub_db", help="SQLite file path or database URL")
    from desktop_app.cli.server import add_server_commands

    add_server_commands(sub)
    requests = sub.add_parser("requests", help="support requests").add_subparsers(dest="requests_command",
                                                                                 required=True)
    rexport = requests.add_parser("export", help="export the open support requests with their due times (T5)")
    rexport.add_argument("--xlsx", required=True, help="the workbook to write")
    rexport.add_argument("--open", action="store_true", help="open the workbook when written")
    rexport.add_argument("--db", dest="sub_db", help="SQLite file path or database URL")
    return p


def _database_arg(args: argparse.Namespace) -> str | None:
    from desktop_app.settings import Settings

    return getattr(args, "sub_db", None) or args.db or Settings().database_url() or None


def cmd_demo(db_arg: str | None) -> int:
    from desktop_app.db import open_database
    from desktop_app.services import demo
    from desktop_app.services.desk import Desk

    db = open_database(db_arg)
    try:
        n = Desk(db).run(demo.fill_demo)  # as the owner, through the door every change goes through
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
        if args.command == "sla":
            from desktop_app.cli.sla import cmd_sla

            return cmd_sla(args.request)
        if args.command == "requests":
            from desktop_app.cli.requests import cmd_requests_export

            return cmd_requests_export(args.xlsx, args.open, _database_arg(args))
        if args.command == "billing":
            from desktop_app.cli.billing import cmd_billing_run

            return cmd_billing_run(args.date, _database_arg(args))
        if args.command == "invoices":
            from desktop_app.cli.billing import cmd_invoices_export

            return cmd_invoices_export(args.xlsx, args.status, args.due_from, args.due_to, args.account,
                                       _database_arg(args))
        if args.command == "server":
            from desktop_app.cli.server import cmd_server

            return cmd_server(args)
        if args.command == "quote":
            from desktop_app.cli.quote import cmd_quote

            return cmd_quote(args.request, args.pdf, getattr(args, "sub_db", None) or args.db)
        if args.command == "today":
            from desktop_app.cli.today import cmd_today

            return cmd_today(_database_arg(args))
        from desktop_app.app import run

        return run(_database_arg(args), demo=args.demo, lang=args.lang)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
