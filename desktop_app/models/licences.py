"""Seat count history and a site's named users (domain.md §1 licence, P1)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, Enum, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow, Synced


class UserStatus(str, enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


class SeatChange(BusinessRow, Synced, Base):
    __tablename__ = "seat_changes"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    seats_before: Mapped[int] = mapped_column(Integer)
    seats_after: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class NamedUser(BusinessRow, Synced, Base):
    __tablename__ = "named_users"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200))
    status: Mapped[UserStatus] = mapped_column(
        Enum(UserStatus, name="user_status", values_callable=lambda e: [m.value for m in e],
             native_enum=False, length=20, create_constraint=True),
        default=UserStatus.ACTIVE,
    )
