"""Issue #14 in the window: sign-in with its lockout, the lock that keeps unsaved input, the 직원 section and
the audit log, each driven with qtbot on real widgets and a real database file."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app import clock
from desktop_app.models import Feature
from desktop_app.services.desk import Desk
from desktop_app.services.staff import StaffInput, add_user
from desktop_app.settings import Settings
from tests.conftest import OWNER_PASSWORD

PW = "support-secret-1"


@pytest.fixture
def support(desk):
    return desk.run(add_user, StaffInput("cs", "지원엔지니어", frozenset({Feature.SUPPORT})), PW)


def window_for(qtbot, desk):
    from desktop_app.app import ui_state
    from desktop_app.views.main_window import MainWindow

    w = MainWindow(desk, Settings(), ui_state())
    qtbot.addWidget(w)
    w.show()
    return w


def test_sign_in_counts_failures_locks_for_fifteen_minutes_and_says_until_when(qtbot, db, desk, support):
    from desktop_app.views.signin.dialogs import SignInDialog

    dialog = SignInDialog(db, "cs")
    qtbot.addWidget(dialog)
    assert dialog.login.text() == "cs" and dialog.password.text() == ""
    for _ in range(4):
        dialog.password.setText("wrong-password")
        dialog.try_sign_in()
    assert "1번 더" in dialog.error.text()
    dialog.password.setText("wrong-password")
    dialog.try_sign_in()
    assert "2026-11-22 09:15까지" in dialog.error.text()
    dialog.password.setText(PW)
    dialog.try_sign_in()
    assert dialog.user is None and "09:15까지" in dialog.error.text()
    clock.set_clock(lambda: dt.datetime(2026, 11, 22, 9, 16, tzinfo=clock.SEOUL))
    dialog.password.setText(PW)
    dialog.try_sign_in()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.user.login == "cs"


def test_the_start_remembers_the_last_login_never_the_password(qtbot, db, desk, support):
    from desktop_app.app import sign_in

    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.login.setText("cs")
        dialog.password.setText(PW)
        dialog.try_sign_in()

    QTimer.singleShot(0, fill)
    user = sign_in(db, Settings())
    assert user.login == "cs"
    saved = Settings().path.read_text(encoding="utf-8")
    assert '"last_login": "cs"' in saved and PW not in saved


def test_a_password_less_single_user_opens_without_signing_in(db):
    from desktop_app.app import sign_in

    user = sign_in(db, Settings())  # no dialog: it would block this test
    assert user.is_paa and user.password_hash is None


def test_lock_asks_for_the_password_and_keeps_unsaved_input(qtbot, desk):
    w = window_for(qtbot, desk)
    search = w.accounts.findChild(QLineEdit)
    search.setText("아직 저장 안 한 글")
    w.session_guard.lock_action.trigger()
    lock = w.session_guard.lock_dialog
    qtbot.waitUntil(lock.isVisible)
    lock.reject()  # Esc does not open it
    assert lock.isVisible()
    lock.password.setText("wrong-password")
    lock.try_unlock()
    assert "4번 더" in lock.error.text() and lock.isVisible()
    lock.password.setText(OWNER_PASSWORD)
    lock.try_unlock()
    qtbot.waitUntil(lambda: w.session_guard.lock_dialog is None)
    assert search.text() == "아직 저장 안 한 글" and w.isVisible()


def test_the_window_locks_after_the_idle_time(qtbot, desk):
    w = window_for(qtbot, desk)
    w.session_guard.idle_ms = 30  # the setting is in minutes; a short time here
    w.session_guard.idle.start(30)
    qtbot.waitUntil(lambda: w.session_guard.lock_dialog is not None, timeout=3000)


def test_the_status_bar_names_the_user_and_staff_sections_follow_the_permission(qtbot, db, desk, support):
    w = window_for(qtbot, Desk(db, support))
    qtbot.waitUntil(lambda: "지원엔지니어" in w.session_guard.user_label.text())
    assert w.nav.item(w.STAFF).isHidden() and w.nav.item(w.AUDIT).isHidden()
    paa = window_for(qtbot, desk)
    assert not paa.nav.item(paa.STAFF).isHidden() and not paa.nav.item(paa.AUDIT).isHidden()


def test_the_paa_adds_a_bookkeeper_for_two_accounts_in_the_staff_section(qtbot, demo_desk):
    from desktop_app.views.staff.view import StaffView

    view = StaffView(demo_desk)
    qtbot.addWidget(view)
    view.show()
    view.new_user()
    view.login.setText("book")
    view.name.setText("이경리")
    view.password.setText("bookkeeper-pw-1")
    view.feature_boxes[Feature.PAYMENTS].setChecked(True)
    view.feature_boxes[Feature.INVOICES].setChecked(True)
    view.some_accounts.setChecked(True)
    for i in range(view.accounts.count()):
        item = view.accounts.item(i)
        if item.text() in ("한결건설(주)", "푸른숲 디자인"):
            item.setCheckState(item.checkState().Checked)
    view.save_button.click()
    assert view.error.text() == ""
    row = [r for r in view.model.rows() if r.login == "book"][0]
    assert row.features == {Feature.PAYMENTS, Feature.INVOICES}
    assert sorted(row.account_names) == ["푸른숲 디자인", "한결건설(주)"] and not row.all_orders


def test_a_staff_holder_sees_what_they_cannot_grant_disabled_with_the_reason(qtbot, desk):
    from desktop_app.views.staff.view import StaffView

    admin = desk.run(add_user, StaffInput("admin2", "한관리", frozenset({Feature.STAFF, Feature.SUPPORT})), PW)
    view = StaffView(Desk(desk.db, admin))
    qtbot.addWidget(view)
    assert view.feature_boxes[Feature.SUPPORT].isEnabled()
    payments = view.feature_boxes[Feature.PAYMENTS]
    assert not payments.isEnabled() and "S2" in payments.toolTip()
    assert not view.paa.isEnabled() and "S1" in view.paa.toolTip()
    assert not view.reset_button.isEnabled()


def test_the_last_paa_cannot_be_deactivated_and_the_view_says_why(qtbot, desk):
    from desktop_app.views.staff.view import StaffView

    view = StaffView(desk)
    qtbot.addWidget(view)
    view.select_login(desk.actor.login)
    view.active_button.click()
    assert "S1" in view.error.text()


def test_the_audit_log_filters_by_staff_and_exports(qtbot, desk, support, tmp_path):
    from desktop_app.views.audit.view import AuditView

    view = AuditView(desk)
    qtbot.addWidget(view)
    view.show()
    assert [r.action for r in view.model.rows()] == ["create"]
    assert view.model.index(0, 2).data() == "생성" and view.model.index(0, 3).data().startswith("직원 #")
    assert "login: — → cs" in view.model.rows()[0].changes
    view.staff.setCurrentIndex(view.staff.findData(support.id))
    assert view.model.rows() == []
    view.staff.setCurrentIndex(0)
    out = tmp_path / "audit.xlsx"
    view.export(str(out))
    cells = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(cells) == 2 and cells[1][2] == "생성"


def test_what_a_user_may_not_do_is_disabled_with_the_missing_permission(qtbot, demo_desk):
    from desktop_app.services.accounts import account_rows

    keeper = demo_desk.run(add_user, StaffInput("book", "이경리", frozenset({Feature.PAYMENTS, Feature.INVOICES})),
                           PW)
    w = window_for(qtbot, Desk(demo_desk.db, keeper))
    new_account = w.accounts.new_action
    assert not new_account.isEnabled() and "계정·사이트" in new_account.toolTip()
    w.accounts.open_account(demo_desk.read(account_rows)[0].id)
    detail = w.accounts.detail
    assert not detail.add_site_button.isEnabled() and "계정·사이트" in detail.add_site_button.toolTip()
    assert not detail.licences.add_button.isEnabled() and "라이선스" in detail.licences.add_button.toolTip()
    w.nav.setCurrentRow(w.INVOICES)
    invoices = w.sections[w.INVOICES]
    invoices.table.selectRow(0)  # a selection enables the actions the view offers; payments stays allowed
    assert invoices.pay_action.isEnabled() or invoices.pay_action.toolTip() == ""
    w.nav.setCurrentRow(w.QUOTES)
    quotes = w.sections[w.QUOTES]
    quotes.table.selectRow(0)
    assert not quotes.accept_action.isEnabled() and "주문" in quotes.accept_action.toolTip()
