"""Search everywhere (Ctrl+K): type, see hits grouped by kind, arrow keys move, Enter opens the record.

Each keystroke restarts a short timer; the query runs on a worker and a newer query supersedes an older one,
so typing never waits for the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from desktop_app.i18n import translated
from desktop_app.services import search as search_service
from desktop_app.services.desk import Desk
from desktop_app.views.common import background

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    open_record = Signal(str, int, object)  # kind, record id, account id

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("모두 검색"))
        self.resize(560, 420)
        self.box = QLineEdit()
        self.box.setObjectName("search_everywhere")
        self.box.setPlaceholderText(self.tr("계정, 사업자번호, 사이트, 도메인, 사용자 이메일, 견적·청구서 번호"))
        self.box.setClearButtonEnabled(True)
        self.hits = QListWidget()
        self.hits.setObjectName("search_hits")
        self.hits.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.hits)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_query)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._enter)
        self._serial = 0
        self.box.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        # arrow keys in the box move through the hits
        from PySide6.QtCore import QEvent

        if obj is self.box and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down,
                                                                                           Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = self.hits.currentRow()
            for _ in range(self.hits.count()):
                row = (row + step) % max(self.hits.count(), 1)
                item = self.hits.item(row)
                if item is not None and item.data(HIT_ROLE) is not None:
                    self.hits.setCurrentRow(row)
                    break
            return True
        return super().eventFilter(obj, event)

    def run_query(self) -> None:
        text = self.box.text()
        self._serial += 1
        serial = self._serial
        background.start(self, lambda: self.desk.read(search_service.search, text),
                         lambda hits, exc: self._show(serial, hits, exc))

    def _show(self, serial: int, hits, exc) -> None:
        if serial != self._serial:
            return  # a newer keystroke has its own query
        if exc is not None:
            raise exc
        self.hits.clear()
        translate = QCoreApplication.translate
        first = None
        for kind, title in search_service.KINDS.items():
            mine = [h for h in hits if h.kind == kind]
            if not mine:
                continue
            head = QListWidgetItem(translated(title, translate))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.hits.addItem(head)
            for hit in mine:
                item = QListWidgetItem(f"   {hit.title} — {hit.detail}")
                item.setData(HIT_ROLE, hit)
                self.hits.addItem(item)
                first = first or item
        if first is not None:
            self.hits.setCurrentItem(first)
        elif self.box.text().strip():
            self.hits.addItem(QListWidgetItem(self.tr("찾은 것이 없습니다.")))

    def _enter(self) -> None:
        if self._timer.isActive():  # Enter before the last query ran: run it now, then open
            self._timer.stop()
            self.run_query()
            return
        item = self.hits.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is None:
            return
        kind, record = ("site", hit.site_id) if hit.kind == "named_user" else (hit.kind, hit.record_id)
        self.open_record.emit(kind, record, hit.account_id)
        self.accept()
