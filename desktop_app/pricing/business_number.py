"""Korean business registration number (사업자등록번호), rule K-BRN of domain.md."""

from __future__ import annotations

import re

from desktop_app.i18n import Text, texts

_ = texts("business_number")

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_SHAPE = re.compile(r"^[0-9]{3}-?[0-9]{2}-?[0-9]{5}$")  # ASCII digits: \d would take fullwidth ０-９


def check_digit(first_nine: str) -> int:
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10


def normalize(text: str) -> str:
    """Digits only, from `123-45-67891` or `1234567891` (spaces allowed)."""
    return re.sub(r"[\s-]", "", text or "")


def format_brn(digits: str) -> str:
    d = digits if digits.isdigit() else normalize(digits)  # stored numbers are digits already: skip the regex
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if len(d) == 10 else d


def problem(text: str) -> Text | None:
    """None when valid, else the reason in Korean with how to fix it."""
    raw = (text or "").strip()
    if not raw:
        return _("사업자등록번호를 입력하세요 (예: 123-45-67891).")
    if not _SHAPE.match(raw.replace(" ", "")):
        return _("사업자등록번호는 숫자 10자리입니다 (형식 XXX-XX-XXXXX).")
    digits = normalize(raw)
    if check_digit(digits[:9]) != int(digits[9]):
        return _("사업자등록번호의 검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요.")
    return None


def make_valid(first_nine: str) -> str:
    """The full valid number for nine digits (demo data, tests)."""
    return format_brn(first_nine + str(check_digit(first_nine)))
