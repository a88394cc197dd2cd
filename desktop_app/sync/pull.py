"""Pull (Y3): the server's rows changed since the replica last pulled, in batches, deactivations included.

Every synced row on the server carries `change_seq` (one sequence) and `change_xid`, the id of the
transaction that wrote it (a trigger, migration 0012). A transaction that took a sequence number early and
commits late must not be skipped, so the replica pulls by windows of finished transactions: the window is
[lo, hi) where hi is the oldest transaction still running (`pg_snapshot_xmin(pg_current_snapshot())`); every
transaction below hi has ended, so its rows are all visible and no later commit can add to the window. Inside
a window rows come ordered by change_seq in batches; each batch is written on the replica with the cursor in
one local transaction, so a pull cut off anywhere resumes where it stopped. The next window starts at hi.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from desktop_app.db import Database
from desktop_app.models import StaffAccount, SyncState
from desktop_app.services.scope import Scope, bind
from desktop_app.sync import tables

BATCH = 500
HORIZON = "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"


@dataclass
class Pulled:
    rows: int = 0
    batches: int = 0


def horizon(s: Session) -> int:
    return int(s.execute(text(HORIZON)).scalar_one())


def _cursor(conn: Connection, key: str, default: int) -> int:
    value = conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()
    return default if value is None else int(value)


def _set(conn: Connection, key: str, value: int) -> None:
    done = conn.execute(update(SyncState).where(SyncState.key == key).values(value=str(value)))
    if done.rowcount == 0:
        conn.execute(insert(SyncState).values(key=key, value=str(value)))


def _write(conn: Connection, model, rows: list[dict]) -> None:
    """Upsert by id; a local row with the same uuid under another id (made offline, now numbered by the
    server) is replaced, and a local-only row in the way of a server id moves to a free negative id."""
    table = model.__table__
    for values in rows:
        conn.execute(delete(table).where(table.c.uuid == values["uuid"], table.c.id != values["id"]))
        there = conn.execute(select(table.c.uuid).where(table.c.id == values["id"])).scalar()
        if there is not None and there != values["uuid"]:
            free = conn.execute(select(func.min(func.min(table.c.id), 0) - 1)).scalar()
            conn.execute(update(table).where(table.c.id == values["id"]).values(id=free))
            there = None
        if there is None:
            conn.execute(insert(table).values(**values))
        else:
            conn.execute(update(table).where(table.c.id == values["id"]).values(**values))


def pull(server: Database, local: Database, scope: Scope, me: int, batch: int = BATCH) -> Pulled:
    done = Pulled()
    with local.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # the replica holds a part: parents may be out of scope
        conn.commit()
        try:
            with conn.begin():
                lo = _cursor(conn, "xid_lo", 0)
                hi = _cursor(conn, "window_hi", -1)
            if hi < 0:
                with server.session() as s:
                    hi = horizon(s)
                with conn.begin():
                    _set(conn, "window_hi", hi)
            for model in tables.synced():
                key = f"after:{model.__tablename__}"
                while True:
                    with conn.begin():
                        after = _cursor(conn, key, 0)
                    with server.session() as s:
                        bind(s, scope)
                        q = (tables.visible(model, scope)
                             .where(model.change_xid >= lo, model.change_xid < hi, model.change_seq > after)
                             .order_by(model.change_seq).limit(batch))
                        rows = [tables.as_values(model, r, me) for r in s.scalars(q)]
                    if not rows:
                        break
                    with conn.begin():
                        _write(conn, model, rows)
                        _set(conn, key, rows[-1]["change_seq"])
                    done.rows += len(rows)
                    done.batches += 1
            with server.session() as s:
                mine = list(s.scalars(select(StaffAccount.account_id).where(StaffAccount.staff_id == me)))
            with conn.begin():
                conn.execute(delete(StaffAccount.__table__).where(StaffAccount.staff_id == me))
                if mine:
                    conn.execute(insert(StaffAccount.__table__), [{"staff_id": me, "account_id": a} for a in mine])
                _set(conn, "xid_lo", hi)
                conn.execute(delete(SyncState.__table__).where(SyncState.key.startswith("after:")))
                conn.execute(delete(SyncState.__table__).where(SyncState.key == "window_hi"))
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    return done
