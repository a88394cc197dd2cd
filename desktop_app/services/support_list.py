"""Reading support requests: the filtered list a page at a time (T5), each row with the history its clocks
are computed from (T2), and one request's detail. Clocks are computed only for the rows read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop_app import clock
from desktop_app.models import Account, Site, StaffUser
from desktop_app.models.support import (
    StaffTeamMember,
    StatusChange,
    SupportMessage,
    SupportRequest,
    SupportShare,
)
from desktop_app.pricing.business_days import BusinessCalendar
from desktop_app.pricing.sla import Clock, Event, clocks
from desktop_app.services.support import aware

CLOCK_STATES = ("running", "at_risk", "paused", "met", "breached")
OPEN_STATUSES = ("open", "in_progress", "waiting")


def business_calendar() -> BusinessCalendar:
    """The calendar of the settings, with the holidays of last year to next year ready (T2)."""
    from desktop_app.settings import Settings

    calendar = BusinessCalendar.from_settings(Settings().get)
    if calendar.country:
        year = clock.today().year
        load_holidays(calendar.country, range(year - 2, year + 2))
    return calendar


def load_holidays(country: str, years: range) -> None:
    """Holidays kept in the data folder per package version: Korea's lunar holidays take a quarter of a second
    a year to compute, too long to pay each time the support section opens."""
    import json

    from desktop_app import paths
    from desktop_app.pricing import business_days

    path = paths.data_dir() / f"holidays-{country}-{business_days.holidays_version()}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = {}
    missing = False
    for year in years:
        days = stored.get(str(year))
        if isinstance(days, list):
            business_days.remember(country, year, frozenset(dt.date.fromisoformat(d) for d in days))
        else:
            stored[str(year)] = sorted(d.isoformat() for d in business_days.holidays_of(country, year))
            missing = True
    if missing:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(stored), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # only a cache: computed again next time


@dataclass(frozen=True)
class RequestFilter:
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    account_id: int | None = None
    assignee_id: int | None = None  # 0: nobody assigned
    clock_state: str | None = None  # one of CLOCK_STATES
    search: str = ""  # number, title or account name
    shared_with: int | None = None  # a staff user: requests shared with them or their teams (T4)
    viewer_id: int | None = None  # with `scope`: requests shared with the viewer stay visible (T4)
    scope: frozenset[int] | None = None  # the viewer's accounts (S3); None: every account


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    kind: str
    title: str
    account_id: int
    account: str
    site: str
    status: str
    assignee_id: int | None
    assignee: str
    opened_at: dt.datetime
    severity: int | None
    visit_at: dt.datetime | None
    version: int
    events: tuple[Event, ...] = field(default=(), compare=False)

    def clocks(self, now: dt.datetime, calendar: BusinessCalendar) -> tuple[Clock, ...]:
        return clocks(self.kind, self.opened_at, self.events, now, severity=self.severity, visit_at=self.visit_at,
                      calendar=calendar)


@dataclass(frozen=True)
class Page:
    rows: list[RequestRow]
    next_start: int | None  # where the next page starts; None at the end
    total: int | None  # rows matching (None while a clock state is filtered: known only by computing)


def matches_state(found: tuple[Clock, ...], state: str) -> bool:
    if state == "at_risk":
        return any(c.at_risk for c in found)
    return any(c.state == state for c in found)


def _shared_ids(viewer: int) -> Select:
    teams = select(StaffTeamMember.team_id).where(StaffTeamMember.staff_id == viewer,
                                                  StaffTeamMember.active.is_(True))
    return select(SupportShare.request_id).where(SupportShare.active.is_(True),
                                                 or_(SupportShare.staff_id == viewer, SupportShare.team_id.in_(teams)))


def row_query(flt: RequestFilter) -> Select:
    assignee = aliased(StaffUser)
    q = (select(SupportRequest.id, SupportRequest.number, SupportRequest.kind, SupportRequest.title,
                SupportRequest.account_id, Account.name, Site.name, SupportRequest.status,
                SupportRequest.assignee_id, assignee.name, SupportRequest.opened_at, SupportRequest.severity,
                SupportRequest.visit_at, SupportRequest.version)
         .join(Account, Account.id == SupportRequest.account_id)
         .outerjoin(Site, Site.id == SupportRequest.site_id)
         .outerjoin(assignee, assignee.id == SupportRequest.assignee_id))
    return _where(q, flt)


def _where(q: Select, flt: RequestFilter) -> Select:
    if flt.kinds:
        q = q.where(SupportRequest.kind.in_(flt.kinds))
    if flt.statuses:
        q = q.where(SupportRequest.status.in_(flt.statuses))
    if flt.account_id is not None:
        q = q.where(SupportRequest.account_id == flt.account_id)
    if flt.assignee_id == 0:
        q = q.where(SupportRequest.assignee_id.is_(None))
    elif flt.assignee_id is not None:
        q = q.where(SupportRequest.assignee_id == flt.assignee_id)
    if flt.search.strip():
        term = flt.search.strip()
        like = f"%{term.replace('%', '').replace('_', '')}%"
        q = q.where(or_(SupportRequest.number == term.upper(), SupportRequest.title.like(like),
                        SupportRequest.account_id.in_(select(Account.id).where(Account.name.like(like)))))
    if flt.shared_with is not None:
        q = q.where(SupportRequest.id.in_(_shared_ids(flt.shared_with)))
    if flt.scope is not None:
        visible: ColumnElement[bool] = SupportRequest.account_id.in_(sorted(flt.scope))
        if flt.viewer_id is not None:
            visible = or_(visible, SupportRequest.id.in_(_shared_ids(flt.viewer_id)))
        q = q.where(visible)
    return q


def live_candidates(q: Select, state: str, now: dt.datetime) -> Select:
    """Narrow a clock-state search to the requests that can have a live clock in `state` (a superset: the
    clocks computed from the history decide). A response clock stops at the first status change, so it runs
    only while the request is `open`, and for at most 12 hours (remote hands, shipping) or until 18:00 of
    the next business day (consulting, bounded by 30 days); a confirmation runs until the visit; only an
    incident's resolution clock pauses (T2)."""
    utc = now.astimezone(dt.timezone.utc)
    r = SupportRequest
    if state == "paused":
        return q.where(r.kind == "incident", r.status == "waiting")
    return q.where(r.status.in_(OPEN_STATUSES), or_(
        and_(r.kind.in_(("remote_hands", "shipping")), r.status == "open",
             r.opened_at > utc - dt.timedelta(hours=12)),
        and_(r.kind == "consulting", r.status == "open", r.opened_at > utc - dt.timedelta(days=30)),
        and_(r.kind == "site_visit", r.status.in_(("open", "waiting")), r.visit_at >= utc),
        and_(r.kind == "incident", r.status.in_(("open", "in_progress")))))


def histories(s: Session, ids: list[int]) -> dict[int, tuple[Event, ...]]:
    """The clock events of each request: its status changes after opening and its first staff reply."""
    if not ids:
        return {}
    out: dict[int, list[Event]] = {i: [] for i in ids}
    changes = s.execute(select(StatusChange.request_id, StatusChange.at, StatusChange.status)
                        .where(StatusChange.request_id.in_(ids), StatusChange.previous.is_not(None))
                        .order_by(StatusChange.request_id, StatusChange.at, StatusChange.id))
    for rid, at, status in changes:
        out[rid].append(Event(aware(at), status))  # type: ignore[arg-type]
    replies = s.execute(select(SupportMessage.request_id, func.min(SupportMessage.at))
                        .where(SupportMessage.request_id.in_(ids), SupportMessage.source == "staff_reply")
                        .group_by(SupportMessage.request_id))
    for rid, at in replies:
        out[rid].append(Event(aware(at), reply=True))  # type: ignore[arg-type]
        out[rid].sort(key=lambda e: (e.at, e.reply))
    return {k: tuple(v) for k, v in out.items()}


def read_rows(s: Session, raw: Sequence[Any]) -> list[RequestRow]:
    events = histories(s, [r[0] for r in raw])
    return [RequestRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8], r[9] or "", aware(r[10]) or r[10],
                       r[11], aware(r[12]), r[13], events[r[0]]) for r in raw]


def count_requests(s: Session, flt: RequestFilter) -> int:
    return s.scalar(_where(select(func.count()).select_from(SupportRequest), flt)) or 0


NEWEST_FIRST = (SupportRequest.opened_at.desc(), SupportRequest.id.desc())


def rows_by_id(s: Session, ids: list[int]) -> list[RequestRow]:
    """Whole rows (names joined, histories read) for `ids`, in that order."""
    if not ids:
        return []
    raw = s.execute(row_query(RequestFilter()).where(SupportRequest.id.in_(ids))).all()
    by_id = {r.id: r for r in read_rows(s, raw)}
    return [by_id[i] for i in ids]


def request_page(s: Session, flt: RequestFilter, start: int = 0, limit: int = 100, *, with_total: bool = False,
                 now: dt.datetime | None = None, calendar: BusinessCalendar | None = None) -> Page:
    """Up to `limit` rows from position `start`, newest first. The matching ids come from the list's covering
    index; only the page's rows are then read whole. With a clock state, candidates are read a chunk at a
    time and their clocks computed until the page is full."""
    ids_q = _where(select(SupportRequest.id), flt).order_by(*NEWEST_FIRST)
    if flt.clock_state is None:
        ids = list(s.scalars(ids_q.offset(start).limit(limit + 1)))
        total = count_requests(s, flt) if with_total else None
        return Page(rows_by_id(s, ids[:limit]), start + limit if len(ids) > limit else None, total)
    now = now or clock.now()
    calendar = calendar or business_calendar()
    q = _where(select(SupportRequest.id, SupportRequest.kind, SupportRequest.opened_at, SupportRequest.severity,
                      SupportRequest.visit_at), flt)
    state = flt.clock_state

    def matching(raw: list) -> list[int]:
        events = histories(s, [r[0] for r in raw])
        return [rid for rid, kind, opened, severity, visit_at in raw
                if matches_state(clocks(kind, aware(opened), events[rid], now, severity=severity,  # type: ignore
                                        visit_at=aware(visit_at), calendar=calendar), state)]

    if state in ("running", "at_risk", "paused"):
        # few candidates: read them at once by status (no ORDER BY, so the status index is used), newest first
        raw = sorted(s.execute(live_candidates(q, state, now)).all(), key=lambda r: (r[2], r[0]), reverse=True)
        found = []
        for i in range(0, len(raw), 2 * limit):  # histories and clocks only as far as the page needs
            found += matching(raw[i:i + 2 * limit])
            if len(found) > start + limit:
                break
        page = found[start:start + limit]
        return Page(rows_by_id(s, page), start + limit if len(found) > start + limit else None, None)
    q = q.order_by(*NEWEST_FIRST)
    found = []
    pos, size = start, 2 * limit
    after: tuple[dt.datetime, int] | None = None  # keyset: each chunk starts after the last row read
    while True:
        chunk = q.offset(pos) if after is None else q.where(or_(
            SupportRequest.opened_at < after[0], and_(SupportRequest.opened_at == after[0],
                                                      SupportRequest.id < after[1])))
        raw = list(s.execute(chunk.limit(size)).all())
        if raw:
            after = (raw[-1][2], raw[-1][0])
        hits = set(matching(raw))
        for i, r in enumerate(raw):
            if r[0] in hits:
                found.append(r[0])
                if len(found) == limit:
                    return Page(rows_by_id(s, found), pos + i + 1, None)
        if len(raw) < size:
            return Page(rows_by_id(s, found), None, None)
        pos += len(raw)
        size = min(size * 2, 2000)


def all_rows(s: Session, flt: RequestFilter, now: dt.datetime | None = None) -> list[RequestRow]:
    """Every matching row (the export), read in pages."""
    out: list[RequestRow] = []
    start: int | None = 0
    while start is not None:
        page = request_page(s, flt, start, 2000, now=now)
        out.extend(page.rows)
        start = page.next_start
    return out
