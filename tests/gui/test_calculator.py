"""The calculator as a user drives it: the source's figures on screen, refusals at the field, change orders."""

import json
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt

from desktop_app.models import Account, OrderRow, Site
from desktop_app.settings import Settings
from desktop_app.views.calculator.view import CalculatorView
from desktop_app.views.main_window import MainWindow
from tests.conftest import ROOT, TODAY, count, type_text


def panel_text(view):
    return view.panel.toPlainText()


def test_source_figures_monthly_against_annual_for_twenty_users(calc):
    calc.grid.rows[0].users.setValue(20)
    text = panel_text(calc)
    assert "1개월 자동 결제 × 12개월" in text and "960,000원" in text
    assert "12개월 계약" in text and "P4" in text and "912,000원" in text
    assert "48,000원" in text  # the saving
    calc.term.setCurrentIndex(calc.term.findData(12))
    assert calc.months.value() == 12
    assert "-48,000원" in panel_text(calc) and "합계" in panel_text(calc)
    assert calc.panel.result.priced.supply == 912_000


def test_nine_users_on_a_paid_package_is_shown_at_the_field(qtbot, calc):
    row = calc.grid.rows[0]
    row.users.selectAll()
    type_text(qtbot, row.users, "9")
    assert row.users.value() == 9
    assert "P1" in row.error.text() and row.error.isVisibleTo(calc)
    assert "border" in row.users.styleSheet()
    assert "계산할 수 없습니다" in panel_text(calc)
    row.package.setCurrentIndex(row.package.findData("free"))
    assert not row.error.isVisibleTo(calc)
    assert calc.panel.result.priced.supply == 0


def test_companies_are_added_named_and_removed(qtbot, calc):
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    assert calc.grid.names() == ["회사1", "회사2", "회사3"]
    calc.grid.rows[1].name.clear()
    type_text(qtbot, calc.grid.rows[1].name, "부산지사")
    assert [s.name for s in calc.panel.result.priced.sites] == ["회사1", "부산지사", "회사3"]
    qtbot.mouseClick(calc.grid.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in calc.panel.result.priced.sites] == ["부산지사", "회사3"]
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    assert calc.grid.names()[-1] == "회사1"  # the first free number


def test_addons_and_a_discount_code(qtbot, calc, demo_desk):
    from desktop_app.services import discounts

    demo_desk.run(discounts.create_code, discounts.CodeInput("SPRING", "amount", "5000"))
    calc.grid.rows[0].addon_spins["storage-10gb"].setValue(2)
    assert calc.panel.result.priced.supply == 40_000 + 20_000
    type_text(qtbot, calc.code_edit, "spring")
    qtbot.keyClick(calc.code_edit, Qt.Key.Key_Return)
    assert calc.panel.result.priced.code_discount == 5_000 and "할인코드 SPRING" in panel_text(calc)
    calc.code_edit.clear()
    type_text(qtbot, calc.code_edit, "nope")
    qtbot.keyClick(calc.code_edit, Qt.Key.Key_Return)
    assert "P5" in calc.code_error.text()
    assert calc.panel.result.priced.code_discount == 0


def test_change_order_shows_the_same_proration_as_the_price_command(qtbot, calc, db, tmp_path):
    with db.session() as s:
        account = s.get(Account, 6)
        expiry = account.expires_on
        site = s.query(Site).filter_by(subdomain="mirae-edu").one()
        users = site.users
    calc.account.setCurrentIndex(calc.account.findData(6))
    assert calc.term.currentData() == 1  # the account's own term, unless the order changes it (C2)
    assert not calc.policy.isEnabled() and calc.policy.toolTip()
    row = next(r for r in calc.grid.rows if r.site_id == site.id)
    row.users.setValue(users + 25)
    on_screen = calc.panel.result.priced
    request = {"catalog": "daouoffice", "term_months": 1, "date": TODAY.isoformat(), "expires_on": expiry.isoformat(),
               "sites": [{"name": "미래교육", "edition": "enterprise", "package": "standard", "users": users + 25,
                          "current": {"edition": "enterprise", "package": "standard", "users": users}}]}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, "main.py", "price", str(path)], cwd=ROOT, capture_output=True, text=True)
    cli = json.loads(out.stdout)
    proration = next(ln for s in on_screen.sites for ln in s.lines if ln.item == "proration")
    assert proration.amount == cli["sites"][0]["lines"][0]["amount"] == on_screen.supply
    # by hand: 80 → 105 users, enterprise Standard 5,000, 4.0 bands: 387,500 → 505,000 a month; the expiry
    # (2027-01-01) is 40 days away, so the current term 2026-12-02 to 2027-01-01 lies wholly ahead: × 31 ÷ 31
    assert (users, proration.amount) == (80, 117_500)
    assert "일할 계산" in panel_text(calc)


def test_forbidden_operations_are_disabled_with_the_reason(calc):
    calc.account.setCurrentIndex(calc.account.findData(3))  # 푸른숲: a free site
    row = calc.grid.rows[0]
    assert not row.extend.isEnabled() and "§5" in row.extend.toolTip()
    calc.account.setCurrentIndex(calc.account.findData(4))  # 새벽물류: expired
    row = calc.grid.rows[0]
    assert not row.users.isEnabled() and "O2" in row.error.text()
    calc.account.setCurrentIndex(calc.account.findData(2))  # 대성정밀: paid
    row = calc.grid.rows[0]
    free = row.package.findData("free")
    assert not row.package.model().item(free).isEnabled()


def test_placing_a_new_site_order_in_three_steps(qtbot, calc, db, monkeypatch):
    from desktop_app.views.calculator.order_dialog import OrderDialog

    calc.account.setCurrentIndex(calc.account.findData(1))
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    new_row = calc.grid.rows[-1]
    new_row.users.setValue(15)
    seen = {}

    def drive(dialog):
        seen["dialog"] = dialog
        assert "합계" in dialog.summary.text()
        dialog.go(2)
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)  # no terms, no opening details
        assert "O5" in dialog.errors["terms_accepted"].text() and not dialog.errors["terms_accepted"].isHidden()
        dialog.terms.setChecked(True)
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
        assert dialog.stack.currentIndex() == 1  # back to the opening details, errors at the fields
        assert dialog.errors["new_sites[0].subdomain"].text()
        type_text(qtbot, dialog.fields["new_sites[0].subdomain"], "hanbit-jeju")
        type_text(qtbot, dialog.fields["new_sites[0].admin_name"], "고관리")
        type_text(qtbot, dialog.fields["new_sites[0].admin_login"], "admin")
        dialog.payment_buttons["virtual_account"].setChecked(True)
        dialog.go(2)
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", drive)
    monkeypatch.setattr("desktop_app.views.calculator.view.QMessageBox.information", lambda *a: None)
    qtbot.mouseClick(calc.order_button, Qt.MouseButton.LeftButton)
    assert count(db, OrderRow) == 1
    with db.session() as s:
        order = s.query(OrderRow).one()
        assert order.payment_method == "virtual_account"
        site = s.query(Site).filter_by(subdomain="hanbit-jeju").one()
        assert (site.users, site.state.value) == (15, "pending")


def test_calculator_section_in_the_main_window(qtbot, demo_desk, tmp_path):
    w = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.nav.setCurrentRow(w.CALCULATOR)
    assert isinstance(w.stack.currentWidget(), CalculatorView)
