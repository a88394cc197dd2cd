"""The JSON request of shared/docs/sla-request.md, read into the clocks' inputs with field-level refusals."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from desktop_app.i18n import Text, texts
from desktop_app.pricing.orders import Problem, Refused
from desktop_app.pricing.sla import STATUSES, TYPES, Event, history_problems

_ = texts("sla_request")

KEYS = ("type", "severity", "visit_at", "opened_at", "now", "events")


@dataclass(frozen=True)
class SlaRequest:
    kind: str
    opened_at: dt.datetime
    now: dt.datetime
    events: tuple[Event, ...]
    severity: int | None = None
    visit_at: dt.datetime | None = None


def _p(field: str, en: str, ko: Text, rule: str = "T2") -> Problem:
    return Problem(field, rule, en, ko)


def _time(value: Any, field: str, problems: list[Problem], required: bool = True) -> dt.datetime | None:
    if value is None:
        if required:
            problems.append(_p(field, "is required: ISO 8601 with an offset, e.g. 2026-12-24T17:30:00+09:00",
                               _("꼭 입력해야 합니다 (ISO 8601, 시간대 포함).")))
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        problems.append(_p(field, f"is not an ISO 8601 time (got {json.dumps(value, ensure_ascii=False)})",
                           _("ISO 8601 시각이 아닙니다.")))
        return None
    if moment.utcoffset() is None:
        problems.append(_p(field, f"has no offset: write it as {value}+09:00 (got {json.dumps(value)})",
                           _("시간대(+09:00 등)가 없습니다.")))
        return None
    return moment


def _events(raw: Any, problems: list[Problem]) -> list[Event] | None:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(_p("events", "must be a list", _("목록이어야 합니다.")))
        return None
    events: list[Event] = []
    ok = True
    for i, e in enumerate(raw):
        where = f"events[{i}]"
        if not isinstance(e, dict):
            problems.append(_p(where, 'must be {"at", "status"} or {"at", "reply": true}',
                               _('{"at", "status"} 또는 {"at", "reply": true} 형식이어야 합니다.')))
            ok = False
            continue
        moment = _time(e.get("at"), f"{where}.at", problems)
        status, reply = e.get("status"), e.get("reply") is True
        if status is not None and status not in STATUSES:
            problems.append(_p(f"{where}.status", f"unknown status {json.dumps(status, ensure_ascii=False)}; "
                                                  f"statuses are {', '.join(STATUSES)}",
                               _("알 수 없는 상태입니다. 가능한 상태: {choices}", choices=", ".join(STATUSES)), "T1"))
            ok = False
        elif status is None and not reply:
            problems.append(_p(where, 'is neither a status change nor a reply {"reply": true}',
                               _("상태 변경도 답변도 아닙니다.")))
            ok = False
        if moment is None:
            ok = False
        elif ok:
            events.append(Event(moment, status, reply and status is None))
    return events if ok else None


def read_sla_request(text: str, now: dt.datetime) -> SlaRequest:
    """Parse and check a request; Refused lists every problem (one per field and rule)."""
    try:
        d = json.loads(text)
    except ValueError as exc:
        raise Refused([_p("request", f"is not valid JSON: {exc}", _("올바른 JSON이 아닙니다."), "")])
    if not isinstance(d, dict):
        raise Refused([_p("request", "must be a JSON object", _("JSON 객체여야 합니다."), "")])
    problems: list[Problem] = []
    kind = d.get("type")
    if kind not in TYPES:
        what = "is required" if kind is None else f"is unknown ({json.dumps(kind, ensure_ascii=False)})"
        problems.append(_p("type", f"{what}; types are {', '.join(TYPES)}",
                           _("요청 유형이 없거나 알 수 없습니다. 가능한 유형: {choices}", choices=", ".join(TYPES)), "§9"))
    severity = d.get("severity")
    if kind == "incident":
        if severity is None:
            problems.append(_p("severity", "is required for an incident: 1, 2, 3 or 4", _("장애 요청에는 심각도(1–4)가 필요합니다.")))
        elif not isinstance(severity, int) or isinstance(severity, bool) or not 1 <= severity <= 4:
            problems.append(_p("severity", f"must be 1, 2, 3 or 4 (got {json.dumps(severity)})",
                               _("심각도는 1, 2, 3, 4 중 하나입니다.")))
    visit_at = _time(d.get("visit_at"), "visit_at", problems, required=kind == "site_visit")
    opened_at = _time(d.get("opened_at"), "opened_at", problems)
    read_at = _time(d["now"], "now", problems) if d.get("now") is not None else now
    events = _events(d.get("events"), problems)
    if opened_at is not None and read_at is not None and read_at < opened_at:
        problems.append(_p("now", "is before the opening (opened_at)", _("요청을 연 시각보다 앞섭니다.")))
    elif opened_at is not None and read_at is not None and events is not None:
        problems.extend(history_problems(opened_at, events, read_at))
    if problems:
        raise Refused(problems)
    assert kind is not None and opened_at is not None and read_at is not None and events is not None
    return SlaRequest(kind, opened_at, read_at, tuple(events), severity if kind == "incident" else None,
                      visit_at if kind == "site_visit" else None)
