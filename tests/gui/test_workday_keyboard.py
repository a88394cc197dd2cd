"""Issue 13 items 7 and 12: the keyboard as staff use it all day (Ctrl+1…9, F5, Ctrl+N, Ctrl+, Enter, Esc,
Tab) and a status bar that speaks of the section on screen."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.settings import Settings
from desktop_app.views.accounts.account_dialog import AccountDialog
from desktop_app.views.main_window import MainWindow
from desktop_app.views.settings.dialog import SettingsDialog
from tests.conftest import type_text


def make_window(qtbot, demo_desk, tmp_path):
    w = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def test_section_keys_refresh_new_and_settings(qtbot, demo_desk, tmp_path, monkeypatch):
    from desktop_app.services import quotes
    from tests.unit.test_quotes import make

    w = make_window(qtbot, demo_desk, tmp_path)
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == MainWindow.CALCULATOR
    calc = w.stack.currentWidget()
    before = len(calc.grid.rows)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: another company
    assert len(calc.grid.rows) == before + 1
    qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = w.stack.currentWidget()
    assert w.nav.currentRow() == MainWindow.QUOTES
    shown = view.model.rowCount()
    assert w.statusBar().currentMessage() == f"견적 {shown}건"  # not the accounts count
    make(demo_desk)
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert view.model.rowCount() == shown + 1 and w.statusBar().currentMessage() == f"견적 {shown + 1}건"
    opened = {}
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.setdefault("settings", self) and 0)
    qtbot.keyClick(w, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(opened.get("settings"), SettingsDialog)

    def new_account(dialog):
        opened["focus"] = dialog.focusWidget()
        opened["name"] = dialog.field("name")
        return 0

    monkeypatch.setattr(AccountDialog, "exec", lambda self: (self.show(), new_account(self))[1])
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.statusBar().currentMessage() == "고객 계정 8개"
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened["focus"] is opened["name"]  # the new-account dialog starts in its first field
    assert quotes  # imported for the quote made above


def test_enter_esc_and_tab_in_the_accounts_list(qtbot, demo_desk, tmp_path):
    w = make_window(qtbot, demo_desk, tmp_path)
    w.nav.setCurrentRow(MainWindow.ACCOUNTS)
    view = w.accounts
    view.search.setFocus()
    type_text(qtbot, view.search, "대성")
    assert view.model.rowCount() == 1
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == "" and view.model.rowCount() == 8
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the account: focus on its sites
    assert QApplication.focusWidget() is view.detail.sites
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.detail.sites  # Tab reaches the detail


def test_enter_opens_the_selected_quote(qtbot, demo_desk, monkeypatch):
    from desktop_app.views.quotes.view import QuotesView
    from tests.unit.test_quotes import make

    q = make(demo_desk)
    view = QuotesView(demo_desk)
    qtbot.addWidget(view)
    view.show()
    opened = []
    monkeypatch.setattr("desktop_app.views.quotes.actions.preview",
                        lambda parent, desk, quote_id, *a: opened.append(quote_id))
    view.select_quote(q.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert q.id in opened


@pytest.fixture(params=["ko", "en"])
def language(request, qapp):
    """The window in Korean and in English (English headers and the detail's labels are wider)."""
    from desktop_app.app import install_translators

    if request.param == "ko":
        yield "ko"
        return
    from tests.gui.test_english_messages import _forget_translated_names

    kept = install_translators(qapp, "en")
    assert kept, "the English .qm file did not load"
    _forget_translated_names()
    yield "en"
    for t in kept:
        qapp.removeTranslator(t)
    install_translators(qapp, "ko")
    _forget_translated_names()


def test_the_important_columns_stay_visible_at_1280_by_800(qtbot, demo_desk, tmp_path, language):
    w = make_window(qtbot, demo_desk, tmp_path)
    w.nav.setCurrentRow(MainWindow.ACCOUNTS)
    view = w.accounts
    view.table.selectRow(1)
    view.detail.sites.selectRow(0)  # its licences shown too
    w.nav.setCurrentRow(MainWindow.INVOICES)
    invoices = w.stack.currentWidget()
    w.nav.setCurrentRow(MainWindow.ACCOUNTS)

    def fits(table, important):
        header = table.horizontalHeader()
        if header.length() > table.viewport().width():
            return False
        return all(header.sectionSize(c) >= table.sizeHintForColumn(c) for c in important)

    assert view.model.headerData(0, Qt.Orientation.Horizontal) == {"ko": "고객 계정", "en": "Account"}[language]
    qtbot.waitUntil(lambda: fits(view.table, (0, 4, 5, 6)))  # the name, 상태, 가격 정책, 만료일
    qtbot.waitUntil(lambda: fits(view.detail.sites, (4, 5, 6)))  # 라이선스, 사용자, 상태
    qtbot.waitUntil(lambda: fits(view.detail.licences.table, (0, 2)))  # a user's name and state
    w.nav.setCurrentRow(MainWindow.INVOICES)
    qtbot.waitUntil(lambda: fits(invoices.table, (5, 6, 7)))  # 합계, 결제, 상태
