"""Gapless numbers per kind and year (I1), taken in the same transaction as the document they number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models import NumberCounter


def _insert_if_missing(s: Session, kind: str, year: int):
    """The counter row for a new year, made by whichever workstation comes first; the others' insert does
    nothing (no UniqueViolation) and they wait on the row lock below instead."""
    dialect = s.get_bind().dialect.name
    insert: Any
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported (Y1)
        raise RuntimeError(f"unsupported database {dialect}")
    return insert(NumberCounter).values(kind=kind, year=year, last=0).on_conflict_do_nothing()


def next_number(s: Session, kind: str, year: int) -> str:
    """`KIND-YYYY-NNNNNN`. The row exists first (insert-or-nothing), then the UPDATE write-locks it before it
    is read: two workstations on one database can never take the same number, and a rolled-back document
    gives its number back with it."""
    where = (NumberCounter.kind == kind, NumberCounter.year == year)
    bumped = s.execute(update(NumberCounter).where(*where).values(last=NumberCounter.last + 1))
    if bumped.rowcount == 0:  # type: ignore[attr-defined]  # a CursorResult for an UPDATE
        s.execute(_insert_if_missing(s, kind, year))
        s.execute(update(NumberCounter).where(*where).values(last=NumberCounter.last + 1))
    last = s.scalar(select(NumberCounter.last).where(*where))
    return f"{kind}-{year}-{last:06d}"
