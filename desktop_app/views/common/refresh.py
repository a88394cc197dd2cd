"""How a section follows changes of data (MainWindow.changed): reload what it shows of the touched kinds now if
it is visible, else when it is next shown; the selection and the scroll position stay where they were.

    self.follow = Follows(self, ("accounts", "sites"), self.reload)

    def apply_changes(self, changes):   # called by MainWindow for every Changes, local or from elsewhere
        self.follow.apply(changes)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

if TYPE_CHECKING:
    from desktop_app.changes import Changes


class Follows(QObject):
    def __init__(self, widget: QWidget, kinds: tuple[str, ...], refresh: Callable[[], None]):
        super().__init__(widget)
        self.widget, self.kinds, self.refresh = widget, kinds, refresh
        self.stale = False
        widget.installEventFilter(self)

    def apply(self, changes: Changes) -> bool:
        """Reload now (visible) or on showing (hidden); True when the change concerns this section."""
        if not changes.touches(*self.kinds):
            return False
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


@contextmanager
def keep_scroll(*views: QAbstractScrollArea) -> Iterator[None]:
    """Around a reload: the lists stay scrolled where the user left them."""
    places = [(v, v.verticalScrollBar().value(), v.horizontalScrollBar().value()) for v in views]
    yield
    for v, vertical, horizontal in places:
        v.verticalScrollBar().setValue(vertical)
        v.horizontalScrollBar().setValue(horizontal)
