"""Contract dates (domain.md C1–C5, M6): terms, expiry, extensions, pending sites, proration days."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from desktop_app.pricing.money import cut

TERMS = (1, 12)
DAY = dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later, clamped to the month's end (01-31 + 1 month = 02-28)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def term_end(start: dt.date, months: int) -> dt.date:
    """The last day of a term of `months` that starts on `start` (both days included, M6)."""
    return add_months(start, months) - DAY


def current_term(expiry: dt.date, term_months: int) -> tuple[dt.date, dt.date]:
    """C5: the 1 or 12 months that end on the expiry. 2026-12-31 on a 1-month term: 12-01 to 12-31."""
    return add_months(expiry + DAY, -term_months), expiry


def days_inclusive(first: dt.date, last: dt.date) -> int:
    return (last - first).days + 1


def extension(expiry: dt.date, term_months: int) -> tuple[dt.date, dt.date]:
    """C4: an extension starts the day after the current expiry and runs one term."""
    start = expiry + DAY
    return start, term_end(start, term_months)


def new_site_dates(order_date: dt.date, expiry: dt.date | None, auto_renew: bool) -> tuple[str, dt.date]:
    """C4: on an account with a running term and auto-renew, a new site waits (pending) until the expiry
    and is active from the next day. Returns (state, active_from)."""
    if expiry is None or expiry < order_date:
        return "active", order_date
    return ("pending", expiry + DAY) if auto_renew else ("active", order_date)


@dataclass(frozen=True)
class Proration:
    before: int
    after: int
    remaining_days: int
    term_days: int
    amount: int


def prorate(before: int, after: int, order_date: dt.date, expiry: dt.date, term_months: int) -> Proration:
    """C5: (term price after − before) × remaining days ÷ days in the current term, cut to the won.
    Reductions wait for the renewal: no mid-term refund, so a negative difference charges nothing."""
    start, end = current_term(expiry, term_months)
    term_days = days_inclusive(start, end)
    remaining = min(days_inclusive(max(order_date, start), end), term_days)
    amount = cut(Fraction((after - before) * remaining, term_days)) if after > before else 0
    return Proration(before, after, remaining, term_days, amount)
