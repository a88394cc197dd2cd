"""Issue #5 (7): (a) a billing run over the large database (10,000 accounts), as invoices per second;
(b) exporting 100,000 invoices to .xlsx, against openpyxl in write-only mode writing the same cells.

Usage: python benchmarks/bench_billing.py   (makes benchmarks/data/large.sqlite3 when missing)
"""

from __future__ import annotations

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
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
_tmp = Path(tempfile.mkdtemp())
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", str(_tmp))
os.environ.setdefault("RESELLER_DESK_DATA_DIR", str(_tmp))

RUN_DATE = dt.date(2027, 11, 22)  # a year on: every auto-renew account of the large database renews


def bench_run(base: Path) -> None:
    from desktop_app.db import open_database
    from desktop_app.services import billing
    from desktop_app.settings import Settings

    path = _tmp / "run.sqlite3"
    shutil.copy(base, path)
    db = open_database(path)
    t = time.perf_counter()
    report = billing.run(db, RUN_DATE, Settings())
    took = time.perf_counter() - t
    t = time.perf_counter()
    again = billing.run(db, RUN_DATE, Settings())
    took_again = time.perf_counter() - t
    db.dispose()
    print(f"billing run on 10,000 accounts: {len(report.invoices):,} invoices, {report.states:,} site states, "
          f"{len(report.failures)} failures in {took:.1f} s = {len(report.invoices) / took:,.0f} invoices/s "
          f"({10_000 / took:,.0f} accounts/s)")
    print(f"the same run again: {len(again.invoices)} invoices in {took_again:.1f} s")


def fill_invoices(base: Path, n: int) -> Path:
    """A copy of `base` holding at least `n` invoices: only what is missing is added, numbered on from the
    highest INV-2026 number already taken (and the counter moved past them), so a database that generate.py
    already filled with 100,000 invoices is used as it is."""
    from sqlalchemy import func, insert, select

    from desktop_app.db import open_database
    from desktop_app.models import InvoiceRow, NumberCounter

    path = _tmp / "export.sqlite3"
    shutil.copy(base, path)
    db = open_database(path)
    with db.engine.begin() as conn:
        have = conn.execute(select(func.count()).select_from(InvoiceRow)).scalar_one()
        missing = n - have
        if missing > 0:
            taken = [int(x.rsplit("-", 1)[1]) for x in conn.execute(
                select(InvoiceRow.number).where(InvoiceRow.number.like("INV-2026-%"))).scalars()]
            counter = conn.execute(select(NumberCounter.last).where(
                NumberCounter.kind == "INV", NumberCounter.year == 2026)).scalar_one_or_none()
            first = max([0, counter or 0, *taken]) + 1
            rng = random.Random(5)
            day = dt.date(2026, 1, 1)
            rows = []
            for k in range(missing):
                i = first + k
                issue = day + dt.timedelta(days=i % 330)
                supply = rng.randrange(10_000, 5_000_000)
                total = supply + supply // 10
                paid = (total, 0, total // 2)[i % 3]
                rows.append(dict(uuid=uuid.uuid4(), number=f"INV-2026-{i:06d}",
                                 kind=("renewal", "order", "usage")[i % 3], billing_key=None,
                                 account_id=1 + i % 10_000, issue_date=issue,
                                 due_date=issue + dt.timedelta(days=14), supply=supply, vat=supply // 10, total=total,
                                 paid=paid, status=("paid", "unpaid", "partial")[i % 3], content={}, version=1))
            for i in range(0, missing, 20_000):
                conn.execute(insert(InvoiceRow), rows[i:i + 20_000])
            last = first + missing - 1
            if counter is None:
                conn.execute(insert(NumberCounter), [dict(kind="INV", year=2026, last=last)])
            else:
                conn.execute(NumberCounter.__table__.update().where(
                    NumberCounter.kind == "INV", NumberCounter.year == 2026).values(last=last))
    db.dispose()
    return path


def bench_export(path: Path, runs: int = 3) -> None:
    from openpyxl import Workbook

    from desktop_app.db import open_database
    from desktop_app.services import export
    from desktop_app.services.invoices import InvoiceFilter, invoice_rows

    db = open_database(path)
    with db.session() as s:
        cells = list(export.invoice_cells(invoice_rows(s, InvoiceFilter())))

    def bare() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("청구서")
        ws.append(list(export.HEADER))
        for row in cells:
            ws.append(row)
        wb.save(_tmp / "bare.xlsx")

    def ours() -> None:
        with db.session() as s:
            export.export_invoices(s, InvoiceFilter(), str(_tmp / "ours.xlsx"))

    ratios, ours_t, bare_t = [], [], []
    for _ in range(runs):  # interleaved
        t = time.perf_counter()
        ours()
        a = time.perf_counter() - t
        t = time.perf_counter()
        bare()
        b = time.perf_counter() - t
        ours_t.append(a)
        bare_t.append(b)
        ratios.append(a / b)
    db.dispose()
    print(f"export of {len(cells):,} invoices: ours median {statistics.median(ours_t):.2f} s (query included), "
          f"openpyxl write-only, same cells: median {statistics.median(bare_t):.2f} s")
    print(f"ratio: median of paired runs {statistics.median(ratios):.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    from generate import ensure

    base = ensure()
    bench_run(base)
    bench_export(fill_invoices(base, 100_000))
