"""Messages that do not block: the caller goes on (a send or a run finishes on its own time), and tests can
read them."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A message that does not block the caller (the send finishes on its own time)."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    box.open()
    return box
