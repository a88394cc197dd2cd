"""The invoices view as staff use it: filters with totals, payments through the dialog, printing and saving
many, the Excel export, a billing run, a correction, the history chart."""


import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from desktop_app.models import InvoiceRow, PaymentRow
from desktop_app.services import billing
from desktop_app.settings import Settings
from desktop_app.views.common.pdf_pages import print_pdfs
from desktop_app.views.invoices.correction_dialog import CorrectionDialog
from desktop_app.views.invoices.payment_dialog import PaymentDialog
from desktop_app.views.invoices.view import InvoicesView
from tests.conftest import TODAY, count


@pytest.fixture
def view(qtbot, demo_desk, db):
    billing.run(db, TODAY, Settings())  # the renewal due this week joins the demo's usage invoices
    v = InvoicesView(demo_desk)
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    settle(qtbot, v)
    return v


def settle(qtbot, view):
    """The list is read on a worker thread: wait until the newest request is on screen."""
    qtbot.waitUntil(lambda: not view.loads.busy, timeout=10_000)


def message(widget):
    boxes = [b for b in widget.findChildren(QMessageBox, "message") if b.isVisible()]
    return boxes[-1] if boxes else None


def row_of(view, number):
    return next(i for i, r in enumerate(view.model.rows()) if r.number == number)


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_filters_and_the_totals_of_what_is_shown(qtbot, view):
    assert view.model.rowCount() == 6
    view.status.setCurrentIndex(view.status.findData("paid"))
    settle(qtbot, view)
    shown = view.model.rows()
    assert len(shown) == 4 and {r.status for r in shown} == {"paid"}
    total = sum(r.total for r in shown)
    assert view.totals.text() == f"4건 · 합계 {total:,}원 · 결제 {total:,}원 · 미수금 0원"
    view.status.setCurrentIndex(0)
    view.due_from.setDate(QDate(2026, 12, 1))
    view.due_to.setDate(QDate(2026, 12, 31))
    view.by_due.setChecked(True)
    settle(qtbot, view)
    assert [r.kind for r in view.model.rows()] == ["renewal"]
    assert "미수금 110,000원" in view.totals.text()
    view.account.setCurrentIndex(view.account.findText("한결건설(주)"))
    settle(qtbot, view)
    assert view.model.rowCount() == 0 and view.totals.text().startswith("0건")


def test_a_payment_moves_unpaid_to_partial_to_paid(qtbot, view, demo_desk, db):
    number = next(r.number for r in view.model.rows() if r.kind == "renewal")
    view.table.selectRow(row_of(view, number))
    invoice_id = view.selected()[0].id
    dialog = PaymentDialog(demo_desk, invoice_id)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "110,000"  # prefilled with what is left
    dialog.amount.setText("200,000")
    ok(dialog)
    assert "남은 금액 110,000원" in dialog.error_text("amount") and count(db, PaymentRow) == 5
    dialog.amount.setText("40,000")
    ok(dialog)
    view.reload()
    settle(qtbot, view)
    assert view.model.row(row_of(view, number)).status == "partial"
    second = PaymentDialog(demo_desk, invoice_id)
    qtbot.addWidget(second)
    assert second.amount.text() == "70,000"
    second.method.setCurrentIndex(second.method.findData("virtual_account"))
    ok(second)
    view.reload()
    settle(qtbot, view)
    assert view.model.row(row_of(view, number)).status == "paid"
    view.table.selectRow(row_of(view, number))
    assert "무통장입금" in view.detail.text() and "40,000원" in view.detail.text()


def select_all(view):
    model = view.table.selectionModel()
    for i in range(view.model.rowCount()):
        model.select(view.model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)


def test_many_invoices_print_in_one_job_and_save_as_files(qtbot, view, tmp_path, monkeypatch):
    select_all(view)
    rows = view.selected()
    pdfs = view.pdfs(rows)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdfs(pdfs, printer) == len(rows) == 6
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 6
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    view.save_selected().wait()  # the PDFs are made on a worker thread, then written on the GUI thread
    qtbot.waitUntil(lambda: len(view.saved_paths) == 6)
    saved = view.saved_paths
    assert sorted(p.split("/")[-1] for p in saved) == sorted(f"청구서_{r.number}.pdf" for r in rows)
    text = PdfReader(saved[0]).pages[0].extract_text()
    assert "청 구 서" in text and any(r.number in text for r in rows)


def test_export_of_the_filtered_list(qtbot, view, tmp_path, monkeypatch):
    view.status.setCurrentIndex(view.status.findData("paid"))
    settle(qtbot, view)
    target = tmp_path / "paid.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export().wait()
    qtbot.waitUntil(lambda: message(view) is not None, timeout=10_000)
    assert "4건" in message(view).text()
    sheet = list(load_workbook(target)["청구서"].iter_rows(values_only=True))
    assert [(r[0], r[5], r[8]) for r in sheet[1:]] == [(r.number, r.total, "결제 완료") for r in view.model.rows()]


def test_a_billing_run_from_the_view_issues_nothing_twice(qtbot, view, db):
    before = count(db, InvoiceRow)
    view.billing_run().wait()
    qtbot.waitUntil(lambda: message(view) is not None, timeout=10_000)
    assert "청구서 0건 발행" in message(view).text() and count(db, InvoiceRow) == before


def test_a_cancelled_run_stops_between_accounts_and_says_so(qtbot, view, db):
    from desktop_app.services import billing as billing_service

    calls = []
    report = billing_service.run(view.desk.db, TODAY, Settings(), lambda n, total: calls.append(n) or n < 3)
    assert report.stopped_after == 3 and calls == [0, 1, 2, 3]
    assert "3개 계정을 처리한 뒤 멈췄습니다" in "\n".join(report.lines())


def test_a_correction_voids_the_invoice_and_lists_the_credit_note(qtbot, view, demo_desk):
    number = next(r.number for r in view.model.rows() if r.kind == "renewal")
    invoice_id = view.model.row(row_of(view, number)).id
    dialog = CorrectionDialog(demo_desk, invoice_id)
    qtbot.addWidget(dialog)
    dialog.supply.setText("80,000")
    ok(dialog)
    assert "사유" in dialog.error_text("reason")
    dialog.reason.setText("사용자 수를 잘못 셈")
    ok(dialog)
    view.reload()
    settle(qtbot, view)
    kinds = {r.number: (r.kind, r.status, r.total) for r in view.model.rows()}
    assert kinds[number] == ("renewal", "void", 110_000)
    assert kinds["CN-2026-000001"] == ("credit", "paid", -110_000)
    assert ("renewal", "unpaid", 88_000) in kinds.values()


def test_the_history_chart_and_the_usage_estimate(view):
    assert [m for m, _, _ in view.chart.months] == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    assert view.chart.months[-1][1] >= 110_000  # November: the October usage and the renewal
    assert "2026-11-01 ~ 2026-11-21" in view.estimate.text() and "원" in view.estimate.text()
    image = view.chart.grab().toImage()
    blue = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).name() == "#2563eb")
    assert blue > 50  # the bars are drawn
