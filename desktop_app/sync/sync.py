"""One sync of a replica (Y3): the queue goes up first (push), then the server's changes come down (pull),
so a queued edit is judged against the version it started from before the replica takes the server's rows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.db import Database
from desktop_app.services.scope import scope_of
from desktop_app.sync import state
from desktop_app.sync.pull import Pulled, pull
from desktop_app.sync.push import Pushed, push
from desktop_app.sync.replica import counts


@dataclass
class Synced:
    pushed: Pushed
    pulled: Pulled
    queued: int
    conflicts: int


def sync_once(local: Database, login: str, password: str, on_step=None) -> Synced:
    from desktop_app.services.signin import sign_in

    with local.session() as s:
        found = state.require_replica(s, local.where)
    server = state.open_server(found["server"], counts(local)[0])
    try:
        actor = sign_in(server, login, password)
        pushed = push(server, local, actor, found["workstation"], on_step)
        with server.session() as s:
            scope = scope_of(s, actor.id)
        pulled = pull(server, local, scope, actor.id)
    finally:
        server.dispose()
    queued, conflicts = counts(local)
    return Synced(pushed, pulled, queued, conflicts)


def online(local: Database) -> bool:
    with local.session() as s:
        found = state.require_replica(s, local.where)
    try:
        state.open_server(found["server"]).dispose()
    except state.Offline:
        return False
    return True
