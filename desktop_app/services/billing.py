"""Billing runs: renewals of auto-renew accounts (C4), monthly NAVER WORKPLACE usage (W1), and the site
states that follow unpaid renewals (O2). One transaction per account: an account either gets all of its
invoices and state changes for the date or none, and a run can be repeated or resumed after a crash
without billing anything twice (each invoice carries a unique billing key).

A run for one date is a fixed point: every change it makes leads to a state that the next run for the same
date recognises as done — an invoice by its billing key, a free renewal by the expiry it moved (renewed term by
term until the next term is not yet due, each term in the audit log), a site state by its target, a daily count
by its (site, day). So repeating a run, or resuming one that was killed, ends in exactly the state of one
uninterrupted run. Two runs at the same time are kept apart: the second is told that one is in progress
(desktop_app.services.exclusive), and each account's transaction write-locks the account first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.errors import UserError
from desktop_app.i18n import Text, texts
from desktop_app.models import (
    Account,
    Feature,
    InvoiceRow,
    NamedUser,
    Site,
    SiteState,
    StaffUser,
    UsageCount,
    UserStatus,
    Vendor,
)
from desktop_app.pricing import billing, naver
from desktop_app.pricing.catalog import CatalogError
from desktop_app.pricing.contract import extension
from desktop_app.pricing.describe import labelled
from desktop_app.pricing.engine import price_order
from desktop_app.pricing.money import vat
from desktop_app.pricing.orders import AddonQty, Order, Refused, SiteOrder
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.catalog import catalogs
from desktop_app.services.exclusive import exclusive
from desktop_app.services.groups import payer_of
from desktop_app.services.invoices import issue
from desktop_app.services.rows import lock
from desktop_app.services.scope import account_arg

_ = texts("billing")
MAX_TERMS = 1200  # a free account renews at most this many terms in one run (100 years of monthly terms)

LIVE = (SiteState.PENDING, SiteState.ACTIVE, SiteState.OVERDUE)


@dataclass
class AccountResult:
    invoices: list[str] = field(default_factory=list)
    states: int = 0


@dataclass
class RunReport:
    run_date: dt.date
    invoices: list[str] = field(default_factory=list)
    states: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (account, why: a Text where marked)
    stopped_after: int | None = None  # accounts done when the run was cancelled

    def lines(self) -> list[Text]:
        out = [_("{day} 청구 실행: 청구서 {issued}건 발행, 사이트 상태 {states}건 변경.", day=self.run_date,
                 issued=len(self.invoices), states=self.states)]
        if self.stopped_after is not None:
            out.append(_("  {done}개 계정을 처리한 뒤 멈췄습니다. 다시 실행하면 나머지를 처리합니다 "
                         "(이미 발행한 것은 다시 발행하지 않습니다).", done=self.stopped_after))
        out += [_("  발행 {number}", number=n) for n in self.invoices]
        out += [_("  실패 {account}: {why} (이 계정은 아무것도 바뀌지 않았습니다)", account=name, why=why)
                for name, why in self.failures]
        return out


def _exists(s: Session, key: str) -> bool:
    return s.scalar(select(InvoiceRow.id).where(InvoiceRow.billing_key == key)) is not None


def _renewal(s: Session, actor: StaffUser, account: Account, run_date: dt.date, st: Any) -> str | None:
    """C4: the next term of an auto-renew account, invoiced `renewal_lead_days` before it starts. A term that
    costs nothing renews at once (audited), and the next one is looked at, until one is not yet due or is
    invoiced: the run leaves the account where a second run for the date finds nothing to do."""
    for _term in range(MAX_TERMS):
        if not account.auto_renew or account.expires_on is None:
            return None
        if not billing.renewal_due(account.expires_on, run_date, st.get("renewal_lead_days")):
            return None
        start, end = extension(account.expires_on, account.term_months)
        key = f"renewal:{account.id}:{start.isoformat()}"
        if _exists(s, key):
            return None  # invoiced; the expiry moves when it is paid
        sites = [x for x in account.sites if x.active and x.vendor == Vendor.DAOUOFFICE and x.state in LIVE]
        if not sites:
            return None
        cats = catalogs(s)
        try:
            offered = cats["daouoffice"].version_on(start).addons
        except CatalogError:
            offered = {}  # no prices on that day: price_order refuses it with the reason (K1), as before

        def renewed(addons: dict[str, int] | None) -> tuple[AddonQty, ...]:
            """Monthly and per-licence add-ons renew; a one-time add-on was paid when bought (an unknown one
            is kept, so pricing refuses it with the reason)."""
            return tuple(AddonQty(k, v) for k, v in sorted((addons or {}).items())
                         if v and (k not in offered or offered[k].billing != "once"))

        order = Order("daouoffice", account.term_months,
                      tuple(SiteOrder(x.name, x.package, x.users, x.edition, renewed(x.addons)) for x in sites),
                      start, account.pricing_policy.value, account.term_months)
        priced = price_order(order, cats)
        if priced.supply == 0:  # free sites renew without an invoice, but never without a trace
            before = account.expires_on
            account.expires_on = end
            for site in sites:
                if site.state == SiteState.OVERDUE:  # renewed: live again, as when a renewal is paid
                    site.state = SiteState.ACTIVE
            record(s, actor, "renew_free", "account", account.id, {"expires_on": before.isoformat()},
                   {"expires_on": end.isoformat()})
            continue
        content = labelled(priced.to_json(), cats["daouoffice"].version_on(start))
        payer, sites_json = _payer(s, account, content["sites"])
        row = issue(s, actor, payer, "renewal", sites_json, priced.supply, run_date, st, billing_key=key,
                    period=(start, end), notes=f"자동 갱신 {start} ~ {end} ({account.term_months}개월)")
        return row.number
    return None


def _payer(s: Session, account: Account, sites: list[dict[str, Any]]) -> tuple[Account, list[dict[str, Any]]]:
    """G1: a group member is invoiced to its parent; its sites are then named with the member's name."""
    payer = payer_of(s, account)
    if payer.id == account.id:
        return account, sites
    return payer, [{**x, "name": f"{account.name} · {x['name']}"} for x in sites]


def _states(s: Session, actor: StaffUser, account: Account, run_date: dt.date) -> int:
    """C4: pending sites start on their day; O2: past expiry and unpaid, overdue for 14 days, then expired."""
    changed = 0
    for site in account.sites:
        if site.state == SiteState.PENDING and site.active_from and site.active_from <= run_date:
            _set_state(s, actor, site, SiteState.ACTIVE)
            changed += 1
    expiry = account.expires_on
    if expiry is None or run_date <= expiry:
        return changed
    if account.auto_renew:
        new = billing.site_state_unpaid(expiry, run_date)
    else:
        new = "expired"  # C3: no renewal; the term simply ends
    target = SiteState(new)
    for site in account.sites:
        if site.vendor == Vendor.DAOUOFFICE and site.state in (SiteState.ACTIVE, SiteState.OVERDUE) \
                and site.state != target:
            _set_state(s, actor, site, target)
            changed += 1
    return changed


def _set_state(s: Session, actor: StaffUser, site: Site, state: SiteState) -> None:
    record(s, actor, "state", "site", site.id, {"state": site.state.value}, {"state": state.value})
    site.state = state


def _count_today(s: Session, site: Site, run_date: dt.date) -> None:
    """W1: the day's registered accounts, taken once per day (active named users, else the seats)."""
    if s.scalar(select(UsageCount.id).where(UsageCount.site_id == site.id, UsageCount.day == run_date)):
        return
    named = s.scalar(select(func.count(NamedUser.id)).where(NamedUser.site_id == site.id,
                                                            NamedUser.status == UserStatus.ACTIVE))
    s.add(UsageCount(site_id=site.id, day=run_date, accounts=named or site.users))


@dataclass(frozen=True)
class SiteUsage:
    counts: dict[dt.date, int]  # day -> registered accounts
    monthly_price: int
    fee: int  # W1: each day costs accounts × monthly price ÷ days in its month


def _site_usage(s: Session, site: Site, first: dt.date, last: dt.date) -> SiteUsage | None:
    """A NAVER site's usage fee from its daily counts between `first` and `last` (None without counts)."""
    counts = dict(s.execute(select(UsageCount.day, UsageCount.accounts).where(
        UsageCount.site_id == site.id, UsageCount.day >= first, UsageCount.day <= last)).all())
    if not counts:
        return None
    version = catalogs(s)["naver"].version_on(first)
    price = version.price(next(iter(version.editions)), site.package)
    return SiteUsage(counts, price, naver.daily_usage_fee(counts, price))


def _usage(s: Session, actor: StaffUser, account: Account, run_date: dt.date, st: Any) -> str | None:
    """W1: last month's usage of the account's paid NAVER sites, from the daily counts."""
    sites = [x for x in account.sites if x.active and x.vendor == Vendor.NAVER and x.state in LIVE]
    for site in sites:
        _count_today(s, site, run_date)
    first, last = billing.month_before(run_date)
    key = f"usage:{account.id}:{first:%Y-%m}"
    if not sites or _exists(s, key):
        return None
    lines_by_site, supply = [], 0
    for site in sites:
        use = _site_usage(s, site, first, last)
        if use is None:
            continue
        days = len(use.counts)
        lines: list[dict[str, Any]] = [{"label": f"{site.package.upper()} 사용료: {days}일, 일평균 "
                           f"{sum(use.counts.values()) / days:.1f}명 × 월 {use.monthly_price:,}원 (일할)",
                  "rule": "W1", "amount": use.fee}]
        if site.extra_storage_tb:
            unit = catalogs(s)["naver"].version_on(first).addons["storage-1tb"].unit_price
            lines.append({"label": f"추가 공용 저장공간 {site.extra_storage_tb}TB × {unit:,}원", "rule": "W4",
                          "amount": site.extra_storage_tb * unit})
        subtotal = sum(ln["amount"] for ln in lines)
        lines_by_site.append({"name": site.name, "lines": lines, "subtotal": subtotal})
        supply += subtotal
    if supply == 0:
        return None
    payer, lines_by_site = _payer(s, account, lines_by_site)
    row = issue(s, actor, payer, "usage", lines_by_site, supply, run_date, st, billing_key=key,
                period=(first, last),
                notes=f"{first:%Y년 %m월} 사용분 (일별 등록 계정 기준, W1)")
    return row.number


@changes(Feature.INVOICES, account=account_arg())
def bill_account(s: Session, actor: StaffUser, account_id: int, run_date: dt.date, st: Any) -> AccountResult:
    """Everything a run does for one account, in the caller's transaction."""
    lock(s, Account, account_id)  # one run at a time per account, and no edit of it half-way through a run
    account = s.get(Account, account_id)
    result = AccountResult()
    if account is None or not account.active:
        return result
    for number in (_renewal(s, actor, account, run_date, st), _usage(s, actor, account, run_date, st)):
        if number:
            result.invoices.append(number)
    result.states = _states(s, actor, account, run_date)
    from desktop_app.services.consulting import end_due

    end_due(s, actor, account, run_date)  # T6: a cancelled consulting project ends after its paid period
    return result


def run(db: Any, run_date: dt.date, settings: Any,
        progress: Callable[[int, int], bool] | None = None, actor: StaffUser | None = None) -> RunReport:
    """A billing run over every account. Safe to repeat: a second run for the same date issues nothing.
    `progress(done, total)` is told after each account; when it returns False the run stops there (every
    account done so far is complete, the rest is left for the next run). Run as `actor` (default: the owner),
    over the accounts in their scope (S3); refused whole when the actor lacks `invoices`."""
    with exclusive(db, "billing-run", _("청구 실행")):
        return _run(db, run_date, settings, progress, actor)


def _run(db: Any, run_date: dt.date, settings: Any, progress: Callable[[int, int], bool] | None,
         actor: StaffUser | None = None) -> RunReport:
    from desktop_app.services.access import may_read
    from desktop_app.services.desk import Desk

    desk = Desk(db, actor)  # the run acts as `actor` (or the owner), through the same door as every user action
    desk.read(may_read, desk.actor, Feature.INVOICES)  # refused before any account is billed
    ids = desk.read(lambda s: [(i, n) for i, n in s.execute(select(Account.id, Account.name)
                                                             .where(Account.active.is_(True)).order_by(Account.id))])
    report = RunReport(run_date)
    for n, (account_id, name) in enumerate(ids):
        if progress is not None and not progress(n, len(ids)):
            report.stopped_after = n
            break
        try:
            # one transaction per account: all of it or none of it
            result = desk.run(bill_account, account_id, run_date, settings)
        except Refused as refusal:
            report.failures.append((name, _("{problems}", problems=[p.message for p in refusal.problems])))
            continue
        except UserError as exc:
            report.failures.append((name, exc.message))
            continue
        report.invoices += result.invoices
        report.states += result.states
    return report


@dataclass(frozen=True)
class Estimate:
    first: dt.date
    last: dt.date
    supply: int
    total: int


def estimate_next_month(s: Session, today: dt.date) -> Estimate | None:
    """W1: next month's NAVER usage bill, from the first of this month to yesterday (None on the 1st)."""
    window = naver.estimate_window(today)
    if window is None:
        return None
    first, last = window
    # one grouped query for every live NAVER site (a query per site took 0.6-1.6 s a reload). The window lies
    # in one month, so each site's days share one divisor: the sum of its daily counts is priced at once,
    # the same exact sum the daily fee makes (W1, M3).
    rows = s.execute(
        select(Site.package, func.sum(UsageCount.accounts), func.min(UsageCount.accounts))
        .join(Site, Site.id == UsageCount.site_id)
        .where(Site.vendor == Vendor.NAVER, Site.active.is_(True), Site.state.in_(LIVE),
               UsageCount.day >= first, UsageCount.day <= last)
        .group_by(UsageCount.site_id, Site.package)).all()
    if not rows:
        return Estimate(first, last, 0, 0)
    version = catalogs(s)["naver"].version_on(first)
    prices: dict[str, int] = {}
    supply = 0
    for package, total, lowest in rows:
        if package not in prices:
            prices[package] = version.price(next(iter(version.editions)), package)
        # a negative day is refused as in the daily fee; otherwise the site's account-days on one day
        supply += naver.daily_usage_fee({first: lowest if lowest < 0 else total}, prices[package])
    return Estimate(first, last, supply, supply + vat(supply))
