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
    connect = cmds.add_parser("connect", help="this workstation: use the shared database (URL in the settings, "
                                              "password in the keyring), after checking it")
    connect.add_argument("--db", dest="sub_db", required=True, help="postgresql://user@host/database?sslmode=…")
    connect.add_argument("--password-stdin", action="store_true", help="read the role's password from standard "
                                                                      "input and keep it in the keyring")
    connect.add_argument("--as", dest="sub_as", metavar="LOGIN",
                         help="also check that this staff user signs in on the shared database (password from "
                              "RESELLER_DESK_PASSWORD or a prompt); the settings stay as they were if not")
    upgrade = cmds.add_parser("upgrade", help="migrate the shared database to this version's schema")
    upgrade.add_argument("--db", dest="sub_db", required=True, help="postgresql://owner@host/database?sslmode=…")
    for owner_only in (init, upgrade):  # accepted only to be refused with the reason (not "unrecognized")
        owner_only.add_argument("--as", dest="sub_as", metavar="LOGIN", help=argparse.SUPPRESS)


def cmd_server(args: argparse.Namespace) -> int:
    from desktop_app import server
    from desktop_app.cli import signin

    if args.server_command != "connect" and signin.as_login is not None:
        # init and upgrade run as the database's owner role, before any staff user or in an older schema
        raise UserError(_("server {command} 은 데이터베이스 소유자 역할로 실행하며 직원 로그인(--as)을 쓰지 않습니다: "
                          "소유자 역할의 비밀번호가 곧 권한입니다. --as 없이 다시 실행하세요.",
                          command=args.server_command), "as")
    if args.server_command == "connect":
        return _connect(args.sub_db, args.password_stdin)
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


def _connect(url: str, password_stdin: bool) -> int:
    """Keep the password in the keyring and the URL (without it) in the settings, once the database opens."""
    from sqlalchemy.engine import make_url

    from desktop_app import postgres
    from desktop_app.db import open_database
    from desktop_app.settings import Settings

    u = make_url(url)
    if not postgres.is_postgres(u):
        raise UserError(_("server connect 는 PostgreSQL 주소(postgresql://사용자@서버/데이터베이스)에만 씁니다."), "db")
    if u.password is not None:
        raise UserError(_("비밀번호를 주소에 넣지 마세요: 설정 파일에 남습니다. --password-stdin 으로 주면 키링에 "
                          "보관합니다."), "db")
    if password_stdin:
        from keyring.errors import KeyringError

        from desktop_app.secrets import SESSION

        try:
            if postgres.remember_password(u, sys.stdin.readline().rstrip("\r\n")) == SESSION:
                raise KeyringError("no keyring")  # kept for this process only: useless to a command that ends
        except KeyringError:
            raise UserError(_("이 컴퓨터에는 비밀번호를 보관할 키링이 없습니다. 비밀번호를 ~/.pgpass 파일에 두고 "
                              "--password-stdin 없이 다시 하세요."), "password") from None
    database = open_database(url)  # refuses a wrong password, an unready or newer schema with its reason
    try:
        from desktop_app.cli import signin

        user = signin.signed_in(database) if signin.as_login is not None else None  # a wrong password: kept nothing
    finally:
        database.dispose()
    settings = Settings()
    settings.set("database", u.render_as_string(hide_password=False))
    settings.save()
    print(_("이 컴퓨터는 이제 공유 데이터베이스 {where} 를 씁니다 (비밀번호는 키링에 있습니다).", where=str(u)))
    if user is not None:
        print(_("{name} ({login}) 로 로그인할 수 있습니다.", name=user.name, login=user.login))
    return 0
