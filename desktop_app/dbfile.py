"""Upgrading a SQLite database file all or nothing.

The schema is never changed in the user's file itself. Under a lock (so that two starts do not upgrade at
once) the file's write-ahead log is folded in and writers are held off; a timestamped backup is made; a
working copy is migrated in one transaction with foreign keys handled as SQLite documents for table
rebuilds (`PRAGMA foreign_keys=OFF` outside the transaction, `PRAGMA foreign_key_check` before the commit);
the copy is checked (`integrity_check`, foreign keys, revision) and only then takes the place of the
original with `os.replace` (file and folder synced). A failure, a full disk or a killed process leaves the
original as it was; the leftovers of a killed upgrade are removed by the next one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app import clock
from desktop_app.errors import DatabaseProblem
from desktop_app.i18n import texts

_ = texts("database")

WORK = ".migrating"  # the working copy beside the file
PART = ".part"  # a backup being written


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for syncing; os.replace is durable there
        return
    _fsync(folder)


@contextmanager
def upgrade_lock(path: Path) -> Iterator[None]:
    """One upgrade of `path` at a time across processes (released by the OS when a process dies)."""
    lock_path = path.with_name(path.name + ".lock")
    f = open(lock_path, "a+b")  # noqa: SIM115 - held for the block
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(f.fileno(), msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        f.close()


def leftovers(path: Path) -> list[Path]:
    """Files a killed upgrade may have left: the working copy (and its journals) and unfinished backups."""
    work = path.with_name(path.name + WORK)
    found = [p for p in (work, *(Path(f"{work}{s}") for s in ("-journal", "-wal", "-shm"))) if p.exists()]
    return found + sorted(path.parent.glob(f"{path.name}.bak-*{PART}"))


def backups(path: Path) -> list[Path]:
    """The finished backups of `path`, oldest first (the timestamp in the name sorts them)."""
    return sorted(p for p in path.parent.glob(f"{path.name}.bak-*") if not p.name.endswith(PART))


def last_backup(path: Path) -> Path | None:
    found = backups(path)
    return found[-1] if found else None


def _copy(src: Path, dst: Path) -> None:
    """A durable copy: written whole to `dst` and synced."""
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())


def make_backup(path: Path) -> Path:
    """A timestamped copy of `path` beside it, complete or absent. The file must be quiet (see _hold)."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-{stamp}-{n}")
    part = Path(f"{target}{PART}")
    try:
        _copy(path, part)
        os.replace(part, target)
        _fsync_dir(path.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(getattr(exc, "orig", None) or exc)


def _disk_full(exc: BaseException) -> bool:
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = _reason(exc).lower()
    return ("disk" in text and "full" in text) or "no space" in text


def _hold(path: Path, timeout: float) -> tuple[sqlite3.Connection, str]:
    """A connection that folds the write-ahead log into the file and keeps other writers out, and the
    journal mode the file had (restored when the upgrade fails).

    Leaving WAL mode needs the file to itself: another program using it makes this fail ("in use")."""
    con = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        was = con.execute("PRAGMA journal_mode").fetchone()[0]
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
        con.execute("BEGIN IMMEDIATE")
        return con, str(was)
    except BaseException:
        con.close()
        raise


def _release(con: sqlite3.Connection, mode: str | None) -> None:
    """End the hold; after a failure the file gets its journal mode back, so it is as it was."""
    try:
        con.execute("ROLLBACK")
        if mode and mode.lower() != "delete":
            con.execute(f"PRAGMA journal_mode={mode}")
    except sqlite3.Error:
        pass  # the file is intact either way; the next start sets the mode again
    finally:
        con.close()


def _migrate_copy(work: Path, migrate: Callable[[Any], None], head: str) -> None:
    """Migrate the working copy in one transaction, then check it; raises on any problem."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{work}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # the driver must not commit DDL on its own: we say BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=OFF")  # no effect inside a transaction, hence here
        cur.execute("PRAGMA journal_mode=MEMORY")  # a private copy: thrown away if anything goes wrong
        cur.execute("PRAGMA synchronous=OFF")  # synced once, whole, before it replaces the original
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.begin() as conn:
            migrate(conn)
            bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if bad:
                raise sqlite3.IntegrityError(
                    f"foreign_key_check: {len(bad)} rows, first in {bad[0][0]} -> {bad[0][2]}")
            ok = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if ok != ["ok"]:
                raise sqlite3.DatabaseError(f"integrity_check: {'; '.join(ok[:3])}")
            got = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if got != head:
                raise sqlite3.DatabaseError(f"revision {got} after the upgrade, expected {head}")
    finally:
        engine.dispose()


def upgrade(path: Path, read_revision: Callable[[Path], tuple[str | None, bool]],
            migrate: Callable[[Any], None], head: str, timeout: float) -> Path | None:
    """Bring the SQLite file at `path` to `head`, all or nothing. Returns the backup made (None when the file
    was new or empty, or already current when the lock was obtained)."""
    with upgrade_lock(path):
        for p in leftovers(path):
            p.unlink(missing_ok=True)
        existing = path.exists() and path.stat().st_size > 0
        holder = None
        was = "delete"
        backup = None
        done = False
        work = path.with_name(path.name + WORK)
        try:
            if existing:
                try:
                    holder, was = _hold(path, timeout)
                except sqlite3.Error as exc:
                    from desktop_app.db import explain

                    raise explain(exc, str(path)) from exc
                revision, _has_tables = read_revision(path)
                if revision == head:
                    done = True
                    return None  # another start upgraded it while we waited for the lock
                try:
                    backup = make_backup(path)
                except (OSError, sqlite3.Error) as exc:
                    raise DatabaseProblem(_backup_failed(path, exc)) from exc
            try:
                if backup is not None:
                    _copy(backup, work)
                _migrate_copy(work, migrate, head)
                _fsync(work)
            except Exception as exc:
                raise DatabaseProblem(_upgrade_failed(path, backup, exc)) from exc
            if holder is not None and os.name == "nt":  # Windows cannot replace a file that is open
                holder.close()
                holder = None
            os.replace(work, path)
            done = True
            _fsync_dir(path.parent)
            return backup
        finally:
            if holder is not None:
                _release(holder, None if done else was)
            for p in leftovers(path):
                p.unlink(missing_ok=True)


def _backup_failed(path: Path, exc: BaseException) -> str:
    if _disk_full(exc):
        return _("디스크가 가득 차서 업그레이드 전 백업을 만들지 못했습니다. {path} 파일은 그대로 두었습니다. "
                 "공간을 확보한 뒤 다시 시작하세요.", path=str(path))
    return _("업그레이드 전 백업을 만들지 못했습니다 ({reason}). {path} 파일은 그대로 두었습니다. "
             "폴더의 권한과 남은 공간을 확인한 뒤 다시 시작하세요.", reason=_reason(exc), path=str(path))


def _upgrade_failed(path: Path, backup: Path | None, exc: BaseException) -> str:
    if backup is None:
        return _("새 데이터베이스 {path} 를 만들지 못했습니다 ({reason}). 폴더의 권한과 남은 공간을 확인하세요.",
                 path=str(path), reason=_reason(exc))
    if _disk_full(exc):
        return _("디스크가 가득 차서 {path} 를 새 버전으로 업그레이드하지 못했습니다. 원래 파일은 그대로 두었고, "
                 "업그레이드 전 백업은 {backup} 에 있습니다. 공간을 확보한 뒤 다시 시작하세요.",
                 path=str(path), backup=str(backup))
    return _("{path} 를 새 버전으로 업그레이드하지 못했습니다 ({reason}). 원래 파일은 그대로 두었고, "
             "업그레이드 전 백업은 {backup} 에 있습니다. 이 메시지와 함께 지원팀에 알려 주세요.",
             path=str(path), reason=_reason(exc), backup=str(backup))
