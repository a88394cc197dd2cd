"""Issue #3 (8): pricing an order of 500 companies; and in the calculator with 50 companies, the time from a
keystroke to the updated panel (95th percentile, target one frame: 16 ms).

Usage: python benchmarks/bench_pricing.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp()
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", _tmp)
os.environ.setdefault("RESELLER_DESK_DATA_DIR", _tmp)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def bench_engine() -> None:
    from desktop_app.pricing.engine import price_order
    from desktop_app.pricing.orders import AddonQty, Order, SiteOrder
    from desktop_app.services.catalog import shipped

    cats = shipped()
    sites = tuple(SiteOrder(f"회사{i + 1}", ("standard", "premium")[i % 2], 10 + (i * 37) % 900,
                            ("service", "enterprise")[i % 3 == 0], (AddonQty("storage-10gb", i % 4),))
                  for i in range(500))
    order = Order("daouoffice", 12, sites, dt.date(2026, 11, 22))
    price_order(order, cats)
    times = []
    for _ in range(50):
        t = time.perf_counter()
        priced = price_order(order, cats)
        times.append(time.perf_counter() - t)
    print(f"engine, 500 companies: median {statistics.median(times) * 1000:.1f} ms, "
          f"p95 {p95(times) * 1000:.1f} ms (supply {priced.supply:,} won)")


def bench_calculator() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.db import open_database
    from desktop_app.services.desk import Desk
    from desktop_app.services.staff import ensure_owner
    from desktop_app.views.calculator.view import CalculatorView

    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(Path(_tmp) / "calc.sqlite3")
    with db.session() as s:
        owner = ensure_owner(s)
    view = CalculatorView(Desk(db, owner))
    view.resize(1400, 900)
    view.show()
    for _ in range(49):
        view.add_company()
    app.processEvents()
    assert len(view.grid.rows) == 50
    times = []
    for k in range(200):
        spin = view.grid.rows[k % 50].users
        t = time.perf_counter()
        spin.setValue(10 + (k * 7) % 400)  # what one keystroke in the users field does
        app.processEvents()
        times.append(time.perf_counter() - t)
    print(f"calculator, 50 companies, keystroke to updated panel: median {statistics.median(times) * 1000:.1f} ms, "
          f"p95 {p95(times) * 1000:.1f} ms (target p95 <= 16 ms)")


if __name__ == "__main__":
    bench_engine()
    bench_calculator()
