"""Live across workstations (Y2): a commit on one workstation reaches the listener of another through
PostgreSQL NOTIFY; a rolled-back change announces nothing; a killed connection comes back with one full
refresh. Each workstation is a process (or its own engine) on the test server."""

import json
import os
import queue
import subprocess
import sys

import pytest

from desktop_app import live
from desktop_app.db import open_database
from desktop_app.models import Site
from desktop_app.services.desk import Desk
from tests.conftest import ROOT

WAIT = 20  # seconds to wait for a notice that must come (a loaded CI machine); never slept through


@pytest.fixture
def heard(shared):
    """A listener on the shared database, as in a running application; what it hears goes to a queue."""
    got: queue.Queue = queue.Queue()
    listener = live.Listener(shared, got.put, first_backoff=0.05).start()
    assert listener.connected.wait(WAIT)
    yield listener, got
    listener.stop()


def other_workstation_renames(url, name):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "tests.team.workers", "rename", url, name, "0"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_a_commit_in_another_process_reaches_this_listener_with_kinds_ids_and_origin(shared, heard):
    listener, got = heard
    origin = other_workstation_renames(shared, "본사 (다른 자리에서)")
    change = got.get(timeout=WAIT)
    assert change.kinds == {"sites"} and change.ids["sites"] == {1}
    assert change.origin == origin and change.origin != live.WORKSTATION and not change.touches("invoices")


def test_own_changes_and_rolled_back_ones_are_not_heard(shared, heard):
    listener, got = heard
    db = open_database(shared)
    desk = Desk(db)

    def rename(name, fail=False):
        def fn(s, actor):
            s.get(Site, 1).name = name
            if fail:
                raise RuntimeError("the save fails after the change was collected")
        return fn

    desk.run(rename("내가 고침"))  # this workstation's own change: its screens already know
    with pytest.raises(RuntimeError):
        desk.run(rename("취소될 것", fail=True))  # rolled back: NOTIFY is transactional, nothing is sent
    db.dispose()
    origin = other_workstation_renames(shared, "다른 직원이 고침")
    change = got.get(timeout=WAIT)  # the first notice heard is the other workstation's
    assert change.origin == origin and change.kinds == {"sites"}
    assert got.empty()


def test_a_killed_connection_is_reestablished_with_one_full_refresh(pg_server, shared, heard):
    listener, got = heard
    first_pid = listener.backend_pid
    pg_server.admin(f"SELECT pg_terminate_backend({first_pid})")
    everything = got.get(timeout=WAIT)
    assert everything.kinds == {"*"} and listener.reconnects == 1
    assert listener.connected.wait(WAIT) and listener.backend_pid != first_pid
    origin = other_workstation_renames(shared, "다시 연결된 뒤")
    change = got.get(timeout=WAIT)
    assert change.origin == origin and change.ids["sites"] == {1}
    assert got.empty()


def test_a_change_too_big_for_one_notice_is_sent_as_its_kinds_alone(shared, heard):
    listener, got = heard
    db = open_database(shared)

    def many(s, actor):
        s.get(Site, 1).name = "많이 바꿈"
        live.announce(s, {"sites", "accounts"}, {"sites": range(1, 5000), "accounts": [1]}, origin="큰 변경")

    Desk(db).run(many)  # saved, not refused for its notice
    db.dispose()
    change = got.get(timeout=WAIT)
    assert (change.origin, change.kinds, dict(change.ids)) == ("큰 변경", {"sites", "accounts"}, {})
    again = open_database(shared)
    with again.session() as s:
        assert s.get(Site, 1).name == "많이 바꿈"
    again.dispose()


def test_announce_on_sqlite_sends_nothing_and_no_listener_starts(tmp_path):
    from sqlalchemy import event

    db = open_database(tmp_path / "one.sqlite3")
    sent = []
    event.listen(db.engine, "before_cursor_execute", lambda conn, cur, sql, *a: sent.append(sql))
    with db.session() as s:
        live.announce(s, {"sites"}, {"sites": [1]})
    db.dispose()
    assert not [sql for sql in sent if "notify" in sql.lower()]
    assert live.start_listening(db.url, print) is None
