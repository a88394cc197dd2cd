"""`desktop-app server init|upgrade`: the administrator's commands for a team's shared database (Y1)."""

from __future__ import annotations

import argparse
import sys

from desktop_app.errors import UserError
from desktop_app.i18n import texts

_ = texts("server")


def add_server_commands(sub: argparse._SubParsersAction) -> None:
    server = sub.add_parser("server", help="a team's shared PostgreSQL database (run as its owner role)")
    cmds = server.add_subparsers(dest="server_command", required=True)
    init = cmds.add_parser("init", help="create the schema and the first PAA on an empty database")
    init.add_argument("--db", dest="sub_db", required=True, help="postgresql://owner@host/database?sslmode=…")
    init.add_argument("--admin", required=True, help="the first PAA's login")
    init.add_argument("--name", help="the first PAA's name (default: the login)")
    init.add_argument("--password-stdin", action="store_true", required=True,
                      help="read the PAA's password from standard input (first line)")
    upgrade = cmds.add_parser("upgrade", help="migrate the shared database to this version's schema")
    upgrade.add_argument("--db", dest="sub_db", required=True, help="postgresql://owner@host/database?sslmode=…")


def cmd_server(args: argparse.Namespace) -> int:
    from desktop_app import server

    if args.server_command == "init":
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UserError(_("표준 입력에서 관리자 비밀번호를 읽지 못했습니다. 예: echo \"$PW\" | desktop-app server "
                              "init …"), "password")
        done = server.init(args.sub_db, args.admin, password, args.name)
    else:
        print(server.advice(args.sub_db))
        done = server.upgrade(args.sub_db)
    for line in done.lines:
        print(line)
    return 0
