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


FIT_SAMPLE_ROWS = 100


class _ColumnFitter(QObject):
    """Columns sized to their content; when the table is too narrow, the less important columns shrink first
    (in `shrink_first` order, down to `minimum`), so the important ones stay readable. A column the user
    resized by hand keeps its width from then on."""

    def __init__(self, table: QTableView, shrink_first: tuple[int, ...], minimum: int):
        super().__init__(table)
        self.table, self.shrink_first, self.minimum = table, shrink_first, minimum
        self._fitting = False
        self.by_hand = False
        self._pending = False
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.later)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.horizontalHeader().setStretchLastSection(False)  # the fitter gives the last column what is left
        # sizeHintForColumn reads the visible rows plus this many around them (Qt's default is 1,000 rows per
        # column: 2.6 s at start-up on 10,000 accounts, issue #20); the visible ones matter, a sample is enough
        table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)

    def _resized(self, *_args) -> None:
        from PySide6.QtWidgets import QApplication

        # a drag of a header divider (the last section also stretches by itself when the table resizes)
        if not self._fitting and QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.by_hand = True

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later()
        return False

    def later(self, *_args) -> None:
        if not self._pending:
            self._pending = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        self._pending = False
        if self.by_hand or not self.table.isVisible():
            # a hidden table is fitted when it is shown (the viewport's Show event): Qt measures every row of
            # a hidden view (10,000 accounts: most of a second at start-up, behind Today) but only the rows
            # in sight of a shown one
            return
        table, header = self.table, self.table.horizontalHeader()
        count = header.count()
        if not count:
            return
        content = [table.sizeHintForColumn(c) + 8 for c in range(count)]
        natural = [max(header.sectionSizeFromContents(c).width(), content[c]) for c in range(count)]
        available = table.viewport().width()
        excess = sum(natural) - available
        others = [c for c in range(count) if c not in self.shrink_first]
        # first a header wider than its values gives way, then the less important columns, then the rest
        for order, floor in ((list(self.shrink_first) + others, lambda c: max(content[c], self.minimum)),
                             (list(self.shrink_first), lambda c: self.minimum),
                             (others, lambda c: self.minimum)):
            for c in order:
                if excess <= 0:
                    break
                cut = min(excess, max(natural[c] - floor(c), 0))
                natural[c] -= cut
                excess -= cut
        if excess < 0:
            natural[-1] -= excess  # room to spare: the last column takes it
        self._fitting = True
        try:
            for c, width in enumerate(natural):
                header.resizeSection(c, width)
        finally:
            self._fitting = False


def fit_columns(table: QTableView, shrink_first: tuple[int, ...], minimum: int = 48) -> None:
    """Size `table`'s columns to their content; the columns in `shrink_first` give way first (item 8)."""
    table._fitter = _ColumnFitter(table, shrink_first, minimum)  # kept with the table
