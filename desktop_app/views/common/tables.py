"""One way to make a list view: rows selected whole, sortable by the model's Python values."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop_app.views.common.rows_model import RowsModel


def make_table(model: RowsModel, name: str, widths: tuple[int, ...] = (), sort_column: int | None = 0) -> QTableView:
    """`sort_column=None` keeps the model's own order (e.g. sites in the order they were opened)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the list for the next pane (rows are selected whole)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    if sort_column is None:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    if sort_column is not None:
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return table



class _EnterFilter(QObject):
    def __init__(self, table: QTableView, fn):
        super().__init__(table)
        self.table, self.fn = table, fn

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self.table.currentIndex().isValid()
                and self.table.state() != QAbstractItemView.State.EditingState):
            self.fn()
            return True
        return False


def on_enter(table: QTableView, fn) -> None:
    """Enter (or Return) on the table's current row calls `fn` — what a double click does — whatever the
    platform's single-click activation."""
    table.installEventFilter(_EnterFilter(table, fn))
