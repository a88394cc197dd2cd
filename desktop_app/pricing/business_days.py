"""The business calendar of domain.md T2: weekdays in Asia/Seoul except Korea's public holidays (substitute
holidays included, as the `holidays` package lists them) and the business hours. Pure: no Qt, no SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


_KNOWN: dict[tuple[str, int], frozenset[dt.date]] = {}


def holidays_of(country: str, year: int) -> frozenset[dt.date]:
    """The public holidays of `country` in `year` as the `holidays` package lists them (substitute holidays
    included for KR). Computing Korea's lunar holidays takes a quarter of a second a year, so each year is
    computed once per process, or handed in by `remember` (the services keep them on disk)."""
    key = (country, year)
    if key not in _KNOWN:
        import holidays  # imported on first use: the package is large and most starts never need it

        _KNOWN[key] = frozenset(holidays.country_holidays(country, years=year).keys())
    return _KNOWN[key]


def remember(country: str, year: int, days: frozenset[dt.date]) -> None:
    _KNOWN[(country, year)] = days


def holidays_version() -> str:
    from importlib.metadata import version

    return version("holidays")


def parse_hours(text: str) -> tuple[dt.time, dt.time]:
    """`"09:00-18:00"` → (09:00, 18:00); ValueError when it is not two times in order."""
    start, end = (dt.time.fromisoformat(part.strip()) for part in text.split("-"))
    if end <= start:
        raise ValueError(f"business hours end before they start: {text}")
    return start, end


def parse_weekdays(text: str) -> frozenset[int]:
    """`"mon,tue,wed,thu,fri"` → {0, 1, 2, 3, 4}; ValueError for an unknown name."""
    days = frozenset(WEEKDAY_NAMES.index(name.strip().lower()) for name in text.split(",") if name.strip())
    if not days:
        raise ValueError("no business days")
    return days


@dataclass(frozen=True)
class BusinessCalendar:
    country: str = "KR"
    weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    opens: dt.time = dt.time(9, 0)
    closes: dt.time = dt.time(18, 0)

    @classmethod
    def from_settings(cls, get) -> BusinessCalendar:
        """Built from the settings registry (`get(key)`): sla_calendar, sla_business_days, sla_business_hours."""
        opens, closes = parse_hours(get("sla_business_hours"))
        return cls(get("sla_calendar"), parse_weekdays(get("sla_business_days")), opens, closes)

    def is_holiday(self, day: dt.date) -> bool:
        return bool(self.country) and day in holidays_of(self.country, day.year)

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() in self.weekdays and not self.is_holiday(day)

    def next_business_day(self, day: dt.date) -> dt.date:
        """The first business day after `day` (never `day` itself)."""
        day += dt.timedelta(days=1)
        while not self.is_business_day(day):
            day += dt.timedelta(days=1)
        return day

    def close_of_next_business_day(self, moment: dt.datetime) -> dt.datetime:
        """18:00 (the close) of the first business day after the calendar day of `moment` in Seoul."""
        day = self.next_business_day(moment.astimezone(SEOUL).date())
        return dt.datetime.combine(day, self.closes, SEOUL)

    def business_seconds(self, start: dt.datetime, end: dt.datetime) -> float:
        """Seconds of [start, end) that fall in business hours on business days."""
        if end <= start:
            return 0.0
        start, end = start.astimezone(SEOUL), end.astimezone(SEOUL)
        total = 0.0
        day = start.date()
        while day <= end.date():
            if self.is_business_day(day):
                lo = max(start, dt.datetime.combine(day, self.opens, SEOUL))
                hi = min(end, dt.datetime.combine(day, self.closes, SEOUL))
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += dt.timedelta(days=1)
        return total
