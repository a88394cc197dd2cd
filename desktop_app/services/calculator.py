"""The order calculator's use-case: price what is on screen, map refusals back to rows and fields, and
compare the monthly term with the annual one. No database: codes and accounts are resolved before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from desktop_app.i18n import texts
from desktop_app.pricing import matrix
from desktop_app.pricing.catalog import Catalog
from desktop_app.pricing.engine import price_order
from desktop_app.pricing.orders import (
    AddonQty,
    CurrentSite,
    DiscountCode,
    Order,
    PricedOrder,
    Problem,
    Refused,
    SiteOrder,
)
from desktop_app.services import sites as site_service
from desktop_app.services.accounts import get_account

_ = texts("calculator")


@dataclass
class CalcRow:
    name: str
    package: str = "standard"
    users: int = 10
    edition: str | None = "service"
    addons: dict[str, int] = field(default_factory=dict)
    site_id: int | None = None  # an existing site: the row is a change order (C5)
    current: CurrentSite | None = None
    extend: bool = False


@dataclass
class CalcInput:
    catalog: str
    term_months: int
    rows: list[CalcRow]
    date: dt.date
    policy: str = "4.0"
    months: int | None = None
    expires_on: dt.date | None = None
    auto_renew: bool = True
    code: DiscountCode | None = None
    current_term: int | None = None  # the account's term when the order changes it (C2)


@dataclass(frozen=True)
class Comparison:
    monthly: int  # 12 months on the 1-month term
    annual: int  # the 12-month term
    saving: int


@dataclass(frozen=True)
class CalcResult:
    priced: PricedOrder | None
    problems: tuple[Problem, ...] = ()
    row_problems: dict[int, dict[str, Problem]] = field(default_factory=dict)  # row -> field -> problem
    comparison: Comparison | None = None


def order_of(inp: CalcInput) -> Order:
    sites = tuple(SiteOrder(r.name, r.package, r.users, r.edition if r.package != "free" else None,
                            tuple(AddonQty(k, v) for k, v in sorted(r.addons.items()) if v), r.current, r.extend)
                  for r in inp.rows)
    current = inp.current_term if inp.current_term not in (None, inp.term_months) else None
    return Order(inp.catalog, inp.term_months, sites, inp.date, inp.policy, inp.months, inp.expires_on,
                 inp.auto_renew, inp.code, current)


def _row_problems(problems: list[Problem]) -> dict[int, dict[str, Problem]]:
    out: dict[int, dict[str, Problem]] = {}
    for p in problems:
        if p.field.startswith("sites["):
            index = int(p.field[6:p.field.index("]")])
            rest = p.field[p.field.index("]") + 2:] or "row"
            out.setdefault(index, {}).setdefault(rest.split(".")[0] if rest.startswith("current") else rest, p)
    return out


def calculate(inp: CalcInput, catalogs: dict[str, Catalog]) -> CalcResult:
    order = order_of(inp)
    try:
        priced = price_order(order, catalogs)
    except Refused as refusal:
        return CalcResult(None, tuple(refusal.problems), _row_problems(refusal.problems))
    comparison = None
    if all(r.current is None for r in inp.rows):
        # What the same sites cost for a year on the monthly term against the 12-month term (P4).
        try:
            monthly = price_order(replace(order, term_months=1, months=12, code=None), catalogs).supply
            annual = price_order(replace(order, term_months=12, months=12, code=None), catalogs).supply
            comparison = Comparison(monthly, annual, monthly - annual)
        except Refused:
            comparison = None
    return CalcResult(priced, comparison=comparison)


@dataclass(frozen=True)
class AccountContext:
    """What the calculator needs of an existing account for a change order."""

    account_id: int
    name: str
    catalog: str
    policy: str
    term_months: int
    expires_on: dt.date | None
    auto_renew: bool
    rows: tuple[CalcRow, ...]
    blocked: Mapping[int, str]  # site id -> why the site takes no order (O2)
    operations: dict[int, dict[str, bool]]  # site id -> the matrix row for what it is now (§5)
    versions: dict[int, int] = field(default_factory=dict)  # site id -> version shown (an order passes it back)
    account_version: int | None = None  # the account's version shown (an order passes it back)


def account_context(s: Session, account_id: int) -> AccountContext:
    account = get_account(s, account_id)
    rows, blocked, ops, versions = [], {}, {}, {}
    vendor = "daouoffice"
    for site in site_service.site_rows(s, account_id):
        vendor, versions[site.id] = site.vendor, site.version
        full = site_service.get_site(s, site.id)
        addons = dict(full.addons or {})
        current = CurrentSite(site.package, site.users, site.edition,
                              tuple(AddonQty(k, v) for k, v in sorted(addons.items()) if v), site.state)
        rows.append(CalcRow(site.name, site.package, site.users, site.edition, addons, site.id, current))
        if site.state in ("expired", "terminated"):
            blocked[site.id] = _("만료되었거나 해지된 사이트는 주문할 수 없습니다 (O2). 공급사에 재개설을 문의하세요.")
        ops[site.id] = matrix.allowed_operations(site.package, any(addons.values()))
    return AccountContext(account.id, account.name, "naver" if vendor == "naver" else "daouoffice",
                          account.pricing_policy.value, account.term_months, account.expires_on, account.auto_renew,
                          tuple(rows), blocked, ops, versions, account.version)
