"""One table model for every entity list: columns declared once, sorted by Python values, filtered in place.

Sorting and filtering live in the model rather than in a QSortFilterProxyModel because a proxy calls
Python once per row per keystroke; a list comprehension over precomputed rows keeps typing instant
on 10,000 accounts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _ALIGN = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND, _SORT, _ROW = int(Qt.ItemDataRole.ForegroundRole), int(SORT_ROLE), int(ROW_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None  # defaults to the text
    right: bool = False
    colour: Callable[[T], QColor | None] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[T] = []
        self._shown: list[T] = []
        self._accept: Callable[[T], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- data in
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._order_all()
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, accept: Callable[[T], bool] | None) -> None:
        self.beginResetModel()
        self._accept = accept
        self._apply_filter()
        self.endResetModel()

    def row(self, index: int) -> T:
        return self._shown[index]

    def rows(self) -> list[T]:
        return list(self._shown)

    def all_rows(self) -> list[T]:
        return list(self._all)

    def _apply_filter(self) -> None:
        accept = self._accept
        self._shown = self._all if accept is None else [r for r in self._all if accept(r)]

    def _order_all(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        col = self._columns[column]
        key = col.sort_key or col.text
        self._all.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt model interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def data(self, index: _Index, role: int = _DISPLAY):
        # Called for every visible cell and role at each paint: roles are compared as plain ints, which
        # is several times cheaper than comparing PySide enum members.
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._shown) and 0 <= c < len(self._columns)) or not index.isValid():
            return None
        role = int(role)
        col = self._columns[c]
        if role == _DISPLAY:
            return col.text(self._shown[r])
        if role == _ALIGN:
            return _RIGHT if col.right else _LEFT
        if role == _FOREGROUND:
            return col.colour(self._shown[r]) if col.colour is not None else None
        if role == _SORT:
            return (col.sort_key or col.text)(self._shown[r])
        if role == _ROW:
            return r
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(self._shown[i.row()], i.column()) for i in old]
        self._sort = (column, order)
        self._order_all()
        self._apply_filter()
        # Keep the selection and the current row on the same items after the reorder.
        position = {id(r): n for n, r in enumerate(self._shown)}
        new = [self.index(position[id(r)], c) if id(r) in position else QModelIndex() for r, c in held]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
