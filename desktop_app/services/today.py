"""What needs a person today (D1): one list in groups, each item saying what and why in one line, the record
it opens and the next action. The Today section, the navigation counts, the daily summary mail and
`desktop-app today` all read this one function."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.i18n import Text, texts
from desktop_app.models import Account, InvoiceRow, QuoteRow, Site, SiteState, Vendor
from desktop_app.pricing import billing, naver
from desktop_app.services.catalog import catalogs

_ = texts("today")

RENEWAL_DAYS = 14  # C4: renewals due in the next 14 days
TRIAL_DAYS = 7  # W2: warn 7 days ahead
QUOTE_DAYS = 7

# the groups in the order they are shown, with their titles
GROUPS: dict[str, Text] = {
    "overdue": _("연체된 청구서"),
    "renewals": _("14일 안에 갱신"),
    "trials": _("7일 안에 끝나는 체험 (예약 없음)"),
    "quotes": _("7일 안에 만료되는 견적"),
    "storage": _("저장 공간 10% 미만"),
    "support": _("위험하거나 넘긴 지원 요청 기한"),
}


@dataclass(frozen=True)
class Item:
    group: str
    text: Text  # what and why, one line
    kind: str  # the record it opens: account, site, invoice, quote
    record_id: int
    account_id: int | None
    action: str  # the next action: pay, open, reserve, reprice


SHOWN = 50  # items listed per group; the count says how many there are (21,703 overdue took 1.1 s, issue #20)


@dataclass
class TodayList:
    day: dt.date
    groups: dict[str, list[Item]] = field(default_factory=dict)  # the first SHOWN of each group
    totals: dict[str, int] = field(default_factory=dict)  # how many each group has in all

    def count(self, group: str) -> int:
        return self.totals.get(group, len(self.groups.get(group, [])))

    def more(self, group: str) -> int:
        """How many of the group are not listed."""
        return self.count(group) - len(self.groups.get(group, []))

    def lines(self) -> list[Text | str]:
        """The same list as text: the summary mail and the command line."""
        out: list[Text | str] = []
        for key, title in GROUPS.items():
            items = self.groups.get(key, [])
            out.append(_("{title} ({count})", title=title, count=self.count(key)))
            out += [_("  - {text}", text=i.text) for i in items]
            if self.more(key):
                out.append(_("  … 외 {more}건", more=f"{self.more(key):,}"))
        return out


def _won(amount: int) -> str:
    return f"{amount:,}"


def _overdue(s: Session, day: dt.date) -> tuple[list[Item], int]:
    overdue = (InvoiceRow.status.in_(billing.OPEN), InvoiceRow.due_date < day, InvoiceRow.kind != "credit")
    total = s.scalar(select(func.count()).select_from(InvoiceRow).where(*overdue)) or 0
    rows = s.execute(
        select(InvoiceRow.id, InvoiceRow.number, InvoiceRow.total, InvoiceRow.paid, InvoiceRow.due_date,
               InvoiceRow.account_id, Account.name)
        .join(Account, Account.id == InvoiceRow.account_id)
        .where(*overdue)
        .order_by(InvoiceRow.due_date, InvoiceRow.number).limit(SHOWN)).all()
    return _overdue_items(rows, day), total


def _overdue_items(rows, day: dt.date) -> list[Item]:
    return [Item("overdue", _("{number} {account}: 미납 {left}원, 납부 기한 {due} ({days}일 지남)",
                              number=r.number, account=r.name, left=_won(r.total - r.paid),
                              due=r.due_date.isoformat(), days=(day - r.due_date).days),
                 "invoice", r.id, r.account_id, "pay") for r in rows]


def _renewals(s: Session, day: dt.date) -> list[Item]:
    rows = s.execute(
        select(Account.id, Account.name, Account.expires_on, Account.term_months)
        .where(Account.active.is_(True), Account.auto_renew.is_(True),
               Account.expires_on.between(day, day + dt.timedelta(days=RENEWAL_DAYS)))
        .order_by(Account.expires_on, Account.name)).all()
    return [Item("renewals", _("{account}: {expires} 만료, {days}일 남음 — {term}개월 자동 갱신",
                               account=r.name, expires=r.expires_on.isoformat(), days=(r.expires_on - day).days,
                               term=r.term_months),
                 "account", r.id, r.id, "open") for r in rows]


def _trials(s: Session, day: dt.date) -> list[Item]:
    rows = s.execute(
        select(Site.id, Site.name, Site.trial_ends_on, Site.account_id, Account.name.label("account"))
        .join(Account, Account.id == Site.account_id)
        .where(Site.active.is_(True), Site.vendor == Vendor.NAVER, Site.state == SiteState.TRIAL,
               Site.reserved_plan.is_(None),
               Site.trial_ends_on.between(day, day + dt.timedelta(days=TRIAL_DAYS)))
        .order_by(Site.trial_ends_on, Site.name)).all()
    return [Item("trials", _("{site} ({account}): 체험이 {end}에 끝납니다 ({days}일 남음). 요금제를 예약하지 않으면 "
                             "데이터가 삭제됩니다", site=r.name, account=r.account, end=r.trial_ends_on.isoformat(),
                             days=(r.trial_ends_on - day).days),
                 "site", r.id, r.account_id, "reserve") for r in rows]


def _quotes(s: Session, day: dt.date) -> list[Item]:
    rows = s.execute(
        select(QuoteRow.id, QuoteRow.number, QuoteRow.revision, QuoteRow.customer_name, QuoteRow.valid_until,
               QuoteRow.account_id)
        .where(QuoteRow.status.in_(("draft", "sent")),
               QuoteRow.valid_until.between(day, day + dt.timedelta(days=QUOTE_DAYS)))
        .order_by(QuoteRow.valid_until, QuoteRow.number)).all()
    return [Item("quotes", _("{number} ({customer}): {until}까지 유효 ({days}일 남음)", number=r.number,
                             customer=r.customer_name, until=r.valid_until.isoformat(),
                             days=(r.valid_until - day).days),
                 "quote", r.id, r.account_id, "reprice") for r in rows]


def _storage(s: Session, day: dt.date) -> list[Item]:
    rows = s.execute(
        select(Site.id, Site.name, Site.package, Site.users, Site.extra_storage_tb, Site.used_storage_gb,
               Site.account_id, Account.name.label("account"))
        .join(Account, Account.id == Site.account_id)
        .where(Site.active.is_(True), Site.vendor == Vendor.NAVER, Site.used_storage_gb > 0,
               Site.state.in_((SiteState.ACTIVE, SiteState.TRIAL, SiteState.OVERDUE)))
        .order_by(Site.name)).all()
    if not rows:
        return []
    version = catalogs(s)["naver"].version_on(day)
    items = []
    for r in rows:
        shared = naver.included_storage_gb(version, r.package, r.users)[0] + r.extra_storage_tb * naver.TB_GB
        if naver.storage_warning(shared, r.used_storage_gb):
            free = max(shared - r.used_storage_gb, 0)
            items.append(Item("storage", _("{site} ({account}): 공유 저장 공간 {total}GB 중 {free}GB 남음 ({pct}%)",
                                           site=r.name, account=r.account, total=_won(shared), free=_won(free),
                                           pct=free * 100 // shared if shared else 0),
                              "site", r.id, r.account_id, "open"))
    return items


def _support(s: Session, day: dt.date) -> list[Item]:
    """T2: open requests with a clock still running that is at risk (80 % used) or past its due time."""
    from desktop_app.pricing.sla import iso
    from desktop_app.services.support_list import (
        OPEN_STATUSES,
        RequestFilter,
        business_calendar,
        request_page,
    )

    now = clock.now()
    calendar = business_calendar()
    seen: dict[int, tuple[dt.datetime, Item]] = {}
    for state in ("breached", "at_risk"):
        page = request_page(s, RequestFilter(statuses=OPEN_STATUSES, clock_state=state), 0, 100, now=now,
                            calendar=calendar)
        for r in page.rows:
            live = [c for c in r.clocks(now, calendar) if c.stopped_at is None and (c.at_risk or c.state == "breached")]
            if not live or r.id in seen:
                continue
            c = min(live, key=lambda c: c.due)
            text = (_("{number} {account}: {clock} 기한 {due} 지남", number=r.number, account=r.account,
                      clock=CLOCK_NAMES.get(c.clock, c.clock), due=iso(c.due)[:16].replace("T", " "))
                    if c.state == "breached" else
                    _("{number} {account}: {clock} 기한 {due} 임박 ({pct}% 지남)", number=r.number, account=r.account,
                      clock=CLOCK_NAMES.get(c.clock, c.clock), due=iso(c.due)[:16].replace("T", " "),
                      pct=int(c.used * 100)))
            seen[r.id] = (c.due, Item("support", text, "request", r.id, r.account_id, "open"))
    return [item for _due, item in sorted(seen.values(), key=lambda pair: pair[0])]


CLOCK_NAMES = {"response": _("응답"), "resolution": _("해결"), "confirmation": _("방문 확인")}


def today_list(s: Session, day: dt.date) -> TodayList:
    result = TodayList(day)
    for key, read in (("overdue", _overdue), ("renewals", _renewals), ("trials", _trials), ("quotes", _quotes),
                      ("storage", _storage), ("support", _support)):
        found = read(s, day)
        items, total = found if isinstance(found, tuple) else (found, len(found))
        result.groups[key], result.totals[key] = items[:SHOWN], total
    return result


def counts(s: Session, day: dt.date) -> dict[str, int]:
    """Per group, how many items: for the navigation."""
    t = today_list(s, day)
    return {k: t.count(k) for k in GROUPS}

