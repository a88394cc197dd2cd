"""Translated names of stored values (states, vendors, packages) and the colours of states."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def state_name(state: str) -> str:
    return {
        "pending": _t("대기"), "trial": _t("체험"), "active": _t("사용 중"), "overdue": _t("초과 사용 중"),
        "expired": _t("만료"), "terminated": _t("해지"),
    }.get(state, state)


STATE_COLOURS = {
    "pending": "#6b7280", "trial": "#2563eb", "active": "#15803d", "overdue": "#c2410c",
    "expired": "#b91c1c", "terminated": "#374151",
}


def state_colour(state: str) -> QColor:
    return QColor(STATE_COLOURS.get(state, "#000000"))


def vendor_name(vendor: str) -> str:
    return {"daouoffice": _t("다우오피스"), "naver": _t("네이버웍스")}.get(vendor, vendor)


def package_name(package: str) -> str:
    return {
        "free": _t("무료"), "standard": _t("스탠다드"), "premium": _t("프리미엄"),
        "workplace": "WORKPLACE", "collabo": "Collabo", "collabo_plus": "Collabo+",
    }.get(package, package)


def edition_name(edition: str | None) -> str:
    return {"service": _t("서비스형"), "enterprise": _t("엔터프라이즈형")}.get(edition or "", "")


def policy_name(policy: str) -> str:
    return {"4.0": _t("4.0 정책"), "legacy": _t("기존 고객(legacy)")}.get(policy, policy)


def term_name(months: int) -> str:
    return _t("1개월 자동 결제") if months == 1 else _t("12개월")


def user_status_name(status: str) -> str:
    return {"active": _t("사용"), "inactive": _t("비활성")}.get(status, status)


def date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"
