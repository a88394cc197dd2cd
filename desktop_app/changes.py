"""What a transaction changed, in kinds the screens understand (accounts, sites, invoices …).

Every session made by `Database` collects, at each flush, the rows it adds, changes or deletes (and the
tables of bulk UPDATE/DELETE statements), so no service can forget to report a change. After a successful
commit the database hands one `Changes` to its listeners: the main window turns it into its `changed`
signal; in team mode the same set is announced to the other workstations. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

# table -> kind; a table missing here is its own kind (a test keeps this map complete)
KIND_OF_TABLE = {
    "accounts": "accounts", "sites": "sites", "named_users": "licences", "seat_changes": "licences",
    "orders": "orders", "quotes": "quotes", "outbox": "mail", "invoices": "invoices", "payments": "payments",
    "usage_counts": "usage", "group_companies": "groups", "departments": "groups", "employees": "groups",
    "concurrent_posts": "groups", "catalog_versions": "catalog", "discount_codes": "codes",
    "staff_users": "staff", "staff_accounts": "staff", "staff_teams": "staff", "staff_team_members": "staff",
    "audit_log": "audit", "number_counters": "numbers",
    "support_requests": "support", "support_status_changes": "support", "support_messages": "support",
    "support_attachments": "support", "support_shares": "support", "consulting_projects": "support",
    "mail_seen": "mail", "mail_triage": "mail",
    "workstations": "sync", "applied_operations": "sync", "sync_state": "sync", "sync_queue": "sync",
    "sync_conflicts": "sync",
}
ALL = "*"  # a change of unknown extent (a reconnect after a lost connection): refresh everything


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str]
    ids: dict[str, frozenset[int]] = field(default_factory=dict)
    origin: str = "local"  # "local", or the workstation that made the change (team mode)

    def touches(self, *kinds: str) -> bool:
        return ALL in self.kinds or bool(self.kinds.intersection(kinds))

    def merged(self, other: Changes) -> Changes:
        """Both sets of changes as one (several commits of one user action are handled once)."""
        ids = {k: self.ids.get(k, frozenset()) | other.ids.get(k, frozenset()) for k in {*self.ids, *other.ids}}
        origin = self.origin if self.origin == other.origin else "mixed"
        return Changes(self.kinds | other.kinds, ids, origin)

    @classmethod
    def everything(cls, origin: str) -> Changes:
        return cls(frozenset({ALL}), {}, origin)


class _Collector:
    def __init__(self) -> None:
        self.ids: dict[str, set[int]] = {}

    def add(self, table: str, row_id: Any = None) -> None:
        ids = self.ids.setdefault(KIND_OF_TABLE.get(table, table), set())
        if isinstance(row_id, int):
            ids.add(row_id)

    def result(self, origin: str = "local") -> Changes | None:
        if not self.ids:
            return None
        return Changes(frozenset(self.ids), {k: frozenset(v) for k, v in self.ids.items()}, origin)


def _collector(session: Session) -> _Collector:
    return session.info.setdefault("changes", _Collector())


def pending(session: Session) -> Changes | None:
    """The changes of the session's current transaction so far (for announcing them before commit)."""
    c = session.info.get("changes")
    return c.result() if c else None


def track(factory: sessionmaker[Session], listeners: list[Callable[[Changes], None]]) -> None:
    """Collect the changes of every session `factory` makes; call `listeners` after each commit."""

    @event.listens_for(factory, "after_flush")
    def _flushed(session: Session, _ctx: Any) -> None:
        c = _collector(session)
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(obj, "__tablename__", None)
            if table and (obj in session.new or obj in session.deleted or session.is_modified(obj)):
                c.add(table, getattr(obj, "id", None))

    @event.listens_for(factory, "do_orm_execute")
    def _bulk(state: Any) -> None:
        if state.is_update or state.is_delete or state.is_insert:
            table = getattr(state.statement, "table", None)
            if table is not None:
                _collector(state.session).add(table.name)

    @event.listens_for(factory, "after_commit")
    def _committed(session: Session) -> None:
        c = session.info.pop("changes", None)
        changes = c.result() if c else None
        if changes is not None:
            for listener in list(listeners):
                listener(changes)

    @event.listens_for(factory, "after_rollback")
    def _rolled_back(session: Session) -> None:
        session.info.pop("changes", None)
