"""`desktop-app staff add|list|deactivate|password` (issue #14): staff administration on the command line,
under the same rules as the 직원 section (S1–S3, S5, S7)."""

from __future__ import annotations

import sys

from desktop_app.errors import UserError
from desktop_app.i18n import texts

_ = texts("cli")


def read_password_stdin() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError(_("--password-stdin: 표준 입력의 첫 줄에 비밀번호를 주세요."), field="password")
    return line


def _features(text: str | None):
    from desktop_app.models import Feature

    out = set()
    for name in filter(None, (p.strip() for p in (text or "").split(","))):
        try:
            out.add(Feature(name))
        except ValueError:
            raise UserError(_("'{name}' 라는 권한은 없습니다. {names} 중에서 고르세요.", name=name,
                              names=", ".join(f.value for f in Feature)), field="features") from None
    return frozenset(out)


def _accounts(s, text: str | None) -> frozenset[int]:
    from desktop_app.services.accounts import find_account

    return frozenset(find_account(s, key.strip()).id for key in (text or "").split(",") if key.strip())


def cmd_staff(args, db_arg: str | None) -> int:
    from desktop_app.cli.signin import desk_for
    from desktop_app.db import open_database
    from desktop_app.services import staff

    db = open_database(db_arg)
    try:
        own_password = args.staff_command == "password"
        desk = desk_for(db, allow_password_change=own_password)
        if args.staff_command == "list":
            for r in desk.read(staff.staff_rows, desk.actor):
                print("\t".join(_row(r)))
            return 0
        if args.staff_command == "add":
            password = read_password_stdin()
            with db.session() as s:
                ids = _accounts(s, args.accounts)
            data = staff.StaffInput(args.login, args.name, _features(args.features), args.paa,
                                    all_accounts=not args.accounts, account_ids=ids, all_orders=args.all_orders)
            user = desk.run(staff.add_user, data, password)
            print(_("직원 '{login}' ({name}) 을 추가했습니다.", login=user.login, name=user.name))
            return 0
        with db.session() as s:
            target = staff.by_login(s, args.login)
        if args.staff_command == "deactivate":
            desk.run(staff.set_active, target.id, False)
            print(_("직원 '{login}' 을 비활성화했습니다.", login=target.login))
            return 0
        password = read_password_stdin()
        if target.id == desk.actor.id:
            desk.run(staff.change_own_password, _current_password(desk.actor), password)
        else:
            desk.run(staff.reset_password, target.id, password)
        print(_("'{login}' 의 비밀번호를 바꿨습니다.", login=target.login))
        return 0
    finally:
        db.dispose()


def _current_password(actor) -> str:
    from desktop_app.cli.signin import as_login, password_for

    return password_for(actor.login) if as_login else ""


def _row(r) -> list[str]:
    features = "PAA" if r.is_paa else ",".join(sorted(f.value for f in r.features)) or "-"
    scope = "*" if r.all_accounts or r.is_paa else ",".join(r.account_names)
    state = "active" if r.active else "inactive"
    return [r.login, r.name, features, scope, "all-orders" if r.all_orders else "own-orders", state]
