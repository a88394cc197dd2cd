"""Account scope and the `all orders` grant (S3), enforced in one place for reads and one for changes.

Reads: a session bound to a limited user's `Scope` (Desk.read does this for every view query, the commands
sign in through a Desk too) filters every ORM SELECT of accounts, sites, invoices, payments, orders, quotes and
group companies with `with_loader_criteria`, so a list, a search or an export cannot forget it. The one Core
query (the accounts list, read with the driver's fetchall for speed) adds `accounts_where` itself.

Changes: every `@changes` service declares how to find the account it touches (`account=…` below); the door in
access.py checks it against the actor's scope before the service runs. A test enumerates both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, event, false, or_, select, true
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from desktop_app import models
from desktop_app.errors import PermissionDenied
from desktop_app.i18n import texts
from desktop_app.models import Account, StaffAccount, StaffUser

_ = texts("access")


@dataclass(frozen=True)
class Scope:
    staff_id: int
    account_ids: frozenset[int] | None  # None: every account
    all_orders: bool

    @property
    def unrestricted(self) -> bool:
        return self.account_ids is None and self.all_orders


def scope_of(s: Session, staff_id: int) -> Scope:
    row = s.execute(select(StaffUser.is_paa, StaffUser.all_accounts, StaffUser.all_orders)
                    .where(StaffUser.id == staff_id)).one()
    if row.is_paa:
        return Scope(staff_id, None, True)
    ids = None
    if not row.all_accounts:
        ids = frozenset(s.scalars(select(StaffAccount.account_id).where(StaffAccount.staff_id == staff_id)))
    return Scope(staff_id, ids, bool(row.all_orders))


def bind(s: Session, scope: Scope | None) -> None:
    """Filter every read of this session to what `scope` may see (None or unrestricted: nothing filtered)."""
    if scope is None or scope.unrestricted:
        s.info.pop("scope", None)
    else:
        s.info["scope"] = scope


def bound(s: Session) -> Scope | None:
    return s.info.get("scope")


def accounts_where(s: Session, column: Any) -> ColumnElement[bool]:
    """`column` (an account id) within the session's scope; for Core queries the ORM filter does not see."""
    scope = bound(s)
    if scope is None or scope.account_ids is None:
        return true()
    return column.in_(scope.account_ids) if scope.account_ids else false()


def _in_accounts(scope: Scope, column: Any) -> ColumnElement[bool]:
    if scope.account_ids is None:
        return true()
    return column.in_(scope.account_ids) if scope.account_ids else false()


@event.listens_for(Session, "do_orm_execute")
def _filter_reads(state: ORMExecuteState) -> None:
    scope = state.session.info.get("scope")
    if scope is None or not state.is_select or state.is_column_load:
        return
    from desktop_app.models import groups, invoices, orders, quotes, support  # noqa: F401  (the scoped tables)

    m = models
    me = scope.staff_id
    own = (lambda col: true()) if scope.all_orders else (lambda col: col == me)
    invoices_in = select(m.InvoiceRow.id).where(_in_accounts(scope, m.InvoiceRow.account_id))
    criteria = [
        with_loader_criteria(Account, _in_accounts(scope, Account.id), include_aliases=True),
        with_loader_criteria(m.Site, _in_accounts(scope, m.Site.account_id), include_aliases=True),
        with_loader_criteria(m.InvoiceRow, _in_accounts(scope, m.InvoiceRow.account_id), include_aliases=True),
        with_loader_criteria(m.PaymentRow, m.PaymentRow.invoice_id.in_(invoices_in), include_aliases=True),
        with_loader_criteria(m.SupportRequest, _in_accounts(scope, m.SupportRequest.account_id),
                             include_aliases=True),
        with_loader_criteria(m.ConsultingProject, _in_accounts(scope, m.ConsultingProject.account_id),
                             include_aliases=True),
        with_loader_criteria(m.GroupCompany, _in_accounts(scope, m.GroupCompany.group_account_id),
                             include_aliases=True),
        with_loader_criteria(m.OrderRow, _in_accounts(scope, m.OrderRow.account_id) & own(m.OrderRow.staff_id),
                             include_aliases=True),
        # a quote for a prospect (no account yet) is seen by a limited user only when they made it
        with_loader_criteria(m.QuoteRow, or_(_in_accounts(scope, m.QuoteRow.account_id),
                                             m.QuoteRow.account_id.is_(None) & (m.QuoteRow.staff_id == me))
                             & own(m.QuoteRow.staff_id), include_aliases=True),
    ]
    state.statement = state.statement.options(*criteria)


# --- changes: what account a service touches -------------------------------------------------------------

class Target(NamedTuple):
    account_id: int | None
    owner_id: int | None = None  # who made the quote or order (the `all orders` grant)
    checks_owner: bool = False


Resolver = Callable[[Session, dict[str, Any]], Target | None]


def no_account(_s: Session, _args: dict[str, Any]) -> None:
    """The service touches no customer account (catalog, discount codes, staff, one's own password)."""
    return None


def every_account(_s: Session, _args: dict[str, Any]) -> Target:
    """The service reaches beyond any one account (a new account): only staff with every account may."""
    return Target(-1)


def account_arg(name: str = "account_id", attr: str | None = None) -> Resolver:
    """The account id is an argument (or an attribute of one: `data.account_id`, `account.id`)."""

    def resolve(_s: Session, args: dict[str, Any]) -> Target | None:
        value = args.get(name)
        if value is not None and attr is not None:
            value = getattr(value, attr)
        return None if value is None else Target(value)

    return resolve


def row_arg(name: str, model: str, account: str = "account_id", owner: bool = False,
            through: tuple[str, str, str] | None = None) -> Resolver:
    """The service gets a row's id in argument `name`; the account is that row's `account` column, or, with
    `through=(column, model, account column)`, the account of the row it points to."""

    def resolve(s: Session, args: dict[str, Any]) -> Target | None:
        row_id = args.get(name)
        if row_id is None:
            return None
        cls = getattr(models, model)
        cols = [getattr(cls, account if through is None else through[0])]
        if owner:
            cols.append(cls.staff_id)
        row = s.execute(select(*cols).where(cls.id == row_id)).one_or_none()
        if row is None:
            return None  # the service says it is gone
        account_id = row[0]
        if through is not None and account_id is not None:
            parent = getattr(models, through[1])
            account_id = s.scalar(select(getattr(parent, through[2])).where(parent.id == account_id))
        return Target(account_id, row[1] if owner else None, owner)

    return resolve


def require_target(s: Session, actor: StaffUser, target: Target | None) -> None:
    if target is None:
        return
    scope = scope_of(s, actor.id)
    if target.account_id == -1:
        if scope.account_ids is not None:
            raise PermissionDenied(_("{name} 님은 일부 고객 계정만 다룰 수 있어 이 작업(모든 계정에 걸친 작업)을 할 수 "
                                     "없습니다 (S3). PAA(주 관리자)에게 요청하세요.", name=actor.name), field="scope")
        return
    if target.account_id is not None and scope.account_ids is not None and target.account_id not in scope.account_ids:
        account = s.scalar(select(Account.name).where(Account.id == target.account_id)) or str(target.account_id)
        raise PermissionDenied(_("{name} 님의 계정 범위에 '{account}' 고객 계정이 없습니다 (S3). PAA(주 관리자)에게 "
                                 "범위를 요청하세요.", name=actor.name, account=account), field="scope")
    if target.checks_owner and not scope.all_orders and target.owner_id != actor.id:
        raise PermissionDenied(_("다른 직원이 만든 주문·견적입니다. {name} 님에게는 '모든 주문' 권한이 없습니다 (S3). "
                                 "PAA(주 관리자)에게 요청하세요.", name=actor.name), field="all_orders")
