"""Support requests (domain.md §9): requests of five types, their status history, messages, attachments,
sharing with staff users and teams (T4), staff teams, and the accounts' consulting projects (T6).

Clocks are not stored: they are computed from the status history and the staff replies each time (T2).
Times are stored in UTC.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desktop_app.models.base import Base, BusinessRow


class StaffTeam(BusinessRow, Base):
    """A named group of staff users (조직) that requests can be shared with (T4)."""

    __tablename__ = "staff_teams"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffTeamMember(BusinessRow, Base):
    __tablename__ = "staff_team_members"
    __table_args__ = (UniqueConstraint("team_id", "staff_id", name="team_staff"),)

    team_id: Mapped[int] = mapped_column(ForeignKey("staff_teams.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ConsultingProject(BusinessRow, Base):
    """An account's consulting project (T6): made when it first buys online consulting, linked again when it
    buys again. `ends_on` is the last paid day once the product was cancelled."""

    __tablename__ = "consulting_projects"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(250))
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | ending | ended
    started_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    mail_tag: Mapped[str | None] = mapped_column(String(40), unique=True)  # support+{tag}@… opens requests (T7)


class SupportRequest(BusinessRow, Base):
    __tablename__ = "support_requests"
    __table_args__ = (
        CheckConstraint("severity IS NULL OR severity BETWEEN 1 AND 4", name="severity"),
        # the list walks this index newest first and filters within it (covering: no table reads until the
        # page's rows are known), so a filter or a search that matches little still reads only the index
        Index("ix_support_requests_list", "opened_at", "id", "kind", "status", "account_id", "assignee_id",
              "number", "title"),
        Index("ix_support_requests_status_list", "status", "opened_at", "id", "kind"),
    )

    number: Mapped[str] = mapped_column(String(20), unique=True)  # REQ-YYYY-NNNNNN (T8)
    kind: Mapped[str] = mapped_column(String(20))  # remote_hands incident shipping site_visit consulting
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("consulting_projects.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # the last status of the history (T1)
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    requester_email: Mapped[str] = mapped_column(String(200), default="")
    mail_message_id: Mapped[str | None] = mapped_column(String(300), index=True)  # its confirmation mail (T7)
    # remote hands
    scheduled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))  # None: regular
    # incident
    severity: Mapped[int | None] = mapped_column(Integer)
    # shipping
    direction: Mapped[str | None] = mapped_column(String(3))  # in | out
    carrier: Mapped[str] = mapped_column(String(100), default="")
    tracking_number: Mapped[str] = mapped_column(String(100), default="")
    expected_on: Mapped[dt.date | None] = mapped_column(Date)
    # site visit
    visit_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    visitors: Mapped[list] = mapped_column(JSON, default=list, server_default=text("'[]'"))  # [{name, phone}]


class StatusChange(BusinessRow, Base):
    """One step of a request's status history: who moved it, when, from what to what (T1)."""

    __tablename__ = "support_status_changes"

    request_id: Mapped[int] = mapped_column(ForeignKey("support_requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    previous: Mapped[str | None] = mapped_column(String(12))  # None for the opening
    status: Mapped[str] = mapped_column(String(12))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class SupportMessage(BusinessRow, Base):
    """A staff reply, a customer message or an internal note. Mail keeps its Message-ID for threading (T7)."""

    __tablename__ = "support_messages"

    request_id: Mapped[int] = mapped_column(ForeignKey("support_requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(20))  # staff_reply | customer_message | internal_note
    body: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    sender: Mapped[str] = mapped_column(String(200), default="")  # a customer's name or mail address
    mail_message_id: Mapped[str | None] = mapped_column(String(300), index=True)


class SupportAttachment(BusinessRow, Base):
    """A file of at most 10 MB, kept whole in the database with its SHA-256 (T3)."""

    __tablename__ = "support_attachments"

    request_id: Mapped[int] = mapped_column(ForeignKey("support_requests.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("support_messages.id"))
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))  # read only when the file is opened
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class SupportShare(BusinessRow, Base):
    """A request shared with one staff user or one team (T4); unsharing deactivates the row."""

    __tablename__ = "support_shares"
    __table_args__ = (CheckConstraint("(staff_id IS NULL) <> (team_id IS NULL)", name="one_target"),)

    request_id: Mapped[int] = mapped_column(ForeignKey("support_requests.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("staff_teams.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
