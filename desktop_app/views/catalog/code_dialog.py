"""Create or edit a discount code (P5)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QSpinBox, QWidget

from desktop_app import clock
from desktop_app.services import discounts
from desktop_app.services.desk import Desk
from desktop_app.views.common.form import FormDialog


def _optional_date(form: FormDialog, key: str, label: str) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox(label)
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(clock.today()))
    edit.setEnabled(False)
    box.toggled.connect(edit.setEnabled)
    form.form.addRow("", box)
    form.add_field(key, "", edit)
    return box, edit


class CodeDialog(FormDialog):
    def __init__(self, desk: Desk, row=None, parent: QWidget | None = None):
        super().__init__(self.tr("할인코드 편집") if row else self.tr("새 할인코드"), parent)
        self.desk, self.row = desk, row
        self.code = self.add_field("code", self.tr("코드"), QLineEdit())
        self.kind = self.add_field("kind", self.tr("종류"), self.combo(
            [(self.tr("정률 (%)"), "percent"), (self.tr("정액 (원)"), "amount")]))
        self.value = self.add_field("value", self.tr("할인 값"), QLineEdit("10"))
        self.has_from, self.valid_from = _optional_date(self, "valid_from", self.tr("시작일 지정"))
        self.has_to, self.valid_to = _optional_date(self, "valid_to", self.tr("종료일 지정"))
        self.max_uses = self.add_field("max_uses", self.tr("최대 사용 횟수 (0 = 제한 없음)"), QSpinBox())
        self.max_uses.setRange(0, 1_000_000)
        self.min_users = self.add_field("min_users", self.tr("최소 사용자 수 (0 = 제한 없음)"), QSpinBox())
        self.min_users.setRange(0, 1_000_000)
        self.products = self.add_field("products", self.tr("적용 상품 (쉼표로 구분, 비우면 전체)"), QLineEdit())
        self.products.setPlaceholderText("standard, storage-10gb")
        self.active = self.add_field("active", self.tr("사용"), QCheckBox(self.tr("이 코드를 쓸 수 있음")))
        self.active.setChecked(True)
        if row is not None:
            self.code.setText(row.code)
            self.choose(self.kind, row.kind)
            self.value.setText(f"{row.value.normalize():f}")
            for box, edit, value in ((self.has_from, self.valid_from, row.valid_from),
                                     (self.has_to, self.valid_to, row.valid_to)):
                box.setChecked(value is not None)
                if value:
                    edit.setDate(QDate(value))
            self.max_uses.setValue(row.max_uses or 0)
            self.min_users.setValue(row.min_users or 0)
            self.products.setText(row.products)
            self.active.setChecked(row.active)

    def value_input(self) -> discounts.CodeInput:
        return discounts.CodeInput(
            code=self.code.text(), kind=self.kind.currentData(), value=self.value.text(),
            valid_from=self.valid_from.date().toPython() if self.has_from.isChecked() else None,
            valid_to=self.valid_to.date().toPython() if self.has_to.isChecked() else None,
            max_uses=self.max_uses.value() or None, products=self.products.text(),
            min_users=self.min_users.value() or None, active=self.active.isChecked())

    def save(self):
        if self.row is None:
            return self.desk.run(discounts.create_code, self.value_input()).id
        return self.desk.run(discounts.update_code, self.row.id, self.row.version, self.value_input()).id
