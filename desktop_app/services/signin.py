"""Signing in (S5, S7): who opens the window or runs a command.

Five wrong passwords in a row lock the login for 15 minutes; the count and the end of the lock are kept on the
staff row, so a restart does not reset them. A database whose only staff user has no password opens as that
user (one person on one workstation) until a second staff user exists.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import StaffUser
from desktop_app.services.staff import check_password, ensure_owner

_ = texts("signin")
MAX_TRIES = 5
LOCK_FOR = dt.timedelta(minutes=15)


class SignInRefused(UserError):
    pass


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite hands back naive datetimes; they were stored in UTC
        return value.replace(tzinfo=dt.timezone.utc)
    return value


def _until(value: dt.datetime) -> str:
    return value.astimezone(clock.SEOUL).strftime("%Y-%m-%d %H:%M")


def password_free_user(s: Session) -> StaffUser | None:
    """S7: the only staff user, when it has no password (an empty database gets its owner first)."""
    if s.scalar(select(func.count(StaffUser.id))) == 0:
        ensure_owner(s)
    users = list(s.scalars(select(StaffUser).limit(2)))
    if len(users) == 1 and users[0].password_hash is None and users[0].active:
        return users[0]
    return None


def has_password(s: Session, staff_id: int) -> bool:
    return s.scalar(select(StaffUser.password_hash).where(StaffUser.id == staff_id)) is not None


def needs_sign_in(db) -> StaffUser | None:
    """None when someone must sign in; else the user the database opens as (S7)."""
    with db.session() as s:
        return password_free_user(s)


def sign_in(db, login: str, password: str) -> StaffUser:
    """The staff user `login` when `password` is theirs; else SignInRefused saying why (and, when locked,
    until when). A failure is counted even though it is refused."""
    now = clock.now()
    refusal: SignInRefused | None = None
    with db.session() as s:
        user = s.scalars(select(StaffUser).where(StaffUser.login == login.strip())).first()
        locked = _aware(user.locked_until) if user is not None else None
        if user is None:
            refusal = SignInRefused(_("로그인 이름이나 비밀번호가 맞지 않습니다."), field="password")
        elif locked is not None and locked > now:
            refusal = SignInRefused(_("비밀번호를 {n}번 틀려 '{login}' 로그인이 {until}까지 잠겼습니다 (S5). 그 뒤에 다시 "
                                      "시도하거나 PAA(주 관리자)에게 비밀번호 재설정을 요청하세요.",
                                      n=MAX_TRIES, login=user.login, until=_until(locked)), field="locked")
        elif not user.active:
            refusal = SignInRefused(_("'{login}' 계정은 비활성화되었습니다. PAA(주 관리자)에게 문의하세요.",
                                      login=user.login), field="active")
        elif user.password_hash is None:
            refusal = SignInRefused(_("'{login}' 에는 아직 비밀번호가 없습니다. PAA(주 관리자)에게 비밀번호 설정을 "
                                      "요청하세요.", login=user.login), field="password")
        elif not check_password(password, user.password_hash):
            user.failed_logins += 1
            left = MAX_TRIES - user.failed_logins
            if left <= 0:
                user.failed_logins, user.locked_until = 0, (now + LOCK_FOR).astimezone(dt.timezone.utc)
                refusal = SignInRefused(_("비밀번호를 {n}번 틀려 '{login}' 로그인이 {until}까지 잠겼습니다 (S5). 그 뒤에 "
                                          "다시 시도하거나 PAA(주 관리자)에게 비밀번호 재설정을 요청하세요.",
                                          n=MAX_TRIES, login=user.login, until=_until(user.locked_until)),
                                        field="locked")
            else:
                refusal = SignInRefused(_("로그인 이름이나 비밀번호가 맞지 않습니다. {left}번 더 틀리면 15분 동안 "
                                          "잠깁니다.", left=left), field="password")
        else:
            user.failed_logins, user.locked_until = 0, None
    if refusal is not None:
        raise refusal
    return user
