"""The support section: requests filtered by type, status, account, assignee and clock state, and searched
(T5); each clock's due time, a live countdown and its state (at risk from 80 %, breached in red, paused shown);
the selected request's detail; new requests, one form per type; export of the open requests."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.pricing.sla import STATUSES, TYPES
from desktop_app.services import support_detail, support_export, support_list
from desktop_app.services.desk import Desk
from desktop_app.services.support_list import CLOCK_STATES, RequestFilter
from desktop_app.views.common import background
from desktop_app.views.common.notify import tell
from desktop_app.views.common.refresh import Follows, keep_scroll
from desktop_app.views.support import texts
from desktop_app.views.support.detail_panel import DetailPanel
from desktop_app.views.support.requests_model import RequestsModel

PAGE = 60
TICK_MS = 1000


class SupportView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None, fetcher=None):
        super().__init__(parent)
        self.desk = desk
        self.choices = desk.read(support_detail.support_choices)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._toolbar())
        lay.addLayout(self._filters())
        self.model = RequestsModel(self._fetch, support_list.business_calendar(), clock.now, self)
        self.table = QTableView()
        self.table.setObjectName("requests_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 80, 140, 80, 180, 80, 80, 150, 110)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.count = QLabel()
        self.count.setObjectName("requests_count")
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.table, 1)
        left_lay.addWidget(self.count)
        self.detail = DetailPanel(desk)
        self.detail.changed.connect(self.after_change)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        from desktop_app.views.support.mail_fetch import MailFetcher

        # the main window's fetcher (it reads the mailbox from the start); a view of its own makes one
        self.fetcher = fetcher if fetcher is not None else MailFetcher(desk, self)
        self.fetcher.fetched.connect(self._mail_fetched)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # MainWindow.changed: requests opened or changed here, by mail intake or in another session
        self._choices_wanted = False
        self.follow = Follows(self, ("support", "accounts", "staff"), self.refresh)
        self.reload()

    # --- layout ----------------------------------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.new_button = QToolButton()
        self.new_button.setObjectName("new_request")
        self.new_button.setText(self.tr("새 요청"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        for kind in TYPES:
            action = menu.addAction(texts.kind_name(kind))
            action.triggered.connect(lambda _=False, k=kind: self.new_request(k))
        self.new_button.setMenu(menu)
        bar.addWidget(self.new_button)
        self.refresh_action = QAction(self.tr("새로 고침"), self)
        self.refresh_action.triggered.connect(self.reload)
        self.export_action = QAction(self.tr("열린 요청 엑셀로 내보내기…"), self)
        self.export_action.triggered.connect(lambda: self.export())
        bar.addAction(self.refresh_action)
        bar.addAction(self.export_action)
        self.fetch_action = QAction(self.tr("메일 받기"), self)
        self.fetch_action.triggered.connect(lambda: self.fetch_mail())
        self.triage_action = QAction(self.tr("메일 분류함…"), self)
        self.triage_action.triggered.connect(lambda: self.open_triage())
        bar.addAction(self.fetch_action)
        bar.addAction(self.triage_action)
        return bar

    def open_triage(self, exec_dialog: bool = True):
        from desktop_app.views.support.triage import TriageView

        view = TriageView(self.desk, self, self.fetcher)
        if exec_dialog:
            view.exec()
            self.reload()
        return view

    def fetch_mail(self):
        """On demand: a failure is shown (a fetch on the timer only logs nothing and tries again later)."""
        self._asked = True
        return self.fetcher.fetch()

    def _mail_fetched(self, result, exc) -> None:
        asked, self._asked = getattr(self, "_asked", False), False
        if exc is not None and asked:
            tell(self, self.tr("메일을 받지 못했습니다"), getattr(exc, "message", str(exc)), warning=True)
        if exc is None and result is not None and result.taken:
            self.reload()

    def _combo(self, name: str, all_text: str, items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(all_text, None)
        for text, value in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _i: self.reload())
        return box

    def _filters(self) -> QHBoxLayout:
        line = QHBoxLayout()
        self.kind = self._combo("filter_kind", self.tr("모든 유형"), [(texts.kind_name(k), k) for k in TYPES])
        self.status = self._combo("filter_status", self.tr("모든 상태"),
                                  [(self.tr("열린 요청"), "__open__")] + [(texts.status_name(x), x) for x in STATUSES])
        self.account = self._combo("filter_account", self.tr("모든 고객"), [(a.name, a.id) for a in self.choices.accounts])
        self.assignee = self._combo("filter_assignee", self.tr("모든 담당자"),
                                    [(self.tr("(지정 안 됨)"), 0)] + [(x.name, x.id) for x in self.choices.staff])
        self.clock_state = self._combo("filter_clock", self.tr("모든 시계"),
                                       [(texts.state_name(x), x) for x in CLOCK_STATES])
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("번호, 제목, 고객 검색"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        for w in (self.kind, self.status, self.account, self.assignee, self.clock_state):
            line.addWidget(w)
        line.addWidget(self.search, 1)
        return line

    # --- data ------------------------------------------------------------------------------------------------
    def current_filter(self) -> RequestFilter:
        status = self.status.currentData()
        statuses = support_list.OPEN_STATUSES if status == "__open__" else ((status,) if status else ())
        kind = self.kind.currentData()
        return RequestFilter(kinds=(kind,) if kind else (), statuses=tuple(statuses),
                             account_id=self.account.currentData(), assignee_id=self.assignee.currentData(),
                             clock_state=self.clock_state.currentData(), search=self.search.text())

    def _fetch(self, start: int):
        flt = self.current_filter()
        return self.desk.read(support_list.request_page, flt, start, PAGE, now=self.model.at if start else None,
                              calendar=self.model._calendar)

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.selected_id()
        self.model.reload()
        n = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count.setText(self.tr("%1건").replace("%1", f"{n:,}{more}"))
        if keep is not None and (row := self.model.find(keep)) is not None:
            self.table.selectRow(row)
        else:
            self.detail.show_request(None)

    def apply_changes(self, changes) -> None:
        """MainWindow.changed: the list and the open request follow every change of requests; the account and
        assignee filters are read again only when accounts or staff changed."""
        self._choices_wanted = self._choices_wanted or changes.touches("accounts", "staff")
        self.follow.apply(changes)

    def refresh(self) -> None:
        """The list read again with the selection and the scroll kept; the open request's detail too (a reply
        being typed stays)."""
        if self._choices_wanted:
            self._choices_wanted = False
            self._refill_choices()
        keep = self.selected_id()
        with keep_scroll(self.table):
            self.reload(keep=keep)
        if keep is not None and self.selected_id() == keep:
            self.detail.show_request(keep)

    def _refill_choices(self) -> None:
        self.choices = self.desk.read(support_detail.support_choices)
        for box, items in ((self.account, [(a.name, a.id) for a in self.choices.accounts]),
                           (self.assignee, [(self.tr("(지정 안 됨)"), 0)] + [(x.name, x.id) for x in self.choices.staff])):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:  # the first item is "all"
                box.removeItem(1)
            for text, value in items:
                box.addItem(text, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def tick(self) -> None:
        if self.isVisible():
            self.model.tick()
            self.detail.tick(self.model.at)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()).id if rows else None

    def show_selected(self) -> None:
        self.detail.show_request(self.selected_id())

    def select_request(self, request_id: int) -> bool:
        row = self.model.find(request_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def after_change(self, request_id: int) -> None:
        self.reload(keep=request_id)
        if self.selected_id() == request_id:
            self.detail.show_request(request_id)

    # --- actions ---------------------------------------------------------------------------------------------
    def new_request(self, kind: str, exec_dialog: bool = True):
        from desktop_app.views.support.request_dialog import RequestDialog

        self.choices = self.desk.read(support_detail.support_choices)
        dialog = RequestDialog(self.desk, kind, self.choices, self, self.account.currentData())
        dialog.accepted.connect(lambda: self.after_change(dialog.saved.id))
        if exec_dialog:
            dialog.open()
        return dialog

    def export(self, path: str | None = None) -> background.Job | None:
        """The open requests of the current filter, with their due times, written on a worker thread."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("엑셀로 내보내기"), "지원요청.xlsx",
                                                  self.tr("Excel 통합 문서 (*.xlsx)"))
        if not path:
            return None
        flt = self.current_filter()

        def done(n, exc) -> None:
            self.export_action.setEnabled(True)
            if exc is not None:
                tell(self, self.tr("내보내지 못했습니다"), getattr(exc, "message", str(exc)), warning=True)
            else:
                tell(self, self.tr("내보냈습니다"), self.tr("열린 지원 요청 %1건을 %2 에 저장했습니다.")
                     .replace("%1", f"{n:,}").replace("%2", path))

        self.export_action.setEnabled(False)
        return background.start(self, lambda: self.desk.read(support_export.export_requests, path, flt), done)
