"""Issue #2 (b): typing in the accounts filter on the large database.

Each keystroke sets the search text as typing does, then lets Qt process the events until the table has
repainted; the 95th percentile of those times is compared with a raw SQL LIKE query over the same data
(accounts joined with their sites, as the search covers name, registration number and sub-domains).

Usage: python benchmarks/bench_filter.py
"""

from __future__ import annotations

import os
import sqlite3
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

from generate import ensure

QUERIES = ["가나다", "c1234-s2", "881-83", "테크", "c99", "미래 교육"]

SQL = """SELECT a.id FROM accounts a LEFT JOIN sites s ON s.account_id = a.id AND s.active = 1
WHERE a.active = 1 AND (lower(a.name) LIKE :p OR a.business_number LIKE :d OR s.subdomain LIKE :p)
GROUP BY a.id"""


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def keystrokes() -> list[str]:
    """Every prefix typed, then erased again with backspace, for each query."""
    texts: list[str] = []
    for q in QUERIES:
        typed = [q[:i] for i in range(1, len(q) + 1)]
        texts += typed + typed[-2::-1] + [""]
    return texts


def bench_view(db: Path) -> tuple[list[float], int]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import build

    app = QApplication.instance() or QApplication(sys.argv)
    window = build(str(db))
    window.show()
    app.processEvents()
    view = window.accounts
    times = []
    view.table.selectRow(0)  # an open account, as in daily use: it stays open while it matches
    app.processEvents()
    for text in keystrokes() * 3:
        t = time.perf_counter()
        view.search.setText(text)
        app.processEvents()
        times.append(time.perf_counter() - t)
    return times, view.model.rowCount()


def bench_sql(db: Path) -> list[float]:
    con = sqlite3.connect(db)
    times = []
    for text in keystrokes() * 3:
        needle = text.strip().lower()
        t = time.perf_counter()
        con.execute(SQL, {"p": f"%{needle}%", "d": f"%{needle.replace('-', '')}%"}).fetchall()
        times.append(time.perf_counter() - t)
    con.close()
    return times


def main() -> None:
    db = ensure()
    view, _ = bench_view(db)
    sql = bench_sql(db)
    print(f"keystrokes: {len(view)}")
    print(f"filter in the accounts view: p95 {p95(view) * 1000:.1f} ms, median {statistics.median(view) * 1000:.1f} ms"
          " (target p95 <= 50 ms)")
    print(f"raw SQL LIKE on the same data: p95 {p95(sql) * 1000:.1f} ms, median {statistics.median(sql) * 1000:.1f} ms")
    print(f"ratio of p95: {p95(view) / p95(sql):.2f}x (target <= 2x)")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory after start and {len(view)} keystrokes: {peak:.0f} MB (target <= 300 MB)")


if __name__ == "__main__":
    main()
