"""Reading support requests: the filtered list a page at a time (T5), each row with the history its clocks
are computed from (T2), and one request's detail. Clocks are computed only for the rows read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, func, or_, select
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
CHUNK = 400  # rows read at a time while looking for a clock state


def business_calendar() -> BusinessCalendar:
    from desktop_app.settings import Settings

    return BusinessCalendar.from_settings(Settings().get)


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
    statuses = flt.statuses
    if flt.clock_state in ("running", "at_risk", "paused"):  # only a request still open has a live clock
        statuses = tuple(x for x in (statuses or OPEN_STATUSES) if x in OPEN_STATUSES)
        if flt.clock_state == "paused":
            statuses = tuple(x for x in statuses if x == "waiting")
        statuses = statuses or ("-",)
    if statuses:
        q = q.where(SupportRequest.status.in_(statuses))
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
        visible = SupportRequest.account_id.in_(sorted(flt.scope))
        if flt.viewer_id is not None:
            visible = or_(visible, SupportRequest.id.in_(_shared_ids(flt.viewer_id)))
        q = q.where(visible)
    return q


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


def read_rows(s: Session, raw: list) -> list[RequestRow]:
    events = histories(s, [r[0] for r in raw])
    return [RequestRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8], r[9] or "", aware(r[10]),
                       r[11], aware(r[12]), r[13], events[r[0]]) for r in raw]


def count_requests(s: Session, flt: RequestFilter) -> int:
    return s.scalar(_where(select(func.count()).select_from(SupportRequest), flt)) or 0


def request_page(s: Session, flt: RequestFilter, start: int = 0, limit: int = 100, *, with_total: bool = False,
                 now: dt.datetime | None = None, calendar: BusinessCalendar | None = None) -> Page:
    """Up to `limit` rows from position `start`, newest first. With a clock state, rows are read a chunk at a
    time and their clocks computed until the page is full."""
    q = row_query(flt).order_by(SupportRequest.opened_at.desc(), SupportRequest.id.desc())
    if flt.clock_state is None:
        raw = s.execute(q.offset(start).limit(limit + 1)).all()
        rows = read_rows(s, raw[:limit])
        total = count_requests(s, flt) if with_total else None
        return Page(rows, start + limit if len(raw) > limit else None, total)
    now = now or clock.now()
    calendar = calendar or business_calendar()
    found: list[RequestRow] = []
    pos = start
    while len(found) < limit:
        raw = s.execute(q.offset(pos).limit(CHUNK)).all()
        for i, row in enumerate(read_rows(s, raw)):
            if matches_state(row.clocks(now, calendar), flt.clock_state):
                found.append(row)
                if len(found) == limit:
                    return Page(found, pos + i + 1, None)
        if len(raw) < CHUNK:
            return Page(found, None, None)
        pos += CHUNK
    return Page(found, pos, None)


def all_rows(s: Session, flt: RequestFilter, now: dt.datetime | None = None) -> list[RequestRow]:
    """Every matching row (the export), read in pages."""
    out: list[RequestRow] = []
    start: int | None = 0
    while start is not None:
        page = request_page(s, flt, start, 2000, now=now)
        out.extend(page.rows)
        start = page.next_start
    return out
