"""Translated names of stored values (states, vendors, packages) and the colours of states."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def state_name(state: str) -> str:
    return {
        "pending": QCoreApplication.translate("labels", "대기"), "trial": QCoreApplication.translate("labels", "체험"), "active": QCoreApplication.translate("labels", "사용 중"), "overdue": QCoreApplication.translate("labels", "초과 사용 중"),
        "expired": QCoreApplication.translate("labels", "만료"), "terminated": QCoreApplication.translate("labels", "해지"),
    }.get(state, state)


STATES = ("pending", "trial", "active", "overdue", "expired", "terminated")

STATE_COLOURS = {
    "pending": "#6b7280", "trial": "#2563eb", "active": "#15803d", "overdue": "#c2410c",
    "expired": "#b91c1c", "terminated": "#374151",
}


_URGENCY = ("expired", "overdue", "terminated", "pending", "trial", "active")


def most_urgent(states: str) -> str:
    """The state that needs attention first, of a space-separated list (an account's sites)."""
    present = states.split()
    return next((st for st in _URGENCY if st in present), "")


def states_text(states: str) -> str:
    present = states.split()
    return ", ".join(state_name(st) for st in _URGENCY if st in present)


def state_colour(state: str) -> QColor:
    return QColor(STATE_COLOURS.get(state, "#000000"))


def vendor_name(vendor: str) -> str:
    return {"daouoffice": QCoreApplication.translate("labels", "다우오피스"), "naver": QCoreApplication.translate("labels", "네이버웍스")}.get(vendor, vendor)


def package_name(package: str) -> str:
    return {
        "free": QCoreApplication.translate("labels", "무료"), "standard": QCoreApplication.translate("labels", "스탠다드"), "premium": QCoreApplication.translate("labels", "프리미엄"),
        "workplace": "WORKPLACE", "collabo": "Collabo", "collabo_plus": "Collabo+",
    }.get(package, package)


def edition_name(edition: str | None) -> str:
    return {"service": QCoreApplication.translate("labels", "서비스형"), "enterprise": QCoreApplication.translate("labels", "엔터프라이즈형")}.get(edition or "", "")


def policy_name(policy: str) -> str:
    return {"4.0": QCoreApplication.translate("labels", "4.0 정책"), "legacy": QCoreApplication.translate("labels", "기존 고객(legacy)")}.get(policy, policy)


def term_name(months: int) -> str:
    return QCoreApplication.translate("labels", "1개월 자동 결제") if months == 1 else QCoreApplication.translate("labels", "12개월")


def user_status_name(status: str) -> str:
    return {"active": QCoreApplication.translate("labels", "사용"), "inactive": QCoreApplication.translate("labels", "비활성")}.get(status, status)


def date_text(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


def quote_status_name(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("labels", "작성 중"), "sent": QCoreApplication.translate("labels", "보냄"),
        "accepted": QCoreApplication.translate("labels", "승인"),
        "expired": QCoreApplication.translate("labels", "만료"),
        "superseded": QCoreApplication.translate("labels", "새 개정판으로 대체"),
        "discarded": QCoreApplication.translate("labels", "폐기"),
    }.get(status, status)


def mail_status_name(status: str) -> str:
    return {"queued": QCoreApplication.translate("labels", "대기"), "sent": QCoreApplication.translate("labels", "보냄"),
            "failed": QCoreApplication.translate("labels", "실패")}.get(status, status)


def method_name(method: str) -> str:
    """Payment methods (O5), and cash for payments recorded at the desk."""
    return {"card": QCoreApplication.translate("labels", "카드"),
            "bank_transfer": QCoreApplication.translate("labels", "계좌이체"),
            "virtual_account": QCoreApplication.translate("labels", "무통장입금 (가상계좌)"),
            "cash": QCoreApplication.translate("labels", "현금")}.get(method, method)


def invoice_status_name(status: str) -> str:
    return {"unpaid": QCoreApplication.translate("labels", "미결제"),
            "partial": QCoreApplication.translate("labels", "부분 결제"),
            "paid": QCoreApplication.translate("labels", "결제 완료"),
            "overdue": QCoreApplication.translate("labels", "연체"),
            "void": QCoreApplication.translate("labels", "취소")}.get(status, status)


def invoice_kind_name(kind: str) -> str:
    return {"order": QCoreApplication.translate("labels", "주문"),
            "renewal": QCoreApplication.translate("labels", "갱신"),
            "usage": QCoreApplication.translate("labels", "사용량"),
            "credit": QCoreApplication.translate("labels", "정정(취소)")}.get(kind, kind)


def won(n: int) -> str:
    """An amount of whole won: "1,200원" in Korean, "1,200 won" in English."""
    return QCoreApplication.translate("money", "%1원").replace("%1", f"{n:,}")
