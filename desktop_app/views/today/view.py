"""Today (D1): the first screen, what needs a person, in groups with counts; Enter or a double click opens the
record, the button beside it does the next action. Read on a worker so the window never waits for it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.i18n import translated
from desktop_app.services import today as today_service
from desktop_app.services.desk import Desk
from desktop_app.views.common import background

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
# what each next action is called on its button
ACTIONS = {"pay": QT_TRANSLATE_NOOP("TodayView", "결제 등록"), "open": QT_TRANSLATE_NOOP("TodayView", "열기"),
           "reserve": QT_TRANSLATE_NOOP("TodayView", "요금제 예약"),
           "reprice": QT_TRANSLATE_NOOP("TodayView", "다시 견적")}


class TodayView(QWidget):
    open_record = Signal(str, int, object)  # kind, record id, account id
    act = Signal(str, str, int, object)  # action, kind, record id, account id
    counted = Signal(dict)  # group -> count, for the navigation

    def __init__(self, desk: Desk):
        super().__init__()
        self.desk = desk
        self._job: background.Job | None = None
        self._stale = False
        self.title = QLabel()
        self.title.setObjectName("today_title")
        self.tree = QTreeWidget()
        self.tree.setObjectName("today_list")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.action = QPushButton(self.tr("열기"))
        self.action.setObjectName("today_action")
        self.action.setEnabled(False)
        self.action.clicked.connect(self._act)
        # as wide as its longest label: the text changes with the item, the button must not cut it
        metrics = self.action.fontMetrics()
        self.action.setMinimumWidth(max(metrics.horizontalAdvance(QCoreApplication.translate("TodayView", label))
                                        for label in ACTIONS.values()) + 32)
        refresh = QPushButton(self.tr("새로 고침"))
        refresh.clicked.connect(self.reload)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.action)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.title.setText(self.tr("불러오는 중…"))
        self.reload()

    def reload(self) -> None:
        day = clock.today()
        if self._job is not None:
            self._job.superseded = True  # type: ignore[attr-defined]
        job = background.start(self, lambda: self.desk.read(today_service.today_list, day),
                               lambda result, exc: self._loaded(job, result, exc))
        job.superseded = False  # type: ignore[attr-defined]
        self._job = job

    def _loaded(self, job, result, exc) -> None:
        if getattr(job, "superseded", False):
            return
        self._job = None
        if exc is not None:
            raise exc  # the crash hook (a bug) or a message (UserError)
        self.show_list(result)

    def show_list(self, found: today_service.TodayList) -> None:
        translate = QCoreApplication.translate
        selected = self._selected_key()
        self.title.setText(self.tr("%1 오늘 할 일").replace("%1", found.day.isoformat()))
        self.tree.clear()
        current = None
        for key, title in today_service.GROUPS.items():
            items = found.groups.get(key, [])
            head = QTreeWidgetItem([f"{translated(title, translate)} ({found.count(key):,})"])
            head.setData(0, ITEM_ROLE, None)
            font = head.font(0)
            font.setBold(bool(items))
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for item in items:
                child = QTreeWidgetItem([translated(item.text, translate)])
                child.setToolTip(0, child.text(0))
                child.setData(0, ITEM_ROLE, item)
                head.addChild(child)
                if (item.kind, item.record_id, item.group) == selected:
                    current = child
            if more := found.more(key):
                rest = QTreeWidgetItem([self.tr("… 외 %1건 (해당 섹션에서 모두 볼 수 있습니다)").replace("%1", f"{more:,}")])
                rest.setData(0, ITEM_ROLE, None)
                rest.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a note, not a record: nothing to open
                head.addChild(rest)
            head.setExpanded(True)
        self.tree.setCurrentItem(current or self._first_item())
        self.counted.emit({k: found.count(k) for k in today_service.GROUPS})

    def _first_item(self) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head.childCount():
                return head.child(0)
        return None

    def _selected_key(self):
        item = self.current_item()
        return (item.kind, item.record_id, item.group) if item else None

    def current_item(self) -> today_service.Item | None:
        node = self.tree.currentItem()
        return node.data(0, ITEM_ROLE) if node is not None else None

    def _current_changed(self, *_args) -> None:
        item = self.current_item()
        self.action.setEnabled(item is not None)
        if item is not None:
            self.action.setText(QCoreApplication.translate("TodayView", ACTIONS[item.action]))

    def _activated(self, node: QTreeWidgetItem, _column: int) -> None:
        item = node.data(0, ITEM_ROLE)
        if item is not None:
            self.open_record.emit(item.kind, item.record_id, item.account_id)

    def _act(self) -> None:
        item = self.current_item()
        if item is not None:
            self.act.emit(item.action, item.kind, item.record_id, item.account_id)

    def apply_changes(self, changes) -> None:
        if changes.touches("accounts", "sites", "invoices", "payments", "quotes", "support", "sync", "usage"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        super().showEvent(event)

