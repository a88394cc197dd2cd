"""Billing rules without storage (domain.md I3, O2, C4): invoice status, the grace period after expiry,
when a renewal is invoiced, and what a payment may be."""

from __future__ import annotations

import datetime as dt

from desktop_app.i18n import Text, texts

_ = texts("billing_rules")

GRACE_DAYS = 14  # O2: past expiry and unpaid, a site is overdue for up to 14 days, then expired
OPEN = ("unpaid", "partial")
STATUSES = ("unpaid", "partial", "paid", "overdue", "void")


def status_after_payment(total: int, paid: int) -> str:
    if paid <= 0:
        return "unpaid"
    return "paid" if paid >= total else "partial"


def shown_status(status: str, due_date: dt.date, today: dt.date) -> str:
    """I3: overdue is past due and not fully paid; it is read from the due date, never stored stale."""
    return "overdue" if status in OPEN and due_date < today else status


def payment_problem(amount: int, outstanding: int, status: str) -> Text | None:
    """Over-payment is refused: the reseller refunds or books credit outside the invoice (README)."""
    if status == "void":
        return _("취소(정정)된 청구서에는 결제를 등록할 수 없습니다. 새 청구서에 등록하세요.")
    if status == "paid":
        return _("이미 모두 결제된 청구서입니다.")
    if amount <= 0:
        return _("결제 금액은 1원 이상의 정수입니다.")
    if amount > outstanding:
        return _("결제 금액 {amount:,}원이 남은 금액 {outstanding:,}원보다 큽니다. 초과 결제는 받지 않습니다: "
                 "{outstanding:,}원을 등록하고 차액은 환불하세요.", amount=amount, outstanding=outstanding)
    return None


def site_state_unpaid(expiry: dt.date, today: dt.date) -> str | None:
    """O2 for a renewal that is not fully paid: None before expiry, overdue for 14 days, then expired."""
    if today <= expiry:
        return None
    return "overdue" if (today - expiry).days <= GRACE_DAYS else "expired"


def renewal_due(expiry: dt.date, run_date: dt.date, lead_days: int) -> bool:
    """C4: the next term starts the day after expiry; it is invoiced `lead_days` ahead so it can be paid in time."""
    return run_date >= expiry + dt.timedelta(days=1) - dt.timedelta(days=lead_days)


def month_before(day: dt.date) -> tuple[dt.date, dt.date]:
    last = day.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last
