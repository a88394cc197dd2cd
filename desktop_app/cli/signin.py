"""Who runs a command (S5, S7): `--as LOGIN` with the password from RESELLER_DESK_PASSWORD or a prompt on a
terminal; without `--as`, a database whose only staff user has no password runs as that user. Every command
that opens a database signs in here, so the services see the same user, permissions and scope as the window."""

from __future__ import annotations

import getpass
import os
import sys

from desktop_app.errors import PermissionDenied, UserError
from desktop_app.i18n import texts
from desktop_app.models import StaffUser

_ = texts("cli")
PASSWORD_ENV = "RESELLER_DESK_PASSWORD"

as_login: str | None = None  # set by cli/main.py from --as


def password_for(login: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(str(_("{login} 의 비밀번호: ", login=login)))
    raise UserError(_("'{login}' 의 비밀번호가 없습니다. 환경 변수 {env} 에 넣거나 터미널에서 실행해 입력하세요.",
                      login=login, env=PASSWORD_ENV), field="password")


def signed_in(db, allow_password_change: bool = False) -> StaffUser:
    """The staff user this command runs as; UserError (exit 2) when no one is signed in."""
    from desktop_app.services.signin import needs_sign_in, sign_in

    if as_login is None:
        user = needs_sign_in(db)
        if user is None:
            raise PermissionDenied(_("이 데이터베이스에는 직원이 여럿이거나 비밀번호가 있어 로그인이 필요합니다. "
                                     "--as 로그인이름 을 붙이고 비밀번호는 {env} 환경 변수나 터미널에서 주세요 (S7).",
                                     env=PASSWORD_ENV), field="sign_in")
        return user
    user = sign_in(db, as_login, password_for(as_login))
    if user.must_change_password and not allow_password_change:
        raise PermissionDenied(_("'{login}' 의 비밀번호는 재설정되었습니다. 먼저 `staff password {login} "
                                 "--password-stdin --as {login}` 으로 새 비밀번호를 정하세요.", login=user.login),
                               field="must_change_password")
    return user


def desk_for(db, allow_password_change: bool = False):
    from desktop_app.services.desk import Desk

    return Desk(db, signed_in(db, allow_password_change))
