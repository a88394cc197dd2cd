"""Issue #15 (6): the support section on 100,000 requests with their histories.

Times opening the section (the view built and its first page of rows shown, every clock of those rows
computed) and each filter change or search keystroke until the rows have repainted; the 95th percentile is
the figure (target ≤ 100 ms). The requests are added once to a copy of the large database
(`benchmarks/data/support.sqlite3`): about 4 % still open, the rest resolved, closed or cancelled, each with
its opening, one to four status changes and, for most, a staff reply.

Usage: python benchmarks/bench_support.py [--requests N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp()
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", _tmp)
os.environ.setdefault("RESELLER_DESK_DATA_DIR", _tmp)

from generate import ensure

DATA = HERE / "data" / "support.sqlite3"
NOW = dt.datetime(2026, 11, 22, 0, 0, tzinfo=dt.timezone.utc)  # 09:00 in Seoul
KINDS = ("remote_hands",) * 4 + ("incident",) * 3 + ("shipping", "site_visit", "consulting")
UTC = dt.timezone.utc


def _history(rng: random.Random, opened: dt.datetime, open_now: bool) -> list[tuple[dt.datetime, str | None, str]]:
    """(at, previous, status) after the opening: a plausible path through T1."""
    steps: list[tuple[dt.datetime, str | None, str]] = []
    at, status = opened, "open"
    paths = [["in_progress", "resolved", "closed"], ["in_progress", "waiting", "in_progress", "resolved"],
             ["waiting", "in_progress", "resolved", "closed"], ["cancelled"], ["in_progress", "resolved"]]
    path = rng.choice(paths)
    if open_now:
        path = rng.choice([[], ["in_progress"], ["waiting"], ["in_progress", "waiting"]])
    for new in path:
        at = at + dt.timedelta(minutes=rng.randint(3, 600))
        if at > NOW:
            break
        steps.append((at, status, new))
        status = new
    return steps


def fill(path: Path, n: int, seed: int = 15) -> Path:
    from sqlalchemy import insert, select

    from desktop_app.db import open_database
    from desktop_app.models import Site
    from desktop_app.models.support import StatusChange, SupportMessage, SupportRequest
    from desktop_app.services.staff import ensure_owner

    shutil.copyfile(ensure(), path)
    db = open_database(path)
    rng = random.Random(seed)
    with db.session() as s:
        owner = ensure_owner(s).id
        sites = s.execute(select(Site.id, Site.account_id)).all()
    requests, changes, messages = [], [], []
    words = ("서버", "재부팅", "메일", "장애", "VPN", "랙", "전원", "배송", "방문", "결재", "권한", "백업")
    for i in range(1, n + 1):
        site_id, account_id = sites[rng.randrange(len(sites))]
        kind = rng.choice(KINDS)
        opened = NOW - dt.timedelta(minutes=rng.randint(1, 2 * 365 * 24 * 60))
        open_now = rng.random() < 0.04 or opened > NOW - dt.timedelta(hours=6)
        steps = _history(rng, opened, open_now)
        status = steps[-1][2] if steps else "open"
        requests.append(dict(
            id=i, uuid=uuid.uuid4(), number=f"REQ-{opened.year}-{i:06d}", kind=kind, account_id=account_id,
            site_id=site_id, title=" ".join(rng.choice(words) for _ in range(3)) + f" {i}", description="",
            status=status, opened_at=opened, opened_by_id=owner, assignee_id=owner if i % 3 else None,
            requester_email="", severity=rng.randint(1, 4) if kind == "incident" else None,
            visit_at=opened + dt.timedelta(days=2) if kind == "site_visit" else None,
            carrier="CJ" if kind == "shipping" else "", tracking_number="", visitors=[], version=1))
        changes.append(dict(uuid=uuid.uuid4(), request_id=i, at=opened, previous=None, status="open",
                            staff_id=owner, version=1))
        for at, previous, new in steps:
            changes.append(dict(uuid=uuid.uuid4(), request_id=i, at=at, previous=previous, status=new,
                                staff_id=owner, version=1))
        if rng.random() < 0.7:
            reply = opened + dt.timedelta(minutes=rng.randint(1, 90))
            if reply < NOW:
                messages.append(dict(uuid=uuid.uuid4(), request_id=i, at=reply, source="staff_reply",
                                     body="확인했습니다", staff_id=owner, sender="", version=1))
    with db.engine.begin() as conn:
        for model, rows in ((SupportRequest, requests), (StatusChange, changes), (SupportMessage, messages)):
            for k in range(0, len(rows), 20_000):
                conn.execute(insert(model), rows[k:k + 20_000])
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    print(f"{path}: {len(requests):,} requests, {len(changes):,} status changes, {len(messages):,} replies")
    return path


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def bench(path: Path, rounds: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app import clock
    from desktop_app.db import open_database
    from desktop_app.services.desk import Desk
    from desktop_app.views.support.view import SupportView

    clock.set_clock(lambda: NOW)
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(path)
    desk = Desk(db)
    opening, changes, shown = [], [], {}
    for _ in range(rounds):
        t = time.perf_counter()
        view = SupportView(desk)
        view.resize(1500, 850)
        view.show()
        app.processEvents()
        opening.append(time.perf_counter() - t)
        rows = view.model.rowCount()
        assert rows > 0
        steps = [
            ("type incident", lambda: view.kind.setCurrentIndex(view.kind.findData("incident"))),
            ("status waiting", lambda: view.status.setCurrentIndex(view.status.findData("waiting"))),
            ("status any", lambda: view.status.setCurrentIndex(0)),
            ("clock breached", lambda: view.clock_state.setCurrentIndex(view.clock_state.findData("breached"))),
            ("clock at risk", lambda: view.clock_state.setCurrentIndex(view.clock_state.findData("at_risk"))),
            ("clock paused", lambda: view.clock_state.setCurrentIndex(view.clock_state.findData("paused"))),
            ("clock running", lambda: view.clock_state.setCurrentIndex(view.clock_state.findData("running"))),
            ("clock met", lambda: view.clock_state.setCurrentIndex(view.clock_state.findData("met"))),
            ("clock any", lambda: view.clock_state.setCurrentIndex(0)),
            ("type any", lambda: view.kind.setCurrentIndex(0)),
            ("open requests", lambda: view.status.setCurrentIndex(view.status.findData("__open__"))),
            ("status any", lambda: view.status.setCurrentIndex(0)),
            ("account", lambda: view.account.setCurrentIndex(view.account.count() // 2)),
            ("account any", lambda: view.account.setCurrentIndex(0)),
            ("unassigned", lambda: view.assignee.setCurrentIndex(view.assignee.findData(0))),
            ("assignee any", lambda: view.assignee.setCurrentIndex(0)),
        ]
        for text in ("재", "재부", "재부팅", "재부", "재", "", "R", "RE", "REQ-2026-000123", ""):
            steps.append((f"search {text!r}", lambda t=text: view.search.setText(t)))
        for name, step in steps:
            t = time.perf_counter()
            step()
            app.processEvents()
            took = time.perf_counter() - t
            changes.append(took)
            shown.setdefault(name, []).append((took, view.model.rowCount()))
        view.close()
        view.deleteLater()
        app.processEvents()
    db.dispose()
    ms = lambda v: f"{v * 1000:.1f} ms"  # noqa: E731
    print(f"opening the section (first page shown, clocks computed), {len(opening)} runs: "
          f"median {ms(statistics.median(opening))}, worst {ms(max(opening))}")
    print(f"filter changes and search keystrokes: {len(changes)}, p95 {ms(p95(changes))}, "
          f"median {ms(statistics.median(changes))}, worst {ms(max(changes))} (target p95 <= 100 ms)")
    for name, runs in shown.items():
        print(f"  {name:24} {' '.join(ms(t) for t, _ in runs):32} rows {runs[-1][1]}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=100_000)
    ap.add_argument("--regenerate", action="store_true")
    args = ap.parse_args()
    if args.regenerate or not DATA.exists():
        fill(DATA, args.requests)
    bench(DATA)
