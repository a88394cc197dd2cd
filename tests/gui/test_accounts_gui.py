"""The accounts section driven as a user would, with qtbot: search, filter, dialogs, errors at the field."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import Account, NamedUser, Site
from desktop_app.settings import Settings
from desktop_app.views.accounts.account_dialog import AccountDialog
from desktop_app.views.accounts.named_user_dialog import NamedUserDialog
from desktop_app.views.accounts.site_dialog import SiteDialog
from desktop_app.views.common.csv_import_dialog import CsvImportDialog
from desktop_app.views.main_window import MainWindow
from tests.conftest import count, type_text
from tests.support.screens import account_version


@pytest.fixture
def window(qtbot, demo_desk, tmp_path):
    w = MainWindow(demo_desk, Settings(tmp_path / "settings.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def shown_names(view):
    return [view.model.row(i).name for i in range(view.model.rowCount())]


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_demo_accounts_are_listed_in_korean(window):
    view = window.accounts
    assert view.model.rowCount() == 8
    assert "(주)한빛소프트웨어" in shown_names(view)
    assert window.nav.item(window.ACCOUNTS).text().startswith("고객 계정·사이트")
    window.nav.setCurrentRow(window.ACCOUNTS)
    assert window.statusBar().currentMessage() == "고객 계정 8개"  # the status bar speaks of this section


def test_search_by_name_number_and_subdomain(qtbot, window):
    view = window.accounts
    type_text(qtbot, view.search, "대성")
    assert shown_names(view) == ["대성정밀 주식회사"]
    view.search.clear()
    type_text(qtbot, view.search, "1018102348")  # the number typed without hyphens
    assert shown_names(view) == ["대성정밀 주식회사"]
    view.search.clear()
    type_text(qtbot, view.search, "mirae-camp")
    assert shown_names(view) == ["미래교육재단"]
    view.search.clear()
    assert view.model.rowCount() == 8


def test_filter_by_site_state(window):
    view = window.accounts
    view.state_filter.setCurrentIndex(view.state_filter.findData("expired"))
    assert shown_names(view) == ["새벽물류(주)"]
    view.state_filter.setCurrentIndex(view.state_filter.findData("pending"))
    assert shown_names(view) == ["(주)한빛소프트웨어"]


def test_selecting_an_account_shows_its_sites_and_licences(window):
    view = window.accounts
    view.select_account(next(r.id for r in view.model.rows() if r.name == "(주)한빛소프트웨어"))
    assert view.detail.heading.text() == "(주)한빛소프트웨어"
    assert view.detail.site_model.rowCount() == 3
    view.detail.sites.selectRow(0)
    assert "구매 45석" in view.detail.licences.summary.text()


def test_invalid_registration_number_is_shown_at_its_field_and_nothing_saved(qtbot, demo_desk, db):
    dialog = AccountDialog(demo_desk)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "새회사")
    type_text(qtbot, dialog.brn, "220-81-62518")
    save(qtbot, dialog)
    assert "검증번호" in dialog.error_text("business_number")
    assert dialog.error_text("name") == ""
    assert dialog.result() == 0
    assert count(db, Account) == 8
    qtbot.keyClick(dialog.brn, Qt.Key.Key_Backspace)
    assert dialog.error_text("business_number") == ""  # typing clears the old message


def test_a_valid_account_is_added_and_selected(qtbot, window, db, monkeypatch):
    view = window.accounts

    def fill_and_save(dialog):
        type_text(qtbot, dialog.name, "가나다 주식회사")
        type_text(qtbot, dialog.brn, "220-81-62517")
        save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", fill_and_save)
    view.new_action.trigger()
    assert count(db, Account) == 9
    assert "가나다 주식회사" in shown_names(view)
    assert view.detail.heading.text() == "가나다 주식회사"


def test_site_dialog_errors_at_fields_for_duplicate_subdomain_and_p1(qtbot, demo_desk, db):
    dialog = SiteDialog(demo_desk, account_id=1)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "회사1"
    type_text(qtbot, dialog.admin_name, "김관리")
    type_text(qtbot, dialog.admin_login, "admin")
    type_text(qtbot, dialog.subdomain, "daesung")
    dialog.package.setCurrentIndex(dialog.package.findData("standard"))
    dialog.users.setValue(9)
    save(qtbot, dialog)
    assert "이미 다른 사이트" in dialog.error_text("subdomain")
    assert "P1" in dialog.error_text("users")
    assert count(db, Site) == 11
    dialog.subdomain.clear()
    type_text(qtbot, dialog.subdomain, "hanbit-daegu")
    dialog.users.setValue(10)
    save(qtbot, dialog)
    assert dialog.result() == 1
    assert count(db, Site) == 12


def test_opened_site_shows_its_subdomain_read_only(qtbot, demo_desk):
    from desktop_app.services import sites

    row = demo_desk.read(sites.site_rows, 1)[0]
    dialog = SiteDialog(demo_desk, 1, row)
    qtbot.addWidget(dialog)
    assert dialog.subdomain.isReadOnly()


def test_add_a_named_user_then_refuse_a_bad_email(qtbot, demo_desk, db):
    before = count(db, NamedUser)
    dialog = NamedUserDialog(demo_desk, site_id=1)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "홍길동")
    type_text(qtbot, dialog.email, "hong-at-hanbit")
    save(qtbot, dialog)
    assert "이메일 주소 형식" in dialog.error_text("email")
    assert count(db, NamedUser) == before
    dialog.email.clear()
    type_text(qtbot, dialog.email, "hong@hanbit.co.kr")
    save(qtbot, dialog)
    assert dialog.result() == 1 and count(db, NamedUser) == before + 1


def test_csv_import_dialog_reports_bad_rows_and_says_what_was_imported(qtbot, demo_desk, db, tmp_path):
    path = tmp_path / "users.csv"
    path.write_text("name,email\n홍길동,hong@hanbit.co.kr\n,nobody@hanbit.co.kr\n", encoding="utf-8")
    before = count(db, NamedUser)
    dialog = CsvImportDialog(demo_desk, site_id=1)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert "1개" in dialog.summary.text() and "잘못된 줄 1개" in dialog.summary.text()
    assert "3번째 줄" in dialog.details.toPlainText()
    assert count(db, NamedUser) == before  # nothing until the user asks
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "1명을 가져왔습니다" in dialog.summary.text() and "1줄은 가져오지 않았습니다" in dialog.summary.text()
    assert count(db, NamedUser) == before + 1
    assert not dialog.import_button.isEnabled()


def test_csv_import_of_a_broken_file_imports_nothing(qtbot, demo_desk, db, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes(b"col1;col2\n1;2\n")
    dialog = CsvImportDialog(demo_desk, site_id=1)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert "머리글" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_deactivate_a_named_user_from_the_panel(qtbot, window):
    view = window.accounts
    view.select_account(1)
    view.detail.sites.selectRow(0)
    panel = view.detail.licences
    before = panel.summary.text()
    panel.table.selectRow(0)
    assert panel.toggle_button.text() == "비활성화"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert panel.summary.text() != before


def test_window_size_and_layout_are_remembered(qtbot, demo_desk, tmp_path):
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    first = MainWindow(demo_desk, Settings(tmp_path / "s.json"), state)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 580)  # within the 800×600 offscreen screen, above the minimum size
    first.accounts.table.horizontalHeader().resizeSection(0, 333)
    first.close()
    second = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                        QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 580)
    assert second.accounts.table.horizontalHeader().sectionSize(0) == 333


def test_english_interface_from_the_translation_file(qtbot, demo_desk, tmp_path, qapp):
    from desktop_app.app import install_translators

    kept = install_translators(qapp, "en")
    try:
        assert kept, "the English .qm file did not load"
        w = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                       QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        assert w.nav.item(w.ACCOUNTS).text().startswith("Accounts & sites")
        assert w.accounts.model.headerData(0, Qt.Orientation.Horizontal) == "Account"
    finally:
        for t in kept:
            qapp.removeTranslator(t)


def test_the_open_account_stays_open_while_the_filter_still_matches_it(qtbot, window):
    view = window.accounts
    view.select_account(next(r.id for r in view.model.rows() if r.name == "미래교육재단"))
    type_text(qtbot, view.search, "mirae")
    assert view.detail.heading.text() == "미래교육재단"
    type_text(qtbot, view.search, "-x")
    assert view.model.rowCount() == 0
    assert view.detail.account_id is None


def test_the_account_shows_its_orders(qtbot, window, demo_desk):
    from desktop_app.services import orders

    demo_desk.run(orders.place_order, orders.OrderInput(1, [orders.NewSite(
        "제주지사", "standard", 12, "service", subdomain="hanbit-jeju", admin_name="고관리", admin_login="admin")],
        terms_accepted=True, account_version=account_version(demo_desk, 1)))
    view = window.accounts
    view.detail.account_id = None
    view.select_account(1)
    model = view.detail.order_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "신규" and model.data(model.index(0, 3)) == "제주지사"


def test_naver_site_tab_reserves_and_adds_storage(qtbot, window):
    view = window.accounts
    view.select_account(5)  # 온누리 헬스케어: a NAVER WORKPLACE trial
    view.detail.sites.selectRow(0)
    detail = view.detail
    assert detail.tabs.isTabVisible(detail.naver_tab)
    panel = detail.naver
    assert "삭제" in panel.warnings.text()  # W2: the trial ends within 7 days with nothing reserved
    panel.plan.setCurrentIndex(panel.plan.findData("collabo_plus"))
    qtbot.mouseClick(panel.reserve_button, Qt.MouseButton.LeftButton)
    assert "Collabo+" in panel.info.text() and "삭제" not in panel.warnings.text()
    assert not panel.upgrade_button.isEnabled() and "W3" in panel.upgrade_button.toolTip()
    assert not panel.return_tb.isEnabled()
    qtbot.mouseClick(panel.add_tb, Qt.MouseButton.LeftButton)
    assert "추가 1TB" in panel.info.text() and panel.return_tb.isEnabled()
    view.select_account(1)
    view.detail.sites.selectRow(0)
    assert not detail.tabs.isTabVisible(detail.naver_tab)
