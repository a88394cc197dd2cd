"""Messages to the user: `shown()` puts anything the services say into the interface language, `tell()` shows a
message without blocking (the caller goes on; tests can read it).

Services, pricing and the database mark their messages with `desktop_app.i18n.texts` (Korean, the source
language). Every place in the views that shows such a message goes through `shown()`, so an English user never
reads Korean: a `UserError` (a `ValidationError` with all its fields), a refused order (`Refused`, `Problem`),
a bare `Text`, a list of them, or a rule error carrying a `Text`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.errors import UserError, ValidationError
from desktop_app.i18n import translated


def shown(value: Any) -> str:
    """`value` as the user should read it, in the interface language."""
    from desktop_app.pricing.orders import Problem, Refused

    if value is None:
        return ""
    if isinstance(value, ValidationError):
        return "\n".join(shown(v) for v in value.errors.values())
    if isinstance(value, UserError):
        return shown(value.message)
    if isinstance(value, Refused):
        return "\n".join(shown(p) for p in value.problems)
    if isinstance(value, Problem):
        return shown(value.message)
    if isinstance(value, BaseException):
        return shown(value.args[0]) if len(value.args) == 1 and isinstance(value.args[0], str) else str(value)
    if isinstance(value, (list, tuple)):
        return "\n".join(shown(v) for v in value)
    return str(translated(value, QCoreApplication.translate))


def shown_errors(errors: dict[str, Any]) -> dict[str, str]:
    """A ValidationError's field messages, each in the interface language."""
    return {key: shown(message) for key, message in errors.items()}


def tell(parent: QWidget, title: str, text: Any, warning: bool = False) -> QMessageBox:
    """A message that does not block the caller (the send finishes on its own time)."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, shown(text),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message")
    box.open()
    return box
