"""A dialog whose fields each carry their own error line, filled from a service's ValidationError."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError, ValidationError
from desktop_app.views.common.notify import shown, shown_errors

ERROR_STYLE = "color: #b91c1c;"


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, scroll: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.form = QFormLayout()
        if scroll:  # a long form (the settings) scrolls inside a window that fits a 1280×800 screen
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            inner = QWidget()
            inner.setLayout(self.form)
            area.setWidget(inner)
            outer.addWidget(area, 1)
        else:
            outer.addLayout(self.form)
        self._scroll = scroll
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("FormDialog", "저장"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("FormDialog", "취소"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.saved = None  # what the service returned on success

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(key)
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setObjectName(f"{key}_error")
        err.setWordWrap(True)
        err.setStyleSheet(ERROR_STYLE)
        err.hide()
        lay.addWidget(err)
        self.form.addRow(label, box)
        self._fields[key] = widget
        self._errors[key] = err
        # Typing in a field clears its old error: the message is about the value that was refused.
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _=None, k=key: self.clear_error(k))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _=None, k=key: self.clear_error(k))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _=None, k=key: self.clear_error(k))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _=None, k=key: self.clear_error(k))
        return widget

    def showEvent(self, event) -> None:
        """The first field has the focus, so typing goes into it and a space never presses 저장."""
        super().showEvent(event)
        for widget in self._fields.values():
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _grow(self) -> None:
        """Grow to show a whole message: word-wrapped error lines need height the dialog did not have."""
        if self._scroll:
            return
        lay = self.layout()
        lay.invalidate()
        lay.activate()
        width = self.width()
        needed = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
        self.resize(width, max(self.height(), needed, lay.totalMinimumSize().height()))

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def clear_error(self, key: str) -> None:
        self._errors[key].clear()
        self._errors[key].hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for key, message in errors.items():
            if key in self._errors:
                self._errors[key].setText(message)
                self._errors[key].show()
                first = first or key
            else:
                self.show_general(message)
        if first:
            self._fields[first].setFocus()
        self._grow()

    def show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()
        self._grow()

    def _submit(self) -> None:
        for key in self._errors:
            self.clear_error(key)
        self.general_error.hide()
        try:
            self.saved = self.save()
        except ValidationError as exc:
            self.show_errors(shown_errors(exc.errors))
            return
        except UserError as exc:
            self.show_general(shown(exc))
            return
        self.accept()

    def save(self):  # pragma: no cover - each dialog defines it
        raise NotImplementedError

    @staticmethod
    def combo(items: list[tuple[str, object]], on_change: Callable[[], None] | None = None) -> QComboBox:
        box = QComboBox()
        for text, value in items:
            box.addItem(text, value)
        if on_change:
            box.currentIndexChanged.connect(lambda _=None: on_change())
        return box

    @staticmethod
    def choose(box: QComboBox, value: object) -> None:
        i = box.findData(value)
        if i >= 0:
            box.setCurrentIndex(i)
