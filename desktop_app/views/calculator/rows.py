"""The companies of the calculator: one row of editors per company (name, edition, package, users,
add-ons), new sites or existing sites of an account, each with its own error line."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.pricing.catalog import CatalogVersion
from desktop_app.pricing.orders import Problem
from desktop_app.services.calculator import CalcRow
from desktop_app.views.common import labels
from desktop_app.views.common.notify import shown

ERROR_STYLE = "color: #b91c1c;"
FIELD_ERROR = "border: 1px solid #b91c1c;"


class CompanyRow(QObject):
    """The editors of one company. Not a widget of its own: its editors sit in the grid's columns."""

    changed = Signal()
    remove = Signal(object)

    def __init__(self, version: CatalogVersion, row: CalcRow, language: str = "ko",
                 operations: dict[str, bool] | None = None, blocked: str = ""):
        super().__init__()
        self.version, self.site_id, self.current = version, row.site_id, row.current
        self.language = language
        self.blocked = blocked
        self.name = QLineEdit(row.name)
        self.name.setMinimumWidth(110)
        self.edition = QComboBox()
        for eid, e in version.editions.items():
            self.edition.addItem(labels.edition_name(eid) or e["name"], eid)
        self.package = QComboBox()
        packages = (["free"] if version.free_package else []) + list(version.packages)
        for pid in packages:
            self.package.addItem(labels.package_name(pid), pid)
        self.users = QSpinBox()
        self.users.setRange(0, 1_000_000)
        self.users.setSuffix(self.tr("명"))
        self.users.setKeyboardTracking(True)
        self.addon_spins: dict[str, QSpinBox] = {}
        for aid in version.addons:
            spin = QSpinBox()
            spin.setRange(0, 10_000)
            spin.setToolTip(version.addons[aid].name)
            self.addon_spins[aid] = spin
        self.extend = QCheckBox(self.tr("연장"))
        self.remove_button = QPushButton("✕")
        self.remove_button.setToolTip(self.tr("이 회사를 뺍니다"))
        self.remove_button.setFixedWidth(28)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.now = QLabel()
        self.now.setStyleSheet("color: #6b7280;")
        self._set(row)
        if row.site_id is None:
            self.extend.hide()
            self.now.hide()
        else:
            self.remove_button.hide()
            self.name.setReadOnly(True)
            self.now.setText(self.tr("현재: %1").replace("%1", self._describe(row)))
            self._apply_matrix(operations or {}, blocked)
        self.name.textEdited.connect(lambda _t: self.changed.emit())
        self.edition.currentIndexChanged.connect(lambda _i: self._package_changed())
        self.package.currentIndexChanged.connect(lambda _i: self._package_changed())
        self.users.valueChanged.connect(lambda _v: self.changed.emit())
        for spin in self.addon_spins.values():
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.extend.toggled.connect(lambda _b: self.changed.emit())
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))

    def _describe(self, row: CalcRow) -> str:
        text = f"{labels.package_name(row.package)} {labels.edition_name(row.edition)} {row.users:,}"
        return text + self.tr("명")

    def _set(self, row: CalcRow) -> None:
        i = self.package.findData(row.package)
        self.package.setCurrentIndex(max(i, 0))
        i = self.edition.findData(row.edition)
        self.edition.setCurrentIndex(max(i, 0))
        self.users.setValue(row.users)
        for aid, spin in self.addon_spins.items():
            spin.setValue(row.addons.get(aid, 0))
        self.extend.setChecked(row.extend)
        self.edition.setEnabled(self.package.currentData() != "free" and len(self.version.editions) > 1)

    def set_value(self, row: CalcRow) -> None:
        """Show a saved configuration (a quote being edited) in this row's editors."""
        self.name.setText(row.name)
        self._set(row)
        self.changed.emit()

    def _apply_matrix(self, operations: dict[str, bool], blocked: str) -> None:
        """§5 and O2: what this site's state forbids is disabled, with the reason on the control."""
        if blocked:
            for w in self.editors():
                w.setEnabled(False)
                w.setToolTip(shown(blocked))
            self.error.setText(shown(blocked))
            self.error.show()
            return
        if not operations.get("extend", True):
            self.extend.setEnabled(False)
            self.extend.setToolTip(self.tr("무료 사이트는 연장할 것이 없습니다 (주문 가능 표 §5)."))
        if self.current is not None and self.current.package != "free":
            i = self.package.findData("free")
            if i >= 0:
                # paid → free: every operation is refused (§5); the item stays visible with the reason
                self.package.model().item(i).setEnabled(False)
                self.package.setItemData(i, self.tr("유료 사이트는 무료 패키지로 바꿀 수 없습니다 (§5)."),
                                         Qt.ItemDataRole.ToolTipRole)

    def _package_changed(self) -> None:
        self.edition.setEnabled(self.package.currentData() != "free" and len(self.version.editions) > 1)
        self.changed.emit()

    def editors(self) -> list[QWidget]:
        return [self.name, self.edition, self.package, self.users, *self.addon_spins.values(), self.extend]

    def value(self) -> CalcRow:
        return CalcRow(self.name.text().strip() or self.tr("회사"), self.package.currentData(), self.users.value(),
                       self.edition.currentData() if self.package.currentData() != "free" else None,
                       {aid: spin.value() for aid, spin in self.addon_spins.items() if spin.value()},
                       self.site_id, self.current, self.extend.isChecked())

    def show_problems(self, problems: dict[str, Problem]) -> None:
        """Each refusal at its field: a red frame on the editor and the reason under the row."""
        targets = {"users": self.users, "package": self.package, "edition": self.edition, "extend": self.extend}
        for w in targets.values():
            w.setStyleSheet("")
        if not problems:
            if not self.blocked:
                self.error.hide()
            return
        for key in problems:
            base = key.split("[")[0]
            widget = targets.get(base) or (self.addon_spins.get(key.split(".")[0]) if base == "addons" else None)
            if widget is not None:
                widget.setStyleSheet(FIELD_ERROR)
        self.error.setText(shown(list(problems.values())))
        self.error.show()


class CompanyGrid(QWidget):
    """The rows in a grid: a header line, then per company its editors and, under them, its error line."""

    changed = Signal()

    def __init__(self, version: CatalogVersion, language: str = "ko", parent: QWidget | None = None):
        super().__init__(parent)
        self.version, self.language = version, language
        self.rows: list[CompanyRow] = []
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        heads = [self.tr("회사"), self.tr("에디션"), self.tr("패키지"), self.tr("사용자")]
        heads += [a.name for a in version.addons.values()] + ["", ""]
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setStyleSheet("font-weight: bold;")
            head.setWordWrap(True)
            self.grid.addWidget(head, 0, col)
        self._next_line = 1

    def add_row(self, row: CalcRow, operations: dict[str, bool] | None = None, blocked: str = "") -> CompanyRow:
        w = CompanyRow(self.version, row, self.language, operations, blocked)
        line = self._next_line
        for col, editor in enumerate([w.name, w.edition, w.package, w.users, *w.addon_spins.values()]):
            self.grid.addWidget(editor, line, col)
        last = 4 + len(w.addon_spins)
        self.grid.addWidget(w.extend, line, last)
        self.grid.addWidget(w.remove_button, line, last + 1)
        self.grid.addWidget(w.now, line + 1, 0, 1, 4)
        self.grid.addWidget(w.error, line + 2, 0, 1, last + 2)
        self._next_line += 3
        w.changed.connect(self.changed)
        w.remove.connect(self.remove_row)
        self.rows.append(w)
        return w

    def remove_row(self, w: CompanyRow) -> None:
        if w not in self.rows:
            return
        self.rows.remove(w)
        for editor in [*w.editors(), w.remove_button, w.error, w.now]:
            self.grid.removeWidget(editor)
            editor.deleteLater()
        w.deleteLater()
        self.changed.emit()

    def values(self) -> list[CalcRow]:
        return [r.value() for r in self.rows]

    def names(self) -> list[str]:
        return [r.name.text() for r in self.rows]
