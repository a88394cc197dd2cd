"""Engine, sessions and the schema check that runs before the application touches a database.

A start on a database whose schema is current reads one row and never imports Alembic. A database
from an older version is backed up, then migrated; one from a newer version is refused untouched.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop_app import paths
from desktop_app.changes import Changes, track
from desktop_app.conflicts import explain_conflict
from desktop_app.errors import DatabaseProblem
from desktop_app.i18n import texts
from desktop_app.migrations import HEAD, REVISIONS

_ = texts("database")

BUSY_TIMEOUT_MS = int(os.environ.get("RESELLER_DESK_BUSY_TIMEOUT_MS", "5000"))


def to_url(db: str | os.PathLike[str] | None) -> str:
    """A database URL from `--db PATH|URL`; None is the file in the user's data folder."""
    if db is None:
        path = paths.default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    s = os.fspath(db)
    if "://" in s:
        return s
    return f"sqlite:///{Path(s).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    from desktop_app import postgres

    if postgres.is_postgres(url):  # psycopg 3, the password from the keyring; another driver is refused
        return create_engine(postgres.engine_url(url), pool_pre_ping=True)
    return create_engine(url, pool_pre_ping=True)


def explain(exc: BaseException, where: str) -> DatabaseProblem:
    """Turn a driver error the user can act on into a message that says how to fix it."""
    msg = str(getattr(exc, "orig", exc)).lower()
    if "locked" in msg or "busy" in msg:
        return DatabaseProblem(
            _("데이터베이스({where})를 다른 프로그램이 사용 중입니다. 잠시 후 다시 시도하거나, "
              "그 파일을 연 다른 Reseller Desk 창을 닫으세요. 아무것도 저장되지 않았습니다.", where=where))
    if "not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        return DatabaseProblem(
            _("{where} 파일은 Reseller Desk 데이터베이스가 아니거나 손상되었습니다. "
              "--db 로 다른 파일을 고르거나 백업에서 복원하세요.", where=where))
    if "unable to open" in msg or "readonly" in msg or "read-only" in msg or "permission" in msg:
        return DatabaseProblem(
            _("데이터베이스 파일({where})을 열거나 쓸 수 없습니다. 파일과 폴더의 권한을 확인하거나 "
              "--db 로 쓸 수 있는 위치를 고르세요.", where=where))
    if "disk" in msg and "full" in msg:
        return DatabaseProblem(_("디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요. 아무것도 저장되지 않았습니다."))
    if "password authentication failed" in msg or "no password supplied" in msg:
        return DatabaseProblem(
            _("데이터베이스 서버({where})가 사용자 이름이나 비밀번호를 받아들이지 않았습니다. 설정의 데이터베이스 "
              "주소와 키링에 저장된 비밀번호를 확인하세요.", where=where))
    if "could not connect" in msg or "connection refused" in msg or "connection failed" in msg:
        return DatabaseProblem(_("데이터베이스 서버({where})에 연결할 수 없습니다. 주소와 서버 상태를 확인하세요.",
                                 where=where))
    return DatabaseProblem(_("데이터베이스 오류({where}): {error}", where=where, error=str(getattr(exc, "orig", exc))))


def _sqlite_revision(path: Path) -> tuple[str | None, bool]:
    """(revision, has_tables), read through a read-only connection so a refused file stays untouched."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            return None, bool(names)
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        con.close()


def _engine_revision(engine: Engine) -> tuple[str | None, bool]:
    from sqlalchemy import inspect

    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        if "alembic_version" not in names:
            return None, bool(names)
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar(), True


def schema_revision(url: str) -> tuple[str | None, bool]:
    path = sqlite_path(url)
    try:
        if path is not None:
            if not path.exists():
                return None, False
            return _sqlite_revision(path)
        engine = make_engine(url)
        try:
            return _engine_revision(engine)
        finally:
            engine.dispose()
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        raise explain(exc, str(path or make_url(url).render_as_string(hide_password=True))) from exc


def backup(path: Path) -> Path:
    """A timestamped copy of the SQLite file beside it (see desktop_app/dbfile.py)."""
    from desktop_app import dbfile

    return dbfile.make_backup(path)


def run_migrations(conn, revision: str = "head") -> None:
    """Upgrade on `conn`, inside the caller's transaction (imports Alembic: only paid when the schema is old)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction. On PostgreSQL DDL is transactional, so a failure leaves nothing behind; a
    SQLite file is upgraded through a checked copy instead (open_database -> dbfile.upgrade)."""
    with engine.begin() as conn:
        run_migrations(conn, revision)


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None
    # called after every commit with what it changed (desktop_app.changes); the window listens here
    listeners: list[Callable[[Changes], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        track(self.sessions, self.listeners)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short transaction: commit on success, roll back on any error."""
        with self.sessions() as s:
            try:
                yield s
                s.commit()
            except (DBAPIError, StaleDataError) as exc:  # a colleague's concurrent change: say so (Y1)
                s.rollback()
                conflict = explain_conflict(exc)
                if conflict is not None:
                    raise conflict from exc
                if isinstance(exc, OperationalError):
                    raise explain(exc, self.where) from exc
                raise
            except BaseException:
                s.rollback()
                raise

    @property
    def where(self) -> str:
        p = sqlite_path(self.url)
        return str(p) if p else make_url(self.url).render_as_string(hide_password=True)

    def is_empty(self) -> bool:
        from desktop_app.models import Account

        with self.sessions() as s:
            return s.query(Account.id).first() is None

    def dispose(self) -> None:
        """Close every connection; a SQLite file left by us is recorded as verified (no check at next start)."""
        self.engine.dispose()
        path = sqlite_path(self.url)
        if path is not None and path.exists():
            from desktop_app import dbcheck

            dbcheck.remember(path)


def _verify_file(path: Path) -> None:
    """A damaged file is refused before anything is written to it (desktop_app/dbcheck.py)."""
    from desktop_app import dbcheck

    try:
        dbcheck.verify(path, BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.DatabaseError) as exc:
        raise explain(exc, str(path)) from exc


def open_database(db: str | os.PathLike[str] | None = None, create: bool = True) -> Database:
    """Open (creating or migrating as needed) the database named by `--db`, or the default file.

    `create=False` (read-only commands) refuses a SQLite file that does not exist instead of making one."""
    url = to_url(db)
    path = sqlite_path(url)
    where = str(path or make_url(url).render_as_string(hide_password=True))
    if path is not None and not create and not path.exists():
        raise DatabaseProblem(_("데이터베이스 파일 {path} 이 없습니다. 아무것도 만들지 않았습니다. "
                                "--db 로 있는 파일을 고르세요.", path=str(path)))
    if path is not None:
        _verify_file(path)
    revision, has_tables = schema_revision(url)
    if revision is not None and revision not in REVISIONS:
        raise DatabaseProblem(
            f"{where} 는 더 새로운 버전의 Reseller Desk가 만든 데이터베이스입니다 (스키마 {revision}). "
            "파일은 그대로 두었습니다. 최신 버전으로 업데이트한 뒤 여세요.")
    if revision is None and has_tables:
        raise DatabaseProblem(
            f"{where} 에는 Reseller Desk가 만들지 않은 표가 있습니다. 파일은 그대로 두었습니다. "
            "--db 로 Reseller Desk 데이터베이스나 새 파일 이름을 고르세요.")
    if path is None and revision != HEAD:  # a shared database: only `desktop-app server …` changes its schema
        from desktop_app.server import refuse_unready

        refuse_unready(where, revision)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseProblem(
                f"데이터베이스 폴더({path.parent})를 만들 수 없습니다: {exc.strerror}. "
                "--db 로 쓸 수 있는 위치를 고르세요.") from exc
    backup_path = None
    if path is not None and revision != HEAD:
        from desktop_app import dbfile

        backup_path = dbfile.upgrade(path, _sqlite_revision, run_migrations, HEAD, BUSY_TIMEOUT_MS / 1000)
        from desktop_app import dbcheck

        dbcheck.remember(path)  # the upgraded copy passed integrity_check
    engine = make_engine(url)
    sessions = sessionmaker(engine, expire_on_commit=False)
    if path is None:  # a shared database: each commit announces its changes to the other workstations (Y2)
        from desktop_app.live import attach

        attach(sessions)
    return Database(url, engine, sessions, backup_path)
