"""Which packages and editions each vendor sells (domain.md §3) and the free-package limit (P1).

The prices live in the catalog; this module only knows the names a site may carry.
"""

from __future__ import annotations

from desktop_app.i18n import Text, texts

_ = texts("packages")
FREE = "free"
FREE_MAX_USERS = 9
PAID_MIN_USERS = 10

PACKAGES: dict[str, tuple[str, ...]] = {
    "daouoffice": ("free", "standard", "premium"),
    "naver": ("workplace", "collabo", "collabo_plus"),
}
EDITIONS: dict[str, tuple[str, ...]] = {"daouoffice": ("service", "enterprise"), "naver": ()}


def vendor_of(package: str) -> str:
    """The vendor that sells a package id (package ids do not repeat across vendors)."""
    return next((v for v, pkgs in PACKAGES.items() if package in pkgs), "daouoffice")


def seats_problem(vendor: str, package: str, users: int) -> Text | None:
    """P1 for DaouOffice: free is 9 users or fewer; a paid package needs at least 10."""
    if users < 0:
        return _("사용자 수는 0 이상이어야 합니다.")
    if vendor != "daouoffice":
        return None
    if package == FREE and users > FREE_MAX_USERS:
        return _("무료 패키지는 {most}명까지입니다 (P1). {least}명 이상은 유료 패키지를 고르세요.",
                 most=FREE_MAX_USERS, least=PAID_MIN_USERS)
    if package != FREE and users < PAID_MIN_USERS:
        return _("유료 패키지는 {least}명 이상이어야 합니다 (P1). {least}명 이상으로 하거나 무료 패키지를 고르세요.",
                 least=PAID_MIN_USERS)
    return None


def seat_limit(vendor: str, package: str, users: int) -> int:
    """How many named users a site may hold: the free package allows 9, else the purchased seats."""
    if vendor == "daouoffice" and package == FREE:
        return FREE_MAX_USERS
    return users
