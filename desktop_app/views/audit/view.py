"""감사 기록 (S6): who changed what, when, before → after; filtered by staff user, entity, account and date;
exported to Excel. Read-only: the log is append-only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.i18n import translated
from desktop_app.services import audit_log, staff
from desktop_app.services.accounts import account_rows
from desktop_app.services.desk import Desk
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import make_table
from desktop_app.views.signin.dialogs import message


def _t(value) -> str:
    return translated(value, QCoreApplication.translate)


def audit_model(parent=None) -> RowsModel:
    return RowsModel([
        Column(QCoreApplication.translate("columns", "일시"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S"), sort_key=lambda r: r.id),
        Column(QCoreApplication.translate("columns", "직원"), lambda r: r.staff),
        Column(QCoreApplication.translate("columns", "작업"), lambda r: _t(audit_log.action_name(r.action))),
        Column(QCoreApplication.translate("columns", "대상"), lambda r: f"{_t(audit_log.entity_name(r.entity))} #{r.entity_id or ''}"),
        Column(QCoreApplication.translate("columns", "변경 내용"), lambda r: r.changes.replace("\n", "; ")),
    ], parent)


class AuditView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.staff = QComboBox()
        self.staff.setObjectName("staff_filter")
        self.entity = QComboBox()
        self.entity.setObjectName("entity_filter")
        self.account = QComboBox()
        self.account.setObjectName("account_filter")
        self.use_dates = QCheckBox(self.tr("기간"))
        self.use_dates.setObjectName("use_dates")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.export_button = QPushButton(self.tr("Excel로 내보내기…"))
        self.export_button.setObjectName("export")
        for label, w in ((self.tr("직원"), self.staff), (self.tr("대상"), self.entity),
                         (self.tr("고객 계정"), self.account)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("~"))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = audit_model(self)
        self.table = make_table(self.model, "audit_table", (150, 100, 110, 140), sort_column=None)
        split.addWidget(self.table)
        self.detail = QTextEdit()
        self.detail.setObjectName("audit_detail")
        self.detail.setReadOnly(True)
        split.addWidget(self.detail)
        split.setSizes([520, 160])
        lay.addWidget(split)
        self.status = QLabel()
        self.status.setObjectName("status")
        lay.addWidget(self.status)
        self._fill_filters()
        for combo in (self.staff, self.entity, self.account):
            combo.currentIndexChanged.connect(self.reload)
        self.use_dates.toggled.connect(self.reload)
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))
        self.reload()

    def _fill_filters(self) -> None:
        every = self.tr("전체")
        self.staff.addItem(every, None)
        for r in self.desk.read(staff.staff_rows, self.desk.actor):
            self.staff.addItem(f"{r.name} ({r.login})", r.id)
        self.entity.addItem(every, "")
        for key, name in audit_log.ENTITY_NAMES.items():
            self.entity.addItem(_t(name), key)
        self.account.addItem(every, None)
        for a in sorted(self.desk.read(account_rows), key=lambda a: a.name):
            self.account.addItem(a.name, a.id)

    def current_filter(self) -> audit_log.AuditFilter:
        dates = self.use_dates.isChecked()
        return audit_log.AuditFilter(
            self.staff.currentData(), self.entity.currentData() or "", self.account.currentData(),
            self.date_from.date().toPython() if dates else None, self.date_to.date().toPython() if dates else None)

    def reload(self) -> None:
        try:
            rows = self.desk.read(audit_log.audit_rows, self.desk.actor, self.current_filter())
        except UserError as exc:
            rows = []
            self.status.setText(message(exc))
        else:
            self.status.setText(self.tr("{n}건").replace("{n}", f"{len(rows):,}"))
        self.model.set_rows(rows)
        self.detail.clear()

    def apply_changes(self, changes) -> None:
        self.reload()

    def _show(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            r = self.model.row(row)
            self.detail.setPlainText(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.staff}  {_t(audit_log.action_name(r.action))}"
                                     f"  {_t(audit_log.entity_name(r.entity))} #{r.entity_id or ''}\n\n{r.changes}")

    def export(self, path: str | None = None) -> None:
        if not path:
            stamp = dt.date.today().isoformat()
            path, _sel = QFileDialog.getSaveFileName(self, self.tr("감사 기록 내보내기"), f"audit-{stamp}.xlsx",
                                                     "Excel (*.xlsx)")
        if not path:
            return
        try:
            n = self.desk.read(audit_log.export_audit, self.desk.actor, self.current_filter(), path)
        except (UserError, OSError) as exc:
            self.status.setText(message(exc) if isinstance(exc, UserError) else str(exc))
            return
        self.status.setText(self.tr("{n}건을 {path} 에 저장했습니다.").replace("{n}", str(n)).replace("{path}", path))
