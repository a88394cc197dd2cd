"""Who the calculator prices for: an account chosen from a sorted list one can type into (a completer), or
a prospect with the details a quote is addressed with (name, registration number, CEO, address, email)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop_app.views.calculator.rows import ERROR_STYLE, FIELD_ERROR


def fill_accounts(combo: QComboBox, rows, first: str) -> None:
    """The accounts sorted by name as the accounts list sorts them, after a first item for 'no account';
    typing in the box finds an account by any part of its name."""
    combo.clear()
    combo.addItem(first, None)
    for row in sorted(rows, key=lambda r: r.name):
        combo.addItem(row.name, row.id)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.activated[str].connect(lambda text: combo.setCurrentIndex(combo.findText(text)))
    combo.setCompleter(completer)
    # a name typed in full and confirmed with Enter selects the account; anything else goes back to the choice
    combo.lineEdit().editingFinished.connect(lambda: _settle(combo))


def _settle(combo: QComboBox) -> None:
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)
    elif index < 0:
        combo.setEditText(combo.itemText(combo.currentIndex()))


class ProspectFields(QWidget):
    """The prospect's name on one line; 자세히 opens the registration number, CEO, email and address."""

    changed = Signal()
    KEYS = ("name", "brn", "ceo", "email", "address")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        placeholders = {"name": self.tr("견적 받는 분 (회사 이름)"), "brn": self.tr("사업자등록번호 (예: 123-45-67891)"),
                        "ceo": self.tr("대표자"), "email": self.tr("이메일"), "address": self.tr("주소")}
        self.edits: dict[str, QLineEdit] = {}
        for key in self.KEYS:
            edit = QLineEdit()
            edit.setObjectName(f"calc_customer_{key}" if key != "name" else "calc_customer")
            edit.setPlaceholderText(placeholders[key])
            edit.setToolTip(placeholders[key])
            edit.textEdited.connect(lambda _t, k=key: self._clear_error(k))
            self.edits[key] = edit
        self.more = QToolButton()
        self.more.setObjectName("calc_customer_more")
        self.more.setText(self.tr("자세히"))
        self.more.setCheckable(True)
        self.more.setToolTip(self.tr("견적서에 넣을 사업자등록번호, 대표자, 이메일, 주소"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        grid.addWidget(self.edits["name"], 0, 0, 1, 3)
        grid.addWidget(self.more, 0, 3)
        grid.addWidget(self.edits["brn"], 1, 0)
        grid.addWidget(self.edits["ceo"], 1, 1)
        grid.addWidget(self.edits["email"], 1, 2, 1, 2)
        grid.addWidget(self.edits["address"], 2, 0, 1, 4)
        grid.addWidget(self.error, 3, 0, 1, 4)
        self.more.toggled.connect(self._show_details)
        self._show_details(False)

    def _show_details(self, shown: bool) -> None:
        for key in ("brn", "ceo", "email", "address"):
            self.edits[key].setVisible(shown)

    def set_customer(self, customer: dict) -> None:
        for key, edit in self.edits.items():
            edit.setText(customer.get(key, "") if key != "name" or customer.get(key) != "고객" else "")
        self.more.setChecked(any(customer.get(k) for k in ("brn", "ceo", "email", "address")))

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def show_errors(self, errors: dict[str, str]) -> None:
        self.more.setChecked(True)
        for key, message in errors.items():
            if key in self.edits:
                self.edits[key].setStyleSheet(FIELD_ERROR)
        self.error.setText("\n".join(errors.values()))
        self.error.show()
        first = next((k for k in self.KEYS if k in errors), None)
        if first:
            self.edits[first].setFocus()

    def _clear_error(self, key: str) -> None:
        self.edits[key].setStyleSheet("")
        if not any(e.styleSheet() for e in self.edits.values()):
            self.error.hide()


