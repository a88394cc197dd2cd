"""A replica's own settings and cursors (the `sync_state` table) and the connection to its server."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import SyncState

_ = texts("sync")
CONNECT_TIMEOUT = 5  # seconds: a laptop without the network is told so soon


class Offline(UserError):
    """The server cannot be reached: the replica keeps working and its queue is kept."""


class NotAReplica(UserError):
    pass


def get(s: Session, key: str, default: str | None = None) -> str | None:
    row = s.get(SyncState, key)
    return default if row is None else row.value


def put(s: Session, key: str, value: str | int) -> None:
    row = s.get(SyncState, key)
    if row is None:
        s.add(SyncState(key=key, value=str(value)))
    else:
        row.value = str(value)


def forget(s: Session, prefix: str) -> None:
    s.execute(delete(SyncState).where(SyncState.key.startswith(prefix)))


def settings(s: Session) -> dict[str, str]:
    return {r.key: r.value for r in s.scalars(select(SyncState))}


def require_replica(s: Session, where: str) -> dict[str, str]:
    found = settings(s)
    if "server" not in found:
        raise NotAReplica(_("{where} 은(는) 복제본이 아닙니다. 먼저 'desktop-app replica init --server 주소 --db 파일 "
                            "--as 로그인' 으로 만드세요.", where=where), field="db")
    return found


def open_server(url: str, queued: int = 0):
    """The server's database, connected now; Offline (exit 2) with what to do when it cannot be reached."""
    from sqlalchemy import text

    from desktop_app.db import open_database

    u = make_url(url)
    if "connect_timeout" not in u.query:
        u = u.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT)})
    shown = u.render_as_string(hide_password=True)
    try:
        db = open_database(u.render_as_string(hide_password=False), create=False)
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to reach it: refused connection, timeout, DNS, server down
        if isinstance(exc, UserError) and "연결" not in exc.message:
            raise
        raise Offline(_("서버 {where} 에 연결할 수 없습니다 (오프라인). 대기 중인 작업 {n}건은 이 복제본에 그대로 "
                        "있으며 서버에 연결되면 다시 동기화하세요.", where=shown, n=queued),
                      field="server") from exc
    return db
