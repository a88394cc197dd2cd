"""The catalog: products and prices by version, sample values marked (K4); staff with the catalog permission
add a price version effective from a date (K1, K3)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import UserError, ValidationError
from desktop_app.models import Feature
from desktop_app.services import catalog
from desktop_app.services.catalog import PriceRow
from desktop_app.services.desk import Desk
from desktop_app.views.common import labels
from desktop_app.views.common.notify import shown
from desktop_app.views.common.refresh import Follows
from desktop_app.views.common.rows_model import Column, RowsModel
from desktop_app.views.common.tables import make_table

_SAMPLE = QColor("#b45309")


def _billing(code: str) -> str:
    return {"per_user_month": QCoreApplication.translate("columns", "사용자당 월"),
            "monthly": QCoreApplication.translate("columns", "월"),
            "once": QCoreApplication.translate("columns", "1회"),
            "per_licence": QCoreApplication.translate("columns", "라이선스당 월")}.get(code, code)


def price_model(parent=None) -> RowsModel[PriceRow]:
    sample = QCoreApplication.translate("columns", "표본값 (sample)")
    fact = QCoreApplication.translate("columns", "공식 가격")
    return RowsModel([
        Column(QCoreApplication.translate("columns", "상품"), lambda r: shown(r.name)),
        Column(QCoreApplication.translate("columns", "과금"), lambda r: _billing(r.billing)),
        Column(QCoreApplication.translate("columns", "가격"), lambda r: labels.won(r.price), sort_key=lambda r: r.price,
               right=True),
        Column(QCoreApplication.translate("columns", "출처"), lambda r: sample if r.sample else fact,
               colour=lambda r: _SAMPLE if r.sample else None),
    ], parent)


class PriceVersionDialog(QDialog):
    """New prices effective from a date; every price starts from the version in force then."""

    def __init__(self, desk: Desk, catalog_id: str, rows: list[PriceRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("새 가격표"))
        self.desk, self.catalog_id, self.rows = desk, catalog_id, rows
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(clock.today() + dt.timedelta(days=1)))
        form.addRow(self.tr("적용 시작일"), self.date)
        lay.addLayout(form)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("상품"), self.tr("가격 (원)")])
        self.spins: list[QSpinBox] = []
        for i, r in enumerate(rows):
            label = QLabel(shown(r.name))
            self.table.setCellWidget(i, 0, label)
            spin = QSpinBox()
            spin.setRange(0, 100_000_000)
            spin.setGroupSeparatorShown(True)
            spin.setValue(r.price)
            self.table.setCellWidget(i, 1, spin)
            self.spins.append(spin)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        lay.addWidget(self.table)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(520, 480)

    def changes(self) -> dict[tuple[str, str], int]:
        return {(r.kind, r.key): s.value() for r, s in zip(self.rows, self.spins)}

    def submit(self) -> None:
        try:
            self.desk.run(catalog.add_price_version, self.catalog_id, self.date.date().toPython(), self.changes())
        except ValidationError as exc:
            self.error.setText(shown(exc))
            return
        except UserError as exc:
            self.error.setText(shown(exc))
            return
        self.accept()


class CatalogView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.catalog = QComboBox()
        self.catalog.setObjectName("catalog_choice")
        self.version = QComboBox()
        self.version.setObjectName("catalog_version")
        self.new_button = QPushButton(self.tr("새 가격표…"))
        self.new_button.setObjectName("catalog_new")
        top.addWidget(QLabel(self.tr("카탈로그")))
        top.addWidget(self.catalog)
        top.addWidget(QLabel(self.tr("가격표")))
        top.addWidget(self.version, 1)
        top.addWidget(self.new_button)
        lay.addLayout(top)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.model = price_model(self)
        self.table = make_table(self.model, "prices_table", (260, 110, 120), sort_column=None)
        lay.addWidget(self.table, 1)
        self.catalog.currentIndexChanged.connect(lambda _i: self._fill_versions())
        self.version.currentIndexChanged.connect(lambda _i: self._show())
        self.new_button.clicked.connect(self.new_version)
        may = desk.actor.may(Feature.CATALOG)
        self.new_button.setEnabled(may)
        if not may:
            self.new_button.setToolTip(self.tr("가격을 바꾸려면 카탈로그 권한이 필요합니다 (K3)."))
        self.follow = Follows(self, ("catalog",), self.reload)
        self.reload()

    def apply_changes(self, changes) -> None:
        """MainWindow.changed: a new price version (here or on another workstation)."""
        self.follow.apply(changes)

    def reload(self) -> None:
        self.cats = self.desk.read(catalog.catalogs)
        current = self.catalog.currentData()
        self.catalog.blockSignals(True)
        self.catalog.clear()
        for cid, cat in self.cats.items():
            self.catalog.addItem(cat.name, cid)
        if current:
            self.catalog.setCurrentIndex(max(self.catalog.findData(current), 0))
        self.catalog.blockSignals(False)
        self._fill_versions()

    def _fill_versions(self) -> None:
        cat = self.cats[self.catalog.currentData()]
        in_force = cat.version_on(clock.today()).effective_from
        self.version.blockSignals(True)
        self.version.clear()
        for v in reversed(cat.versions):
            mark = self.tr(" (현재 적용)") if v.effective_from == in_force else ""
            self.version.addItem(self.tr("%1 부터").replace("%1", v.effective_from.isoformat()) + mark,
                                 v.effective_from.isoformat())  # plain text: Qt turns a date into a QDate
        self.version.setCurrentIndex(self.version.findData(in_force.isoformat()))
        self.version.blockSignals(False)
        self._show()

    def _show(self) -> None:
        cat = self.cats[self.catalog.currentData()]
        rows = catalog.price_rows(cat, dt.date.fromisoformat(self.version.currentData()))
        self.model.set_rows(rows)
        samples = sum(r.sample for r in rows)
        self.note.setText(self.tr("가격은 부가세 별도입니다 (M2). 표본값 %1개는 공급사 자료에 없는 예시 가격입니다 (K4).")
                          .replace("%1", str(samples)))

    def new_version(self) -> None:
        cat_id = self.catalog.currentData()
        rows = catalog.price_rows(self.cats[cat_id], self.cats[cat_id].version_on(clock.today()).effective_from)
        if PriceVersionDialog(self.desk, cat_id, rows, self).exec():
            self.reload()
