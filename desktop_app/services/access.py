"""The one door every data-changing service goes through (S4): the acting staff user is read again from the
database (so a user deactivated or stripped of a permission meanwhile is refused at the next action), and
must hold the feature the service declares. A test enumerates every public service function that takes
`(session, actor, …)` and requires it to be declared here, so a new service cannot forget.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.errors import PermissionDenied
from desktop_app.i18n import texts
from desktop_app.models import Feature, StaffUser
from desktop_app.services import scope as scopes

_ = texts("access")
F = TypeVar("F", bound=Callable[..., Any])

FEATURE_NAMES = {
    Feature.SITES: _("계정·사이트"), Feature.LICENCES: _("라이선스"), Feature.ORDERS: _("주문"),
    Feature.QUOTES: _("견적"), Feature.INVOICES: _("인보이스"), Feature.PAYMENTS: _("결제"),
    Feature.GROUPS: _("그룹사"), Feature.SUPPORT: _("지원 요청"), Feature.CATALOG: _("카탈로그"),
    Feature.STAFF: _("직원"),
}


def current(s: Session, actor: StaffUser) -> StaffUser:
    """The actor as the database has it now; refused when deactivated meanwhile."""
    row = s.execute(select(StaffUser.active, StaffUser.is_paa, StaffUser.permissions)
                    .where(StaffUser.id == actor.id)).one_or_none()
    if row is None or not row.active:
        raise PermissionDenied(_("{name} 님의 계정은 비활성화되었습니다. 다른 직원으로 로그인하거나 PAA(주 관리자)에게 "
                                 "문의하세요.", name=actor.name), field="actor")
    actor.active, actor.is_paa, actor.permissions = row.active, row.is_paa, row.permissions
    return actor


def may_read(s: Session, viewer: StaffUser, feature: Feature) -> None:
    """A read only some staff may make (staff list, audit log): the viewer as the database has it now, which
    must be active and hold `feature`; the caller's object is left untouched."""
    row = s.execute(select(StaffUser.active, StaffUser.is_paa, StaffUser.permissions)
                    .where(StaffUser.id == viewer.id)).one_or_none()
    if row is None or not row.active:
        raise PermissionDenied(_("{name} 님의 계정은 비활성화되었습니다. 다른 직원으로 로그인하거나 PAA(주 관리자)에게 "
                                 "문의하세요.", name=viewer.name), field="actor")
    require(StaffUser(id=viewer.id, name=viewer.name, active=True, is_paa=row.is_paa, permissions=row.permissions),
            feature)


def require(actor: StaffUser, feature: Feature) -> None:
    if not actor.may(feature):
        raise PermissionDenied(_("{name} 님에게는 '{feature}' 권한이 없습니다. PAA(주 관리자)에게 권한을 요청하세요.",
                                 name=actor.name, feature=FEATURE_NAMES[feature]), field=feature.value)


def undeclared(_s: Session, _args: dict[str, Any]) -> None:
    """No `account=` given: tests/unit/test_access.py refuses this, every service must say."""
    return None


def changes(feature: Feature | None, account: scopes.Resolver = undeclared) -> Callable[[F], F]:
    """Declare a service that changes data: `feature` is the permission it needs (None: any active staff
    user, for acts on one's own record such as changing one's password); `account` finds the customer account
    it touches (services.scope: account_arg, row_arg, no_account, every_account), checked against the actor's
    account scope and the `all orders` grant (S3)."""

    def wrap(fn: F) -> F:
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def checked(s: Session, actor: StaffUser, *args: Any, **kwargs: Any) -> Any:
            # a service called by another one is part of that use-case, authorised by the outer check
            # (completing an order issues its invoice without the `invoices` permission, O6)
            depth = s.info.get("service_depth", 0)
            if depth == 0:
                current(s, actor)
                if feature is not None:
                    require(actor, feature)
                if account is not scopes.no_account:
                    args_by_name = signature.bind_partial(s, actor, *args, **kwargs).arguments
                    scopes.require_target(s, actor, account(s, args_by_name))
            s.info["service_depth"] = depth + 1
            try:
                return fn(s, actor, *args, **kwargs)
            finally:
                s.info["service_depth"] = depth

        checked.__changes__ = feature  # type: ignore[attr-defined]
        checked.__scope__ = account  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return wrap
