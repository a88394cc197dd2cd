"""Create or edit an account: business details, pricing policy, term, auto-renew, expiry."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QWidget

from desktop_app import clock
from desktop_app.services import accounts
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.form import FormDialog


class AccountDialog(FormDialog):
    def __init__(self, desk: Desk, account_id: int | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("고객 계정 편집") if account_id else self.tr("새 고객 계정"), parent)
        self.desk, self.account_id, self.version = desk, account_id, 0
        self.name = self.add_field("name", self.tr("회사 이름"), QLineEdit())
        self.brn = self.add_field("business_number", self.tr("사업자등록번호"), QLineEdit())
        self.brn.setPlaceholderText("123-45-67891")
        self.ceo = self.add_field("ceo_name", self.tr("대표자"), QLineEdit())
        self.address = self.add_field("address", self.tr("주소"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("전화"), QLineEdit())
        self.email = self.add_field("email", self.tr("관리자 이메일"), QLineEdit())
        self.policy = self.add_field("pricing_policy", self.tr("가격 정책"), self.combo(
            [(labels.policy_name("4.0"), "4.0"), (labels.policy_name("legacy"), "legacy")]))
        self.term = self.add_field("term_months", self.tr("계약 기간"), self.combo(
            [(labels.term_name(1), 1), (labels.term_name(12), 12)]))
        self.renew = self.add_field("auto_renew", self.tr("자동 연장"), QCheckBox(self.tr("만료일에 자동 연장")))
        self.renew.setChecked(True)
        self.has_expiry = QCheckBox(self.tr("만료일 있음"))
        self.form.addRow("", self.has_expiry)
        self.expiry = self.add_field("expires_on", self.tr("만료일"), QDateEdit())
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.expiry.setDate(QDate(clock.today()))
        self.expiry.setEnabled(False)
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        if account_id:
            self._load()

    def _load(self) -> None:
        a = self.desk.read(accounts.get_account, self.account_id)
        self.version = a.version
        self.name.setText(a.name)
        self.brn.setText(accounts.brn.format_brn(a.business_number))
        self.ceo.setText(a.ceo_name)
        self.address.setText(a.address)
        self.phone.setText(a.phone)
        self.email.setText(a.email)
        self.choose(self.policy, a.pricing_policy.value)
        self.choose(self.term, a.term_months)
        self.renew.setChecked(a.auto_renew)
        self.has_expiry.setChecked(a.expires_on is not None)
        if a.expires_on:
            self.expiry.setDate(QDate(a.expires_on))

    def value(self) -> accounts.AccountInput:
        return accounts.AccountInput(
            name=self.name.text(), business_number=self.brn.text(), ceo_name=self.ceo.text(),
            address=self.address.text(), phone=self.phone.text(), email=self.email.text(),
            pricing_policy=self.policy.currentData(), term_months=self.term.currentData(),
            auto_renew=self.renew.isChecked(),
            expires_on=self.expiry.date().toPython() if self.has_expiry.isChecked() else None)

    def save(self) -> int:
        if self.account_id:
            return self.desk.run(accounts.update_account, self.account_id, self.version, self.value()).id
        return self.desk.run(accounts.create_account, self.value()).id
