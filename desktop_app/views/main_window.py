"""The main window: navigation on the left, the section in the middle, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMessageBox, QSplitter, QStackedWidget

from desktop_app import APP_NAME, __version__
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.accounts.view import AccountsView
from desktop_app.views.common import permissions
from desktop_app.views.today.view import TodayView


class MainWindow(QMainWindow):
    TODAY, ACCOUNTS, CALCULATOR, QUOTES, INVOICES, GROUPS, DISCOUNTS, CATALOG, SUPPORT = range(9)
    # one signal for every change of data, local or (team mode) from another workstation: a
    # desktop_app.changes.Changes; each section refreshes what it shows of those kinds
    changed = Signal(object)

    def __init__(self, desk: Desk, settings: Settings, ui_state: QSettings):
        super().__init__()
        self.desk, self.settings, self.ui_state = desk, settings, ui_state
        # commits may happen on worker threads: emitting a signal queues it to the GUI thread. The sections
        # hear of a change once the action that made it has returned (never in the middle of it), and the
        # commits of one action reach them as one change.
        desk.db.listeners.append(self._announce)
        self._pending = None
        self._deliver = QTimer(self)
        self._deliver.setSingleShot(True)
        self._deliver.setInterval(0)
        self._deliver.timeout.connect(self._dispatch)
        self.changed.connect(self._collect)
        # team mode (Y2): other workstations' changes come through PostgreSQL NOTIFY on a thread of its own
        from desktop_app.live import start_listening

        self._listener = start_listening(desk.db.url, self._announce)
        self.setWindowTitle(f"{APP_NAME} — {desk.db.where}")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.accounts = AccountsView(desk, self._status_of(self.ACCOUNTS))
        self.today = TodayView(desk)
        # the support mailbox (T7) is read from the start, on a worker, whether or not the support section is open
        from desktop_app.views.support.mail_fetch import MailFetcher

        self.mail = MailFetcher(desk, self, lambda: self.settings)
        self.today.open_record.connect(self.open_record)
        self.today.act.connect(self.next_action)
        self.today.counted.connect(self._show_counts)
        self._add_section(self.tr("오늘"), self.today)
        self._add_section(self.tr("고객 계정·사이트"), self.accounts)
        self._lazy_sections = {self.CALCULATOR: self._make_calculator, self.QUOTES: self._make_quotes,
                               self.INVOICES: self._make_invoices, self.GROUPS: self._make_groups,
                               self.DISCOUNTS: self._make_discounts, self.CATALOG: self._make_catalog,
                               self.SUPPORT: self._make_support}
        self._add_section(self.tr("주문 계산기"), None)
        self._add_section(self.tr("견적"), None)
        self._add_section(self.tr("청구서"), None)
        self._add_section(self.tr("그룹사 조직도"), None)
        self._add_section(self.tr("할인코드"), None)
        self._add_section(self.tr("카탈로그"), None)
        self._add_section(self.tr("지원 요청"), None)
        self._add_staff_sections()
        self._titles = [self.nav.item(i).text() for i in range(self.nav.count())]
        from desktop_app.views.common.icons import icon

        for row, name in enumerate(("calendar-check", "buildings", "calculator", "file-text", "receipt",
                                    "tree-structure", "ticket", "tag", "lifebuoy")):
            self.nav.item(row).setIcon(icon(name))
        self.nav.item(self.STAFF).setIcon(icon("users-three"))
        self.nav.item(self.AUDIT).setIcon(icon("clipboard-text"))
        self.sections: dict[int, object] = {self.TODAY: self.today, self.ACCOUNTS: self.accounts}
        permissions.apply(self.accounts, desk)
        self.nav.currentRowChanged.connect(self.show_section)
        self.nav.setCurrentRow(0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([184, 1096])  # room for the icons, the longest section names and their counts
        self.setCentralWidget(self.splitter)
        self._menus()
        from desktop_app.views.signin.session import SessionGuard

        self.session_guard = SessionGuard(self, desk, settings.get("lock_idle_minutes"))
        self.resize(1280, 800)
        self.restore_ui_state()

    def _announce(self, changes) -> None:
        try:
            self.changed.emit(changes)
        except RuntimeError:  # the window is gone (a late commit from a worker)
            pass

    def _collect(self, changes) -> None:
        self._pending = changes if self._pending is None else self._pending.merged(changes)
        self._deliver.start()

    def _dispatch(self) -> None:
        """Hand the changes to every section built so far; each decides what to reload (now if visible, on
        showing if hidden)."""
        changes, self._pending = self._pending, None
        if changes is None:
            return
        for view in list(self.sections.values()):
            handler = getattr(view, "apply_changes", None)
            if handler is not None:
                handler(changes)

    def _add_section(self, title: str, widget) -> None:
        from PySide6.QtWidgets import QWidget

        self.nav.addItem(title)
        self.stack.addWidget(widget if widget is not None else QWidget())

    def _add_staff_sections(self) -> None:
        """직원 and 감사 기록, for a PAA or a holder of the `staff` permission (S1, S6); hidden otherwise."""
        from desktop_app.models import Feature

        self.STAFF, self.AUDIT = self.nav.count(), self.nav.count() + 1
        self._lazy_sections[self.STAFF] = self._make_staff
        self._lazy_sections[self.AUDIT] = self._make_audit
        self._add_section(self.tr("직원"), None)
        self._add_section(self.tr("감사 기록"), None)
        allowed = self.desk.may(Feature.STAFF)
        for index in (self.STAFF, self.AUDIT):
            self.nav.item(index).setHidden(not allowed)

    def _make_staff(self):
        from desktop_app.views.staff.view import StaffView

        return StaffView(self.desk)

    def _make_audit(self):
        from desktop_app.views.audit.view import AuditView

        return AuditView(self.desk)

    def open_record(self, kind: str, record_id: int, account_id) -> None:
        """Open one record in its section (from Today or the search): accounts and sites in the accounts
        section, invoices and quotes in theirs."""
        if kind in ("account", "site"):
            self.nav.setCurrentRow(self.ACCOUNTS)
            self.accounts.open_account(account_id if kind == "site" else record_id)
            if kind == "site":
                self.accounts.detail.select_site(record_id)
        elif kind == "invoice":
            self.nav.setCurrentRow(self.INVOICES)
            self.sections[self.INVOICES].select_invoice(record_id)
        elif kind == "quote":
            self.show_quote(record_id)
        elif kind == "request":
            self.nav.setCurrentRow(self.SUPPORT)
            self.sections[self.SUPPORT].select_request(record_id)

    def next_action(self, action: str, kind: str, record_id: int, account_id) -> None:
        """The action Today offers beside an item: open the record, then start what it needs."""
        self.open_record(kind, record_id, account_id)
        if action == "pay":  # once the invoice is selected (the list may still be on its way)
            view = self.sections[self.INVOICES]
            view.when_loaded(view.pay)
        elif action == "reprice":
            self.sections[self.QUOTES].reprice()
        elif action == "reserve":
            self.accounts.detail.show_naver_tab()

    def _show_counts(self, counts: dict) -> None:
        """What needs attention, beside the sections it belongs to (D1): the same numbers as Today."""
        needs = {self.TODAY: sum(counts.values()), self.INVOICES: counts.get("overdue", 0),
                 self.QUOTES: counts.get("quotes", 0), self.SUPPORT: counts.get("support", 0),
                 self.ACCOUNTS: counts.get("renewals", 0) + counts.get("trials", 0) + counts.get("storage", 0)}
        for row, title in enumerate(self._titles):
            n = needs.get(row, 0)
            self.nav.item(row).setText(f"{title} ({n})" if n else title)

    def search_everywhere(self) -> None:
        from desktop_app.views.today.search_dialog import SearchDialog

        dialog = SearchDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_record.connect(self.open_record)
        dialog.open()
        self._search = dialog

    def _make_calculator(self):
        from desktop_app.views.calculator.view import CalculatorView  # built when first opened

        view = CalculatorView(self.desk)
        view.invoice_requested.connect(self.show_invoice)
        return view

    def _make_quotes(self):
        from desktop_app.views.quotes.view import QuotesView

        view = QuotesView(self.desk)
        view.edit_requested.connect(self.edit_quote)
        return view

    def edit_quote(self, quote_id: int) -> None:
        self.nav.setCurrentRow(self.CALCULATOR)
        self.sections[self.CALCULATOR].edit_quote(quote_id)

    def show_quote(self, quote_id: int) -> None:
        """Open the quotes section on one quote (after the calculator made it)."""
        self.nav.setCurrentRow(self.QUOTES)
        self.sections[self.QUOTES].select_quote(quote_id)

    def show_invoice(self, invoice_id: int) -> None:
        """Open the invoices section on one invoice and show it (after an order issued it)."""
        self.nav.setCurrentRow(self.INVOICES)
        view = self.sections[self.INVOICES]
        view.reload()
        view.select_invoice(invoice_id)
        view.when_loaded(view.preview)  # after the list with the new invoice has arrived and it is selected

    def _make_invoices(self):
        from desktop_app.views.invoices.view import InvoicesView

        return InvoicesView(self.desk)

    def _make_groups(self):
        from desktop_app.views.groups.view import GroupsView

        return GroupsView(self.desk)

    def _make_discounts(self):
        from desktop_app.views.catalog.discounts_view import DiscountsView

        return DiscountsView(self.desk)

    def _make_catalog(self):
        from desktop_app.views.catalog.view import CatalogView

        return CatalogView(self.desk)

    def _make_support(self):
        from desktop_app.views.support.view import SupportView

        return SupportView(self.desk, fetcher=self.mail)

    def _may_leave(self, index: int) -> bool:
        """A section with unsaved work (the org chart) asks save / discard / cancel before it is left."""
        confirm = getattr(self.sections.get(index), "confirm_leave", None)
        return confirm is None or confirm()

    def show_section(self, index: int) -> None:
        """Sections other than the first are built when first opened, so start-up stays lean."""
        leaving = self.stack.currentIndex()
        if leaving != index and not self._may_leave(leaving):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(leaving)  # cancelled: stay on the section
            self.nav.blockSignals(False)
            return
        make = self._lazy_sections.pop(index, None)
        if make is not None:
            placeholder = self.stack.widget(index)
            widget = make()
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.sections[index] = widget
            permissions.apply(widget, self.desk)
        self.stack.setCurrentIndex(index)
        self.statusBar().showMessage(self.status_text(index))
        if hasattr(self, "new_action"):  # sections with their own key (accounts: Ctrl+N, Today: F5) keep it
            self.new_action.setEnabled(index != self.ACCOUNTS)
            self.refresh_action.setEnabled(index != self.TODAY)

    # --- keyboard: Ctrl+1…9 sections, F5 refresh, Ctrl+N new, Ctrl+, settings ---------------------------
    CREATE = {ACCOUNTS: "new_account", CALCULATOR: "add_company", DISCOUNTS: "new_code", CATALOG: "new_version",
              GROUPS: "add_department"}

    def _status_of(self, index: int):
        """A section's status callback: shown only while that section is the one on screen."""
        def show(text: str) -> None:
            if self.stack.currentIndex() == index:
                self.statusBar().showMessage(text)
        return show

    def status_text(self, index: int) -> str:
        """What the status bar says for a section: its own count, never another section's."""
        view = self.sections.get(index)
        if index == self.ACCOUNTS:
            return self.accounts.status_text()
        if index == self.QUOTES and view is not None:
            return self.tr("견적 %1건").replace("%1", f"{view.model.rowCount():,}")
        if index == self.INVOICES and view is not None:
            return view.totals.text()
        if index == self.DISCOUNTS and view is not None and hasattr(view, "model"):
            return self.tr("할인코드 %1개").replace("%1", f"{view.model.rowCount():,}")
        return ""

    def current_section(self):
        return self.sections.get(self.stack.currentIndex())

    def refresh(self) -> None:
        """F5: the section on screen reads its data again (the org chart asks first about unsaved changes)."""
        index, view = self.stack.currentIndex(), self.current_section()
        if index == self.GROUPS and view is not None:
            if view.confirm_leave():
                view.load()
        elif index == self.CALCULATOR and view is not None:
            view.load_account(view.account.currentData())
        elif (reload := getattr(view, "reload", None)) is not None:
            reload()
        self.statusBar().showMessage(self.status_text(index))

    def create_new(self) -> None:
        """Ctrl+N: what the section on screen creates (an account, a company row, a code …); in the quotes
        section a new quote starts in the calculator."""
        index = self.stack.currentIndex()
        if index == self.QUOTES:
            self.nav.setCurrentRow(self.CALCULATOR)
            index = self.CALCULATOR
        if (name := self.CREATE.get(index)) is not None and (fn := getattr(self.current_section(), name, None)):
            fn()

    def _keys(self, menu) -> None:
        for n in range(min(self.nav.count(), 9)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _c=False, row=n: self.nav.setCurrentRow(row))
            self.addAction(action)
        refresh = QAction(self.tr("새로 고침"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        if refresh.shortcut() != QKeySequence("F5"):
            refresh.setShortcuts([QKeySequence("F5"), refresh.shortcut()])
        refresh.triggered.connect(self.refresh)
        new = QAction(self.tr("새로 만들기"), self)
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.triggered.connect(self.create_new)
        self.new_action, self.refresh_action = new, refresh
        new.setEnabled(self.stack.currentIndex() != self.ACCOUNTS)
        refresh.setEnabled(self.stack.currentIndex() != self.TODAY)
        menu.insertAction(menu.actions()[0], new)
        menu.insertAction(menu.actions()[1], refresh)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("파일(&F)"))
        settings = QAction(self.tr("설정…"), self)
        keys = [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) if not k.isEmpty()]
        settings.setShortcuts(keys + [QKeySequence("Ctrl+,")] if QKeySequence("Ctrl+,") not in keys else keys)
        settings.triggered.connect(self.open_settings)
        file_menu.addAction(settings)
        quit_action = QAction(self.tr("끝내기"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        search = QAction(self.tr("모두 검색…"), self)
        search.setShortcut(QKeySequence("Ctrl+K"))
        search.triggered.connect(self.search_everywhere)
        self.addAction(search)
        file_menu.insertAction(settings, search)
        self._keys(file_menu)
        help_menu = self.menuBar().addMenu(self.tr("도움말(&H)"))
        about = QAction(self.tr("정보"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, APP_NAME, f"{APP_NAME} {__version__}\n{self.desk.db.where}"))
        help_menu.addAction(about)

    def open_settings(self) -> None:
        from desktop_app.views.settings.dialog import (
            SettingsDialog,  # imported when first used: keeps start-up lean
        )

        if SettingsDialog(self.settings, self).exec():
            self.session_guard.set_idle_minutes(self.settings.get("lock_idle_minutes"))
            self.mail.configure()
            self.statusBar().showMessage(self.tr("설정을 저장했습니다. 언어와 데이터베이스는 다시 시작하면 바뀝니다."))

    def restore_ui_state(self) -> None:
        geometry = self.ui_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for splitter in (self.splitter, self.accounts.splitter):
            state = self.ui_state.value(f"main/{splitter.objectName()}")
            if state is not None:
                splitter.restoreState(state)
                if not all(splitter.sizes()):  # a pane saved collapsed (never laid out): both panes again
                    splitter.setSizes([3 * splitter.width() // 5 or 600, 2 * splitter.width() // 5 or 440])
        header = self.ui_state.value("main/accounts_header")
        if header is not None:
            self.accounts.table.horizontalHeader().restoreState(header)

    def save_ui_state(self) -> None:
        self.ui_state.setValue("main/geometry", self.saveGeometry())
        for splitter in (self.splitter, self.accounts.splitter):
            if all(splitter.sizes()):  # a section never shown has no sizes yet: keep what was saved before
                self.ui_state.setValue(f"main/{splitter.objectName()}", splitter.saveState())
        self.ui_state.setValue("main/accounts_header", self.accounts.table.horizontalHeader().saveState())
        self.ui_state.sync()

    def closeEvent(self, event) -> None:
        if not all(self._may_leave(i) for i in list(self.sections)):
            event.ignore()
            return
        self.session_guard.detach()
        self.mail.stop()
        if self._announce in self.desk.db.listeners:
            self.desk.db.listeners.remove(self._announce)
        self.save_ui_state()
        super().closeEvent(event)
