"""Orders with the price snapshot they were made at (K2)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow, Synced, Won


class OrderRow(BusinessRow, Synced, Base):
    __tablename__ = "orders"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # new | change
    status: Mapped[str] = mapped_column(String(12), default="completed")  # completed | cancelled
    order_date: Mapped[dt.date] = mapped_column(Date)
    payment_method: Mapped[str] = mapped_column(String(20))  # card | bank_transfer | virtual_account (O5)
    terms_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    discount_code: Mapped[str | None] = mapped_column(String(40))
    supply: Mapped[int] = mapped_column(Won)
    vat: Mapped[int] = mapped_column(Won)
    total: Mapped[int] = mapped_column(Won)
    snapshot: Mapped[dict] = mapped_column(JSON)  # the request and every priced line, frozen
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
