"""Live across workstations (Y2): every change is announced with PostgreSQL NOTIFY in its own transaction, and
every running application listens on its own connection.

- `announce(session, kinds, ids)` queues `pg_notify('reseller_desk', payload)` in the session's transaction:
  PostgreSQL delivers it when (and only if) that transaction commits. On SQLite it does nothing.
- `attach(sessions)` makes every commit of a session factory announce what its session collected
  (desktop_app.changes: the kinds of data the transaction changed, with their ids).
- `Listener(url, callback)` is a Python thread (no Qt) with its own psycopg connection: it hands each other
  workstation's change to `callback(Changes)`, drops its own, and after a lost connection reconnects with
  backoff and calls `callback` once with `Changes.everything()`, since changes may have been missed meanwhile.
  The window turns the callback into its `changed(kinds, origin)` signal (a queued connection: another thread).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from desktop_app.changes import ALL, Changes, pending

CHANNEL = "reseller_desk"
EVERYTHING = ALL
MAX_PAYLOAD = 7900  # PostgreSQL refuses a NOTIFY payload of 8000 bytes or more
WORKSTATION = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"  # this running application

log = logging.getLogger(__name__)


def payload(kinds: Iterable[str], ids: Mapping[str, Iterable[Any]] | None = None,
            origin: str = WORKSTATION) -> str:
    """The JSON sent: {kinds, ids, origin}. Too many ids for one NOTIFY: the kinds alone (a full refresh of
    those kinds), never a refused commit."""
    kinds = sorted(set(kinds))
    plain = {k: sorted({int(i) for i in v}) for k, v in (ids or {}).items() if k in kinds}
    text = json.dumps({"kinds": kinds, "ids": plain, "origin": origin}, separators=(",", ":"))
    if len(text.encode()) > MAX_PAYLOAD:
        text = json.dumps({"kinds": kinds, "ids": {}, "origin": origin}, separators=(",", ":"))
    return text


def parse(text: str) -> Changes:
    data = json.loads(text)
    return Changes(frozenset(data.get("kinds", ())), {k: frozenset(v) for k, v in data.get("ids", {}).items()},
                   str(data.get("origin") or ""))


def announce(session: Session, kinds: Iterable[str], ids: Mapping[str, Iterable[Any]] | None = None,
             origin: str = WORKSTATION) -> None:
    """Announce a change in the session's own transaction (PostgreSQL only; nothing on SQLite)."""
    kinds = set(kinds)
    if not kinds or session.get_bind().dialect.name != "postgresql":
        return
    session.execute(select(func.pg_notify(CHANNEL, payload(kinds, ids, origin))))


def _before_commit(session: Session) -> None:
    """What the session collected (desktop_app.changes), announced in its own transaction."""
    session.flush()  # before_commit runs before commit's own flush: collect what is still pending
    changes = pending(session)
    if changes is not None:
        announce(session, changes.kinds, changes.ids)


def attach(sessions: Any) -> None:
    """Every commit of this session factory announces the changes its session collected."""
    if not event.contains(sessions, "before_commit", _before_commit):
        event.listen(sessions, "before_commit", _before_commit)


def conninfo(url: str) -> str:
    """A libpq URI for psycopg from the application's database URL (password from the keyring)."""
    from desktop_app.postgres import engine_url

    return engine_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Listener:
    """LISTEN on a connection of its own, in a daemon thread; `stop()` ends it within `poll` seconds."""

    def __init__(self, url: str, callback: Callable[[Changes], None], origin: str = WORKSTATION,
                 first_backoff: float = 0.2, max_backoff: float = 10.0, poll: float = 0.25):
        self.conninfo = conninfo(url)
        self.callback = callback
        self.origin = origin
        self.first_backoff, self.max_backoff, self.poll = first_backoff, max_backoff, poll
        self.connected = threading.Event()
        self.backend_pid: int | None = None
        self.reconnects = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="reseller-desk-listener", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _deliver(self, change: Changes) -> None:
        try:
            self.callback(change)
        except Exception:  # a broken screen must not stop the listening
            log.exception("live change callback failed")

    def _run(self) -> None:
        import psycopg

        backoff = self.first_backoff
        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, application_name="reseller-desk-live",
                                     connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = conn.info.backend_pid
                    self.connected.set()
                    backoff = self.first_backoff
                    if lost:  # changes may have been missed while away: every screen reloads once
                        self.reconnects += 1
                        self._deliver(Changes.everything("server"))
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self.poll):
                            self._handle(note.payload)
            except psycopg.Error as exc:
                log.info("live connection lost (%s); retrying in %.1f s", exc, backoff)
            self.connected.clear()
            lost = True
            if self._stop.wait(backoff):
                break
            backoff = min(backoff * 2, self.max_backoff)

    def _handle(self, text: str) -> None:
        try:
            change = parse(text)
        except (ValueError, TypeError, AttributeError):
            log.warning("unreadable change notice: %r", text[:200])
            return
        if change.origin != self.origin:
            self._deliver(change)


def start_listening(url: str, callback: Callable[[Changes], None]) -> Listener | None:
    """The listener for the application's database, started; None for a SQLite file (one workstation)."""
    from sqlalchemy.engine import make_url

    if make_url(url).get_backend_name() != "postgresql":
        return None
    return Listener(url, callback).start()
