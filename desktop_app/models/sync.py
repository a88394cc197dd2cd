"""Offline work on a replica (Y3–Y6): the server's workstations and applied operations, a replica's sync
state, queue of operations and the list of edits that need a decision."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.models.base import Base, UtcDateTime, utcnow


class Workstation(Base):
    """A replica registered with the server (Y4): its code `Wnn` numbers the quotes it makes offline."""

    __tablename__ = "workstations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    name: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)


class AppliedOperation(Base):
    """An operation the server has run (Y5), kept with its outcome so a retry does nothing and says the same."""

    __tablename__ = "applied_operations"

    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    workstation: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(12))  # applied | conflict | refused
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    applied_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)


class SyncState(Base):
    """A replica's settings and cursors: server URL, login, workstation code, pull window."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class QueuedOperation(Base):
    """A use-case operation made on the replica, waiting to run on the server (Y5)."""

    __tablename__ = "sync_queue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(12), default="queued", index=True)  # queued|applied|conflict|refused
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)


class SyncConflict(Base):
    """A queued operation the server did not apply: it waits here for the user's decision (Y6)."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(20))  # changed | deactivated | refused
    message: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> {"mine": …, "theirs": …}
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    decided: Mapped[str | None] = mapped_column(String(12))
