"""The requests list as a Qt item model: rows fetched a page at a time as the view scrolls, clocks computed
for the loaded rows only, and recomputed from their loaded history on each tick (no query) so due times
count down live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.pricing.business_days import BusinessCalendar
from desktop_app.pricing.sla import Clock
from desktop_app.services.support_list import Page, RequestRow
from desktop_app.views.support import texts

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _FOREGROUND = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STATE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_ANSWERED = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, ROW_ROLE, STATE_ROLE))
NUMBER, KIND, ACCOUNT, SITE, TITLE, STATUS, ASSIGNEE, DUE, LEFT, STATE = range(10)


def clock_state(c: Clock) -> str:
    return "at_risk" if c.at_risk else c.state


class RequestsModel(QAbstractTableModel):
    def __init__(self, fetch: Callable[[int], Page], calendar: BusinessCalendar, now: Callable[[], dt.datetime],
                 parent=None):
        super().__init__(parent)
        self._fetch, self._calendar, self._now = fetch, calendar, now
        self._rows: list[RequestRow] = []
        self._clocks: list[tuple[Clock, ...]] = []
        self._next: int | None = 0
        self.total: int | None = None
        self.at = now()
        self.headers = [QCoreApplication.translate("columns", "번호"), QCoreApplication.translate("columns", "유형"),
                        QCoreApplication.translate("columns", "고객"), QCoreApplication.translate("columns", "사이트"),
                        QCoreApplication.translate("columns", "제목"), QCoreApplication.translate("columns", "상태"),
                        QCoreApplication.translate("columns", "담당자"), QCoreApplication.translate("columns", "기한"),
                        QCoreApplication.translate("columns", "남은 시간"),
                        QCoreApplication.translate("columns", "시계 상태")]

    # --- data in --------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the first page again (after a filter change or an edit)."""
        self.beginResetModel()
        self.at = self._now()
        page = self._fetch(0)
        self._rows = list(page.rows)
        self._clocks = [r.clocks(self.at, self._calendar) for r in self._rows]
        self._next, self.total = page.next_start, page.total
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._next is None:
            return
        page = self._fetch(self._next)
        self._next = page.next_start
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._clocks.extend(r.clocks(self.at, self._calendar) for r in page.rows)
        self.endInsertRows()

    def tick(self) -> None:
        """Recompute every loaded row's clocks at the current time from the history already loaded."""
        if not self._rows:
            return
        self.at = self._now()
        self._clocks = [r.clocks(self.at, self._calendar) for r in self._rows]
        self.dataChanged.emit(self.index(0, DUE), self.index(len(self._rows) - 1, STATE))

    def row(self, index: int) -> RequestRow:
        return self._rows[index]

    def clocks(self, index: int) -> tuple[Clock, ...]:
        return self._clocks[index]

    def find(self, request_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), None)

    def loaded(self) -> list[RequestRow]:
        return list(self._rows)

    # --- Qt model interface ---------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and int(role) == _DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY):
        # asked for every visible cell and role at each paint: the roles answered are checked first
        role = int(role)
        if role not in _ANSWERED:
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.headers)) or not index.isValid():
            return None
        row = self._rows[r]
        if role == _DISPLAY:
            return self._text(row, self._clocks[r], c)
        if role == _FOREGROUND and c >= DUE:
            return texts.STATE_COLOURS.get(self._worst(self._clocks[r]))
        if role == _TOOLTIP and c >= DUE:
            return "\n".join(f"{texts.clock_name(k.clock)}: {texts.local(k.due)} · "
                             f"{texts.state_name(clock_state(k))} ({round(k.used * 100)}%)" for k in self._clocks[r])
        if role == ROW_ROLE:
            return r
        if role == STATE_ROLE:
            return self._worst(self._clocks[r])
        return None

    @staticmethod
    def _worst(found: tuple[Clock, ...]) -> str:
        states = [clock_state(k) for k in found]
        for state in ("breached", "at_risk", "paused", "running", "met"):
            if state in states:
                return state
        return ""

    def _text(self, row: RequestRow, found: tuple[Clock, ...], c: int) -> str:
        if c == NUMBER:
            return row.number
        if c == KIND:
            return texts.kind_name(row.kind) + (f" S{row.severity}" if row.severity else "")
        if c == ACCOUNT:
            return row.account
        if c == SITE:
            return row.site
        if c == TITLE:
            return row.title
        if c == STATUS:
            return texts.status_name(row.status)
        if c == ASSIGNEE:
            return row.assignee
        if c == DUE:
            return " / ".join(f"{texts.clock_name(k.clock)} {texts.local(k.due)}" for k in found)
        if c == LEFT:
            return " / ".join(texts.left((k.due - self.at).total_seconds()) if k.stopped_at is None
                              else "" for k in found)
        return " / ".join(texts.state_name(clock_state(k)) for k in found)
