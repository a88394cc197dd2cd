"""Korean words for priced lines, as documents print them (the calculator panel translates its own)."""

from __future__ import annotations

from typing import Any

from desktop_app.pricing.catalog import CatalogVersion

EDITIONS = {"service": "서비스형", "enterprise": "엔터프라이즈형", "standard": ""}
PACKAGES = {"free": "무료", "standard": "스탠다드", "premium": "프리미엄", "workplace": "WORKPLACE",
            "collabo": "Collabo", "collabo_plus": "Collabo+"}
POLICIES = {"4.0": "4.0 정책", "legacy": "기존 고객 정책"}


def product_name(product: str) -> str:
    edition, _, package = product.rpartition("-")
    return " ".join(x for x in (EDITIONS.get(edition, edition), PACKAGES.get(package, package)) if x)


def describe(line: dict[str, Any], version: CatalogVersion) -> str:
    item = line["item"]
    if item == "license":
        return (f"라이선스 {product_name(line['product'])} {line['quantity']:,}명 × {line['unit_price']:,}원"
                f" × {line['months']}개월")
    if item == "volume_discount":
        return f"사용자 구간 할인 ({POLICIES.get(line.get('policy', ''), '')})"
    if item == "annual_discount":
        return f"연간 계약 할인 {line.get('percent', '')}%"
    if item == "addon":
        addon = version.addons.get(line["product"])
        name = addon.name if addon else line["product"]
        months = f" × {line['months']}개월" if line.get("months") else ""
        return f"{name} {line['quantity']:,} × {line['unit_price']:,}원{months}"
    if item == "setup_fee":
        return f"설치비 ({PACKAGES.get(line['product'], line['product'])} 패키지 변경)"
    if item == "proration":
        return (f"일할 계산 ({line['term_price_after']:,}원 - {line['term_price_before']:,}원) × "
                f"{line['remaining_days']}/{line['term_days']}일, {line['from']}~{line['to']}")
    return item


def labelled(priced: dict[str, Any], version: CatalogVersion) -> dict[str, Any]:
    """A priced order's JSON with a Korean label on every line, as quotes and invoices print it."""
    sites = [{**site, "lines": [{**ln, "label": describe(ln, version)} for ln in site["lines"]]}
             for site in priced["sites"]]
    return {**priced, "sites": sites}
