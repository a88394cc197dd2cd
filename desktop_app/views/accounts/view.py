"""Accounts section: a searchable, sortable list filtered by site state, with the detail beside it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.pricing.business_number import format_brn
from desktop_app.services import accounts
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.refresh import Follows, keep_scroll
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import fit_columns, make_table, on_enter


def account_model(parent=None) -> RowsModel[accounts.AccountRow]:
    return RowsModel([
        Column(QCoreApplication.translate("columns", "고객 계정"), lambda r: r.name),
        Column(QCoreApplication.translate("columns", "사업자등록번호"), lambda r: format_brn(r.business_number),
               sort_key=lambda r: r.business_number),
        Column(QCoreApplication.translate("columns", "사이트"), lambda r: f"{r.site_count:,}", sort_key=lambda r: r.site_count, right=True),
        Column(QCoreApplication.translate("columns", "접속 주소"), lambda r: r.subdomains),
        Column(QCoreApplication.translate("columns", "상태"), lambda r: labels.states_text(r.states),
               colour=lambda r: labels.state_colour(labels.most_urgent(r.states))),
        Column(QCoreApplication.translate("columns", "가격 정책"), lambda r: r.pricing_policy),
        Column(QCoreApplication.translate("columns", "만료일"), lambda r: r.expires_on or "—",
               sort_key=lambda r: r.expires_on or ""),
    ], parent)


_NUMBER = re.compile(r"^[\d-]*\d[\d-]*$")


class AccountSearch:
    """Matches the typed text against name, registration number (with or without hyphens) and sub-domains."""

    def __init__(self, rows: list[accounts.AccountRow]):
        self.rows = rows
        self._haystack: dict[int, str] | None = None

    @property
    def haystack(self) -> dict[int, str]:
        """Built at the first search, not at start: most starts never type in the filter."""
        if self._haystack is None:
            self._haystack = {r.id: f"{r.name}\t{r.business_number}\t{r.subdomains}".lower() for r in self.rows}
        return self._haystack

    def predicate(self, text: str, state: str | None):
        needle = text.strip().lower()
        if _NUMBER.match(needle):
            needle = needle.replace("-", "")  # 220-81 matches the stored digits 22081…
        if not needle and not state:
            return None
        hay = self.haystack
        if not state:
            return lambda r: needle in hay[r.id]
        if not needle:
            return lambda r: state in r.states
        return lambda r: state in r.states and needle in hay[r.id]


KINDS = ("accounts", "sites", "licences", "orders", "groups", "usage")


class AccountsView(QWidget):
    def __init__(self, desk: Desk, status=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self._status = status
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        self.new_action = QAction(self.tr("새 고객 계정"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_account)
        self.edit_action = QAction(self.tr("계정 수정"), self)
        self.edit_action.triggered.connect(self.edit_account)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.edit_action)
        lay.addWidget(self.toolbar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("accounts_splitter")
        self.splitter = split
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(4, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("account_search")
        self.search.setPlaceholderText(self.tr("이름, 사업자등록번호, 접속 주소로 찾기 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        self.state_filter.addItem(self.tr("모든 상태"), None)
        for st in labels.STATES:
            self.state_filter.addItem(labels.state_name(st), st)
        row.addWidget(self.search, 1)
        row.addWidget(self.state_filter)
        left_lay.addLayout(row)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        clear = QAction(self)  # Esc in the search box clears it
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        self.model = account_model(self)
        self.table = make_table(self.model, "accounts_table", (190, 110, 50, 170, 110, 70))
        # the name, 상태, 가격 정책 and 만료일 stay readable; 접속 주소, 사업자등록번호 and 사이트 give way first
        fit_columns(self.table, shrink_first=(3, 1, 2))
        self.table.doubleClicked.connect(lambda _i: self.edit_account())
        on_enter(self.table, self.focus_detail)  # Enter: on to the account's sites
        left_lay.addWidget(self.table)
        split.addWidget(left)
        # The detail (sites, licences, orders, NAVER and group tabs) is built when an account is first
        # selected: its modules and widgets would otherwise cost the cold start about 60 ms.
        self._detail = None
        self._split = split
        self._placeholder = QLabel(self.tr("고객 계정을 고르세요"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setStyleSheet("color: #6b7280;")
        self._placeholder.setMinimumWidth(440)  # the width the detail will take
        split.addWidget(self._placeholder)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([620, 440])  # the list keeps room for its important columns at 1280×800
        lay.addWidget(split, 1)
        self.search.textChanged.connect(self.apply_filter)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.search_index = AccountSearch([])
        self.follow = Follows(self, KINDS, self.refresh)
        self.loads = None  # background.Latest, made at the first refresh
        self.reload()

    def apply_changes(self, changes) -> None:
        """MainWindow.changed: the list (site counts, states) and the open account follow every change."""
        self.follow.apply(changes)

    def refresh(self) -> None:
        """The list read again on a worker thread (10,000 accounts take long); the rows on screen stay until
        the new ones arrive. The open account's detail is read again at once."""
        if self.loads is None:
            from desktop_app.views.common.background import Latest  # not needed for the first paint

            self.loads = Latest(self, self.tr("고객 계정 목록"))
        desk = self.desk
        self.loads.run(lambda: desk.read(accounts.account_rows, 1000), self._show_rows)
        if self._detail is not None:
            self._detail.refresh()

    def _show_rows(self, rows) -> None:
        with keep_scroll(self.table):
            self.reload(rows=rows)

    @property
    def detail(self):
        if self._detail is None:
            from desktop_app.views.accounts.detail import AccountDetail
            from desktop_app.views.common import permissions

            self._detail = AccountDetail(self.desk)
            permissions.apply(self._detail, self.desk)  # what the user may not do, disabled with the reason
            sizes = self._split.sizes()  # the list keeps its width when the detail takes the placeholder's place
            self._split.replaceWidget(self._split.indexOf(self._placeholder), self._detail)
            if all(sizes):  # while the section is hidden (Today first) the sizes are not laid out yet
                self._split.setSizes(sizes)
            self._placeholder.deleteLater()
            QWidget.setTabOrder(self.table, self._detail.sites)  # Tab from the list reaches the detail
        return self._detail

    def focus_detail(self) -> None:
        """Enter on an account (or Tab from the list) goes on to its sites."""
        if self.selected_id() is not None:
            self.detail.sites.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.detail.sites.selectionModel().hasSelection() and self.detail.site_model.rowCount():
                self.detail.sites.selectRow(0)

    def open_account_id(self) -> int | None:
        return self._detail.account_id if self._detail is not None else None

    def reload(self, select_id: int | None = None, rows: list[accounts.AccountRow] | None = None) -> None:
        current = select_id if select_id is not None else self.open_account_id()
        rows = self.desk.read(accounts.account_rows) if rows is None else rows
        self.search_index = AccountSearch(rows)
        self.model.set_rows(rows)
        self.apply_filter()
        self.select_account(current)
        if self._status:
            self._status(self.status_text())

    def status_text(self) -> str:
        """The status bar's words for this section (said by the section and by MainWindow alike)."""
        return self.tr("고객 계정 %1개").replace("%1", f"{self.model.rowCount():,}")

    def apply_filter(self) -> None:
        current = self.open_account_id()
        self.model.set_filter(self.search_index.predicate(self.search.text(), self.state_filter.currentData()))
        self.select_account(current)  # the open account stays open while it still matches

    def open_account(self, account_id: int) -> None:
        """Show one account whatever the filter (from Today or the search)."""
        if self.search.text() or self.state_filter.currentIndex() > 0:
            self.search.clear()
            self.state_filter.setCurrentIndex(0)
            self.apply_filter()
        self.select_account(account_id)

    def select_account(self, account_id: int | None) -> None:
        if account_id is None:
            self._selected()
            return
        for n, r in enumerate(self.model.rows()):
            if r.id == account_id:
                self.table.selectRow(n)
                return
        self._selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).id if rows else None

    def _selected(self) -> None:
        account_id = self.selected_id()
        self.edit_action.setEnabled(account_id is not None)
        if account_id != self.open_account_id() and (account_id is not None or self._detail is not None):
            self.detail.show_account(account_id)

    def new_account(self) -> None:
        from desktop_app.views.accounts.account_dialog import (
            AccountDialog,  # imported when first used: keeps start-up lean
        )

        dialog = AccountDialog(self.desk, parent=self)
        if dialog.exec():
            self.search.clear()
            self.reload(dialog.saved)

    def edit_account(self) -> None:
        from desktop_app.views.accounts.account_dialog import AccountDialog

        account_id = self.selected_id()
        if account_id is None:
            return
        dialog = AccountDialog(self.desk, account_id, parent=self)
        if dialog.exec():
            self.detail.account_id = None  # force the detail to re-read
            self.reload(account_id)
