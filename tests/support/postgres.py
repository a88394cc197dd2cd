"""A real PostgreSQL server for the tests: Debian's binaries, `initdb` in a temporary folder, a free port on
127.0.0.1 and a unix socket in that folder; stopped (and the folder removed) at the end of the session.

As root (CI, containers) the server runs as the `postgres` user (or `nobody`), since PostgreSQL refuses root.
Each test gets a fresh database copied from a migrated template (CREATE DATABASE … TEMPLATE: a file copy).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

TEMPLATE = "desk_template"
SETUP_HINT = "PostgreSQL is needed for the tests: run scripts/setup.sh --test (installs Debian's postgresql)"


def binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        path = shutil.which("initdb")
        if path is None:
            raise RuntimeError(SETUP_HINT)
        return Path(path).parent
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> str | None:
    """The user the server runs as when we are root; None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


class PgServer:
    def __init__(self, durable: bool = False) -> None:
        self.durable = durable  # benchmarks: fsync and synchronous commit on, as a real server has them
        self.bin = binaries()
        self.dir = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.user = _server_user()
        self._names = itertools.count(1)
        self.log = self.dir / "server.log"

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        out = subprocess.run(prefix + list(cmd), capture_output=True, text=True, cwd=self.dir)
        if out.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{cmd[0]} failed: {out.stdout}{out.stderr}{log}")

    def start(self) -> PgServer:
        if self.user:
            shutil.chown(self.dir, self.user)
            os.chmod(self.dir, 0o700)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:  # the tests' databases are thrown away: no need to survive a power cut
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
                  "-t", "60", "start")
        self.admin(f"CREATE DATABASE {TEMPLATE}")
        self._migrate(TEMPLATE)
        version = int(self.admin("SHOW server_version_num")[0][0])
        self._copy = " STRATEGY FILE_COPY" if version >= 150000 else ""  # a small template copies faster
        return self

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, *statements: str, database: str = "postgres") -> list[tuple]:
        import psycopg

        rows: list[tuple] = []
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database,
                             autocommit=True) as conn:
            for sql in statements:
                cur = conn.execute(sql)
                if cur.description is not None:
                    rows = cur.fetchall()
        return rows

    def _migrate(self, database: str) -> None:
        from desktop_app.db import make_engine, migrate

        engine = make_engine(self.url(database))
        try:
            migrate(engine)
        finally:
            engine.dispose()

    def empty_database(self) -> str:
        """A new database without any table (for `server init`)."""
        name = f"t_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name}")
        return name

    def fresh_database(self) -> str:
        """A new database at the current schema, copied from the template."""
        name = f"t_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}{self._copy}")
        return name

    def drop(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
