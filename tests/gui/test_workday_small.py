"""Issue 13 items 6, 10, 11, 12: dialogs grow to show a whole error, rule ids for staff only (a tooltip or a
column asked for), Qt's own Korean for standard dialogs, file dialogs in the documents folder or the last one
used, round chart ticks."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import InvoiceRow
from desktop_app.views.invoices.chart import axis_ticks
from desktop_app.views.invoices.payment_dialog import PaymentDialog
from tests.conftest import type_text
from tests.support.screens import account_version


def test_the_chart_axis_has_round_steps():
    assert axis_ticks(840_153) == [0, 250_000, 500_000, 750_000, 1_000_000]
    assert axis_ticks(1_003_200) == [0, 500_000, 1_000_000, 1_500_000]
    assert axis_ticks(99) == [0, 25, 50, 75, 100]


def test_rule_ids_are_in_a_tooltip_and_a_column_only_when_asked_for(calc):
    from PySide6.QtCore import Qt

    calc.grid.rows[0].users.setValue(20)
    calc.term.setCurrentIndex(calc.term.findData(12))
    panel = calc.panel
    assert panel.isColumnHidden(1)
    model = panel.model()
    row = next(r for r in range(model.rowCount()) if "연간 계약 할인" in model.index(r, 0).data())
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "연간 계약 할인" in tip and "규칙: P4" in tip
    assert "P4" not in model.index(row, 0).data()  # the line itself reads as words
    panel.rules_action.setChecked(True)
    assert not panel.isColumnHidden(1) and model.index(row, 1).data() == "P4"


def test_a_dialog_grows_to_show_the_whole_error(qtbot, demo_desk, db):
    from desktop_app.models import Account
    from desktop_app.services import orders

    with db.session() as s:
        site = s.get(Account, 2).sites[0]
        change = orders.change_from_site(site, users=site.users + 3)
    order = demo_desk.run(orders.place_order, orders.OrderInput(2, changes=[change], terms_accepted=True,
                                                                account_version=account_version(demo_desk, 2)))
    with db.session() as s:
        invoice = s.query(InvoiceRow).filter_by(order_id=order.id).one()
        invoice_id, total = invoice.id, invoice.total
    dialog = PaymentDialog(demo_desk, invoice_id)
    qtbot.addWidget(dialog)
    dialog.resize(360, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, str(total + 12_345))  # an over-payment: refused with what is left
    before = dialog.height()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    error = dialog._errors["amount"]
    assert error.isVisible() and "남은 금액" in error.text()
    assert dialog.height() > before
    assert error.height() >= error.heightForWidth(error.width())  # every line of it on screen
    assert error.geometry().bottom() <= error.parentWidget().height()


def test_qt_standard_dialogs_speak_korean(qapp):
    from desktop_app.app import install_translators

    kept = install_translators(qapp, "ko")
    try:
        assert kept, "qtbase_ko.qm was not loaded"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
        assert QCoreApplication.translate("QFileDialog", "Open") == "열기"
    finally:
        for translator in kept:
            qapp.removeTranslator(translator)


def test_file_dialogs_start_in_the_documents_folder_then_the_last_one_used(tmp_path):
    from desktop_app.views.common import files

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert files.start_folder() in (documents, str(Path.home()))
    assert Path(files.start_folder()).resolve() != Path.cwd().resolve() or documents == str(Path.cwd())
    used = tmp_path / "exports"
    used.mkdir()
    files.remember(str(used / "청구서.xlsx"))
    assert files.start_folder() == str(used)
    seal = tmp_path / "seals" / "seal.png"
    seal.parent.mkdir()
    seal.write_bytes(b"x")
    assert files.start_folder(str(seal)) == str(seal.parent)  # the folder of the file being replaced
