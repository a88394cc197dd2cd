"""`desktop-app replica init` and `desktop-app sync` (Y3, Y7): make a replica, sync it once, or show its state."""

from __future__ import annotations

import argparse

from desktop_app.i18n import texts

_ = texts("sync")


def add_sync_commands(sub) -> None:
    replica = sub.add_parser("replica", help="a local replica for offline work").add_subparsers(
        dest="replica_command", required=True)
    init = replica.add_parser("init", help="make a replica of what you may see and register this workstation")
    init.add_argument("--server", required=True, help="the team's PostgreSQL URL")
    init.add_argument("--db", dest="sub_db", required=True, help="the new SQLite file of the replica")
    init.add_argument("--as", dest="sub_as", metavar="LOGIN", required=True, help="your staff login")
    init.add_argument("--name", default="", help="a name for this workstation (default: the file name)")
    sync = sub.add_parser("sync", help="sync a replica once with its server, or show its state")
    sync.add_argument("--db", dest="sub_db", required=True, help="the replica's SQLite file")
    sync.add_argument("--as", dest="sub_as", metavar="LOGIN", help="your staff login")
    sync.add_argument("--status", action="store_true", help="print online/offline, queued operations, conflicts")
    sync.add_argument("--conflicts", action="store_true", help="list the operations that need a decision")


def cmd_replica(args: argparse.Namespace) -> int:
    from desktop_app.cli.signin import as_login, password_for
    from desktop_app.sync.replica import init

    code, rows = init(args.server, args.sub_db, as_login, password_for(as_login), args.name)
    print(_("복제본 {db} 을(를) 만들었습니다: 워크스테이션 {code}, 행 {rows}개.", db=args.sub_db, code=code, rows=rows))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop_app.cli import signin
    from desktop_app.db import open_database
    from desktop_app.errors import UserError
    from desktop_app.sync.replica import counts
    from desktop_app.sync.sync import online, sync_once

    local = open_database(args.sub_db, create=False)
    try:
        if args.conflicts:
            return _conflicts(local)
        if args.status:
            up = online(local)
            queued, conflicts = counts(local)
            print(_("상태: {state}", state=_("온라인") if up else _("오프라인")))
            print(_("대기 중인 작업: {n}", n=queued))
            print(_("결정이 필요한 충돌: {n}", n=conflicts))
            return 0
        if signin.as_login is None:
            raise UserError(_("동기화하려면 --as 로그인이름 을 주세요."), field="as")
        done = sync_once(local, signin.as_login, signin.password_for(signin.as_login))
        print(_("동기화했습니다: 보냄 {applied}, 충돌 {conflicts}, 거절 {refused}; 받은 행 {rows}. 대기 {queued}, "
                "결정 필요 {open}.", applied=done.pushed.applied, conflicts=done.pushed.conflicts,
                refused=done.pushed.refused, rows=done.pulled.rows, queued=done.queued, open=done.conflicts))
        return 0
    finally:
        local.dispose()


def _conflicts(local) -> int:
    from sqlalchemy import select

    from desktop_app.models import SyncConflict

    with local.session() as s:
        rows = list(s.scalars(select(SyncConflict).where(SyncConflict.decided.is_(None)).order_by(SyncConflict.id)))
        for c in rows:
            print(f"{c.op_uuid}  {c.kind}  {c.reason}  {c.message}")
            for field, v in c.fields.items():
                print(_("    {field}: 내 값 {mine} / 서버 값 {theirs}", field=field, mine=v.get("mine"),
                        theirs=v.get("theirs")))
    return 0
