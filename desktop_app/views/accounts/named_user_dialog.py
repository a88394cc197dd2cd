"""Add or edit one named user of a site."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.services import licences
from desktop_app.services.desk import Desk
from desktop_app.views.common.form import FormDialog


class NamedUserDialog(FormDialog):
    def __init__(self, desk: Desk, site_id: int, user: licences.NamedUserRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("사용자 편집") if user else self.tr("새 사용자"), parent)
        self.desk, self.site_id, self.user = desk, site_id, user
        self.name = self.add_field("name", self.tr("이름"), QLineEdit())
        self.email = self.add_field("email", self.tr("이메일"), QLineEdit())
        if user:
            self.name.setText(user.name)
            self.email.setText(user.email)

    def save(self) -> int:
        if self.user:
            return self.desk.run(licences.update_named_user, self.user.id, self.user.version,
                                 self.name.text(), self.email.text()).id
        return self.desk.run(licences.add_named_user, self.site_id, self.name.text(), self.email.text()).id
