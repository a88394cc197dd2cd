"""Editing an open request: the form of its type, filled with what it holds; the account and the site stay as
opened. Saving checks the version the form was filled from (another user's edit meanwhile is refused)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from desktop_app.services import support_edit
from desktop_app.services.desk import Desk
from desktop_app.services.support_detail import SupportChoices
from desktop_app.services.support_edit import Editable, RequestEdit
from desktop_app.views.support import texts
from desktop_app.views.support.request_dialog import RequestDialog, _qdatetime, _seoul


class EditRequestDialog(RequestDialog):
    def __init__(self, desk: Desk, current: Editable, choices: SupportChoices, parent: QWidget | None = None):
        super().__init__(desk, current.kind, choices, parent, current.account_id)
        self.current = current
        self.setObjectName(f"edit_request_{current.kind}")
        self.setWindowTitle(self.tr("%1 요청 고치기").replace("%1", texts.kind_name(current.kind)))
        self.account.setEnabled(False)
        self.form.setRowVisible(self.requester.parentWidget(), False)
        d = current.data
        if hasattr(self, "site"):
            self.choose(self.site, current.site_id)
            self.site.setEnabled(False)
        if hasattr(self, "project"):
            self.choose(self.project, d.project_id)
        self.title.setText(d.title)
        self.description.setPlainText(d.description)
        if d.assignee_id is not None and self.assignee.findData(d.assignee_id) < 0:
            self.assignee.addItem(current.assignee, d.assignee_id)  # deactivated since: kept unless changed
        self.choose(self.assignee, d.assignee_id)
        if current.kind == "remote_hands":
            self.scheduled.setChecked(d.scheduled_at is not None)
            if d.scheduled_at is not None:
                self.scheduled_at.setDateTime(_qdatetime(d.scheduled_at))
        if current.kind == "incident" and d.severity:
            self.severity.setValue(d.severity)
        if current.kind == "shipping":
            self.choose(self.direction, d.direction)
            self.carrier.setText(d.carrier)
            self.tracking.setText(d.tracking_number)
            if d.expected_on is not None:
                self.expected.setDate(QDate(d.expected_on.year, d.expected_on.month, d.expected_on.day))
        if current.kind == "site_visit":
            if d.visit_at is not None:
                self.visit_at.setDateTime(_qdatetime(d.visit_at))
            self.visitors.setRowCount(max(3, len(d.visitors) + 1))
            for row, v in enumerate(d.visitors):
                self.set_visitor(row, v.name, v.phone)

    def request_edit(self) -> RequestEdit:
        k = self.kind
        data = RequestEdit(self.title.text(), self.description.toPlainText(), self.assignee.currentData())
        if k == "consulting":
            data.project_id = self.project.currentData()
        if k == "remote_hands" and self.scheduled.isChecked():
            data.scheduled_at = _seoul(self.scheduled_at)
        if k == "incident":
            data.severity = self.severity.value()
        if k == "shipping":
            data.direction, data.carrier = self.direction.currentData(), self.carrier.text()
            data.tracking_number, data.expected_on = self.tracking.text(), self.expected.date().toPython()
        if k == "site_visit":
            data.visit_at, data.visitors = _seoul(self.visit_at), self.visitor_list()
        return data

    def save(self):
        return self.desk.run(support_edit.edit_request, self.current.request_id, self.current.version,
                             self.request_edit())
