"""Support requests' statuses and clocks (domain.md §9 T1, T2) as pure functions of the request's history.

Clocks are never stored: `clocks()` computes them from the opening, the events after it and the moment they
are read. The support view, the export and `desktop-app sla` all call it. Pure: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.i18n import texts
from desktop_app.pricing.business_days import SEOUL, BusinessCalendar
from desktop_app.pricing.orders import Problem

_ = texts("sla_rules")

TYPES = ("remote_hands", "incident", "shipping", "site_visit", "consulting")
STATUSES = ("open", "in_progress", "waiting", "resolved", "closed", "cancelled")
FINAL = ("closed", "cancelled")
MOVES: dict[str, tuple[str, ...]] = {  # T1
    "open": ("in_progress", "waiting", "resolved", "cancelled"),
    "in_progress": ("waiting", "resolved", "cancelled"),
    "waiting": ("in_progress", "resolved", "cancelled"),
    "resolved": ("in_progress", "closed"),
    "closed": (),
    "cancelled": (),
}
REOPEN_WITHIN = dt.timedelta(days=7)
RESOLUTION_MINUTES = {1: 120, 2: 240, 3: 480, 4: 1440}  # incidents by severity (T2, §9 table)
RESPONSE_MINUTES = {"remote_hands": 15, "shipping": 12 * 60}
AT_RISK = 0.8
STATES = ("running", "paused", "met", "breached")


@dataclass(frozen=True)
class Event:
    """One step of the history after opening: a status change, or a staff reply (`reply=True`)."""

    at: dt.datetime
    status: str | None = None
    reply: bool = False


@dataclass(frozen=True)
class Clock:
    clock: str  # response, resolution, confirmation
    target_minutes: int | None  # None where the target is not a duration (next business day, the visit)
    due: dt.datetime
    paused_minutes: int
    state: str  # running, paused, met, breached
    stopped_at: dt.datetime | None
    used: float  # the part of the target used so far (0.0 … ); at risk at 0.8 while running

    @property
    def at_risk(self) -> bool:
        return self.state == "running" and self.used >= AT_RISK

    def to_json(self) -> dict:
        out: dict = {"clock": self.clock}
        if self.target_minutes is not None:
            out["target_minutes"] = self.target_minutes
        out["due"] = iso(self.due)
        out["paused_minutes"] = self.paused_minutes
        out["state"] = self.state
        if self.stopped_at is not None:
            out["stopped_at"] = iso(self.stopped_at)
        return out


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(SEOUL).replace(microsecond=0).isoformat()


# --- T1 ------------------------------------------------------------------------------------------------------

def allowed_moves(current: str, resolved_at: dt.datetime | None = None, at: dt.datetime | None = None) -> tuple[
        str, ...]:
    """The statuses `current` may move to at `at`; a reopen only within 7 days of resolving."""
    moves = MOVES[current]
    if current == "resolved" and resolved_at is not None and at is not None and at - resolved_at > REOPEN_WITHIN:
        moves = tuple(m for m in moves if m != "in_progress")
    return moves


def move_problem(field: str, current: str, new: str, resolved_at: dt.datetime | None = None,
                 at: dt.datetime | None = None) -> Problem | None:
    """None when T1 allows `current` → `new` at `at`; otherwise the refusal naming the allowed moves."""
    allowed = allowed_moves(current, resolved_at, at)
    if new in allowed:
        return None
    listed = ", ".join(allowed) or "none"
    if current == "resolved" and new == "in_progress":
        return Problem(field, "T1", f"a request can be reopened only within 7 days of resolving; allowed from "
                                    f"resolved now: {listed}",
                       _("해결 후 7일이 지나 다시 열 수 없습니다. 지금 가능한 변경: {allowed}", allowed=listed))
    if current in FINAL:
        return Problem(field, "T1", f"{current} is final: no move is allowed from it",
                       _("{status} 상태는 끝난 상태라 바꿀 수 없습니다.", status=current))
    return Problem(field, "T1", f"{current} cannot move to {new}; allowed from {current}: {listed}",
                   _("{status} 에서 {new}(으)로 바꿀 수 없습니다. 가능한 변경: {allowed}", status=current, new=new,
                     allowed=listed))


def status_at_end(events: Sequence[Event]) -> str:
    status = "open"
    for e in events:
        if e.status:
            status = e.status
    return status


def history_problems(opened_at: dt.datetime, events: Sequence[Event], now: dt.datetime,
                     where: str = "events") -> list[Problem]:
    """Order, bounds and T1 moves of a history: one problem per bad event."""
    problems: list[Problem] = []
    status, resolved_at, last = "open", None, opened_at
    for i, e in enumerate(events):
        field = f"{where}[{i}]"
        if e.at < opened_at:
            problems.append(Problem(f"{field}.at", "T2", "is before the opening (opened_at)",
                                    _("요청을 연 시각보다 앞섭니다.")))
        elif e.at > now:
            problems.append(Problem(f"{field}.at", "T2", "is after now", _("지금(now)보다 뒤입니다.")))
        elif e.at < last:
            problems.append(Problem(f"{field}.at", "T2", "is out of order: events come in time order",
                                    _("시간 순서가 아닙니다.")))
        last = max(last, e.at)
        if e.status is None:
            continue
        problem = move_problem(f"{field}.status", status, e.status, resolved_at, e.at)
        if problem:
            problems.append(problem)
            continue
        status = e.status
        if status == "resolved":
            resolved_at = e.at
    return problems


# --- T2 ------------------------------------------------------------------------------------------------------

def clocks(kind: str, opened_at: dt.datetime, events: Sequence[Event], now: dt.datetime, *,
           severity: int | None = None, visit_at: dt.datetime | None = None,
           calendar: BusinessCalendar | None = None) -> tuple[Clock, ...]:
    """Every clock of a request of type `kind`, read at `now`, from a valid history (see history_problems)."""
    if kind == "incident":
        return (_resolution(opened_at, events, now, RESOLUTION_MINUTES[severity or 4]),)
    if kind == "site_visit":
        assert visit_at is not None
        return (_confirmation(opened_at, events, now, visit_at),)
    if kind == "consulting":
        cal = calendar or BusinessCalendar()
        due = cal.close_of_next_business_day(opened_at)
        return (_response(opened_at, events, now, None, due, cal),)
    minutes = RESPONSE_MINUTES[kind]
    return (_response(opened_at, events, now, minutes, opened_at + dt.timedelta(minutes=minutes), None),)


def _seal(clock: str, target: int | None, due: dt.datetime, paused: dt.timedelta, stop: dt.datetime | None,
          now: dt.datetime, used: float, paused_now: bool) -> Clock:
    minutes = int(paused.total_seconds() // 60)
    if stop is not None:
        state = "met" if stop <= due else "breached"
    elif now > due:
        state = "breached"
    else:
        state = "paused" if paused_now else "running"
    return Clock(clock, target, due, minutes, state, stop, used)


def _response(opened_at: dt.datetime, events: Sequence[Event], now: dt.datetime, target: int | None,
              due: dt.datetime, calendar: BusinessCalendar | None) -> Clock:
    stop = next((e.at for e in events if e.reply or e.status), None)
    until = stop or now
    if calendar is not None:  # business clock: the part of the business time up to the due time
        whole = calendar.business_seconds(opened_at, due) or 1.0
        # past the due time only "more than all of it" matters: counting stops there, so a request left open
        # for months is not walked day by day
        used = calendar.business_seconds(opened_at, until) / whole if until <= due else 1.0 + (
            until - due) / (due - opened_at)
    else:
        used = (until - opened_at) / (due - opened_at)
    return _seal("response", target, due, dt.timedelta(0), stop, now, used, False)


def _resolution(opened_at: dt.datetime, events: Sequence[Event], now: dt.datetime, target: int) -> Clock:
    """Runs from opening to `resolved`; time in `waiting`, and from `resolved` to a reopen, does not count."""
    status, paused = "open", dt.timedelta(0)
    waiting_from: dt.datetime | None = None
    stop: dt.datetime | None = None
    for e in events:
        if not e.status:
            continue
        if status == "waiting" and waiting_from is not None:
            paused += e.at - waiting_from
        if status == "resolved" and e.status == "in_progress" and stop is not None:  # reopened
            paused += e.at - stop
            stop = None
        if e.status == "waiting":
            waiting_from = e.at
        elif e.status in ("resolved", "cancelled") and stop is None:
            stop = e.at
        status = e.status
    paused_now = status == "waiting" and waiting_from is not None
    if paused_now:
        paused += now - waiting_from  # type: ignore[operator]
    due = opened_at + dt.timedelta(minutes=target) + paused
    until = stop or now
    used = ((until - opened_at) - paused) / dt.timedelta(minutes=target)
    return _seal("resolution", target, due, paused, stop, now, used, paused_now)


def _confirmation(opened_at: dt.datetime, events: Sequence[Event], now: dt.datetime,
                  visit_at: dt.datetime) -> Clock:
    stop = next((e.at for e in events if e.status in ("in_progress", "resolved", "cancelled")), None)
    until = stop or now
    span = (visit_at - opened_at).total_seconds()
    used = (until - opened_at).total_seconds() / span if span > 0 else 1.0
    return _seal("confirmation", None, visit_at, dt.timedelta(0), stop, now, used, False)
