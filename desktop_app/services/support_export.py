"""The open support requests with their due times as an Excel workbook (T5), text written safely (a title
like "=HYPERLINK(…)" stays text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.pricing.business_days import SEOUL
from desktop_app.services.export import write_rows
from desktop_app.services.support_list import (
    OPEN_STATUSES,
    RequestFilter,
    RequestRow,
    all_rows,
    business_calendar,
)

HEADER = ("요청 번호", "유형", "고객", "사이트", "제목", "상태", "담당자", "접수 시각", "시계", "기한", "시계 상태",
          "사용(%)")
WIDTHS = (18, 10, 24, 14, 30, 12, 12, 18, 10, 18, 10, 8)
KINDS = {"remote_hands": "원격 지원", "incident": "장애", "shipping": "배송", "site_visit": "방문",
         "consulting": "컨설팅"}
STATUSES = {"open": "접수", "in_progress": "처리 중", "waiting": "고객 대기", "resolved": "해결", "closed": "종료",
            "cancelled": "취소"}
CLOCKS = {"response": "응답", "resolution": "해결", "confirmation": "방문 확정"}
STATES = {"running": "진행", "paused": "일시 정지", "met": "준수", "breached": "초과", "at_risk": "위험"}


def _local(moment: dt.datetime) -> dt.datetime:
    """Excel has no time zones: the Seoul wall-clock time, to the minute."""
    return moment.astimezone(SEOUL).replace(tzinfo=None, second=0, microsecond=0)


def request_cells(rows: Iterable[RequestRow], now: dt.datetime) -> Iterable[tuple[Any, ...]]:
    calendar = business_calendar()
    for r in rows:
        for c in r.clocks(now, calendar):
            state = "at_risk" if c.at_risk else c.state
            yield (r.number, KINDS[r.kind], r.account, r.site, r.title, STATUSES[r.status], r.assignee,
                   _local(r.opened_at), CLOCKS[c.clock], _local(c.due), STATES[state], round(c.used * 100))


def export_requests(s: Session, path: str, flt: RequestFilter | None = None, now: dt.datetime | None = None) -> int:
    """Write the open requests matching `flt` (every open one by default); returns how many rows."""
    flt = flt or RequestFilter()
    if not flt.statuses or any(x not in OPEN_STATUSES for x in flt.statuses):
        flt = replace(flt, statuses=tuple(x for x in (flt.statuses or OPEN_STATUSES) if x in OPEN_STATUSES)
                      or ("-",))
    now = now or clock.now()
    return write_rows(path, "지원 요청", HEADER, request_cells(all_rows(s, flt, now), now), WIDTHS)
