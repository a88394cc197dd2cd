"""The English interface shows no Korean message: refusals from the services and pricing, the billing report and
the database's own messages are translated where they are shown (the translator installed as app.py does)."""

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.models import Account, PaymentRow
from desktop_app.settings import Settings
from tests.conftest import TODAY, count, type_text

HANGUL = re.compile(r"[가-힣]")


@pytest.fixture
def english(qapp):
    from desktop_app.app import install_translators

    kept = install_translators(qapp, "en")
    assert kept, "the English .qm file did not load"
    _forget_translated_names()
    yield
    for t in kept:
        qapp.removeTranslator(t)
    install_translators(qapp, "ko")
    _forget_translated_names()


def _forget_translated_names() -> None:
    """Names the views translate once and keep (the language does not change while the program runs)."""
    from desktop_app.views.support import texts

    for fn in vars(texts).values():
        if callable(getattr(fn, "cache_clear", None)):
            fn.cache_clear()


def english_only(text: str) -> str:
    assert text.strip(), "nothing was shown"
    assert not HANGUL.search(text), f"Korean in the English interface: {text!r}"
    return text


def message(widget):
    boxes = [b for b in widget.findChildren(QMessageBox, "message") if b.isVisible()]
    return boxes[-1] if boxes else None


def test_an_invalid_account_is_refused_in_english_at_its_fields(qtbot, english, demo_desk, db):
    from desktop_app.views.accounts.account_dialog import AccountDialog

    dialog = AccountDialog(demo_desk)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.brn, "220-81-62518")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert "check digit" in english_only(dialog.error_text("business_number"))
    assert "K-BRN" in dialog.error_text("business_number")
    assert english_only(dialog.error_text("name")) == "Enter the company name."
    assert count(db, Account) == 8


def test_a_refused_order_says_why_in_english(qtbot, english, demo_desk, db, monkeypatch):
    from desktop_app.views.calculator.order_dialog import OrderDialog
    from desktop_app.views.calculator.view import CalculatorView

    calc = CalculatorView(demo_desk)
    qtbot.addWidget(calc)
    calc.show()
    row = calc.grid.rows[0]
    row.users.setValue(9)  # a paid package for nine users (P1)
    assert "at least 10 users (P1)" in english_only(row.error.text())
    row.users.setValue(15)
    calc.account.setCurrentIndex(calc.account.findData(4))  # 새벽물류: an expired site (O2)
    assert "(O2)" in english_only(calc.grid.rows[0].error.text())
    calc.account.setCurrentIndex(calc.account.findData(1))
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    calc.grid.rows[-1].users.setValue(15)
    seen = {}

    def drive(dialog):
        dialog.go(2)
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)  # no terms, no payment, no opening details
        seen["terms"] = dialog.errors["terms_accepted"].text()
        seen["payment"] = dialog.errors["payment_method"].text()
        seen["subdomain"] = dialog.errors["new_sites[0].subdomain"].text()
        return 0

    monkeypatch.setattr(OrderDialog, "exec", drive)
    qtbot.mouseClick(calc.order_button, Qt.MouseButton.LeftButton)
    assert "(O5)" in english_only(seen["terms"])
    assert english_only(seen["subdomain"]) == "Enter the access address (sub-domain). (O4)"


def test_an_over_payment_is_refused_in_english(qtbot, english, demo_desk, db):
    from desktop_app.services import billing
    from desktop_app.views.invoices.payment_dialog import PaymentDialog

    billing.run(db, TODAY, Settings())  # the renewal of 110,000 won due this week
    with db.session() as s:
        from desktop_app.models import InvoiceRow

        invoice_id = s.query(InvoiceRow.id).filter_by(kind="renewal").scalar()
    dialog = PaymentDialog(demo_desk, invoice_id)
    qtbot.addWidget(dialog)
    dialog.amount.setText("200,000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert english_only(dialog.error_text("amount")) == (
        "The payment of 200,000 won is more than the 110,000 won left to pay. Over-payments are not accepted: "
        "record 110,000 won and refund the difference.")
    dialog.amount.setText("12x")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert english_only(dialog.error_text("amount")) == "Enter the amount as whole won (e.g. 110,000)."
    assert count(db, PaymentRow) == 5  # the demo's, nothing added


def test_the_billing_run_report_is_english(qtbot, english, demo_desk, db):
    from desktop_app.views.invoices.view import InvoicesView

    view = InvoicesView(demo_desk)
    qtbot.addWidget(view)
    view.show()
    view.billing_run().wait()
    qtbot.waitUntil(lambda: message(view) is not None, timeout=10_000)
    text = english_only(message(view).text())
    assert text.startswith(f"Billing run {TODAY}: 1 invoice(s) issued")
    assert "  issued INV-2026-" in text


def test_the_status_bar_and_a_service_refusal_in_the_main_window(qtbot, english, demo_desk, tmp_path):
    from desktop_app.views.main_window import MainWindow

    w = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(w.ACCOUNTS)  # Today is the first screen; the accounts section says its count
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() != "")
    assert english_only(w.statusBar().currentMessage()) == "8 accounts"


@pytest.mark.parametrize("lang, setting", [("en", "ko"), (None, "en")])
def test_lang_en_and_the_setting_install_the_same_translator(qapp, monkeypatch, tmp_path, lang, setting):
    """`--lang en` and the language setting go through the same door (the installed translator), which is the
    only thing the views consult to show a message: the two starts show the same texts."""
    from desktop_app import app

    chosen = []
    monkeypatch.setattr(app, "install_translators", lambda a, language: chosen.append(language) or [])
    monkeypatch.setattr(app, "build", lambda *a, **k: (_ for _ in ()).throw(app.UserError("stop")))
    monkeypatch.setattr(app.QMessageBox, "critical", lambda *a: None)
    monkeypatch.setattr(app, "Settings", lambda: Settings(tmp_path / "s.json"))
    s = Settings(tmp_path / "s.json")
    s.set("language", setting)
    s.save()
    assert app.run(None, lang=lang) == 2
    assert chosen == ["en"]


def test_a_locked_database_is_explained_in_english(qtbot, english, demo_desk, db, db_path):
    """Another program holds the database file: the save is refused with the database's own message, in the
    interface language, at the dialog."""
    import sqlite3

    from desktop_app.views.accounts.account_dialog import AccountDialog

    dialog = AccountDialog(demo_desk)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "Gana Corp")
    type_text(qtbot, dialog.brn, "220-81-62517")
    holder = sqlite3.connect(db_path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    finally:
        holder.rollback()
        holder.close()
    text = english_only(dialog.general_error.text())
    assert "is in use by another program" in text and "Nothing was saved." in text
    assert count(db, Account) == 8
