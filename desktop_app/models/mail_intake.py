"""The support mailbox (T7): which mails were taken in (by IMAP UIDVALIDITY and UID, so each is taken once),
and the triage list of mails that could not be placed (unknown sender, unknown tag)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desktop_app.models.base import Base, BusinessRow, UtcDateTime


class MailSeen(BusinessRow, Base):
    """One mail of the mailbox taken in, written in the same transaction as what it made."""

    __tablename__ = "mail_seen"
    __table_args__ = (UniqueConstraint("folder", "uidvalidity", "uid", name="uq_mail_seen_one_take"),)

    folder: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)  # IMAP numbers are unsigned 32-bit
    uid: Mapped[int] = mapped_column(BigInteger)
    outcome: Mapped[str] = mapped_column(String(12))  # opened | added | triage
    request_id: Mapped[int | None] = mapped_column(ForeignKey("support_requests.id"))
    triage_id: Mapped[int | None] = mapped_column(ForeignKey("mail_triage.id"))
    moved: Mapped[bool] = mapped_column(default=False)  # moved to the handled folder (a setting)


class MailTriage(BusinessRow, Base):
    """A mail waiting for staff: attached to an account and a request, or discarded with a reason."""

    __tablename__ = "mail_triage"

    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    sender: Mapped[str] = mapped_column(String(300))
    recipient: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(String(20))  # unknown_sender | unknown_tag | closed_request
    mail_message_id: Mapped[str] = mapped_column(String(300), default="")
    raw: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))  # the whole mail, for its attachments
    status: Mapped[str] = mapped_column(String(10), default="waiting")  # waiting | attached | discarded
    reason: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[int | None] = mapped_column(ForeignKey("support_requests.id"))
