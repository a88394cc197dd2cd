"""Issue 13, wrong results first: the term an order is priced at is the term it charges (C2, P4), Enter on the
order dialog makes no quote, a draft quote made by mistake is discarded, an order with no change is refused."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.errors import UserError
from desktop_app.models import Account, InvoiceRow, OrderRow, QuoteRow
from desktop_app.services import accounts, orders, quotes
from tests.conftest import count, type_text
from tests.support.screens import account_version


@pytest.fixture
def monthly_account(demo_desk):
    """A new account as staff make it: 1-month auto-pay, no sites, no expiry yet."""
    row = demo_desk.run(accounts.create_account, accounts.AccountInput("한결상사", "123-45-67891", email="a@hangyeol.kr"))
    return row.id


def _calc(qtbot, desk):
    from desktop_app.views.calculator.view import CalculatorView

    view = CalculatorView(desk)
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_twelve_month_order_on_a_monthly_account_charges_the_twelve_month_price(qtbot, demo_desk, db,
                                                                                   monthly_account, monkeypatch):
    from desktop_app.views.calculator.order_dialog import OrderDialog

    calc = _calc(qtbot, demo_desk)
    calc.account.setCurrentIndex(calc.account.findData(monthly_account))
    assert calc.term.isEnabled() and calc.term.currentData() == 1
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    calc.grid.rows[0].users.setValue(20)
    # E1: 20 × 4,000 × 12 on the monthly term = 960,000 when months are set to 12 on the 1-month term
    calc.months.setValue(12)
    assert calc.panel.result.priced.supply == 960_000
    assert "1개월" in calc.term_note.text() and "12개월" in calc.term_note.text()
    calc.term.setCurrentIndex(calc.term.findData(12))
    # E2/P4: 20 × 4,000 × 12 = 960,000, 5 % off = 912,000; VAT 91,200; total 1,003,200
    assert calc.panel.result.priced.supply == 912_000
    assert "912,000원" in calc.panel.toPlainText()
    assert "12개월" in calc.term_note.text() and "바뀝니다" in calc.term_note.text()
    seen = {}

    def drive(dialog):
        seen["step1"] = dialog.summary.text()
        dialog.go(1)
        type_text(qtbot, dialog.fields["new_sites[0].subdomain"], "hangyeol-sangsa")
        type_text(qtbot, dialog.fields["new_sites[0].admin_name"], "kim")
        type_text(qtbot, dialog.fields["new_sites[0].admin_login"], "admin")
        dialog.go(2)
        seen["step3"] = dialog.total_label.text()
        dialog.terms.setChecked(True)
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
        seen["general"] = dialog.general.text()
        seen["errors"] = {k: v.text() for k, v in dialog.errors.items() if v.text()}
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", drive)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    qtbot.mouseClick(calc.order_button, Qt.MouseButton.LeftButton)
    assert seen["general"] == "" and not seen["errors"], seen
    assert "계약 기간: 12개월" in seen["step1"] and "912,000원" in seen["step1"]
    assert "1,003,200원" in seen["step3"]
    with db.session() as s:
        order = s.query(OrderRow).filter_by(account_id=monthly_account).one()
        assert (order.supply, order.vat, order.total) == (912_000, 91_200, 1_003_200)
        invoice = s.query(InvoiceRow).filter_by(order_id=order.id).one()
        assert invoice.total == 1_003_200
        account = s.get(Account, monthly_account)
        assert account.term_months == 12  # C2: the order's term recorded on the account
        assert account.expires_on == dt.date(2027, 11, 21)  # 12 months from 2026-11-22


def test_enter_on_the_order_dialog_makes_no_quote_and_a_draft_can_be_discarded(qtbot, demo_desk, db,
                                                                               monthly_account, monkeypatch):
    from desktop_app.views.calculator.order_dialog import OrderDialog
    from desktop_app.views.quotes.view import QuotesView

    calc = _calc(qtbot, demo_desk)
    calc.account.setCurrentIndex(calc.account.findData(monthly_account))
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    dialog = OrderDialog(demo_desk, calc.context, calc.grid.values(), 1, "", calc)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.quote_button.isDefault() and not dialog.quote_button.autoDefault()
    assert dialog.next.isDefault()
    before = count(db, QuoteRow)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert count(db, QuoteRow) == before  # no numbered document by Enter
    assert dialog.stack.currentIndex() == 1  # Enter went on to the next step
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the last step has no default: Enter places no order
    assert dialog.isVisible() and count(db, OrderRow) == 0
    # a quote made on purpose, then discarded: it stays as 폐기 and the next quote takes a new number
    made = dialog.make_quote()
    with db.session() as s:
        number = s.get(QuoteRow, made).number
    view = QuotesView(demo_desk)
    qtbot.addWidget(view)
    view.select_quote(made)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.discard()
    with db.session() as s:
        assert s.get(QuoteRow, made).status == "discarded"
    assert made not in [r.id for r in view.model.rows()]  # gone from the list, kept as a tombstone
    again = demo_desk.run(quotes.quote_for_order, dialog._input(priced_only=True), __import__(
        "desktop_app.settings", fromlist=["Settings"]).Settings())
    assert again.number != number  # I1: a discarded number is not handed out again
    demo_desk.run(quotes.mark_sent, again.id)
    with db.session() as s:
        seen = s.get(QuoteRow, again.id).version  # the sent quote as the list now shows it
    with pytest.raises(UserError) as refused:
        demo_desk.run(quotes.discard_quote, again.id, seen)
    assert again.number in refused.value.message and "보낸 견적" in refused.value.message


def test_an_order_with_no_change_is_refused_with_the_reason(qtbot, calc, demo_desk, db):
    calc.account.setCurrentIndex(calc.account.findData(2))  # 대성정밀: a paid site, left as it is
    assert not calc.order_button.isEnabled()
    assert "바뀌는 것이 없어" in calc.order_button.toolTip()
    calc.grid.rows[0].users.setValue(calc.grid.rows[0].users.value() + 1)
    assert calc.order_button.isEnabled() and calc.order_button.toolTip() == ""
    with db.session() as s:
        site = s.get(Account, 2).sites[0]
        change = orders.change_from_site(site)
    invoices_before = count(db, InvoiceRow)
    with pytest.raises(UserError) as refused:
        demo_desk.run(orders.place_order, orders.OrderInput(2, changes=[change], terms_accepted=True,
                                                            account_version=account_version(demo_desk, 2)))
    assert "바뀌는 것이 없습니다" in refused.value.message
    assert count(db, OrderRow) == 0 and count(db, InvoiceRow) == invoices_before


def test_after_an_order_the_invoice_is_named_opened_and_paid_as_ordered(qtbot, demo_desk, db, tmp_path,
                                                                         monkeypatch):
    from PySide6.QtCore import QSettings

    from desktop_app.settings import Settings
    from desktop_app.views.calculator.order_dialog import OrderDialog
    from desktop_app.views.invoices.payment_dialog import PaymentDialog
    from desktop_app.views.main_window import MainWindow

    w = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(MainWindow.CALCULATOR)
    calc = w.stack.currentWidget()
    calc.account.setCurrentIndex(calc.account.findData(2))
    calc.grid.rows[0].users.setValue(calc.grid.rows[0].users.value() + 5)

    def drive(dialog):
        dialog.go(2)
        dialog.payment_buttons["virtual_account"].setChecked(True)
        dialog.terms.setChecked(True)
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", drive)
    qtbot.mouseClick(calc.order_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        invoice = s.query(InvoiceRow).filter(InvoiceRow.order_id.isnot(None)).one()
        number, invoice_id = invoice.number, invoice.id
    box = calc.done_box
    assert number in box.text()
    open_button = box.defaultButton()
    assert open_button.text() == "청구서 열기"
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    invoices_view = w.stack.currentWidget()
    assert w.nav.currentRow() == MainWindow.INVOICES
    qtbot.waitUntil(lambda: [r.id for r in invoices_view.selected()] == [invoice_id])  # the list reads on a worker
    assert number in invoices_view.detail.text()
    # the payment dialog starts with the order's payment method; the memo is shown with the payment
    dialog = PaymentDialog(demo_desk, invoice_id, invoices_view)
    qtbot.addWidget(dialog)
    assert dialog.method.currentData() == "virtual_account"
    type_text(qtbot, dialog.note, "ibk 0417")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    invoices_view.reload()
    invoices_view.select_invoice(invoice_id)
    qtbot.waitUntil(lambda: "메모: ibk 0417" in invoices_view.detail.text())
