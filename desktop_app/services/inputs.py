"""Checks every service applies to what it is given (issue 10, items 4 and 5): money is an int of whole won,
counts are ints within their bounds, names carry no control characters. Each returns the message for the
field (None when fine), so a service gathers them into one ValidationError."""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import Text, texts
from desktop_app.pricing import limits

_ = texts("inputs")


def won_problem(value: Any, label: str, minimum: int = 0) -> Text | None:
    """An amount in won: an int (never a bool or a float, not even 1.0) between `minimum` and MAX_WON."""
    if not limits.is_int(value):
        return _("{label}은(는) 원 단위 정수여야 합니다 (받은 값: {value}). 소수나 다른 형식은 받지 않습니다.",
                 label=label, value=repr(value))
    if not minimum <= value <= limits.MAX_WON:
        return _("{label}은(는) {low} 이상 {high} 이하의 원 단위 금액이어야 합니다.", label=label,
                 low=f"{minimum:,}", high=f"{limits.MAX_WON:,}")
    return None


def count_problem(value: Any, label: str, minimum: int, maximum: int) -> Text | None:
    """A count (users, seats, quantity): an int from `minimum` to `maximum`."""
    if not limits.is_int(value) or not minimum <= value <= maximum:
        return _("{label}은(는) {low} 이상 {high} 이하의 정수여야 합니다 (받은 값: {value}).", label=label,
                 low=f"{minimum:,}", high=f"{maximum:,}", value=repr(value))
    return None


def name_problem(value: Any, label: str, maximum: int = limits.MAX_NAME) -> Text | None:
    """A name or other one-line text: no control characters (tabs, line breaks, NUL …), at most `maximum`."""
    if not isinstance(value, str):
        return _("{label}은(는) 글자여야 합니다.", label=label)
    if limits.has_control(value):
        return _("{label}에 제어 문자(줄바꿈, 탭 등)가 들어 있습니다. 한 줄의 보이는 글자로만 적으세요.", label=label)
    if len(value) > maximum:
        return _("{label}은(는) {high}자 이하여야 합니다.", label=label, high=maximum)
    return None
