"""Work that must not run twice at the same time on one database (a billing run): a second attempt is told
that one is in progress instead of racing the first. The lock belongs to the process and goes with it, so a
run killed half-way never leaves a stale lock behind.

SQLite: an OS lock on a file beside the database (flock, or msvcrt on Windows). PostgreSQL: a session
advisory lock held by one connection for the duration.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text

from desktop_app.db import sqlite_path
from desktop_app.errors import UserError
from desktop_app.i18n import texts

_ = texts("exclusive")


class InProgress(UserError):
    pass


def _busy(what: str, where: str) -> InProgress:
    return InProgress(_("{what}이(가) 이 데이터베이스({where})에서 이미 실행 중입니다. 그 실행이 끝난 뒤 다시 "
                        "실행하세요 (이미 처리된 것은 다시 처리하지 않습니다).", what=what, where=where),
                      field="run")


def _try_lock_file(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def exclusive(db: Any, name: str, what: str) -> Iterator[None]:
    """Hold the lock `name` on `db` for the block; InProgress when another process holds it."""
    path = sqlite_path(db.url)
    if path is not None:
        fd = os.open(path.with_name(f"{path.name}.{name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not _try_lock_file(fd):
                raise _busy(what, db.where)
            yield
        finally:
            os.close(fd)  # closing releases the lock
        return
    key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
    with db.engine.connect() as conn:
        got = conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": key})
        conn.commit()  # the lock belongs to the connection, not to a transaction left open
        if not got:
            raise _busy(what, db.where)
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()
