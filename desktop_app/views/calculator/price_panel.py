"""The right-hand panel of the calculator: per-company lines with their rules, supply, VAT, total, the
amount in words, and the monthly-against-annual comparison. It shows; it never computes a price.

A table model, not HTML: re-laying out an HTML document of 50 companies took 60 ms a keystroke; resetting
a model repaints only the visible rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.pricing.catalog import CatalogVersion
from desktop_app.pricing.orders import Line
from desktop_app.services.calculator import CalcResult
from desktop_app.views.common import labels
from desktop_app.views.common.notify import shown

_COLOURS = {"muted": QColor("#6b7280"), "bad": QColor("#b91c1c"), "save": QColor("#15803d")}
_BOLD = {"site", "sub", "tot", "save", "head"}


def won(n: int) -> str:
    return labels.won(n)


class PanelModel(QAbstractTableModel):
    """Rows of (text, rule, amount or None, style)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[tuple[str, str, int | None, str]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._big = QFont()
        self._big.setBold(True)
        self._big.setPointSizeF(self._big.pointSizeF() * 1.25)

    def set_lines(self, lines: list[tuple[str, str, int | None, str]]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("항목"), self.tr("규칙"), self.tr("금액"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        text, rule, amount, style = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (text, rule, won(amount) if amount is not None else "")[col]
        if role == Qt.ItemDataRole.UserRole:
            return amount if col == 2 else None
        if role == Qt.ItemDataRole.ToolTipRole and (text or rule):
            # the whole line (a long one is cut on screen) and, for staff, the rule it follows
            return text + ("\n" + self.tr("규칙: %1").replace("%1", rule) if rule else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and style in _BOLD:
            return self._big if style == "tot" else self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            return _COLOURS.get(style) or (_COLOURS["muted"] if col == 1 else None)
        return None


class PricePanel(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("price_panel")
        self.model_ = PanelModel(self)
        self.setModel(self.model_)
        self.setMinimumWidth(380)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 44)
        header.resizeSection(2, 120)
        # rule ids (P4, C5 …) are the staff's: in each line's tooltip, as a column only when asked for
        self.setColumnHidden(1, True)
        self.rules_action = QAction(self.tr("규칙 번호 보기 (직원용)"), self)
        self.rules_action.setCheckable(True)
        self.rules_action.toggled.connect(lambda shown: self.setColumnHidden(1, not shown))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addAction(self.rules_action)
        self.result: CalcResult | None = None

    def toPlainText(self) -> str:
        """The panel as text, one row a line (tests and copying to the clipboard)."""
        return "\n".join(" ".join(x for x in (t, r, won(a) if a is not None else "") if x)
                         for t, r, a, _ in self.model_.lines)

    def line_text(self, ln: Line, version: CatalogVersion) -> str:
        if ln.item == "license":
            return (self.tr("라이선스 %1 · %2명 × %3 × %4개월").replace("%1", self._product(ln.product or "", version))
                    .replace("%2", f"{ln.quantity:,}").replace("%3", won(ln.unit_price or 0))
                    .replace("%4", str(ln.months)))
        if ln.item == "volume_discount":
            return self.tr("사용자 구간 할인 (%1)").replace("%1", labels.policy_name(ln.details.get("policy", "")))
        if ln.item == "annual_discount":
            return self.tr("연간 계약 할인 %1%").replace("%1", str(ln.details.get("percent", "")))
        if ln.item == "addon":
            addon = version.addons.get(ln.product or "")
            name = addon.name if addon else ln.product or ""
            text = f"{name} · {ln.quantity:,} × {won(ln.unit_price or 0)}"
            return text + (self.tr(" × %1개월").replace("%1", str(ln.months)) if ln.months else "")
        if ln.item == "setup_fee":
            return self.tr("설치비 (패키지 변경)")
        if ln.item == "proration":
            d = ln.details
            return (self.tr("일할 계산: (%1 − %2) × %3/%4일").replace("%1", won(d["term_price_after"]))
                    .replace("%2", won(d["term_price_before"])).replace("%3", str(d["remaining_days"]))
                    .replace("%4", str(d["term_days"])))
        return ln.item

    @staticmethod
    def _product(product: str, version: CatalogVersion) -> str:
        edition, _, package = product.rpartition("-")
        return " ".join(x for x in (labels.edition_name(edition), labels.package_name(package)) if x)

    def show_result(self, result: CalcResult, version: CatalogVersion, language: str = "ko") -> None:
        self.result = result
        rows: list[tuple[str, str, int | None, str]] = []
        if result.priced is None:
            rows.append((self.tr("계산할 수 없습니다"), "", None, "bad"))
            rows += [(shown(p), p.rule, None, "bad") for p in result.problems]
            self.model_.set_lines(rows)
            return
        pr = result.priced
        for site in pr.sites:
            rows.append((site.name, "", None, "site"))
            if site.starts_on:
                rows.append((self.tr("시작일 %1 (C4)").replace("%1", site.starts_on.isoformat()), "", None, "muted"))
            rows += [(self.line_text(ln, version), ln.rule, ln.amount, "") for ln in site.lines]
            if not site.lines:
                rows.append((self.tr("변경 없음") if site.change else self.tr("무료 (P1)"), "", None, "muted"))
            rows.append((self.tr("소계"), "", site.subtotal, "sub"))
        rows.append(("", "", None, ""))
        if pr.code:
            rows.append((self.tr("할인코드 %1").replace("%1", pr.code), "P5", -pr.code_discount, ""))
        rows.append((self.tr("공급가액"), "M2", pr.supply, "head"))
        rows.append((self.tr("부가세 10%"), "M3", pr.vat, ""))
        rows.append((self.tr("합계"), "", pr.total, "tot"))
        rows.append((f"{pr.total_in_words} (₩{pr.total:,})", "M4", None, "muted"))
        if result.comparison:
            c = result.comparison
            rows.append(("", "", None, ""))
            rows.append((self.tr("1년 비용 비교 (공급가액)"), "", None, "head"))
            rows.append((self.tr("1개월 자동 결제 × 12개월"), "", c.monthly, ""))
            rows.append((self.tr("12개월 계약"), "P4", c.annual, ""))
            rows.append((self.tr("연간 계약 절감액"), "", c.saving, "save"))
        self.model_.set_lines(rows)
