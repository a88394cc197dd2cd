"""The document number counters: the last number handed out per kind and year (I1)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base


class NumberCounter(Base):
    """The last number handed out per kind and year; updated in the document's own transaction (I1)."""

    __tablename__ = "number_counters"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # Q, INV, CN
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
