"""Names of request types, statuses, clocks and clock states in the interface language."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop_app.pricing.business_days import SEOUL


@cache  # translated once: the table asks for these names at every paint
def _kind_names() -> dict[str, str]:
    return {
        "remote_hands": QCoreApplication.translate("support", "원격 지원"),
        "incident": QCoreApplication.translate("support", "장애"),
        "shipping": QCoreApplication.translate("support", "배송"),
        "site_visit": QCoreApplication.translate("support", "방문"),
        "consulting": QCoreApplication.translate("support", "컨설팅"),
    }


def kind_name(kind: str) -> str:
    return _kind_names().get(kind, kind)


@cache  # translated once: the table asks for these names at every paint
def _status_names() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("support", "접수"),
        "in_progress": QCoreApplication.translate("support", "처리 중"),
        "waiting": QCoreApplication.translate("support", "고객 대기"),
        "resolved": QCoreApplication.translate("support", "해결"),
        "closed": QCoreApplication.translate("support", "종료"),
        "cancelled": QCoreApplication.translate("support", "취소"),
    }


def status_name(status: str) -> str:
    return _status_names().get(status, status)


@cache  # translated once: the table asks for these names at every paint
def _clock_names() -> dict[str, str]:
    return {
        "response": QCoreApplication.translate("support", "응답"),
        "resolution": QCoreApplication.translate("support", "해결"),
        "confirmation": QCoreApplication.translate("support", "방문 확정"),
    }


def clock_name(name: str) -> str:
    return _clock_names().get(name, name)


@cache  # translated once: the table asks for these names at every paint
def _state_names() -> dict[str, str]:
    return {
        "running": QCoreApplication.translate("support", "진행"),
        "paused": QCoreApplication.translate("support", "일시 정지"),
        "met": QCoreApplication.translate("support", "준수"),
        "breached": QCoreApplication.translate("support", "초과"),
        "at_risk": QCoreApplication.translate("support", "위험"),
    }


def state_name(state: str) -> str:
    return _state_names().get(state, state)


@cache  # translated once: the table asks for these names at every paint
def _source_names() -> dict[str, str]:
    return {
        "staff_reply": QCoreApplication.translate("support", "답변"),
        "customer_message": QCoreApplication.translate("support", "고객 메시지"),
        "internal_note": QCoreApplication.translate("support", "내부 메모"),
    }


def source_name(source: str) -> str:
    return _source_names().get(source, source)


STATE_COLOURS = {"breached": QColor("#b91c1c"), "at_risk": QColor("#c2410c"), "paused": QColor("#6b7280"),
                 "met": QColor("#15803d")}


def local(moment: dt.datetime | None) -> str:
    """A stored time as Seoul wall-clock `YYYY-MM-DD HH:MM`."""
    return moment.astimezone(SEOUL).strftime("%Y-%m-%d %H:%M") if moment else ""


def left(seconds: float) -> str:
    """A countdown: `1:05:09 남음` or `0:12:30 초과`."""
    whole = int(abs(seconds))
    text = f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
    if seconds >= 0:
        return QCoreApplication.translate("support", "%1 남음").replace("%1", text)
    return QCoreApplication.translate("support", "%1 초과").replace("%1", text)
