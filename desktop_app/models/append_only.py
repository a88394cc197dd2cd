"""The audit log is append-only (S6): any change or delete of an audit entry through the ORM is refused.

Registered with the models package (not with the lazily loaded audit module), so the guard is in place before
any session runs, and never added while SQLAlchemy dispatches an event.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

TABLE = "audit_log"


class AuditTampering(Exception):
    """Raised when anything tries to change or delete an audit entry."""


def _is_audit(obj: object) -> bool:
    return getattr(type(obj), "__tablename__", None) == TABLE


@event.listens_for(Session, "before_flush")
def _append_only(session: Session, _context: object, _instances: object) -> None:
    if any(_is_audit(o) for o in session.deleted) or any(
            _is_audit(o) and session.is_modified(o) for o in session.dirty):
        raise AuditTampering("The audit log is append-only (S6): entries are never changed or deleted.")


@event.listens_for(Session, "do_orm_execute")
def _no_bulk_changes(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and any(
            getattr(m.local_table, "name", None) == TABLE for m in state.all_mappers):
        raise AuditTampering("The audit log is append-only (S6): entries are never changed or deleted.")
