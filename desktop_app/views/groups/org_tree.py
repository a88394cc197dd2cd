"""The editable company/department tree of a group: a QStandardItemModel rebuilt from the pure tree after
every change, and a tree view whose drops are turned into requested moves (checked by the G3 rules by the
owner) instead of letting the model move items itself."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from desktop_app.pricing import orgchart
from desktop_app.pricing.orgchart import Tree

KEY_ROLE = Qt.ItemDataRole.UserRole + 10


def scope_text(scope: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {"group": QCoreApplication.translate("labels", "그룹사 전체"),
            "own": QCoreApplication.translate("labels", "내 회사")}.get(scope, scope)


def fill(model: QStandardItemModel, tree: Tree, scopes: dict[str, str], company_ids: dict[str, str]) -> None:
    model.removeRows(0, model.rowCount())
    kids = orgchart.children_map(tree)  # once: a children lookup per node was quadratic on 2,000 departments

    def add(parent_item: QStandardItem, parent_key: str | None) -> None:
        for n in kids.get(parent_key, ()):
            name = QStandardItem(n.name)
            name.setData(n.key, KEY_ROLE)
            name.setEditable(False)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
            if n.is_company:
                font = QFont()
                font.setBold(True)
                name.setFont(font)
                flags |= Qt.ItemFlag.ItemIsDragEnabled  # companies move; departments stay in their company (G3)
                extra = QStandardItem(company_ids.get(n.key, ""))
                scope = QStandardItem(scope_text(scopes.get(n.key, "group")))
            else:
                name.setForeground(QBrush(QColor("#374151")))
                extra, scope = QStandardItem(""), QStandardItem("")
            name.setFlags(flags)
            for item in (extra, scope):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            add(name, n.key)  # the subtree is built before it joins the model: no model signal per item
            parent_item.appendRow([name, extra, scope])

    add(model.invisibleRootItem(), None)


def key_of(index: QModelIndex) -> str | None:
    return index.siblingAtColumn(0).data(KEY_ROLE) if index.isValid() else None


class OrgTreeView(QTreeView):
    """Drops become `move_requested(key, new_parent_key_or_None, row)`; the owner decides."""

    move_requested = Signal(str, object, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("org_tree")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # DragDrop rather than InternalMove: a drop is only ever a request to the owner, and InternalMove
        # refuses any drag whose source is not this very view (synthetic test drags included).
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)

    def drop_target(self, event: QDropEvent) -> tuple[str | None, int]:
        """(new parent key, row) from where the drop indicator points."""
        index = self.indexAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        if not index.isValid() or position == QAbstractItemView.DropIndicatorPosition.OnViewport:
            return None, self.model().rowCount()
        if position == QAbstractItemView.DropIndicatorPosition.OnItem:
            return key_of(index), self.model().rowCount(index.siblingAtColumn(0))
        parent = index.parent()
        row = index.row() + (1 if position == QAbstractItemView.DropIndicatorPosition.BelowItem else 0)
        return key_of(parent), row

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() not in (self, None) or not event.mimeData().hasFormat(self.model().mimeTypes()[0]):
            event.ignore()  # only rows of this tree are moved here
            return
        dragged = key_of(self.currentIndex())
        parent, row = self.drop_target(event)
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the model is rebuilt by the owner, never moved here
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if dragged is not None:
            self.move_requested.emit(dragged, parent, row)
