"""The operation matrix of domain.md §5: which order operations a site's state allows."""

from __future__ import annotations

from desktop_app.i18n import texts

_ = texts("order_rules")
ADD, CHANGE, EXTEND = "add", "change_package", "extend"

# row: the site's package state, or the package transition the order makes
MATRIX: dict[str, dict[str, bool]] = {
    "free": {ADD: True, CHANGE: True, EXTEND: False},
    "free_paid_products": {ADD: True, CHANGE: True, EXTEND: True},
    "free_to_paid": {ADD: True, CHANGE: True, EXTEND: True},
    "paid_to_paid": {ADD: True, CHANGE: True, EXTEND: True},
    "paid_to_free": {ADD: False, CHANGE: False, EXTEND: False},
}

ROW_NAMES = {
    "free": ("a free site", _("무료 사이트")),
    "free_paid_products": ("a free site with paid products", _("무료 + 유료 상품 사이트")),
    "free_to_paid": ("a free to paid change", _("무료 → 유료 변경")),
    "paid_to_paid": ("a paid site", _("유료 사이트")),
    "paid_to_free": ("a paid to free change", _("유료 → 무료 변경")),
}
OP_NAMES = {ADD: ("add users or products", _("사용자·상품 추가")), CHANGE: ("change the package", _("패키지 변경")),
            EXTEND: ("extend the term", _("기간 연장"))}


def row_for(current_package: str, has_paid_products: bool, new_package: str) -> str:
    if current_package == "free":
        if new_package != "free":
            return "free_to_paid"
        return "free_paid_products" if has_paid_products else "free"
    return "paid_to_free" if new_package == "free" else "paid_to_paid"


def allowed(row: str, operation: str) -> bool:
    return MATRIX[row][operation]


def allowed_operations(current_package: str, has_paid_products: bool) -> dict[str, bool]:
    """What the calculator may offer for a site as it is now (before choosing a new package)."""
    row = row_for(current_package, has_paid_products, current_package)
    return dict(MATRIX[row])
