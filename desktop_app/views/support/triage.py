"""The triage list (T7): mail from an unknown sender or to an unknown tag waits here until staff attach it to
an account and a request (or open a consulting request for it), or discard it with a reason (audit log)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.services import mail_intake, support_detail, support_list
from desktop_app.services.desk import Desk
from desktop_app.views.common.notify import tell


class TriageView(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None, fetcher=None):
        super().__init__(parent)
        self.desk, self.fetcher = desk, fetcher
        self.setWindowTitle(self.tr("메일 분류함"))
        self.resize(900, 420)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("triage_table")
        self.table.setHorizontalHeaderLabels([self.tr("받은 때"), self.tr("보낸 사람"), self.tr("받는 주소"),
                                              self.tr("제목"), self.tr("이유")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((130, 200, 220, 220)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.itemSelectionChanged.connect(self._show_body)
        lay.addWidget(self.table, 2)
        self.body = QLabel()
        self.body.setObjectName("triage_body")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.body, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("계정")))
        self.account = QComboBox()
        self.account.setObjectName("triage_account")
        for a in desk.read(support_detail.support_choices).accounts:
            self.account.addItem(a.name, a.id)
        self.account.currentIndexChanged.connect(self._load_requests)
        row.addWidget(self.account, 1)
        row.addWidget(QLabel(self.tr("요청")))
        self.request = QComboBox()
        self.request.setObjectName("triage_request")
        row.addWidget(self.request, 2)
        self.attach_button = QPushButton(self.tr("붙이기"))
        self.attach_button.clicked.connect(self.attach)
        self.discard_button = QPushButton(self.tr("버리기…"))
        self.discard_button.clicked.connect(lambda: self.discard())
        self.fetch_button = QPushButton(self.tr("지금 메일 받기"))
        self.fetch_button.setEnabled(fetcher is not None)
        self.fetch_button.clicked.connect(self.fetch)
        for b in (self.attach_button, self.discard_button, self.fetch_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.status = QLabel()
        lay.addWidget(self.status)
        if fetcher is not None:
            fetcher.fetched.connect(self._fetched)
        self.rows: list = []
        self.reload()
        self._load_requests()

    def why_text(self, why: str) -> str:
        return {"unknown_sender": self.tr("모르는 보낸 사람"), "unknown_tag": self.tr("모르는 태그")}.get(why, why)

    def reload(self) -> None:
        self.rows = self.desk.read(mail_intake.waiting_triage)
        self.table.setRowCount(len(self.rows))
        for r, t in enumerate(self.rows):
            received = t.received_at.astimezone(clock.SEOUL).strftime("%Y-%m-%d %H:%M")
            for c, text in enumerate((received, t.sender, t.recipient, t.subject, self.why_text(t.why))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.status.setText(self.tr("기다리는 메일 %1통").replace("%1", str(len(self.rows))))
        if self.rows:
            self.table.selectRow(0)

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _show_body(self) -> None:
        t = self._selected()
        self.body.setText(t.body[:2000] if t else "")

    def _load_requests(self) -> None:
        self.request.clear()
        self.request.addItem(self.tr("새 컨설팅 요청 열기"), None)
        account_id = self.account.currentData()
        if account_id is None:
            return
        flt = support_list.RequestFilter(account_id=account_id)
        for r in self.desk.read(support_list.request_page, flt).rows:
            self.request.addItem(f"{r.number} {r.title}", r.id)

    def attach(self) -> bool:
        t = self._selected()
        if t is None:
            return False
        try:
            req = self.desk.run(mail_intake.attach_triage, t.id, self.account.currentData(),
                                self.request.currentData())
        except UserError as exc:
            tell(self, self.tr("붙일 수 없습니다"), exc, warning=True)
            return False
        self.reload()
        self.status.setText(self.tr("%1 에 붙였습니다.").replace("%1", req.number))
        return True

    def discard(self, reason: str | None = None) -> bool:
        t = self._selected()
        if t is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("메일 버리기"), self.tr("버리는 이유 (감사 기록에 남습니다)"))
            if not ok:
                return False
        try:
            self.desk.run(mail_intake.discard_triage, t.id, reason)
        except UserError as exc:
            tell(self, self.tr("버릴 수 없습니다"), exc, warning=True)
            return False
        self.reload()
        return True

    def fetch(self) -> None:
        if self.fetcher is not None and self.fetcher.fetch() is not None:
            self.status.setText(self.tr("메일을 받는 중…"))

    def _fetched(self, result, exc) -> None:
        if exc is not None:
            self.status.setText(getattr(exc, "message", str(exc)))
        else:
            self.status.setText(self.tr("새 메일 %1통을 받았습니다.").replace("%1", str(result.taken)))
        self.reload()
