"""Staff users of the reseller (domain.md §10)."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow, Synced


class Feature(str, enum.Enum):
    """The features a PAA grants to a regular user (S2)."""

    SITES = "sites"
    LICENCES = "licences"
    ORDERS = "orders"
    QUOTES = "quotes"
    INVOICES = "invoices"
    PAYMENTS = "payments"
    GROUPS = "groups"
    SUPPORT = "support"
    CATALOG = "catalog"
    STAFF = "staff"


class StaffUser(BusinessRow, Synced, Base):
    __tablename__ = "staff_users"

    login: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    is_paa: Mapped[bool] = mapped_column(Boolean, default=False)
    permissions: Mapped[str] = mapped_column(Text, default="")  # comma-separated Feature values
    password_hash: Mapped[str | None] = mapped_column(String(300))  # scrypt, salted (S5)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    all_accounts: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")  # S3
    all_orders: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # S3 `all orders`
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # S5
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))  # S5
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    def features(self) -> frozenset[Feature]:
        if self.is_paa:
            return frozenset(Feature)
        return frozenset(Feature(p) for p in self.permissions.split(",") if p)

    def may(self, feature: Feature) -> bool:
        return self.active and feature in self.features()


class StaffAccount(Base):
    """The accounts a staff user limited in scope may see and change (S3); unused when `all_accounts`."""

    __tablename__ = "staff_accounts"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), primary_key=True)
