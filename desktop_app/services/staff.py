"""Staff users (domain.md §10): the owner made on first start, administration by a PAA or a holder of the
`staff` permission (S1–S3), passwords (S5, S7)."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop_app.errors import NotFound, PermissionDenied, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, StaffAccount, StaffUser
from desktop_app.services.access import FEATURE_NAMES, changes, may_read
from desktop_app.services.audit import record
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import no_account, scope_of

_ = texts("staff")
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 10  # S5


def hash_password(password: str) -> str:
    """Slow salted hash (S5): scrypt with a random salt, stored with its parameters."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    got = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(got.hex(), digest)


def validate_password(password: str, field_name: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError({field_name: _("비밀번호는 {n}자 이상이어야 합니다 (S5).", n=MIN_PASSWORD)})


def ensure_owner(s: Session) -> StaffUser:
    """The first staff user, a PAA named after the OS user, made when the database has none."""
    owner = s.scalars(select(StaffUser).where(StaffUser.is_paa.is_(True)).order_by(StaffUser.id)).first()
    if owner is None:
        try:
            login = getpass.getuser()
        except Exception:  # no user name in the environment (some services, containers)
            login = "owner"
        owner = StaffUser(login=login, name=login, is_paa=True, permissions="")
        s.add(owner)
        s.flush()
    return owner


@dataclass(frozen=True)
class StaffInput:
    login: str
    name: str
    features: frozenset[Feature] = frozenset()
    is_paa: bool = False
    all_accounts: bool = True
    account_ids: frozenset[int] = frozenset()
    all_orders: bool = False
    email: str = ""


@dataclass(frozen=True)
class StaffRow:
    id: int
    version: int
    login: str
    name: str
    email: str
    is_paa: bool
    features: frozenset[Feature]
    all_accounts: bool
    account_ids: frozenset[int]
    account_names: tuple[str, ...]
    all_orders: bool
    active: bool
    has_password: bool
    locked_until: dt.datetime | None = None
    must_change_password: bool = False
    extra: dict = field(default_factory=dict)

    def as_input(self) -> StaffInput:
        return StaffInput(self.login, self.name, self.features, self.is_paa, self.all_accounts, self.account_ids,
                          self.all_orders, self.email)


def staff_rows(s: Session, viewer: StaffUser) -> list[StaffRow]:
    """Every staff user, for a viewer with the `staff` permission (S6: staff administration reads too)."""
    may_read(s, viewer, Feature.STAFF)
    users = list(s.scalars(select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.login)))
    links: dict[int, list[tuple[int, str]]] = {}
    for staff_id, account_id, name in s.execute(
            select(StaffAccount.staff_id, StaffAccount.account_id, Account.name)
            .join(Account, Account.id == StaffAccount.account_id).order_by(Account.name)):
        links.setdefault(staff_id, []).append((account_id, name))
    return [StaffRow(u.id, u.version, u.login, u.name, u.email, u.is_paa, u.features(), u.all_accounts,
                     frozenset(a for a, _n in links.get(u.id, [])), tuple(n for _a, n in links.get(u.id, [])),
                     u.is_paa or u.all_orders, u.active, u.password_hash is not None, u.locked_until,
                     u.must_change_password) for u in users]


def by_login(s: Session, login: str) -> StaffUser:
    user = s.scalars(select(StaffUser).where(StaffUser.login == login)).first()
    if user is None:
        raise NotFound(_("'{login}' 라는 직원이 없습니다. `staff list` 로 로그인 이름을 확인하세요.", login=login),
                       field="login")
    return user


def _refuse(message: str, rule: str) -> PermissionDenied:
    return PermissionDenied(message, field=rule)


def _check_grant(s: Session, actor: StaffUser, data: StaffInput, user: StaffUser | None) -> None:
    """S1–S3: what `actor` may give; the last active PAA stays one."""
    if not actor.is_paa:
        if data.is_paa or (user is not None and user.is_paa):
            raise _refuse(_("PAA(주 관리자)를 만들거나 바꾸는 일은 PAA만 할 수 있습니다 (S1)."), "S1")
        missing = sorted(data.features - actor.features(), key=lambda f: f.value)
        if missing:
            raise _refuse(_("자신에게 없는 권한은 줄 수 없습니다: {features} (S2).",
                            features=", ".join(FEATURE_NAMES[f] for f in missing)), "S2")
        mine = scope_of(s, actor.id)
        if mine.account_ids is not None and (data.all_accounts or not data.account_ids <= mine.account_ids):
            raise _refuse(_("자신의 계정 범위 밖의 고객 계정은 줄 수 없습니다 (S3)."), "S3")
        if data.all_orders and not mine.all_orders:
            raise _refuse(_("자신에게 없는 '모든 주문' 권한은 줄 수 없습니다 (S3)."), "S3")
    if user is not None and user.is_paa and user.active and not data.is_paa:
        _keep_one_paa(s, user, _("마지막 활성 PAA(주 관리자)는 일반 직원으로 바꿀 수 없습니다 (S1). 먼저 다른 PAA를 "
                                 "지정하세요."))


def _keep_one_paa(s: Session, user: StaffUser, message: str) -> None:
    others = s.scalar(select(func.count(StaffUser.id)).where(StaffUser.is_paa.is_(True), StaffUser.active.is_(True),
                                                             StaffUser.id != user.id))
    if not others:
        raise _refuse(message, "S1")


def _validate(s: Session, data: StaffInput, user: StaffUser | None) -> None:
    errors = {}
    if not data.login.strip() or any(c.isspace() for c in data.login):
        errors["login"] = _("로그인 이름을 공백 없이 입력하세요.")
    elif s.scalar(select(StaffUser.id).where(StaffUser.login == data.login.strip(),
                                             StaffUser.id != (user.id if user else -1))):
        errors["login"] = _("'{login}' 로그인 이름은 이미 있습니다. 다른 이름을 고르세요.", login=data.login)
    if not data.name.strip():
        errors["name"] = _("이름을 입력하세요.")
    if not data.all_accounts and not data.account_ids and not data.is_paa:
        errors["accounts"] = _("계정 범위를 '모든 계정'으로 하거나 고객 계정을 하나 이상 고르세요.")
    if errors:
        raise ValidationError(errors)


def _apply(s: Session, user: StaffUser, data: StaffInput) -> dict:
    user.login, user.name, user.email, user.is_paa = data.login.strip(), data.name.strip(), data.email, data.is_paa
    user.permissions = ",".join(sorted(f.value for f in data.features)) if not data.is_paa else ""
    user.all_accounts = data.all_accounts or data.is_paa
    user.all_orders = data.all_orders or data.is_paa
    s.execute(delete(StaffAccount).where(StaffAccount.staff_id == user.id))
    ids = sorted(data.account_ids) if not user.all_accounts else []
    for account_id in ids:
        s.add(StaffAccount(staff_id=user.id, account_id=account_id))
    return _snapshot(user, ids)


def _snapshot(user: StaffUser, account_ids: list[int]) -> dict:
    return {"login": user.login, "name": user.name, "is_paa": user.is_paa, "permissions": user.permissions,
            "all_accounts": user.all_accounts, "accounts": account_ids, "all_orders": user.all_orders,
            "active": user.active}


def _password_first(s: Session, actor: StaffUser) -> None:
    if s.scalar(select(StaffUser.password_hash).where(StaffUser.id == actor.id)) is None:
        raise _refuse(_("{name} 님은 아직 비밀번호가 없습니다. 두 번째 직원을 추가하기 전에 자신의 비밀번호를 "
                        "정하세요 (S7).", name=actor.name), "S7")


def _accounts_of(s: Session, user: StaffUser) -> list[int]:
    return sorted(s.scalars(select(StaffAccount.account_id).where(StaffAccount.staff_id == user.id)))


@changes(Feature.STAFF, account=no_account)
def add_user(s: Session, actor: StaffUser, data: StaffInput, password: str) -> StaffUser:
    _password_first(s, actor)
    _validate(s, data, None)
    validate_password(password)
    _check_grant(s, actor, data, None)
    user = StaffUser(login=data.login.strip(), name=data.name.strip(), password_hash=hash_password(password))
    s.add(user)
    s.flush()
    after = _apply(s, user, data)
    s.flush()
    record(s, actor, "create", "staff_user", user.id, None, after)
    return user


@changes(Feature.STAFF, account=no_account)
def update_user(s: Session, actor: StaffUser, user_id: int, expected_version: int, data: StaffInput) -> StaffUser:
    if s.get(StaffUser, user_id) is None:
        raise NotFound(_("그 직원을 찾을 수 없습니다. 목록을 새로 고치세요."))
    user = load_for_change(s, StaffUser, user_id, expected_version)
    _validate(s, data, user)
    _check_grant(s, actor, data, user)
    before = _snapshot(user, _accounts_of(s, user))
    after = _apply(s, user, data)
    s.flush()
    record(s, actor, "update", "staff_user", user.id, before, after)
    return user


@changes(Feature.STAFF, account=no_account)
def set_active(s: Session, actor: StaffUser, user_id: int, active: bool) -> StaffUser:
    """Deactivate (never delete) or reactivate a staff user."""
    user = s.get(StaffUser, user_id)
    if user is None:
        raise NotFound(_("그 직원을 찾을 수 없습니다. 목록을 새로 고치세요."))
    if user.is_paa and not actor.is_paa:
        raise _refuse(_("PAA(주 관리자)를 만들거나 바꾸는 일은 PAA만 할 수 있습니다 (S1)."), "S1")
    if not active and user.is_paa and user.active:
        _keep_one_paa(s, user, _("마지막 활성 PAA(주 관리자)는 비활성화할 수 없습니다 (S1). 먼저 다른 PAA를 "
                                 "지정하세요."))
    if user.active != active:
        user.active = active
        s.flush()
        record(s, actor, "activate" if active else "deactivate", "staff_user", user.id,
               {"active": not active}, {"active": active})
    return user


@changes(Feature.STAFF, account=no_account)
def reset_password(s: Session, actor: StaffUser, user_id: int, password: str) -> StaffUser:
    """A PAA sets another user's password; that user must change it at the next sign-in (S5)."""
    if not actor.is_paa:
        raise _refuse(_("다른 직원의 비밀번호는 PAA(주 관리자)만 재설정할 수 있습니다."), "paa")
    user = s.get(StaffUser, user_id)
    if user is None:
        raise NotFound(_("그 직원을 찾을 수 없습니다. 목록을 새로 고치세요."))
    validate_password(password)
    user.password_hash = hash_password(password)
    user.must_change_password = user.id != actor.id
    user.failed_logins, user.locked_until = 0, None
    s.flush()
    record(s, actor, "reset_password", "staff_user", user.id, None, {"must_change_password": user.must_change_password})
    return user


@changes(None, account=no_account)
def change_own_password(s: Session, actor: StaffUser, old: str, new: str) -> StaffUser:
    user = s.get_one(StaffUser, actor.id)
    if user.password_hash is not None and not check_password(old, user.password_hash):
        raise ValidationError({"old": _("지금 비밀번호가 맞지 않습니다.")})
    validate_password(new, "new")
    if user.password_hash is not None and old == new:
        raise ValidationError({"new": _("새 비밀번호는 지금 비밀번호와 달라야 합니다.")})
    user.password_hash = hash_password(new)
    user.must_change_password = False
    actor.password_hash = user.password_hash
    s.flush()
    record(s, actor, "change_password", "staff_user", user.id, None, None)
    return user


@changes(Feature.STAFF, account=no_account)
def add_regular_user(s: Session, actor: StaffUser, login: str, name: str,
                     features: set[Feature]) -> StaffUser:
    """A regular user with every account and no password yet (tests and the demo; the staff section and the
    `staff add` command use add_user, with a password)."""
    data = StaffInput(login, name, frozenset(features))
    _password_first(s, actor)
    _validate(s, data, None)
    _check_grant(s, actor, data, None)
    user = StaffUser(login=login, name=name)
    s.add(user)
    s.flush()
    record(s, actor, "create", "staff_user", user.id, None, _apply(s, user, data))
    return user
