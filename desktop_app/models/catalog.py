"""Price versions edited in the application (K1, K3) and discount codes (P5)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow, Synced


class CatalogVersionRow(BusinessRow, Synced, Base):
    """A catalog version added by staff: the shipped catalog plus these make the prices in force."""

    __tablename__ = "catalog_versions"
    __table_args__ = (UniqueConstraint("catalog_id", "effective_from", name="catalog_version_date"),)

    catalog_id: Mapped[str] = mapped_column(String(40))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    data: Mapped[dict] = mapped_column(JSON)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class DiscountCodeRow(BusinessRow, Synced, Base):
    __tablename__ = "discount_codes"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # percent | amount
    value: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    max_uses: Mapped[int | None] = mapped_column(Integer)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    products: Mapped[str] = mapped_column(String(400), default="")  # comma-separated product ids
    min_users: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
