"""Record a payment against an invoice: date, amount (whole won, prefilled with what is left), method."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from desktop_app import clock
from desktop_app.errors import ValidationError
from desktop_app.services import invoices
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.form import FormDialog


def parse_won(text: str) -> int:
    """"1,200,000", "1200000원" → 1200000; anything else is refused with what to type."""
    cleaned = text.replace(",", "").replace("원", "").strip()
    if not cleaned.lstrip("-").isdigit():
        raise ValidationError({"amount": QCoreApplication.translate("PaymentDialog",
                                                                    "금액은 원 단위 정수로 입력하세요 (예: 110,000).")})
    return int(cleaned)


class PaymentDialog(FormDialog):
    def __init__(self, desk: Desk, invoice_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("결제 등록"), parent)
        self.desk, self.invoice_id = desk, invoice_id
        row = desk.read(invoices.get_invoice, invoice_id)
        self.version = row.version  # passed back with the payment: refused if the invoice changed meanwhile
        left = invoices.outstanding(row)
        self.form.addRow(self.tr("청구서"), QLabel(
            self.tr("%1 · %2원 (남은 금액 %3원)").replace("%1", row.number).replace("%2", f"{row.total:,}")
            .replace("%3", f"{left:,}")))
        self.paid_on: QDateEdit = self.add_field("paid_on", self.tr("결제일"), QDateEdit())
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        today = clock.today()
        self.paid_on.setDate(QDate(today.year, today.month, today.day))
        self.amount: QLineEdit = self.add_field("amount", self.tr("금액(원)"), QLineEdit(f"{left:,}"))
        self.method = self.add_field("method", self.tr("결제 수단"),
                                     self.combo([(labels.method_name(m), m) for m in invoices.METHODS]))
        from desktop_app.services.orders import payment_method_of_invoice

        self.choose(self.method, desk.read(payment_method_of_invoice, invoice_id))  # as the order was to be paid
        self.note: QLineEdit = self.add_field("note", self.tr("메모"), QLineEdit())

    def save(self):
        day = self.paid_on.date().toPython()
        return self.desk.run(invoices.record_payment, self.invoice_id, self.version, day, parse_won(self.amount.text()),
                             self.method.currentData(), self.note.text())
