"""Making a replica (Y3, Y4): a new SQLite file at the current schema, the workstation registered with the
server (its code `Wnn` numbers the quotes made offline), then everything the user may see pulled down."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, update

from desktop_app.db import Database, open_database
from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import QueuedOperation, StaffUser, SyncConflict, Workstation
from desktop_app.services.access import current
from desktop_app.services.scope import scope_of
from desktop_app.sync import state

_ = texts("sync")


def register(server: Database, actor: StaffUser, name: str) -> str:
    """A new workstation on the server for this user; answers its code `Wnn` (W01, W02, … W100 …)."""
    with server.session() as s:
        current(s, actor)
        row = Workstation(code=f"new-{actor.id}", staff_id=actor.id, name=name[:100])
        s.add(row)
        s.flush()
        row.code = f"W{row.id:02d}"
        return row.code


def init(server_url: str, local_path: str | Path, login: str, password: str, name: str = "") -> tuple[str, int]:
    """The replica at `local_path` for `login`; answers (workstation code, rows pulled)."""
    from desktop_app.services.signin import sign_in
    from desktop_app.sync.pull import pull

    path = Path(local_path)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(_("{path} 이(가) 이미 있습니다. 복제본은 새 파일에 만듭니다: 다른 파일 이름을 주세요.",
                          path=str(path)), field="db")
    server = state.open_server(server_url)
    try:
        actor = sign_in(server, login, password)
        with server.session() as s:
            scope = scope_of(s, actor.id)
        code = register(server, actor, name or path.stem)
        local = open_database(path)
        try:
            with local.session() as s:
                for key, value in (("server", server_url), ("login", login), ("staff_id", actor.id),
                                   ("workstation", code)):
                    state.put(s, key, value)
            pulled = pull(server, local, scope, actor.id)
        finally:
            local.dispose()
    finally:
        server.dispose()
    return code, pulled.rows


def counts(local: Database) -> tuple[int, int]:
    """(queued operations, conflicts waiting for a decision)."""
    with local.session() as s:
        queued = s.scalar(select(func.count()).select_from(QueuedOperation)
                          .where(QueuedOperation.state == "queued")) or 0
        conflicts = s.scalar(select(func.count()).select_from(SyncConflict)
                             .where(SyncConflict.decided.is_(None))) or 0
    return queued, conflicts


def set_server(local: Database, url: str) -> None:
    """Point the replica at another address of the same server (a moved server, a VPN name)."""
    from desktop_app.models import SyncState

    with local.session() as s:
        s.execute(update(SyncState).where(SyncState.key == "server").values(value=url))
