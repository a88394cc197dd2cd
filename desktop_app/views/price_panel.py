"""The right-hand panel of the calculator: per-company lines with their rules, supply, VAT, total, the
amount in words, and the monthly-against-annual comparison. It shows; it never computes a price."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.pricing.catalog import CatalogVersion
from desktop_app.pricing.orders import Line
from desktop_app.services.calculator import CalcResult
from desktop_app.views import labels

STYLE = """<style>
table { border-collapse: collapse; width: 100%; }
td { padding: 1px 4px; } td.a { text-align: right; white-space: nowrap; }
.site { font-weight: bold; padding-top: 8px; } .sub td { border-top: 1px solid #9ca3af; font-weight: bold; }
.tot td { font-size: 15px; font-weight: bold; } .muted { color: #6b7280; } .bad { color: #b91c1c; }
.save { color: #15803d; font-weight: bold; }
</style>"""


def won(n: int) -> str:
    return f"{n:,}원"


class PricePanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("price_panel")
        self.setOpenLinks(False)
        self.setMinimumWidth(340)
        self.result: CalcResult | None = None

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

    @staticmethod
    def _row(text: str, amount: int | None = None, rule: str = "", cls: str = "") -> str:
        c = f" class='{cls}'" if cls else ""
        if amount is None:
            return f"<tr{c}><td colspan='3'>{escape(text)}</td></tr>"
        return (f"<tr{c}><td>{escape(text)}</td><td class='muted'>{escape(rule)}</td>"
                f"<td class='a'>{won(amount)}</td></tr>")

    def show_result(self, result: CalcResult, version: CatalogVersion, language: str = "ko") -> None:
        self.result = result
        row = self._row
        parts = [STYLE, "<table>"]
        if result.priced is None:
            parts.append(row(self.tr("계산할 수 없습니다"), cls="bad"))
            parts += [row(p.text(language), cls="bad") for p in result.problems]
            self.setHtml("".join(parts) + "</table>")
            return
        pr = result.priced
        for site in pr.sites:
            parts.append(row(site.name, cls="site"))
            if site.starts_on:
                parts.append(row(self.tr("시작일 %1 (C4)").replace("%1", site.starts_on.isoformat()), cls="muted"))
            parts += [row(self.line_text(ln, version), ln.amount, ln.rule) for ln in site.lines]
            if not site.lines:
                parts.append(row(self.tr("무료 (P1)"), cls="muted"))
            parts.append(row(self.tr("소계"), site.subtotal, cls="sub"))
        parts.append(row(" "))
        if pr.code:
            parts.append(row(self.tr("할인코드 %1").replace("%1", pr.code), -pr.code_discount, "P5"))
        parts.append(row(self.tr("공급가액"), pr.supply, "M2"))
        parts.append(row(self.tr("부가세 10%"), pr.vat, "M3"))
        parts.append(row(self.tr("합계"), pr.total, cls="tot"))
        parts.append(row(f"{pr.total_in_words} (₩{pr.total:,})", cls="muted"))
        if result.comparison:
            c = result.comparison
            parts.append(row(" "))
            parts.append(row(self.tr("1년 비용 비교 (공급가액)"), cls="site"))
            parts.append(row(self.tr("1개월 자동 결제 × 12개월"), c.monthly))
            parts.append(row(self.tr("12개월 계약"), c.annual, "P4"))
            parts.append(row(self.tr("연간 계약 절감액"), c.saving, cls="save"))
        self.setHtml("".join(parts) + "</table>")
