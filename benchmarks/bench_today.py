"""Issue #19 (6): the Today section and the search everywhere (Ctrl+K) on the large database.

(a) Today built: from `reload()` (the list read on a worker, as the window does) until the tree holds the six
    groups, in a shown TodayView; and the service `today_list` alone (the same query the summary mail and
    `desktop-app today` use). Target ≤ 200 ms.
(b) Search, each keystroke until its results show: the dialog's query (its 120 ms typing pause is a deliberate
    debounce and is left out: the query is started at once) on a worker, then the grouped hits in the list,
    for every prefix of a few queries typed and erased. Target p95 ≤ 50 ms.

Usage: python benchmarks/bench_today.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp()
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", _tmp)
os.environ.setdefault("RESELLER_DESK_DATA_DIR", _tmp)

from generate import ensure  # noqa: E402  (after the paths and environment above)

QUERIES = ["가나다", "c1234", "INV-2026-0001", "user0042@", "881-83", "Q-2026"]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def keystrokes() -> list[str]:
    texts: list[str] = []
    for q in QUERIES:
        typed = [q[:i] for i in range(1, len(q) + 1)]
        texts += typed + typed[-2::-1]
    return texts


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95(values) * 1000:.1f} ms, " \
           f"max {max(values) * 1000:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    db_path = ensure()
    from PySide6.QtWidgets import QApplication

    from desktop_app import clock
    from desktop_app.db import open_database
    from desktop_app.services import today
    from desktop_app.services.desk import Desk
    from desktop_app.views.today.search_dialog import SearchDialog
    from desktop_app.views.today.view import TodayView

    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(db_path)
    desk = Desk(db)
    desk.actor  # the owner looked up before timing
    day = clock.today()
    found = desk.read(today.today_list, day)
    print(f"day {day}: " + ", ".join(f"{k} {found.count(k)}" for k in today.GROUPS))

    service = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        desk.read(today.today_list, day)
        service.append(time.perf_counter() - t)
    print(f"today_list (service) x{args.rounds}: {ms(service)}")

    view = TodayView(desk)
    view.resize(1100, 700)
    view.show()
    while view.tree.topLevelItemCount() != 6:
        app.processEvents()
    shown = []
    for _ in range(args.rounds):
        view.tree.clear()
        t = time.perf_counter()
        view.reload()
        while view.tree.topLevelItemCount() != 6:
            app.processEvents()
        view.repaint()
        shown.append(time.perf_counter() - t)
    print(f"Today section reload to tree shown x{args.rounds}: {ms(shown)} (target <= 200 ms)")

    class Timed(SearchDialog):
        done_serial = 0

        def _show(self, serial, hits, exc):
            super()._show(serial, hits, exc)
            self.done_serial = serial

    dialog = Timed(desk)
    dialog.show()
    times = []
    for text in keystrokes() * 2:
        dialog.box.setText(text)
        dialog._timer.stop()  # the typing pause left out: the query starts now
        t = time.perf_counter()
        dialog.run_query()
        serial = dialog._serial
        while dialog.done_serial != serial:
            app.processEvents()
        dialog.hits.repaint()
        times.append(time.perf_counter() - t)
    print(f"search keystrokes: {len(times)}; query to hits shown: {ms(times)} (target p95 <= 50 ms)")
    db.dispose()


if __name__ == "__main__":
    main()
