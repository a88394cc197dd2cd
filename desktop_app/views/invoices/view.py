"""Invoices: filters by due date, status and account with the totals of what is shown; payments,
corrections, print one or many, save as PDF, export to Excel; the billing history chart and next month's
NAVER estimate; and a billing run for a date."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.services import accounts, billing, export, invoices
from desktop_app.services.desk import Desk
from desktop_app.services.invoices import InvoiceFilter
from desktop_app.settings import Settings
from desktop_app.views.common import background, labels
from desktop_app.views.common.files import existing_folder, save_file_name
from desktop_app.views.common.notify import tell
from desktop_app.views.common.refresh import Follows, keep_scroll
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import fit_columns, make_table, on_enter
from desktop_app.views.invoices.chart import HistoryChart

STATUS_COLOURS = {"overdue": QColor("#b91c1c"), "partial": QColor("#c2410c"), "paid": QColor("#15803d"),
                  "void": QColor("#6b7280")}


def invoice_model(parent=None) -> RowsModel:
    return RowsModel([
        Column(QCoreApplication.translate("columns", "청구서 번호"), lambda r: r.number),
        Column(QCoreApplication.translate("columns", "종류"), lambda r: labels.invoice_kind_name(r.kind)),
        Column(QCoreApplication.translate("columns", "고객"), lambda r: r.account),
        Column(QCoreApplication.translate("columns", "발행일"), lambda r: r.issue_date.isoformat(),
               sort_key=lambda r: r.issue_date),
        Column(QCoreApplication.translate("columns", "납부 기한"), lambda r: r.due_date.isoformat(),
               sort_key=lambda r: r.due_date),
        Column(QCoreApplication.translate("columns", "합계"), lambda r: labels.won(r.total), sort_key=lambda r: r.total,
               right=True),
        Column(QCoreApplication.translate("columns", "결제"), lambda r: labels.won(r.paid), sort_key=lambda r: r.paid,
               right=True),
        Column(QCoreApplication.translate("columns", "상태"), lambda r: labels.invoice_status_name(r.status),
               colour=lambda r: STATUS_COLOURS.get(r.status)),
    ], parent)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class InvoicesView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.jobs: list[background.Job] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._toolbar())
        lay.addLayout(self._filters())
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.model = invoice_model(self)
        self.table = make_table(self.model, "invoices_table", (125, 60, 150, 85, 85, 95, 95), sort_column=None)
        fit_columns(self.table, shrink_first=(2, 1, 3))  # 합계, 결제, 상태 stay visible
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        left_lay.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("invoice_totals")
        left_lay.addWidget(self.totals)
        split.addWidget(left)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.addWidget(QLabel(self.tr("<b>최근 6개월 청구와 결제</b>")))
        self.chart = HistoryChart()
        right_lay.addWidget(self.chart, 1)
        self.estimate = QLabel()
        self.estimate.setObjectName("usage_estimate")
        self.estimate.setWordWrap(True)
        right_lay.addWidget(self.estimate)
        self.detail = QLabel()
        self.detail.setObjectName("invoice_detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        right_lay.addWidget(self.detail, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([820, 480])
        lay.addWidget(split, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        self.table.doubleClicked.connect(lambda _i: self.preview())
        on_enter(self.table, self.preview)  # Enter opens the selected invoice
        self.follow = Follows(self, ("invoices", "payments", "accounts", "usage"), self.refresh)
        self.loads = background.Latest(self, self.tr("청구서 목록"))
        self._after_load: list[Callable[[], None]] = []
        self.loads.settled.connect(self._loaded)
        self.reload()

    def apply_changes(self, changes) -> None:
        """MainWindow.changed: an invoice issued by an order, a payment, a renamed or new account …; the
        customer filter's accounts are read again only when accounts changed."""
        self._accounts_wanted = self._accounts_wanted or changes.touches("accounts")
        self.follow.apply(changes)

    def refresh(self) -> None:
        """The list read again (and the customer filter's accounts when they changed); the selection and the
        scroll stay."""
        self.reload()

    def _fill_accounts(self, rows: list[accounts.AccountRow]) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        try:
            while self.account.count() > 1:
                self.account.removeItem(1)
            for row in rows:
                self.account.addItem(row.name, row.id)
            self.account.setCurrentIndex(max(self.account.findData(current), 0) if current is not None else 0)
        finally:
            self.account.blockSignals(False)

    # --- layout ------------------------------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.pay_action = QAction(self.tr("결제 등록…"), self)
        self.correct_action = QAction(self.tr("정정…"), self)
        self.preview_action = QAction(self.tr("미리보기"), self)
        self.print_action = QAction(self.tr("인쇄…"), self)
        self.save_action = QAction(self.tr("PDF로 저장…"), self)
        self.export_action = QAction(self.tr("엑셀로 내보내기…"), self)
        self.send_action = QAction(self.tr("메일 보내기…"), self)
        self.send_action.setToolTip(self.tr("청구서 PDF를 첨부해 보냅니다. 보내지 못한 메일은 견적 화면의 보낼 편지함에서 다시 보냅니다."))
        self.run_action = QAction(self.tr("청구 실행"), self)
        self.run_action.setToolTip(self.tr("오늘 날짜로 갱신과 사용량 청구서를 발행합니다. 다시 실행해도 두 번 청구하지 않습니다."))
        for action, slot in ((self.pay_action, self.pay), (self.correct_action, self.correct),
                             (self.preview_action, self.preview), (self.print_action, self.print_selected),
                             (self.save_action, self.save_selected), (self.send_action, self.send),
                             (self.export_action, self.export),
                             (self.run_action, self.billing_run)):
            action.triggered.connect(slot)
            bar.addAction(action)
        return bar

    def _filters(self) -> QHBoxLayout:
        line = QHBoxLayout()
        self.by_due = QCheckBox(self.tr("납부 기한"))
        self.by_due.setObjectName("filter_by_due")
        today = clock.today()
        self.due_from, self.due_to = QDateEdit(), QDateEdit()
        for edit, day in ((self.due_from, today.replace(day=1)), (self.due_to, today + dt.timedelta(days=60))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(day))
            edit.dateChanged.connect(lambda _d: self.by_due.isChecked() and self.reload())
        self.status = QComboBox()
        self.status.setObjectName("filter_status")
        self.status.addItem(self.tr("모든 상태"), "")
        for st in ("unpaid", "partial", "overdue", "paid", "void"):
            self.status.addItem(labels.invoice_status_name(st), st)
        self.account = QComboBox()
        self.account.setObjectName("filter_account")
        self.account.addItem(self.tr("모든 고객"), None)  # the accounts come with the first list read
        self._accounts_wanted = True
        for w in (self.by_due, self.due_from, QLabel("~"), self.due_to, self.status, self.account):
            line.addWidget(w)
        line.addStretch(1)
        self.by_due.toggled.connect(lambda _b: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.account.currentIndexChanged.connect(lambda _i: self.reload())
        return line

    # --- data ----------------------------------------------------------------------------------------------
    def current_filter(self) -> InvoiceFilter:
        due = self.by_due.isChecked()
        return InvoiceFilter(self.status.currentData(), self.account.currentData(),
                             self.due_from.date().toPython() if due else None,
                             self.due_to.date().toPython() if due else None)

    def reload(self) -> background.Job | None:
        """The list, the chart and the estimate read on a worker thread (three queries that take long on a large
        database); the rows on screen stay until the new ones arrive, and a newer filter supersedes an older."""
        f, today, desk = self.current_filter(), clock.today(), self.desk
        want_accounts = self._accounts_wanted  # cleared when the accounts are on screen (a read may be dropped)

        def read():
            return (desk.read(invoices.invoice_rows, f), desk.read(invoices.history),
                    desk.read(billing.estimate_next_month, today),
                    desk.read(accounts.account_rows, 1000) if want_accounts else None)

        return self.loads.run(read, self._show_rows)

    def _show_rows(self, result) -> None:
        rows, history, est, names = result
        if names is not None:
            self._accounts_wanted = False
            self._fill_accounts(names)
        chosen = {r.id for r in self.selected()}
        with keep_scroll(self.table):
            self.model.set_rows(rows)
            self._select_ids(chosen)
        live = [r for r in rows if r.status != "void"]
        total, paid = sum(r.total for r in live), sum(r.paid for r in live)
        self.totals.setText(self.tr("%1건 · 합계 %2원 · 결제 %3원 · 미수금 %4원").replace("%1", f"{len(rows):,}")
                            .replace("%2", f"{total:,}").replace("%3", f"{paid:,}")
                            .replace("%4", f"{max(total - paid, 0):,}"))
        self.chart.set_months(history)
        self.estimate.setText(self.tr("다음 달 NAVER WORKPLACE 사용료 예상 (%1 ~ %2 사용분): %3원 (부가세 포함)")
                              .replace("%1", est.first.isoformat()).replace("%2", est.last.isoformat())
                              .replace("%3", f"{est.total:,}") if est else "")
        self.show_detail()

    def selected(self) -> list:
        return [self.model.row(i.row()) for i in sorted(self.table.selectionModel().selectedRows(),
                                                        key=lambda i: i.row())]

    def show_detail(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            self.detail.setText("")
            return
        inv = self.desk.read(invoices.get_invoice, rows[0].id)
        pays = self.desk.read(invoices.payments_of, inv.id)
        lines = [f"<b>{inv.number}</b> · {labels.invoice_kind_name(inv.kind)} · {labels.invoice_status_name(rows[0].status)}",
                 self.tr("공급가액 %1원 · 부가세 %2원 · 합계 %3원").replace("%1", f"{inv.supply:,}")
                 .replace("%2", f"{inv.vat:,}").replace("%3", f"{inv.total:,}")]
        if inv.period_from:
            lines.append(self.tr("청구 기간 %1 ~ %2").replace("%1", str(inv.period_from)).replace("%2", str(inv.period_to)))
        for p in pays:
            line = self.tr("결제 %1 · %2원 · %3").replace("%1", str(p.paid_on)).replace("%2", f"{p.amount:,}") \
                .replace("%3", labels.method_name(p.method))
            if p.note:
                line += " · " + self.tr("메모: %1").replace("%1", html.escape(p.note))
            lines.append(line)
        self.detail.setText("<br>".join(lines))

    # --- actions -------------------------------------------------------------------------------------------
    def _one(self):
        rows = self.selected()
        return rows[0] if len(rows) == 1 else None

    def pay(self) -> None:
        from desktop_app.views.invoices.payment_dialog import PaymentDialog

        if (row := self._one()) is not None and PaymentDialog(self.desk, row.id, self).exec():
            self.reload()
            self.select_invoice(row.id)

    def correct(self) -> None:
        from desktop_app.views.invoices.correction_dialog import CorrectionDialog

        if (row := self._one()) is not None and CorrectionDialog(self.desk, row.id, self).exec():
            self.reload()

    def send(self):
        from desktop_app.views.quotes import actions as quote_actions

        row = self._one()
        return quote_actions.send_invoice(self, self.desk, row.id, self.reload) if row is not None else None

    def select_invoice(self, invoice_id: int) -> None:
        """Select one invoice: now when it is on screen, else once the list being read arrives (the section was
        built a moment ago, or the invoice was just issued and the change has not reached the list yet)."""
        def choose() -> None:
            for i, r in enumerate(self.model.rows()):
                if r.id == invoice_id:
                    self.table.selectRow(i)

        if not self.loads.busy and not any(r.id == invoice_id for r in self.model.rows()):
            self.reload()
        self.when_loaded(choose)

    def when_loaded(self, then: Callable[[], None]) -> None:
        """Run `then` now if the list on screen is the newest, else after the newest read has been shown (in the
        order asked)."""
        if self.loads.busy:
            self._after_load.append(then)
        else:
            then()

    def _loaded(self) -> None:
        after, self._after_load = self._after_load, []
        for then in after:
            then()

    def _select_ids(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            for i, r in enumerate(self.model.rows()):
                if r.id in ids:
                    selection.select(self.model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            selection.blockSignals(False)

    def pdfs(self, rows) -> list[bytes] | None:
        from desktop_app.views.common.pdf_preview import render_or_tell

        font = Settings().get("font_path")
        return render_or_tell(self, lambda: [self.desk.read(invoices.invoice_pdf, r.id, font) for r in rows])

    def preview(self):
        from desktop_app.views.common.pdf_preview import PdfPreview

        row = self._one()
        if row is None or (pdfs := self.pdfs([row])) is None:
            return None
        window = PdfPreview(pdfs[0], self.tr("청구서 %1").replace("%1", row.number), f"청구서_{row.number}.pdf", self)
        window.show()
        return window

    def render_then(self, rows, then: Callable[[list[bytes]], None]) -> background.Job:
        """The invoices' PDFs made on a worker thread (with progress and Stop for many), then `then(pdfs)` on the
        GUI thread; a missing Korean font or a vanished invoice becomes a message."""
        from desktop_app.documents.fonts import FontMissing

        font, desk, ids = Settings().get("font_path"), self.desk, [r.id for r in rows]
        title = self.tr("PDF를 만들 수 없습니다")

        def render(report):
            pdfs = []
            for n, invoice_id in enumerate(ids):
                if not report(n, len(ids)):
                    raise UserError(QCoreApplication.translate("InvoicesView", "멈췄습니다. 아무것도 저장하거나 "
                                                               "인쇄하지 않았습니다."))
                try:
                    pdfs.append(desk.read(invoices.invoice_pdf, invoice_id, font))
                except FontMissing as exc:
                    raise UserError(str(exc)) from exc
            return pdfs

        return background.run(self, render, then, title=title, progress=self.tr("PDF를 만드는 중…"))

    def print_selected(self) -> background.Job | None:
        from desktop_app.views.common.pdf_preview import print_dialog

        rows = self.selected()
        if not rows:
            return None
        title = self.tr("청구서 %1건").replace("%1", str(len(rows)))
        return self.render_then(rows, lambda pdfs: print_dialog(self, pdfs, title))

    def save_selected(self) -> background.Job | None:
        """One invoice: a file name is asked; several: a folder, each saved as 청구서_NUMBER.pdf. The PDFs are
        made on a worker thread; `self.saved_paths` holds what was written."""
        from desktop_app.views.common.pdf_preview import save_bytes, write_file

        rows = self.selected()
        self.saved_paths: list[str] = []
        if not rows:
            return None
        folder = None
        if len(rows) > 1:
            folder = existing_folder(self, self.tr("청구서를 저장할 폴더"))
            if not folder:
                return None

        def write(pdfs: list[bytes]) -> None:
            if folder is None:
                path = save_bytes(self, pdfs[0], f"청구서_{rows[0].number}.pdf", self.tr("PDF로 저장"),
                                  self.tr("PDF 파일 (*.pdf)"))
                self.saved_paths = [path] if path else []
                return
            saved = [write_file(self, str(Path(folder) / f"청구서_{r.number}.pdf"), pdf) for r, pdf in zip(rows, pdfs)]
            self.saved_paths = [p for p in saved if p]

        return self.render_then(rows, write)

    def export(self) -> background.Job | None:
        """The filtered list to a workbook, written on a worker thread (100,000 invoices take seconds)."""
        path = save_file_name(self, self.tr("엑셀로 내보내기"), self.tr("청구서.xlsx"),
                              self.tr("Excel 통합 문서 (*.xlsx)"))
        if not path:
            return None
        f = self.current_filter()

        def done(n) -> None:
            self.export_action.setEnabled(True)
            tell(self, self.tr("내보냈습니다"), self.tr("청구서 %1건을 %2 에 저장했습니다.")
                 .replace("%1", f"{n:,}").replace("%2", path))

        self.export_action.setEnabled(False)
        return background.run(self, lambda: self.desk.read(export.export_invoices, f, path), done,
                              title=self.tr("내보내지 못했습니다"),
                              on_error=lambda _exc: self.export_action.setEnabled(True))

    def billing_run(self) -> background.Job:
        """Today's run on a worker thread, with a progress dialog that can stop it between accounts."""

        day = clock.today()

        def done(report) -> None:
            tell(self, self.tr("청구 실행"), report.lines(), warning=bool(report.failures))

        self.run_action.setEnabled(False)
        job = background.run(self, lambda report: billing.run(self.desk.db, day, Settings(), report), done,
                             title=self.tr("청구 실행"), progress=self.tr("청구 실행 중…"))
        job.finished.connect(lambda: self.run_action.setEnabled(True))
        self.progress = job.progress_dialog
        return job
