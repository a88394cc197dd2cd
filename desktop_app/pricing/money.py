"""Whole-won arithmetic (M1, M3): integers and exact fractions, cut to the won, never float."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

Rate = int | Decimal | Fraction


def cut(value: Fraction | int) -> int:
    """Cut to the whole won (원 미만 절사): towards zero, so a discount is never rounded up."""
    return int(value)  # int() of a Fraction truncates toward zero


def percent_of(amount: int, percent: Rate) -> int:
    return cut(Fraction(amount) * Fraction(percent) / 100)


def vat(supply: int) -> int:
    """M2/M3: VAT is floor(supply × 10 %)."""
    return supply * 10 // 100


def won(amount: int) -> str:
    return f"{amount:,}원"
