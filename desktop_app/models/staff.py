"""Staff users of the reseller (domain.md §10)."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow


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


class StaffUser(BusinessRow, Base):
    __tablename__ = "staff_users"

    login: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    is_paa: Mapped[bool] = mapped_column(Boolean, default=False)
    permissions: Mapped[str] = mapped_column(Text, default="")  # comma-separated Feature values
    password_hash: Mapped[str | None] = mapped_column(String(300))  # scrypt, salted (S5)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def features(self) -> frozenset[Feature]:
        if self.is_paa:
            return frozenset(Feature)
        return frozenset(Feature(p) for p in self.permissions.split(",") if p)

    def may(self, feature: Feature) -> bool:
        return self.active and feature in self.features()
