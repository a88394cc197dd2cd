"""The one source of "today" (domain.md M5): dates in Asia/Seoul, replaceable in tests."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")

_now: Callable[[], dt.datetime] = lambda: dt.datetime.now(SEOUL)


def now() -> dt.datetime:
    return _now()


def today() -> dt.date:
    return _now().astimezone(SEOUL).date()


def set_clock(fn: Callable[[], dt.datetime] | None) -> None:
    """Fix the clock (tests, `--today`); None restores the system clock."""
    global _now
    _now = fn or (lambda: dt.datetime.now(SEOUL))


def fix_today(day: dt.date) -> None:
    set_clock(lambda: dt.datetime.combine(day, dt.time(9, 0), SEOUL))


if os.environ.get("RESELLER_DESK_TODAY"):  # a fixed day for reproducible runs (tests of the commands, training)
    fix_today(dt.date.fromisoformat(os.environ["RESELLER_DESK_TODAY"]))
