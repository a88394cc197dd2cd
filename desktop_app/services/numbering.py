"""Gapless numbers per kind and year (I1), taken in the same transaction as the document they number."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models import NumberCounter


def next_number(s: Session, kind: str, year: int) -> str:
    """`KIND-YYYY-NNNNNN`. The UPDATE comes first so the row is write-locked before it is read: two
    workstations on one database can never take the same number, and a rolled-back document gives its
    number back with it."""
    bumped = s.execute(update(NumberCounter).where(NumberCounter.kind == kind, NumberCounter.year == year)
                       .values(last=NumberCounter.last + 1))
    if bumped.rowcount == 0:  # type: ignore[attr-defined]  # a CursorResult for an UPDATE
        s.add(NumberCounter(kind=kind, year=year, last=1))
        s.flush()
        last = 1
    else:
        last = s.scalar(select(NumberCounter.last).where(NumberCounter.kind == kind, NumberCounter.year == year)) or 0
    return f"{kind}-{year}-{last:06d}"
