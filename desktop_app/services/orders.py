"""Orders: price an account's order with its policy, term and expiry; place new and add/change/extend
orders that open or change sites, keep one expiry (C1) and store their price snapshot (K2)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import UserError, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, OrderRow, SeatChange, Site, SiteState, StaffUser, Vendor
from desktop_app.pricing.contract import extension, new_site_dates, term_end
from desktop_app.pricing.describe import labelled
from desktop_app.pricing.engine import price_order
from desktop_app.pricing.orders import AddonQty, CurrentSite, Order, PricedOrder, SiteOrder
from desktop_app.pricing.packages import vendor_of
from desktop_app.services import sites as site_service
from desktop_app.services.access import changes
from desktop_app.services.accounts import get_account
from desktop_app.services.audit import record
from desktop_app.services.catalog import catalogs
from desktop_app.services.discounts import count_use, resolve
from desktop_app.services.invoices import issue_for_order
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import account_arg

_ = texts("orders")

PAYMENT_METHODS = ("card", "bank_transfer", "virtual_account")  # O5


@dataclass
class NewSite:
    """A site the order opens: what is priced, and the opening details of O4."""

    name: str
    package: str
    users: int
    edition: str | None = "service"
    addons: dict[str, int] = field(default_factory=dict)
    subdomain: str = ""
    admin_name: str = ""
    admin_login: str = ""
    mail_domain: str = ""


@dataclass
class SiteChange:
    """An existing site's new configuration, and whether the order extends the term."""

    site_id: int
    package: str
    users: int
    edition: str | None = None
    addons: dict[str, int] = field(default_factory=dict)
    extend: bool = False
    version: int | None = None  # the site's version the screen showed; required to place the order


@dataclass
class OrderInput:
    account_id: int
    new_sites: list[NewSite] = field(default_factory=list)
    changes: list[SiteChange] = field(default_factory=list)
    months: int | None = None
    discount_code: str = ""
    payment_method: str = "card"
    terms_accepted: bool = False
    term_months: int | None = None  # the order's term; when it differs from the account's, the order changes it (C2)
    # The account's version the screen showed; required to place the order. The order dialog is the only entry
    # that places orders (the CLI has no order command, an accepted quote changes no account, offline operations
    # queue no orders), and it passes the version of the AccountContext the calculator read.
    account_version: int | None = None


@dataclass(frozen=True)
class OrderListRow:
    id: int
    order_date: dt.date
    kind: str
    status: str
    sites: str
    supply: int
    total: int
    payment_method: str


def _addons(d: dict[str, int]) -> tuple[AddonQty, ...]:
    return tuple(AddonQty(k, v) for k, v in sorted(d.items()) if v)


def build_order(s: Session, data: OrderInput, today: dt.date | None = None) -> tuple[Order, list[Site]]:
    """The pricing order for an account: its policy, term, expiry and auto-renew; the changed sites' now."""
    account = get_account(s, data.account_id)
    entries: list[SiteOrder] = []
    changed: list[Site] = []
    vendors = set()
    for ch in data.changes:
        site = site_service.get_site(s, ch.site_id)
        if site.account_id != account.id:
            raise UserError(_("다른 계정의 사이트는 이 주문에 넣을 수 없습니다."))
        vendors.add(site.vendor.value)
        current = CurrentSite(site.package, site.users, site.edition, _addons(site.addons or {}), site.state.value)
        entries.append(SiteOrder(site.name, ch.package, ch.users, ch.edition, _addons(ch.addons), current,
                                 ch.extend))
        changed.append(site)
    for ns in data.new_sites:
        entries.append(SiteOrder(ns.name, ns.package, ns.users, ns.edition, _addons(ns.addons)))
    vendors.update(vendor_of(ns.package) for ns in data.new_sites)
    if len(vendors) > 1:
        raise UserError(_("한 주문에는 한 공급사의 사이트만 넣을 수 있습니다. 공급사별로 나눠 주문하세요."))
    code = resolve(s, data.discount_code) if data.discount_code.strip() else None
    # each vendor's catalog carries the vendor's id
    term = data.term_months if data.term_months is not None else account.term_months
    order = Order(catalog=vendors.pop() if vendors else "daouoffice", term_months=term,
                  sites=tuple(entries),
                  date=today or clock.today(), policy=account.pricing_policy.value, months=data.months,
                  expires_on=account.expires_on, auto_renew=account.auto_renew, code=code,
                  current_term=account.term_months if term != account.term_months else None)
    return order, changed


def price_for_account(s: Session, data: OrderInput) -> PricedOrder:
    order, _code = build_order(s, data)
    return price_order(order, catalogs(s))


def _check_opening(s: Session, data: OrderInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.payment_method not in PAYMENT_METHODS:
        errors["payment_method"] = _("결제 방법을 고르세요: 카드, 계좌이체, 무통장입금(가상계좌) (O5).")
    if not data.terms_accepted:
        errors["terms_accepted"] = _("주문을 마치려면 이용 약관에 동의해야 합니다 (O5).")
    seen: set[str] = set()
    for i, ns in enumerate(data.new_sites):
        probe = site_service.SiteInput(name=ns.name, subdomain=ns.subdomain, admin_name=ns.admin_name,
                                       admin_login=ns.admin_login, vendor=vendor_of(ns.package), package=ns.package,
                                       edition=ns.edition, users=ns.users, mail_domain=ns.mail_domain)
        for key, message in site_service.validate(s, probe).items():
            errors.setdefault(f"new_sites[{i}].{key}", message)
        if ns.subdomain in seen:
            errors[f"new_sites[{i}].subdomain"] = _("접속 주소 '{subdomain}' 를 이 주문에서 두 번 썼습니다.",
                                                    subdomain=ns.subdomain)
        seen.add(ns.subdomain)
    return errors


def _snapshot(order: Order, priced: PricedOrder) -> dict:
    return {
        "catalog": order.catalog, "catalog_version": priced.catalog_version, "policy": order.policy,
        "term_months": order.term_months, "months": order.months_priced, "date": order.date.isoformat(),
        "expires_on": order.expires_on.isoformat() if order.expires_on else None,
        "discount_code": priced.code, "priced": priced.to_json(),
    }


def opening_mail(account: Account, opened: list[Site]) -> dict[str, str]:
    """O6: the service-opening message to the account's admin address, one paragraph per new site."""
    lines = [f"{account.name} 담당자님, 안녕하세요.", "", "주문하신 서비스가 다음과 같이 개설되었습니다.", ""]
    for site in opened:
        start = site.active_from.isoformat() if site.active_from else ""
        lines += [f"■ {site.name}", f"  접속 주소: https://{site.subdomain}.daouoffice.com"
                  if site.vendor.value == "daouoffice" else f"  접속 주소: https://{site.subdomain}.ncpworkplace.com",
                  f"  대표 관리자: {site.admin_name} ({site.admin_login})", f"  사용자 수: {site.users}명",
                  f"  사용 시작일: {start}" + (" (현재 계약 만료 후 시작, C4)" if site.state == SiteState.PENDING else ""),
                  ""]
    lines.append("감사합니다.")
    return {"to": account.email, "subject": f"[서비스 개설 안내] {account.name}", "body": "\n".join(lines)}


@changes(Feature.ORDERS, account=account_arg("data", "account_id"))
def place_order(s: Session, actor: StaffUser, data: OrderInput) -> OrderRow:
    """Complete an order: open and change sites, move the expiry, store the snapshot. All or nothing."""
    if not data.new_sites and not data.changes:
        raise UserError(_("주문할 사이트가 없습니다. 사이트를 추가하거나 기존 사이트를 바꾸세요."))
    # No lost update: the account (term, policy, expiry the order is priced and dated from) is still as the
    # user saw it, locked before anything is read; an order that changes the account bumps its version (the
    # ORM's version counter), so a second order from the same old screen is refused here.
    account: Account = load_for_change(s, Account, data.account_id, data.account_version, field="account")
    if errors := _check_opening(s, data):
        raise ValidationError(errors)
    order, changed = build_order(s, data)
    for ch in data.changes:  # every changed site is still as the user saw it
        load_for_change(s, Site, ch.site_id, ch.version, field=f"site {ch.site_id}")
    term_changes = order.term_months != account.term_months
    if not data.new_sites and not term_changes and all(e.unchanged() for e in order.sites):
        raise UserError(_("이 주문에는 바뀌는 것이 없습니다. 사용자 수·패키지·부가 상품을 바꾸거나 기간 연장을 고르세요."))
    priced = price_order(order, catalogs(s))  # raises Refused: nothing written yet
    today = order.date
    if term_changes:  # C2: the order's term becomes the account's, recorded with the order
        record(s, actor, "update", "account", account.id, {"term_months": account.term_months},
               {"term_months": order.term_months})
        account.term_months = order.term_months
    if account.expires_on is None or (account.expires_on < today and not data.changes):
        account.expires_on = term_end(today, order.months_priced)  # the first term starts with the order
        new_state, active_from = "active", today
    else:
        new_state, active_from = new_site_dates(today, account.expires_on, account.auto_renew)
    opened: list[Site] = []
    for ns in data.new_sites:
        site = site_service.create_site(s, actor, account.id, site_service.SiteInput(
            name=ns.name, subdomain=ns.subdomain, admin_name=ns.admin_name, admin_login=ns.admin_login,
            vendor="naver" if order.catalog == "naver" else "daouoffice", package=ns.package, edition=ns.edition,
            users=ns.users, state=new_state, mail_domain=ns.mail_domain))
        site.addons = dict(ns.addons)
        site.active_from = active_from
        opened.append(site)
    extended = False
    for ch, site in zip(data.changes, changed):
        if ch.users != site.users:
            s.add(SeatChange(site_id=site.id, changed_on=today, seats_before=site.users, seats_after=ch.users,
                             reason="추가/변경 주문", staff_id=actor.id))
        site.package, site.users, site.edition = ch.package, ch.users, ch.edition if ch.package != "free" else None
        site.addons = dict(ch.addons)
        extended = extended or ch.extend
    if extended:
        account.expires_on = extension(account.expires_on, account.term_months)[1]  # C1: one expiry for all
        for site in account.sites:
            if site.state in (SiteState.OVERDUE,):
                site.state = SiteState.ACTIVE
    if priced.code:
        count_use(s, actor, priced.code)
    row = OrderRow(account_id=account.id, kind="change" if data.changes else "new", status="completed",
                   order_date=today, payment_method=data.payment_method, terms_accepted=True,
                   discount_code=priced.code, supply=priced.supply, vat=priced.vat, total=priced.total,
                   snapshot={**_snapshot(order, priced),
                             # O6: the opening mail, kept with the order; sending it is the outbox's work
                             "opening_mail": opening_mail(account, opened) if opened else None},
                   staff_id=actor.id)
    s.add(row)
    s.flush()
    version = catalogs(s)[order.catalog].version_on(order.date)
    issue_for_order(s, actor, row, account, labelled(priced.to_json(), version))  # O6, same transaction
    from desktop_app.services.consulting import sync_after_order

    sync_after_order(s, actor, account, today)  # T6: the online-consulting product's project
    record(s, actor, "create", "order", row.id, None,
           {"account_id": account.id, "kind": row.kind, "total": row.total,
            "expires_on": account.expires_on.isoformat() if account.expires_on else None})
    return row


def order_rows(s: Session, account_id: int) -> list[OrderListRow]:
    q = select(OrderRow).where(OrderRow.account_id == account_id).order_by(OrderRow.order_date.desc(),
                                                                           OrderRow.id.desc())
    return [OrderListRow(o.id, o.order_date, o.kind, o.status,
                         ", ".join(x["name"] for x in o.snapshot["priced"]["sites"]), o.supply, o.total,
                         o.payment_method) for o in s.scalars(q)]


def invoice_of_order(s: Session, order_id: int) -> tuple[int, str] | None:
    """The invoice the completed order issued (O6): its id and number."""
    from desktop_app.models import InvoiceRow

    row = s.execute(select(InvoiceRow.id, InvoiceRow.number).where(InvoiceRow.order_id == order_id)
                    .order_by(InvoiceRow.id)).first()
    return (row.id, row.number) if row else None


def payment_method_of_invoice(s: Session, invoice_id: int) -> str | None:
    """How the order behind an invoice was to be paid (O5); None for an invoice without an order."""
    from desktop_app.models import InvoiceRow

    return s.scalar(select(OrderRow.payment_method).join(InvoiceRow, InvoiceRow.order_id == OrderRow.id)
                    .where(InvoiceRow.id == invoice_id))


def change_from_site(site: site_service.SiteRow | Site, **changes) -> SiteChange:
    """A change that leaves the site as it is, with `changes` applied (the calculator starts here)."""
    base = SiteChange(site.id, site.package, site.users, site.edition, dict(getattr(site, "addons", {}) or {}),
                      version=site.version)
    return replace(base, **changes)


__all__ = [
    "PAYMENT_METHODS",
    "NewSite",
    "OrderInput",
    "SiteChange",
    "Vendor",
    "order_rows",
    "place_order",
    "price_for_account",
]
