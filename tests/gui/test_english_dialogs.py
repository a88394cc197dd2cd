"""Issue 14: the dialogs in English — no tooltip, placeholder, status tip or window title in Korean, and the
amounts in won read "… won" (the payment dialog's invoice line, the order dialog's total)."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.settings import Settings
from tests.gui.test_english_messages import english  # noqa: F401  (the fixture)

HANGUL = re.compile(r"[가-힣]")


def korean_hints(dialog: QWidget) -> list[tuple[str, str, str]]:
    found = []
    for w in (dialog, *dialog.findChildren(QWidget)):
        hints = [("tooltip", w.toolTip()), ("status tip", w.statusTip()), ("what's this", w.whatsThis())]
        if hasattr(w, "placeholderText"):
            hints.append(("placeholder", w.placeholderText()))
        if w is dialog:
            hints.append(("title", w.windowTitle()))
        hints += [("action tooltip", a.toolTip()) for a in w.actions()]
        found += [(kind, type(w).__name__, text) for kind, text in hints if text and HANGUL.search(text)]
    return found


def test_dialog_hints_are_english(qtbot, english, demo_desk, tmp_path):  # noqa: F811
    from desktop_app.services import support_detail
    from desktop_app.views.accounts.account_dialog import AccountDialog
    from desktop_app.views.accounts.named_user_dialog import NamedUserDialog
    from desktop_app.views.accounts.site_dialog import SiteDialog
    from desktop_app.views.catalog.code_dialog import CodeDialog
    from desktop_app.views.common.csv_import_dialog import CsvImportDialog
    from desktop_app.views.invoices.correction_dialog import CorrectionDialog
    from desktop_app.views.invoices.payment_dialog import PaymentDialog
    from desktop_app.views.quotes.send_dialog import SendQuoteDialog
    from desktop_app.views.settings.dialog import SettingsDialog
    from desktop_app.views.signin.dialogs import ChangePasswordDialog, LockDialog, SignInDialog
    from desktop_app.views.support.request_dialog import RequestDialog
    from desktop_app.views.support.triage import TriageView
    from desktop_app.views.today.search_dialog import SearchDialog
    from tests.unit.test_quotes import make

    d = demo_desk
    quote = make(d)
    choices = d.read(support_detail.support_choices)
    dialogs = {
        "account": AccountDialog(d), "account edit": AccountDialog(d, 1), "site": SiteDialog(d, 1),
        "named user": NamedUserDialog(d, 1), "csv import": CsvImportDialog(d, 1), "discount code": CodeDialog(d),
        "payment": PaymentDialog(d, 1), "correction": CorrectionDialog(d, 1),
        "send quote": SendQuoteDialog(d, quote.id, "subject"), "settings": SettingsDialog(Settings(tmp_path / "s.json")),
        "sign in": SignInDialog(d.db, "x"), "lock": LockDialog(d), "password": ChangePasswordDialog(d),
        "triage": TriageView(d), "search": SearchDialog(d),
        **{f"request {k}": RequestDialog(d, k, choices) for k in ("remote_hands", "incident", "site_visit", "shipping")},
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        assert korean_hints(dialog) == [], name
    invoice_line = [w.text() for w in dialogs["payment"].findChildren(QLabel) if "INV-" in w.text()]
    assert invoice_line == ["INV-2026-000001 · 125,730 won (0 won outstanding)"]


def test_the_order_dialog_total_is_in_english(qtbot, english, demo_desk):  # noqa: F811
    from desktop_app.services import accounts
    from desktop_app.views.calculator.order_dialog import OrderDialog
    from tests.gui.test_workday_orders import _calc

    row = demo_desk.run(accounts.create_account, accounts.AccountInput("Hangyeol", "123-45-67891", email="a@hg.kr"))
    calc = _calc(qtbot, demo_desk)
    calc.account.setCurrentIndex(calc.account.findData(row.id))
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    dialog = OrderDialog(demo_desk, calc.context, calc.grid.values(), 1, "", calc)
    qtbot.addWidget(dialog)
    # one new Standard Service site, 10 users, 1 month: 4,000 won × 10 = 40,000 + 10% VAT (the calculator's default row)
    assert dialog.total_label.text() == "Amount to pay: 44,000 won (VAT included)"
    assert korean_hints(dialog) == []
