"""Discount codes: the list with validity and uses, and their create and edit dialogs (P5)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from desktop_app.services import discounts
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.refresh import Follows, keep_scroll
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import make_table

_OFF = QColor("#6b7280")


def code_model(parent=None) -> RowsModel:
    def value(r) -> str:
        return f"{r.value.normalize():f}%" if r.kind == "percent" else labels.won(int(r.value))

    def period(r) -> str:
        return f"{r.valid_from or '…'} ~ {r.valid_to or '…'}"

    return RowsModel([
        Column(QCoreApplication.translate("columns", "코드"), lambda r: r.code,
               colour=lambda r: None if r.active else _OFF),
        Column(QCoreApplication.translate("columns", "할인"), value, sort_key=lambda r: r.value, right=True),
        Column(QCoreApplication.translate("columns", "기간"), period),
        Column(QCoreApplication.translate("columns", "사용"), lambda r: f"{r.uses} / {r.max_uses or '∞'}",
               sort_key=lambda r: r.uses, right=True),
        Column(QCoreApplication.translate("columns", "최소 사용자"), lambda r: str(r.min_users or ""),
               sort_key=lambda r: r.min_users or 0, right=True),
        Column(QCoreApplication.translate("columns", "적용 상품"), lambda r: r.products or "*"),
    ], parent)


class DiscountsView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QToolBar()
        self.new_action = QAction(self.tr("새 할인코드"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("수정"), self)
        bar.addAction(self.new_action)
        bar.addAction(self.edit_action)
        lay.addWidget(bar)
        self.model = code_model(self)
        self.table = make_table(self.model, "codes_table", (140, 90, 200, 80, 90))
        lay.addWidget(self.table)
        self.new_action.triggered.connect(self.new_code)
        self.edit_action.triggered.connect(self.edit_code)
        self.table.doubleClicked.connect(lambda _i: self.edit_code())
        self.follow = Follows(self, ("codes", "orders"), self.reload)
        self.reload()

    def apply_changes(self, changes) -> None:
        """MainWindow.changed: codes added or changed, and orders (which count a code's uses)."""
        self.follow.apply(changes)

    def reload(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row(rows[0].row()).code if rows else None
        with keep_scroll(self.table):
            self.model.set_rows(self.desk.read(discounts.code_rows))
            for i, r in enumerate(self.model.rows()):
                if r.code == chosen:
                    self.table.selectRow(i)

    def new_code(self) -> None:
        from desktop_app.views.catalog.code_dialog import CodeDialog

        if CodeDialog(self.desk, parent=self).exec():
            self.reload()

    def edit_code(self) -> None:
        from desktop_app.views.catalog.code_dialog import CodeDialog

        rows = self.table.selectionModel().selectedRows()
        if rows and CodeDialog(self.desk, self.model.row(rows[0].row()), self).exec():
            self.reload()
