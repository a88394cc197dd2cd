"""Command line: `desktop-app` starts the window; sub-commands work without one."""

from __future__ import annotations

import argparse
import sys

from desktop_app.errors import UserError
from desktop_app.i18n import texts

_ = texts("cli")

AS_HELP = "sign in as this staff user (password from RESELLER_DESK_PASSWORD or a terminal prompt)"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="desktop-app", description="Reseller Desk")
    p.add_argument("--db", help="SQLite file path or database URL (default: the user's data folder)")
    p.add_argument("--demo", action="store_true", help="fill an empty database with demo data, then start")
    p.add_argument("--lang", choices=("ko", "en"), help="interface language for this start")
    p.add_argument("--as", dest="as_login", metavar="LOGIN", help=AS_HELP)
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill an empty database with demo data")
    _common(demo)
    price = sub.add_parser("price", help="price an order from a JSON request and print the breakdown")
    price.add_argument("request", help="the request file, or - for standard input")
    _common(price)
    quote = sub.add_parser("quote", help="make a quote PDF from a price request; recorded when --db is given")
    quote.add_argument("request", help="the request file (as for price), or - for standard input")
    quote.add_argument("--pdf", required=True, help="where to write the PDF")
    _common(quote)
    sla = sub.add_parser("sla", help="compute the clocks of one support request from a JSON file (T2)")
    sla.add_argument("request", help="the request file, or - for standard input")
    billing = sub.add_parser("billing", help="billing runs").add_subparsers(dest="billing_command", required=True)
    run = billing.add_parser("run", help="issue the invoices due on a date (renewals, NAVER usage); idempotent")
    run.add_argument("--date", required=True, help="the run date, YYYY-MM-DD")
    _common(run)
    invoices = sub.add_parser("invoices", help="invoices").add_subparsers(dest="invoices_command", required=True)
    export = invoices.add_parser("export", help="export invoices to an Excel workbook")
    export.add_argument("--xlsx", required=True, help="the workbook to write")
    export.add_argument("--status", help="unpaid, partial, paid, overdue or void")
    export.add_argument("--due-from", help="due on or after, YYYY-MM-DD")
    export.add_argument("--due-to", help="due on or before, YYYY-MM-DD")
    export.add_argument("--account", help="an account's name or registration number")
    _common(export)
    staff = sub.add_parser("staff", help="staff users (PAA or the staff permission)").add_subparsers(
        dest="staff_command", required=True)
    add = staff.add_parser("add", help="add a staff user; the password is read from standard input")
    add.add_argument("login")
    add.add_argument("--name", required=True, help="the name shown in the window and the audit log")
    add.add_argument("--paa", action="store_true", help="a primary access administrator (PAA only)")
    add.add_argument("--features", help="comma-separated: sites,licences,orders,quotes,invoices,payments,groups,"
                                        "support,catalog,staff")
    add.add_argument("--accounts", help="comma-separated account names or registration numbers (default: all)")
    add.add_argument("--all-orders", action="store_true", help="sees and changes every order and quote")
    add.add_argument("--password-stdin", action="store_true", required=True, help="read the password from stdin")
    _common(add)
    _common(staff.add_parser("list", help="list the staff users"))
    deactivate = staff.add_parser("deactivate", help="deactivate a staff user (never deleted)")
    deactivate.add_argument("login")
    _common(deactivate)
    password = staff.add_parser("password", help="set your own password, or as a PAA reset another's")
    password.add_argument("login")
    password.add_argument("--password-stdin", action="store_true", required=True,
                          help="read the new password from stdin")
    _common(password)
    today = sub.add_parser("today", help="what needs a person today (renewals, overdue invoices, trials …)")
    _common(today)
    from desktop_app.cli.server import add_server_commands

    add_server_commands(sub)
    from desktop_app.cli.sync import add_sync_commands

    add_sync_commands(sub)
    requests = sub.add_parser("requests", help="support requests").add_subparsers(dest="requests_command",
                                                                                 required=True)
    rexport = requests.add_parser("export", help="export the open support requests with their due times (T5)")
    rexport.add_argument("--xlsx", required=True, help="the workbook to write")
    rexport.add_argument("--open", action="store_true", help="open the workbook when written")
    _common(rexport)
    return p


def _common(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--db", dest="sub_db", help="SQLite file path or database URL")
    sp.add_argument("--as", dest="sub_as", metavar="LOGIN", help=AS_HELP)


def _database_arg(args: argparse.Namespace) -> str | None:
    from desktop_app.settings import Settings

    return getattr(args, "sub_db", None) or args.db or Settings().database_url() or None


def cmd_demo(db_arg: str | None) -> int:
    from desktop_app.cli.signin import desk_for
    from desktop_app.db import open_database
    from desktop_app.services import demo

    db = open_database(db_arg)
    try:
        n = desk_for(db).run(demo.fill_demo)  # as the signed-in user, through the door every change goes through
    finally:
        db.dispose()
    print(_("데모 고객 계정 {count}개를 {where} 에 넣었습니다.", count=n, where=db.where))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from desktop_app.cli import signin

    signin.as_login = getattr(args, "sub_as", None) or args.as_login
    try:
        if args.command == "staff":
            from desktop_app.cli.staff import cmd_staff

            return cmd_staff(args, _database_arg(args))
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
        if args.command == "replica":
            from desktop_app.cli.sync import cmd_replica

            return cmd_replica(args)
        if args.command == "sync":
            from desktop_app.cli.sync import cmd_sync

            return cmd_sync(args)
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
