"""A new support request: one form per type, each with its own fields (domain.md §9)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import ValidationError
from desktop_app.pricing.business_days import SEOUL
from desktop_app.services import support, support_detail
from desktop_app.services.desk import Desk
from desktop_app.services.support import RequestInput, Visitor
from desktop_app.services.support_detail import SupportChoices
from desktop_app.views.common.form import FormDialog
from desktop_app.views.support import texts


def _qdatetime(moment: dt.datetime) -> QDateTime:
    m = moment.astimezone(SEOUL)
    return QDateTime(QDate(m.year, m.month, m.day), QTime(m.hour, m.minute))


def _seoul(edit: QDateTimeEdit) -> dt.datetime:
    d, t = edit.date(), edit.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=SEOUL)


class RequestDialog(FormDialog):
    def __init__(self, desk: Desk, kind: str, choices: SupportChoices, parent: QWidget | None = None,
                 account_id: int | None = None):
        super().__init__(self.tr("새 %1 요청").replace("%1", texts.kind_name(kind)), parent)
        self.setObjectName(f"request_dialog_{kind}")
        self.desk, self.kind, self.choices = desk, kind, choices
        self.account: QComboBox = self.add_field("account_id", self.tr("고객 계정"), self.combo(
            [(a.name, a.id) for a in choices.accounts], self._account_changed))
        if account_id is not None:
            self.choose(self.account, account_id)
        if kind in ("remote_hands", "incident", "site_visit", "shipping"):
            self.site: QComboBox = self.add_field("site_id", self.tr("사이트"), QComboBox())
        if kind == "consulting":
            self.project: QComboBox = self.add_field("project_id", self.tr("컨설팅 프로젝트"), QComboBox())
        self.title: QLineEdit = self.add_field("title", self.tr("제목"), QLineEdit())
        self.description: QPlainTextEdit = self.add_field(
            "description", self.tr("질문") if kind == "consulting" else self.tr("내용"), QPlainTextEdit())
        self.description.setFixedHeight(80)
        getattr(self, f"_fields_{kind}")()
        self.assignee: QComboBox = self.add_field("assignee_id", self.tr("담당자"), self.combo(
            [(self.tr("(지정 안 함)"), None)] + [(x.name, x.id) for x in choices.staff]))
        self.requester: QLineEdit = self.add_field("requester_email", self.tr("요청자 메일"), QLineEdit())
        self.requester.setPlaceholderText(self.tr("비우면 고객 계정의 메일 주소로 접수 안내를 보냅니다"))
        self._account_changed()
        self.resize(520, self.sizeHint().height())

    # --- the fields of each type -----------------------------------------------------------------------------
    def _datetime(self, key: str, label: str) -> QDateTimeEdit:
        edit: QDateTimeEdit = self.add_field(key, label, QDateTimeEdit())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setDateTime(_qdatetime(clock.now() + dt.timedelta(days=1)))
        return edit

    def _fields_remote_hands(self) -> None:
        self.scheduled: QCheckBox = self.add_field("scheduled", self.tr("예약 작업"),
                                                   QCheckBox(self.tr("정한 시각에 (아니면 바로)")))
        self.scheduled_at = self._datetime("scheduled_at", self.tr("작업 일시"))
        self.scheduled_at.setEnabled(False)
        self.scheduled.toggled.connect(self.scheduled_at.setEnabled)

    def _fields_incident(self) -> None:
        self.severity: QSpinBox = self.add_field("severity", self.tr("심각도 (1 가장 높음)"), QSpinBox())
        self.severity.setRange(1, 4)
        self.severity.setValue(3)

    def _fields_shipping(self) -> None:
        self.direction: QComboBox = self.add_field("direction", self.tr("방향"), self.combo(
            [(self.tr("입고"), "in"), (self.tr("출고"), "out")]))
        self.carrier: QLineEdit = self.add_field("carrier", self.tr("운송사"), QLineEdit())
        self.tracking: QLineEdit = self.add_field("tracking_number", self.tr("운송장 번호"), QLineEdit())
        self.expected: QDateEdit = self.add_field("expected_on", self.tr("도착 예정일"), QDateEdit())
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("yyyy-MM-dd")
        day = clock.today() + dt.timedelta(days=2)
        self.expected.setDate(QDate(day.year, day.month, day.day))

    def _fields_site_visit(self) -> None:
        self.visit_at = self._datetime("visit_at", self.tr("방문 일시"))
        table = QTableWidget(3, 2)
        table.setHorizontalHeaderLabels([self.tr("이름"), self.tr("전화번호")])
        table.horizontalHeader().setStretchLastSection(True)
        table.setFixedHeight(110)
        self.visitors: QTableWidget = self.add_field("visitors", self.tr("방문자"), table)

    def _fields_consulting(self) -> None:
        pass  # the project is chosen above, with the account

    def _account_changed(self) -> None:
        account_id = self.account.currentData()
        if account_id is not None and (hasattr(self, "site") or hasattr(self, "project")):
            self.choices = self.desk.read(support_detail.support_choices, account_id)
        if hasattr(self, "site"):
            self.site.clear()
            if self.kind == "shipping":
                self.site.addItem(self.tr("(없음)"), None)
            for x in self.choices.sites:
                if x.parent_id == account_id:
                    self.site.addItem(x.name, x.id)
        if hasattr(self, "project"):
            self.project.clear()
            for x in self.choices.projects:
                if x.parent_id == account_id:
                    self.project.addItem(x.name, x.id)

    # --- saving ------------------------------------------------------------------------------------------------
    def visitor_list(self) -> list[Visitor]:
        out = []
        for r in range(self.visitors.rowCount()):
            cells = [self.visitors.item(r, c) for c in (0, 1)]
            name, phone = ((c.text().strip() if c else "") for c in cells)
            if name or phone:
                out.append(Visitor(name, phone))
        return out

    def set_visitor(self, row: int, name: str, phone: str) -> None:
        self.visitors.setItem(row, 0, QTableWidgetItem(name))
        self.visitors.setItem(row, 1, QTableWidgetItem(phone))

    def request_input(self) -> RequestInput:
        k = self.kind
        data = RequestInput(k, self.account.currentData() or 0, self.title.text(),
                            self.description.toPlainText(), assignee_id=self.assignee.currentData(),
                            requester_email=self.requester.text().strip())
        if hasattr(self, "site"):
            data.site_id = self.site.currentData()
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
        if self.account.currentData() is None:
            raise ValidationError({"account_id": self.tr("고객 계정을 고르세요.")})
        return self.desk.run(support.open_request, self.request_input())
