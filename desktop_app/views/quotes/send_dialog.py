"""Choose who receives a quote or an invoice: the suggested admins (checked) and typed addresses. Saving
queues the mail in the outbox."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.errors import ValidationError
from desktop_app.services import mail
from desktop_app.services.desk import Desk
from desktop_app.views.common.form import FormDialog
from desktop_app.views.common.notify import shown


class SendQuoteDialog(FormDialog):
    def __init__(self, desk: Desk, quote_id: int, subject: str, parent: QWidget | None = None,
                 invoice: bool = False):
        super().__init__(self.tr("청구서 메일 보내기") if invoice else self.tr("견적서 메일 보내기"), parent)
        self.desk, self.quote_id, self.invoice = desk, quote_id, invoice
        from desktop_app.services import invoice_mail

        suggest = invoice_mail.invoice_recipients if invoice else mail.suggested_recipients
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("SendQuoteDialog", "보내기"))
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.checks: list[QCheckBox] = []
        for i, r in enumerate(desk.read(suggest, quote_id)):
            check = QCheckBox(f"{r.address}  ({shown(r.who)})")
            check.setProperty("address", r.address)
            check.setChecked(i == 0)  # the first suggestion: the account's admin address
            lay.addWidget(check)
            self.checks.append(check)
        if not self.checks:
            lay.addWidget(QLabel(self.tr("계정에 알려진 주소가 없습니다. 아래에 주소를 입력하세요.")))
        self.add_field("suggested", self.tr("받는 사람"), box)
        self.typed = QPlainTextEdit()
        self.typed.setPlaceholderText(self.tr("다른 주소 (쉼표나 줄바꿈으로 구분)"))
        self.typed.setFixedHeight(64)
        self.add_field("recipients", self.tr("다른 주소"), self.typed)
        subject_label = QLabel(subject)
        subject_label.setWordWrap(True)
        self.form.addRow(self.tr("제목"), subject_label)
        self.resize(520, self.sizeHint().height())

    def addresses(self) -> list[str]:
        chosen = [c.property("address") for c in self.checks if c.isChecked()]
        typed = self.typed.toPlainText().strip()
        if typed:
            chosen += mail.parse_addresses(typed)
        if not chosen:
            raise ValidationError({"recipients": self.tr("받는 사람을 고르거나 주소를 입력하세요.")})
        return list(dict.fromkeys(chosen))

    def save(self) -> int:
        from desktop_app.services import invoice_mail

        queue = invoice_mail.queue_invoice if self.invoice else mail.queue_quote
        return self.desk.run(queue, self.quote_id, self.addresses()).id
