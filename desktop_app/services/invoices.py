"""Invoices (I1–I3): issued with their number in the same transaction, frozen content, credit notes for
corrections, payments that move the status, and the filtered list the view and the export read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import NotFound, UserError, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, InvoiceRow, OrderRow, PaymentRow, SiteState, StaffUser
from desktop_app.pricing import billing
from desktop_app.pricing.money import vat as vat_of
from desktop_app.pricing.words import amount_in_words
from desktop_app.services.access import changes
from desktop_app.services.accounts import customer_of
from desktop_app.services.audit import record
from desktop_app.services.inputs import won_problem
from desktop_app.services.numbering import next_number
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import account_arg, row_arg

_ = texts("invoices")
METHODS = ("card", "bank_transfer", "virtual_account", "cash")


class InvoiceListRow(NamedTuple):
    id: int
    number: str
    kind: str
    account_id: int
    account: str
    issue_date: dt.date
    due_date: dt.date
    total: int
    paid: int
    status: str  # as shown: overdue when past due and not fully paid (I3)


@dataclass(frozen=True)
class InvoiceFilter:
    status: str = ""  # "" for all, else one of billing.STATUSES
    account_id: int | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None


@changes(Feature.INVOICES, account=account_arg("account", "id"))
def issue(s: Session, actor: StaffUser | None, account: Account, kind: str, sites: list[dict[str, Any]],
          supply: int, issue_date: dt.date, settings: Any, due_days: int | None = None,
          billing_key: str | None = None, period: tuple[dt.date, dt.date] | None = None,
          order_id: int | None = None, corrects: InvoiceRow | None = None, code_discount: int = 0,
          notes: str = "") -> InvoiceRow:
    """Number and write one invoice (or credit note, kind `credit`) in the caller's transaction (I1).
    Letterhead, bank account and the due date (unless `due_days` is given) come from `settings`."""

    vat = vat_of(supply)
    total = supply + vat
    number = next_number(s, "CN" if kind == "credit" else "INV", issue_date.year)
    due = issue_date + dt.timedelta(days=settings.get("invoice_due_days") if due_days is None else due_days)
    content = {
        "number": number, "kind": kind, "title": "정정 청구서 (취소)" if kind == "credit" else "청 구 서",
        "issue_date": issue_date.isoformat(), "due_date": due.isoformat(),
        "period": [period[0].isoformat(), period[1].isoformat()] if period else None,
        "letterhead": settings.letterhead(), "customer": customer_of(account), "bank": settings.get("bank_account"),
        "sites": sites, "code_discount": code_discount, "supply": supply, "vat": vat, "total": total,
        "total_in_words": amount_in_words(abs(total)), "corrects": corrects.number if corrects else None,
        "notes": notes,
    }
    row = InvoiceRow(number=number, kind=kind, billing_key=billing_key, account_id=account.id, order_id=order_id,
                     corrects_id=corrects.id if corrects else None, issue_date=issue_date, due_date=due,
                     period_from=period[0] if period else None, period_to=period[1] if period else None,
                     supply=supply, vat=vat, total=total, paid=0,
                     status="paid" if kind == "credit" or total == 0 else "unpaid", content=content,
                     staff_id=actor.id if actor else None)
    s.add(row)
    s.flush()
    if actor is not None:
        record(s, actor, "issue", "invoice", row.id, None, {"number": number, "total": total, "kind": kind})
    return row


@changes(Feature.ORDERS, account=account_arg("account", "id"))
def issue_for_order(s: Session, actor: StaffUser, order: OrderRow, account: Account, priced: dict[str, Any],
                    settings: Any = None) -> InvoiceRow:
    """O6: a completed order is invoiced at the prices it was made at; `priced` has its lines labelled."""
    from desktop_app.settings import Settings

    return issue(s, actor, account, "order", priced["sites"], order.supply, order.order_date,
                 settings or Settings(), billing_key=f"order:{order.id}", order_id=order.id,
                 code_discount=priced.get("code_discount", 0))


def get_invoice(s: Session, invoice_id: int) -> InvoiceRow:
    row = s.get(InvoiceRow, invoice_id)
    if row is None:
        raise NotFound(_("그 청구서를 찾을 수 없습니다. 목록을 새로 고치세요."))
    return row


def outstanding(row: InvoiceRow) -> int:
    return max(row.total - row.paid, 0)


@changes(Feature.PAYMENTS, account=row_arg("invoice_id", "InvoiceRow"))
def record_payment(s: Session, actor: StaffUser, invoice_id: int, expected_version: int, paid_on: dt.date,
                   amount: int, method: str, note: str = "") -> PaymentRow:
    load_for_change(s, InvoiceRow, invoice_id, expected_version)
    row = get_invoice(s, invoice_id)
    errors = {}
    if method not in METHODS:
        errors["method"] = _("결제 수단을 고르세요 (카드, 계좌이체, 무통장입금, 현금).")
    if paid_on > clock.today():
        errors["paid_on"] = _("결제일은 오늘 이후일 수 없습니다.")
    if paid_on < row.issue_date:
        errors["paid_on"] = _("결제일은 발행일({day}) 이후여야 합니다.", day=row.issue_date)
    if (problem := won_problem(amount, _("결제 금액"), minimum=1)) or (problem := billing.payment_problem(amount, outstanding(row), row.status)):
        errors["amount"] = problem
    if errors:
        raise ValidationError(errors)
    payment = PaymentRow(invoice_id=row.id, paid_on=paid_on, amount=amount, method=method, note=note.strip(),
                         staff_id=actor.id)
    s.add(payment)
    before = {"paid": row.paid, "status": row.status}
    row.paid += amount
    row.status = billing.status_after_payment(row.total, row.paid)
    s.flush()
    record(s, actor, "pay", "invoice", row.id, before, {"paid": row.paid, "status": row.status, "amount": amount})
    if row.status == "paid" and row.kind == "renewal":
        _renewal_paid(s, row)
    return payment


def _renewal_paid(s: Session, row: InvoiceRow) -> None:
    """The renewed term is paid: the account's one expiry moves to its end (C1) and its sites are live again."""
    account = s.get_one(Account, row.account_id)
    if row.period_to and (account.expires_on is None or account.expires_on < row.period_to):
        account.expires_on = row.period_to
    for site in account.sites:
        if site.state == SiteState.OVERDUE:
            site.state = SiteState.ACTIVE


@changes(Feature.INVOICES, account=row_arg("invoice_id", "InvoiceRow"))
def correct_invoice(s: Session, actor: StaffUser, invoice_id: int, expected_version: int, reason: str,
                    new_supply: int | None, settings: Any) -> tuple[InvoiceRow, InvoiceRow | None]:
    """I2: the invoice is not touched but voided by a credit note for its whole amount; when a corrected
    amount is given, a new invoice for it follows. All in one transaction."""
    load_for_change(s, InvoiceRow, invoice_id, expected_version)
    row = get_invoice(s, invoice_id)
    if row.kind == "credit" or row.status == "void":
        raise UserError(_("{number} 은(는) 이미 정정(취소)되었거나 정정 청구서입니다.", number=row.number))
    if row.paid:
        raise UserError(_("{number} 에는 결제 {paid:,}원이 등록되어 있어 정정할 수 없습니다. 환불 처리 후 "
                          "정정하세요.", number=row.number, paid=row.paid))
    if not reason.strip():
        raise ValidationError({"reason": _("정정 사유를 입력하세요.")})
    if new_supply is not None and (problem := won_problem(new_supply, _("공급가액"))):
        raise ValidationError({"supply": problem})
    account = s.get_one(Account, row.account_id)
    today = clock.today()
    negated = [{**site, "subtotal": -site["subtotal"],
                "lines": [{**ln, "amount": -ln["amount"]} for ln in site["lines"]]} for site in row.content["sites"]]
    credit = issue(s, actor, account, "credit", negated, -row.supply, today, settings, due_days=0, corrects=row, notes=f"정정 사유: {reason.strip()}",
                   code_discount=-row.content.get("code_discount", 0))
    row.status = "void"
    record(s, actor, "void", "invoice", row.id, {"status": "unpaid"}, {"status": "void", "credit": credit.number})
    replacement = None
    if new_supply is not None:
        line = {"label": f"{row.number} 정정분 ({reason.strip()})", "rule": "I2", "amount": new_supply}
        key, row.billing_key = row.billing_key, None
        s.flush()  # the key is unique: free it before the replacement takes it
        replacement = issue(s, actor, account, row.kind, [{"name": account.name, "lines": [line],
                                                           "subtotal": new_supply}],
                            new_supply, today, settings, corrects=row, notes=f"{row.number} 을(를) 대신합니다.",
                            period=(row.period_from, row.period_to) if row.period_from and row.period_to else None,
                            billing_key=key)  # the replacement now bills that period
    return credit, replacement


def _filtered(q, f: InvoiceFilter, today: dt.date):
    if f.account_id is not None:
        q = q.where(InvoiceRow.account_id == f.account_id)
    if f.due_from is not None:
        q = q.where(InvoiceRow.due_date >= f.due_from)
    if f.due_to is not None:
        q = q.where(InvoiceRow.due_date <= f.due_to)
    if f.status == "overdue":
        q = q.where(InvoiceRow.status.in_(billing.OPEN), InvoiceRow.due_date < today)
    elif f.status in billing.OPEN:
        q = q.where(InvoiceRow.status == f.status, InvoiceRow.due_date >= today)
    elif f.status:
        q = q.where(InvoiceRow.status == f.status)
    return q


def invoice_rows(s: Session, f: InvoiceFilter = InvoiceFilter()) -> list[InvoiceListRow]:
    today = clock.today()
    q = (select(InvoiceRow.id, InvoiceRow.number, InvoiceRow.kind, InvoiceRow.account_id, Account.name,
                InvoiceRow.issue_date, InvoiceRow.due_date, InvoiceRow.total, InvoiceRow.paid, InvoiceRow.status)
         .join(Account, Account.id == InvoiceRow.account_id)
         .order_by(InvoiceRow.issue_date.desc(), InvoiceRow.number.desc()))
    # one object per distinct name, kind, status and day instead of one per row: 100,000 rows repeat 10,000
    # names and a few hundred days (issue #20: the list's memory); setdefault returns the one kept
    same: dict[Any, Any] = {}
    one = same.setdefault
    # read in parts: a long read on a worker thread lets the GUI thread run between them (the GIL)
    return [InvoiceListRow(r[0], r[1], one(r[2], r[2]), r[3], one(r[4], r[4]), one(r[5], r[5]), one(r[6], r[6]),
                           r[7], r[8], one(status, status))
            for part in s.execute(_filtered(q, f, today).execution_options(yield_per=2000)).partitions()
            for r in part
            for status in (billing.shown_status(r[9], r[6], today),)]


def payments_of(s: Session, invoice_id: int) -> list[PaymentRow]:
    return list(s.scalars(select(PaymentRow).where(PaymentRow.invoice_id == invoice_id).order_by(PaymentRow.id)))


def invoice_pdf(s: Session, invoice_id: int, font_path: str = "") -> bytes:
    from desktop_app.documents.invoice_pdf import render_invoice

    return render_invoice(get_invoice(s, invoice_id).content, font_path)


def _sum_by_month(s: Session, day: Any, amount: Any, start: dt.date) -> dict[str, int]:
    """YYYY-MM -> the sum of `amount` for rows whose `day` falls in that month, from `start` on."""
    month = func.strftime("%Y-%m", day) if s.get_bind().dialect.name == "sqlite" else func.to_char(day, "YYYY-MM")
    rows = s.execute(select(month, func.sum(amount)).where(day >= start).group_by(month))
    return {m: int(total or 0) for m, total in rows}


def history(s: Session, months: int = 6) -> list[tuple[str, int, int]]:
    """I5: (YYYY-MM, billed, paid) for the last `months` months, this one included. Billed counts invoices
    less credit notes by issue date; paid counts payments by their date."""
    firsts = [clock.today().replace(day=1)]
    while len(firsts) < months:
        firsts.insert(0, billing.month_before(firsts[0])[0])
    billed = _sum_by_month(s, InvoiceRow.issue_date, InvoiceRow.total, firsts[0])
    paid = _sum_by_month(s, PaymentRow.paid_on, PaymentRow.amount, firsts[0])
    return [(m, billed.get(m, 0), paid.get(m, 0)) for m in (f"{f:%Y-%m}" for f in firsts)]


__all__ = ["InvoiceFilter", "InvoiceListRow", "correct_invoice", "history", "invoice_rows", "issue",
           "issue_for_order", "record_payment"]


def invoice_attachment(s: Session, invoice_id: int, font_path: str = "") -> tuple[bytes, str, str]:
    """The invoice's PDF (from its frozen content), its file name and the sender's name."""
    row = get_invoice(s, invoice_id)
    return invoice_pdf(s, invoice_id, font_path), f"청구서_{row.number}.pdf", row.content["letterhead"]["name"]
