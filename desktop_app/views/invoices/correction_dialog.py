"""Correct an issued invoice (I2): a credit note voids it; a corrected amount, when given, is invoiced anew."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop_app.services import invoices
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.common.form import FormDialog
from desktop_app.views.invoices.payment_dialog import parse_won


class CorrectionDialog(FormDialog):
    def __init__(self, desk: Desk, invoice_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("청구서 정정"), parent)
        self.desk, self.invoice_id = desk, invoice_id
        row = desk.read(invoices.get_invoice, invoice_id)
        self.version = row.version  # passed back with the correction: refused if it changed meanwhile
        explain = QLabel(self.tr("발행된 청구서는 바뀌지 않습니다. 정정 청구서(CN)로 %1 을(를) 취소하고, 바른 "
                                 "공급가액을 적으면 새 청구서를 발행합니다.").replace("%1", row.number))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.reason: QLineEdit = self.add_field("reason", self.tr("정정 사유"), QLineEdit())
        self.supply: QLineEdit = self.add_field("supply", self.tr("바른 공급가액(원)"), QLineEdit())
        self.supply.setPlaceholderText(self.tr("비우면 취소만 합니다 (지금 %1원)").replace("%1", f"{row.supply:,}"))

    def save(self):
        text = self.supply.text().strip()
        new_supply = None
        if text:
            from desktop_app.errors import ValidationError

            try:
                new_supply = parse_won(text)
            except ValidationError:
                raise ValidationError({"supply": self.tr("공급가액은 원 단위 정수로 입력하세요 (예: 80,000).")}) from None
        return self.desk.run(invoices.correct_invoice, self.invoice_id, self.version, self.reason.text(), new_supply,
                             Settings())
