"""Billing runs as processes do them (issue 10, item 2): killed with SIGKILL several times and resumed, or two
at the same time on one SQLite file, they leave exactly the business tables of one uninterrupted run."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import ROOT
from tests.support.billing_data import dump, mixed_book

RUN_DATE = "2026-11-22"


def env_for(tmp_path):
    return dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
                RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"), RESELLER_DESK_TODAY=RUN_DATE,
                RESELLER_DESK_BUSY_TIMEOUT_MS="5000")


def start(tmp_path, path):
    return subprocess.Popen([sys.executable, "main.py", "billing", "run", "--date", RUN_DATE, "--db", str(path)],
                            cwd=ROOT, env=env_for(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def audit_rows(path):
    try:
        with sqlite3.connect(path, timeout=0.05) as c:
            return c.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    except sqlite3.OperationalError:
        return None  # busy for a moment; look again


def reference(tmp_path, book):
    ref = tmp_path / "reference.sqlite3"
    shutil.copy(book, ref)
    done = start(tmp_path, ref)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    return dump(ref)


def test_runs_killed_several_times_then_finished_equal_one_run(tmp_path):
    book = mixed_book(tmp_path / "book.sqlite3", 400)
    expected = reference(tmp_path, book)
    path = tmp_path / "killed.sqlite3"
    shutil.copy(book, path)
    before = audit_rows(path)
    kills = 0
    for target in (40, 150, 300):  # audit entries written so far: kill at a different point each round
        proc = start(tmp_path, path)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                seen = audit_rows(path)
                if seen is not None and seen - before >= target:
                    break
                time.sleep(0.005)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
        finally:
            proc.communicate()
    assert kills >= 2, "the runs ended before they could be killed; use more accounts"
    last = start(tmp_path, path)
    out, err = last.communicate(timeout=300)
    assert last.returncode == 0, err
    assert dump(path) == expected


def test_two_runs_at_the_same_time_equal_one_run_and_never_a_traceback(tmp_path):
    book = mixed_book(tmp_path / "book.sqlite3", 300)
    expected = reference(tmp_path, book)
    path = tmp_path / "both.sqlite3"
    shutil.copy(book, path)
    first, second = start(tmp_path, path), start(tmp_path, path)
    results = [p.communicate(timeout=300) + (p.returncode,) for p in (first, second)]
    for out, err, code in results:
        assert "Traceback" not in err and "Error" not in err, err
        assert code in (0, 2), (code, out, err)
    assert sorted(code for _, _, code in results)[0] == 0  # one of them did the run
    refused = [err for _, err, code in results if code == 2]
    assert all("이미 실행 중" in err for err in refused)
    assert dump(path) == expected
