"""An amount in Korean words for quotes and invoices (M4): 일금 구십일만이천원정."""

from __future__ import annotations

_DIGITS = "영일이삼사오육칠팔구"
_SMALL = ("", "십", "백", "천")
_LARGE = ("", "만", "억", "조", "경")


def _four(n: int) -> str:
    # The formal style of money writes every digit, 일 included: 일백, 일천 (so nothing can be added).
    out = []
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d:
            out.append(_DIGITS[d] + _SMALL[pos])
    return "".join(out)


def korean_number(n: int) -> str:
    if n < 0:
        raise ValueError("amounts in words are never negative")
    if n == 0:
        return "영"
    groups, parts = [], []
    while n:
        groups.append(n % 10_000)
        n //= 10_000
    for i in range(len(groups) - 1, -1, -1):
        if groups[i]:
            parts.append(_four(groups[i]) + _LARGE[i])
    return "".join(parts)


def amount_in_words(n: int) -> str:
    return f"일금 {korean_number(n)}원정"
