"""The daily summary mail part of the settings (D1): on or off, the time of day, and the address (empty: the
staff user's own email from the staff list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QLineEdit

from desktop_app.pricing.names import email_problem
from desktop_app.services.today_mail import parse_time


class TodayMailFields(QObject):
    """Adds its rows to the settings dialog; the dialog saves what values() gives."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog
        dialog._header(self.tr("오늘 할 일 요약 메일"))
        self.enabled: QCheckBox = dialog.add_field("today_mail", self.tr("요약 메일"),
                                                   QCheckBox(self.tr("매일 내 '오늘 할 일'을 메일로 받기")))
        self.enabled.setChecked(dialog.settings.get("today_mail"))
        self.time: QLineEdit = dialog._text("today_mail_time", self.tr("보내는 시각 (HH:MM)"), "08:00")
        self.to: QLineEdit = dialog._text("today_mail_to", self.tr("받는 주소"),
                                          self.tr("비우면 직원 정보의 내 이메일 주소"))
        self.enabled.toggled.connect(self._enable)
        self._enable(self.enabled.isChecked())

    def _enable(self, on: bool) -> None:
        self.time.setEnabled(on)
        self.to.setEnabled(on)

    def values(self) -> dict[str, object]:
        return {"today_mail": self.enabled.isChecked(), "today_mail_time": self.time.text().strip() or "08:00",
                "today_mail_to": self.to.text().strip()}

    @staticmethod
    def problems(values: dict[str, object]) -> dict[str, str]:
        errors: dict[str, str] = {}
        if parse_time(str(values.get("today_mail_time", "08:00"))) is None:
            errors["today_mail_time"] = QCoreApplication.translate(
                "TodayMailFields", "시각은 00:00–23:59 사이의 HH:MM 으로 쓰세요 (예: 08:00).")
        address = str(values.get("today_mail_to", ""))
        if address and (p := email_problem(address)):
            errors["today_mail_to"] = p
        return errors
