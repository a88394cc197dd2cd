"""The audit log (S6): who changed what, when, before and after."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, event
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, mapped_column

from desktop_app.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(40))  # create / update / deactivate / import …
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)


class AuditTampering(Exception):
    """Raised when anything tries to change or delete an audit entry: the log is append-only (S6)."""


@event.listens_for(Session, "before_flush")
def _append_only(session: Session, _context: object, _instances: object) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEntry) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditTampering("The audit log is append-only (S6): entries are never changed or deleted.")


@event.listens_for(Session, "do_orm_execute")
def _no_bulk_changes(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and any(
            m.class_ is AuditEntry for m in state.all_mappers):
        raise AuditTampering("The audit log is append-only (S6): entries are never changed or deleted.")
