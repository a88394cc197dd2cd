"""NAVER WORKPLACE rules (domain.md W1–W4): daily usage billing, trial reservations, upgrades, storage."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from desktop_app.i18n import Text, texts
from desktop_app.pricing.catalog import CatalogVersion
from desktop_app.pricing.money import cut
from desktop_app.pricing.packages import PACKAGES

_ = texts("naver_rules")

TB_GB = 1024
ORDER = PACKAGES["naver"]  # W3: upgrades go up this list only
UPGRADABLE = ("workplace",)  # Collabo and Collabo+ have no upgrade
TRIAL_WARNING_DAYS = 7
STORAGE_WARNING_SHARE = Fraction(1, 10)


class NaverRuleError(ValueError):
    """A refused NAVER operation; the message says the rule and what is possible."""


# --- W1: usage billing -------------------------------------------------------------------------------

def daily_usage_fee(counts: dict[dt.date, int], monthly_price: int) -> int:
    """The fee of the given days: each day costs registered accounts × monthly price ÷ days in its month.
    Summed exactly, cut to the won once (M3)."""
    total = Fraction(0)
    for day, n in counts.items():
        if n < 0:
            raise NaverRuleError("a daily count of registered accounts is never negative")
        total += Fraction(n * monthly_price, calendar.monthrange(day.year, day.month)[1])
    return cut(total)


def estimate_window(today: dt.date) -> tuple[dt.date, dt.date] | None:
    """W1: next month's bill is estimated from the first of this month to yesterday (None on the 1st)."""
    first = today.replace(day=1)
    yesterday = today - dt.timedelta(days=1)
    return (first, yesterday) if yesterday >= first else None


def month_days(year: int, month: int) -> list[dt.date]:
    return [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]


# --- W2: trial to paid ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Reservation:
    plan: str
    on: dt.date


def reserve(plan: str, trial_end: dt.date, today: dt.date, on: dt.date | None = None) -> Reservation:
    """A reservation names a plan and a date on or before the trial end (default: the trial end)."""
    if plan not in ORDER:
        raise NaverRuleError(_("알 수 없는 요금제 '{plan}' 입니다. {choices} 중에서 고르세요 (W2).", plan=plan,
                               choices=", ".join(ORDER)))
    day = on or trial_end
    if day > trial_end:
        raise NaverRuleError(_("전환 예약일은 체험 종료일({trial_end}) 이전이어야 합니다 (W2).", trial_end=trial_end))
    if day < today:
        raise NaverRuleError(_("전환 예약일은 오늘 이후여야 합니다 (W2)."))
    return Reservation(plan, day)


def may_change_reservation(reservation: Reservation, today: dt.date) -> bool:
    """It can be changed or cancelled until its date."""
    return today <= reservation.on


def trial_warning(trial_end: dt.date, today: dt.date, reserved: bool) -> Text | None:
    """A trial that ends without a reservation expires and its data is deleted: warn 7 days ahead."""
    if reserved:
        return None
    left = (trial_end - today).days
    if 0 <= left <= TRIAL_WARNING_DAYS:
        return _("체험이 {left}일 뒤({trial_end}) 끝납니다. 유료 전환을 예약하지 않으면 서비스가 만료되고 "
                 "데이터가 삭제됩니다 (W2).", left=left, trial_end=trial_end)
    return None


# --- W3: upgrades --------------------------------------------------------------------------------------

def check_upgrade(current: str, target: str) -> None:
    if current not in UPGRADABLE:
        raise NaverRuleError(_("{current} 에서는 업그레이드할 수 없습니다 (W3: Collabo, Collabo+ 는 업그레이드 없음).",
                               current=current))
    if target not in ORDER or ORDER.index(target) <= ORDER.index(current):
        higher = ", ".join(ORDER[ORDER.index(current) + 1:])
        raise NaverRuleError(_("업그레이드는 더 높은 상품으로만 됩니다: {higher} (W3).", higher=higher))


# --- W4: storage ---------------------------------------------------------------------------------------

def included_storage_gb(v: CatalogVersion, product: str, users: int) -> tuple[int, int]:
    """(shared storage, LINE WORKS storage) included with the product for `users`, in GB."""
    s = v.storage[product]
    shared = s["base_gb"] + s["per_user_gb"] * users
    line_works = s.get("line_works_base_gb", 0) + s.get("line_works_per_user_gb", 0) * users if \
        "line_works_base_gb" in s else 0
    return shared, line_works


def change_extra_storage(current_tb: int, change_tb: int) -> int:
    """Extra storage is added and returned in whole 1 TB units and never goes below zero."""
    if not isinstance(change_tb, int) or isinstance(change_tb, bool):
        raise NaverRuleError(_("추가 저장공간은 1TB 단위(정수)로만 바꿀 수 있습니다 (W4)."))
    if current_tb + change_tb < 0:
        raise NaverRuleError(_("추가 저장공간은 {current_tb}TB 보다 많이 반납할 수 없습니다 (W4).", current_tb=current_tb))
    return current_tb + change_tb


def storage_warning(total_gb: int, used_gb: int) -> Text | None:
    """Warn when free storage falls below 10 %."""
    if total_gb <= 0:
        return None
    free = total_gb - used_gb
    if Fraction(free, total_gb) < STORAGE_WARNING_SHARE:
        return _("남은 저장공간이 {free:,}GB로 10% 미만입니다. 1TB 단위로 추가하세요 (W4).", free=max(free, 0))
    return None
