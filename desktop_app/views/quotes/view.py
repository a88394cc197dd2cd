"""Quotes: the list with status and totals, preview/print/save/send, acceptance into an order, and the
mail outbox with retry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QLabel, QSplitter, QToolBar, QVBoxLayout, QWidget

from desktop_app.errors import UserError
from desktop_app.secrets import get_secret
from desktop_app.services import mail, quotes
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.common import labels
from desktop_app.views.common.notify import tell
from desktop_app.views.common.refresh import Follows, keep_scroll
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import make_table, on_enter
from desktop_app.views.quotes import actions as quote_actions

_GREY, _RED = QColor("#6b7280"), QColor("#b91c1c")


def quote_model(parent=None) -> RowsModel:
    return RowsModel([
        Column(QCoreApplication.translate("columns", "견적 번호"), lambda r: r.number if r.revision == 1 else f"{r.number} r{r.revision}",
               sort_key=lambda r: (r.number, r.revision)),
        Column(QCoreApplication.translate("columns", "고객"), lambda r: r.customer),
        Column(QCoreApplication.translate("columns", "견적일"), lambda r: labels.date_text(r.issue_date), sort_key=lambda r: r.issue_date),
        Column(QCoreApplication.translate("columns", "유효 기간"), lambda r: labels.date_text(r.valid_until), sort_key=lambda r: r.valid_until),
        Column(QCoreApplication.translate("columns", "상태"), lambda r: labels.quote_status_name(r.status),
               colour=lambda r: _GREY if r.status in ("superseded", "expired", "discarded") else None),
        Column(QCoreApplication.translate("columns", "합계"), lambda r: labels.won(r.total), sort_key=lambda r: r.total, right=True),
    ], parent)


def outbox_model(parent=None) -> RowsModel:
    return RowsModel([
        Column(QCoreApplication.translate("columns", "받는 사람"), lambda r: r.recipients),
        Column(QCoreApplication.translate("columns", "제목"), lambda r: r.subject),
        Column(QCoreApplication.translate("columns", "상태"), lambda r: labels.mail_status_name(r.status),
               colour=lambda r: _RED if r.status == "failed" else None),
        Column(QCoreApplication.translate("columns", "시도"), lambda r: str(r.attempts), sort_key=lambda r: r.attempts, right=True),
        Column(QCoreApplication.translate("columns", "마지막 오류"), lambda r: r.last_error),
    ], parent)


class QuotesView(QWidget):
    edit_requested = Signal(int)  # the main window opens the calculator on that quote

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QToolBar()
        self.preview_action = QAction(self.tr("미리보기·인쇄…"), self)
        self.send_action = QAction(self.tr("메일 보내기…"), self)
        self.edit_action = QAction(self.tr("계산기에서 고치기"), self)
        self.edit_action.setToolTip(self.tr("보낸 견적을 고치면 같은 번호의 새 개정판이 됩니다."))
        self.reprice_action = QAction(self.tr("오늘 가격으로 다시 계산"), self)
        self.reprice_action.setToolTip(self.tr("같은 주문을 오늘 가격으로 계산해 새 개정판을 만듭니다 (보낸 견적은 바뀌지 않음)."))
        self.accept_action = QAction(self.tr("승인 → 주문"), self)
        self.discard_action = QAction(self.tr("작성 중 견적 폐기…"), self)
        self.discard_action.setToolTip(self.tr("실수로 만든 작성 중 견적을 폐기합니다. 번호는 다시 쓰지 않으며, 보낸 견적은 그대로 남습니다."))
        for action in (self.preview_action, self.send_action, self.edit_action, self.reprice_action,
                       self.accept_action, self.discard_action):
            bar.addAction(action)
        lay.addWidget(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = quote_model(self)
        self.table = make_table(self.model, "quotes_table", (150, 220, 100, 100, 130), sort_column=None)
        split.addWidget(self.table)
        box = QWidget()
        box_lay = QVBoxLayout(box)
        box_lay.setContentsMargins(0, 0, 0, 0)
        out_bar = QToolBar()
        out_bar.addWidget(QLabel(self.tr("보낼 편지함")))
        self.retry_action = QAction(self.tr("다시 보내기"), self)
        out_bar.addAction(self.retry_action)
        box_lay.addWidget(out_bar)
        self.outbox = outbox_model(self)
        self.outbox_table = make_table(self.outbox, "outbox_table", (220, 320, 70, 50), sort_column=None)
        box_lay.addWidget(self.outbox_table)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.preview_action.triggered.connect(self.preview)
        self.table.doubleClicked.connect(lambda _i: self.preview())
        on_enter(self.table, self.preview)  # Enter opens the selected quote
        self.send_action.triggered.connect(self.send)
        self.accept_action.triggered.connect(self.accept_quote)
        self.discard_action.triggered.connect(self.discard)
        self.reprice_action.triggered.connect(self.reprice)
        self.edit_action.triggered.connect(self.edit)
        self.retry_action.triggered.connect(self.retry)
        self.follow = Follows(self, ("quotes", "mail", "accounts", "orders"), self.reload)
        self.reload()

    def apply_changes(self, changes) -> None:
        """MainWindow.changed: a quote made in the calculator, a mail sent, an account renamed …"""
        self.follow.apply(changes)

    def reload(self) -> None:
        """Read the quotes and the outbox again; the selected quote and the scroll positions stay."""
        row = self.selected()
        with keep_scroll(self.table, self.outbox_table):
            self.model.set_rows(self.desk.read(quotes.quote_rows))
            self.outbox.set_rows(self.desk.read(mail.outbox_rows))
            if row is not None:
                self.select_quote(row.id)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_quote(self, quote_id: int) -> None:
        if not any(r.id == quote_id for r in self.model.rows()):
            self.reload()  # made a moment ago: the change may not have reached this section yet
        for i, r in enumerate(self.model.rows()):
            if r.id == quote_id:
                self.table.selectRow(i)

    def preview(self):
        row = self.selected()
        return quote_actions.preview(self, self.desk, row.id, self.reload) if row is not None else None

    def send(self):
        row = self.selected()
        return quote_actions.send_quote(self, self.desk, row.id, self.reload) if row else None

    def accept_quote(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            order = self.desk.run(quotes.accept_quote, row.id, row.version)
        except UserError as exc:
            tell(self, self.tr("승인할 수 없습니다"), exc, warning=True)
            return
        self.reload()
        tell(self, self.tr("주문으로 만들었습니다"),
                           self.tr("견적 %1 이(가) 주문 %2 (합계 %3원)이 되었습니다.")
                           .replace("%1", row.number).replace("%2", str(order.id)).replace("%3", f"{order.total:,}"))

    def discard(self) -> bool:
        """Discard a draft made by mistake, after asking; the number is not handed out again."""
        from PySide6.QtWidgets import QMessageBox

        row = self.selected()
        if row is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("견적 폐기"),
            self.tr("견적 %1 을(를) 폐기할까요? 목록에서 빠지며 번호는 다시 쓰지 않습니다.").replace("%1", row.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.desk.run(quotes.discard_quote, row.id, row.version)
        except UserError as exc:
            tell(self, self.tr("폐기할 수 없습니다"), exc, warning=True)
            return False
        self.reload()
        self.select_quote(row.id)
        return True

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.status in ("accepted", "superseded"):
            tell(self, self.tr("고칠 수 없습니다"),
                               self.tr("승인되었거나 대체된 견적은 고칠 수 없습니다. 최신 개정판을 고르세요."), warning=True)
            return
        self.edit_requested.emit(row.id)

    def reprice(self) -> int | None:
        from desktop_app.pricing.orders import Refused

        row = self.selected()
        if row is None:
            return None
        try:
            new = self.desk.run(quotes.reprice_quote, row.id, row.version, Settings())
        except Refused as refusal:
            tell(self, self.tr("다시 계산할 수 없습니다"), refusal, warning=True)
            return None
        except UserError as exc:
            tell(self, self.tr("다시 계산할 수 없습니다"), exc, warning=True)
            return None
        self.reload()
        self.select_quote(new.id)
        return new.id

    def retry(self):
        rows = self.outbox_table.selectionModel().selectedRows()
        if not rows:
            return None
        msg = self.outbox.row(rows[0].row())
        if msg.status == "sent":
            return None
        return quote_actions.deliver(self, self.desk, msg.id, Settings(), get_secret(mail.PASSWORD_SECRET),
                                     self.reload)
