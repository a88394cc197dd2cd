"""The bounds every count, amount and date the application accepts must stay within (issue 10, item 5).

Far above any real customer, low enough that nothing downstream (prices in won, date arithmetic, PDF tables)
can overflow or run away. README's command table repeats them for the price and quote requests.
"""

from __future__ import annotations

import datetime as dt

MAX_USERS = 100_000  # users or seats of one site
MAX_QUANTITY = 100_000  # units of one add-on
MAX_SITES = 500  # sites in one order or request
MAX_ADDONS = 100  # add-on lines of one site
MAX_MONTHS = 120  # months priced at once
MIN_DATE = dt.date(2000, 1, 1)
MAX_DATE = dt.date(2100, 12, 31)
MAX_WON = 10**15  # one amount in won (a thousand trillion)
MAX_REQUEST_BYTES = 1_000_000  # a price or quote request file
MAX_DEPTH = 20  # nesting of objects and lists in a request
MAX_NAME = 200  # characters of a name


def is_int(value: object) -> bool:
    """A whole number as JSON and Python mean it: an int, never a bool or a float such as 1.0."""
    return isinstance(value, int) and not isinstance(value, bool)


def has_control(text: str) -> bool:
    """A control character (C0, DEL, C1), line and paragraph separators included."""
    return any(ord(c) < 32 or 127 <= ord(c) < 160 or c in "\u2028\u2029" for c in text)


def ascii_digits(text: str) -> bool:
    """Only 0-9 (str.isdigit would take fullwidth ０-９ and other scripts' digits too)."""
    return bool(text) and all("0" <= c <= "9" for c in text)
