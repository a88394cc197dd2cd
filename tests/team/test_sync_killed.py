"""A sync killed with SIGKILL at random points and run again (Y5): every queued operation is applied on the
server exactly once, in order, and the replica ends with the server's rows."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace

from sqlalchemy import func, select

from desktop_app.db import open_database
from desktop_app.models import Account, AppliedOperation, QueuedOperation, QuoteRow
from desktop_app.services.desk import Desk
from desktop_app.services.signin import sign_in
from desktop_app.sync import queue
from tests.conftest import ROOT, TODAY
from tests.team.sync_support import PAA_PASSWORD, make_replica, prepare
from tests.team.test_sync_offline import LETTERHEAD, ORDER, account_input

QUOTES = 100
EDITS = 5
ROUNDS = 12


def _applied(server) -> int:
    with server.session() as s:
        return s.scalar(select(func.count()).select_from(AppliedOperation))


def _kill_in_the_push(proc, server, before: int, total: int, rng: random.Random, timed: bool) -> None:
    """Most rounds: SIGKILL as soon as a random number of this run's operations reached the server (in the
    middle of the push); every third: at a random time from the start (signing in, pushing or pulling)."""
    if timed or before >= total - 1:
        time.sleep(rng.uniform(0.2, 3.0))
    else:
        target = before + rng.randint(1, max(1, (total - before) // 2))
        deadline = time.monotonic() + 60
        while _applied(server) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)


def test_a_sync_killed_at_random_points_applies_every_operation_exactly_once(shared, tmp_path):
    who = prepare(shared)
    path = tmp_path / "laptop.sqlite3"
    code = make_replica(shared, path, who["paa"], PAA_PASSWORD)
    account_id = who["two"][0]
    db = open_database(path)
    try:
        desk = Desk(db, sign_in(db, who["paa"], PAA_PASSWORD))
        start_version = desk.read(lambda s: s.get(Account, account_id)).version
        for i in range(QUOTES):
            desk.run(queue.create_quote, ORDER, {"name": f"고객 {i}"}, LETTERHEAD, 30, "선불", account_id)
            if i % (QUOTES // EDITS) == 0:  # edits of one account between the quotes, each from the last
                a = desk.read(lambda s: s.get(Account, account_id))
                desk.run(queue.update_account, account_id, a.version, replace(account_input(a), phone=f"02-100-{i:04d}"))
    finally:
        db.dispose()
    total = QUOTES + EDITS
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"), RESELLER_DESK_PASSWORD=PAA_PASSWORD,
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"), RESELLER_DESK_TODAY=TODAY.isoformat())
    cmd = [sys.executable, "main.py", "sync", "--db", str(path), "--as", who["paa"]]
    rng = random.Random(18)
    mid_push = 0
    watcher = open_database(shared)
    try:
        for n in range(ROUNDS):
            before = _applied(watcher)
            proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True)
            _kill_in_the_push(proc, watcher, before, total, rng, timed=n % 3 == 2)
            proc.communicate(timeout=60)
            mid_push += before < _applied(watcher) < total
    finally:
        watcher.dispose()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert mid_push >= 1  # at least one kill fell in the middle of the push

    server = open_database(shared)
    try:
        with server.session() as s:
            numbers = list(s.scalars(select(QuoteRow.number).where(QuoteRow.number.like(f"Q-%-{code}-%"))))
            assert sorted(numbers) == [f"Q-{TODAY.year}-{code}-{n:04d}" for n in range(1, QUOTES + 1)]
            assert s.scalar(select(func.count()).select_from(AppliedOperation)) == total
            assert set(s.scalars(select(AppliedOperation.outcome))) == {"applied"}
            account = s.get(Account, account_id)
            assert account.version == start_version + EDITS and account.phone == "02-100-0080"
    finally:
        server.dispose()
    local = open_database(path)
    try:
        with local.session() as s:
            assert set(s.scalars(select(QueuedOperation.state))) == {"applied"}
            assert s.scalar(select(func.count()).select_from(QuoteRow).where(QuoteRow.number.like(f"Q-%-{code}-%"))) \
                == QUOTES
            assert s.get(Account, account_id).phone == "02-100-0080"
    finally:
        local.dispose()
    print(f"kills in the middle of the push: {mid_push} of {ROUNDS}")
