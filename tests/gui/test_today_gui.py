"""D1 in the window: Today is the first screen; its items open their records; the navigation shows the counts;
Ctrl+K finds an invoice by number and a named user by email and opens them."""

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop_app.settings import Settings
from desktop_app.views.main_window import MainWindow
from tests.conftest import TODAY, type_text
from tests.support.versions import shown


@pytest.fixture
def window(qtbot, demo_desk, tmp_path):
    w = MainWindow(demo_desk, Settings(tmp_path / "settings.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.today.tree.topLevelItemCount() == 6)
    return w


def group_titles(view):
    return [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]


def test_today_is_the_first_screen_with_each_group_and_its_count(window):
    assert window.stack.currentWidget() is window.today
    assert group_titles(window.today) == ["연체된 청구서 (1)", "14일 안에 갱신 (4)", "7일 안에 끝나는 체험 (예약 없음) (1)",
                                          "7일 안에 만료되는 견적 (1)", "저장 공간 10% 미만 (1)",
                                          "위험하거나 넘긴 지원 요청 기한 (1)"]
    # the navigation says how much needs a person, beside the section it belongs to
    assert window.nav.item(window.TODAY).text() == "오늘 (9)"
    assert window.nav.item(window.INVOICES).text() == "청구서 (1)"
    assert window.nav.item(window.QUOTES).text() == "견적 (1)"
    assert window.nav.item(window.SUPPORT).text() == "지원 요청 (1)"


def test_a_late_support_request_opens_in_the_support_section(qtbot, window):
    tree = window.today.tree
    tree.setCurrentItem(tree.topLevelItem(5).child(0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == window.SUPPORT
    assert window.sections[window.SUPPORT].selected_id() is not None


def test_enter_on_an_overdue_invoice_opens_it_and_the_action_records_a_payment(qtbot, window):
    tree = window.today.tree
    first = tree.topLevelItem(0).child(0)
    tree.setCurrentItem(first)
    assert window.today.action.text() == "결제 등록"
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == window.INVOICES
    invoices = window.sections[window.INVOICES]
    assert [r.number for r in invoices.selected()] == ["INV-2026-000004"]


def test_a_trial_opens_its_site(qtbot, window):
    tree = window.today.tree
    tree.setCurrentItem(tree.topLevelItem(2).child(0))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == window.ACCOUNTS
    assert window.accounts.detail.heading.text() == "온누리 헬스케어"
    assert window.accounts.detail.selected_site().name == "온누리"


def test_ctrl_k_finds_an_invoice_by_number_and_opens_it(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.box, "INV-2026-000005")
    qtbot.waitUntil(lambda: dialog.hits.count() == 2)  # the kind's heading and the hit
    assert dialog.hits.item(1).text().strip().startswith("INV-2026-000005 — 한결건설(주)")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == window.INVOICES
    assert [r.number for r in window.sections[window.INVOICES].selected()] == ["INV-2026-000005"]


def test_ctrl_k_finds_a_named_user_by_email_and_opens_the_site(qtbot, window):
    window.search_everywhere()
    dialog = window._search
    type_text(qtbot, dialog.box, "user005@mirae-campus")
    qtbot.waitUntil(lambda: dialog.hits.count() == 2)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == window.ACCOUNTS
    assert window.accounts.detail.heading.text() == "미래교육재단"
    assert window.accounts.detail.selected_site().name == "미래교육 연수원"


def test_a_payment_refreshes_today(qtbot, window):
    from desktop_app.services import invoices

    invoice_id = window.today.tree.topLevelItem(0).child(0).data(0, Qt.ItemDataRole.UserRole + 1).record_id
    with window.desk.db.session() as s:
        from desktop_app.models import InvoiceRow

        left = s.get(InvoiceRow, invoice_id).total - s.get(InvoiceRow, invoice_id).paid
    window.desk.run(invoices.record_payment, invoice_id, shown(window.desk, InvoiceRow, invoice_id), TODAY, left,
                    "card")
    qtbot.waitUntil(lambda: group_titles(window.today)[0] == "연체된 청구서 (0)")
