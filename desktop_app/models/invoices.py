"""Invoices and credit notes (I1–I3), their payments, and the daily counts NAVER usage is billed from (W1)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow, Won


class InvoiceRow(BusinessRow, Base):
    """An issued invoice never changes (I2): only its payment state moves. A credit note is a row of kind
    `credit` with negative amounts that voids the invoice it corrects."""

    __tablename__ = "invoices"

    number: Mapped[str] = mapped_column(String(20), unique=True)  # INV-YYYY-NNNNNN or CN-YYYY-NNNNNN
    kind: Mapped[str] = mapped_column(String(10))  # order | renewal | usage | manual | credit
    # What the invoice bills, e.g. "renewal:12:2027-01-01": unique, so a billing run never bills it twice.
    billing_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    issue_date: Mapped[dt.date] = mapped_column(Date, index=True)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    supply: Mapped[int] = mapped_column(Won)
    vat: Mapped[int] = mapped_column(Won)
    total: Mapped[int] = mapped_column(Won)
    paid: Mapped[int] = mapped_column(Won, default=0)
    status: Mapped[str] = mapped_column(String(10), default="unpaid", index=True)  # unpaid partial paid void
    content: Mapped[dict] = mapped_column(JSON)  # everything the PDF shows, frozen (K2)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class PaymentRow(BusinessRow, Base):
    __tablename__ = "payments"

    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[int] = mapped_column(Won)
    method: Mapped[str] = mapped_column(String(20))  # card | bank_transfer | virtual_account (O5) | cash
    note: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class UsageCount(Base):
    """Registered accounts of a NAVER WORKPLACE site on one day (W1)."""

    __tablename__ = "usage_counts"
    __table_args__ = (UniqueConstraint("site_id", "day", name="usage_site_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    accounts: Mapped[int] = mapped_column(Integer)
