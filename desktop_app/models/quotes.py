"""Quotes (견적서) with their frozen content, and the mail outbox (numbers: models/numbering.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, BusinessRow, Synced, UtcDateTime, Won


class QuoteRow(BusinessRow, Synced, Base):
    __tablename__ = "quotes"
    # A discarded draft (replaced by its revision) stays as a tombstone; only live rows hold the number.
    __table_args__ = (Index("uq_quotes_number_revision_live", "number", "revision", unique=True,
                            sqlite_where=text("status <> 'discarded'"),
                            postgresql_where=text("status <> 'discarded'")),)

    number: Mapped[str] = mapped_column(String(20), index=True)  # Q-YYYY-NNNNNN
    revision: Mapped[int] = mapped_column(Integer, default=1)  # a sent quote edited becomes revision 2, …
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    customer_name: Mapped[str] = mapped_column(String(200))
    issue_date: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft sent accepted expired superseded discarded
    supply: Mapped[int] = mapped_column(Won)
    vat: Mapped[int] = mapped_column(Won)
    total: Mapped[int] = mapped_column(Won)
    content: Mapped[dict] = mapped_column(JSON)  # everything the PDF shows, frozen (K2)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class OutboxMessage(BusinessRow, Base):
    """A mail waiting to go, or gone; a failed one stays here to retry."""

    __tablename__ = "outbox"

    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id"), index=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)  # or an invoice
    recipients: Mapped[str] = mapped_column(Text)  # comma-separated
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    # threading of support mail (T7): fixed when queued, so a reply can refer to it before it is sent
    mail_message_id: Mapped[str | None] = mapped_column(String(300))
    in_reply_to: Mapped[str | None] = mapped_column(String(300))
    mail_references: Mapped[str | None] = mapped_column(Text)
    from_address: Mapped[str | None] = mapped_column(String(200))  # None: the SMTP sender of the settings
