"""Issue 20: the services behind the screens on a big reseller's data, each against raw SQL for the same rows.

On the large database (benchmarks/generate.py): the CSV import of 10,000 named users into the site that
already has 10,000, the account click's site list (per-site named-user counts), opening the site of 10,000
named users, the quotes list (20,000 quotes with frozen content), the next-month NAVER estimate and each
invoice filter. Each figure is the median of several runs, in process CPU time (time.process_time: the
machine is shared, wall time is noisy) and wall time; raw SQL runs through the sqlite3 module in the same
run, reading the same rows. The import and its raw counterpart are rolled back after each run.

Usage: python benchmarks/bench_scale.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
_tmp = tempfile.mkdtemp()
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", _tmp)
os.environ.setdefault("RESELLER_DESK_DATA_DIR", _tmp)

from generate import BIG_SITE, GROUP_ACCOUNT, ensure  # noqa: E402

TODAY = dt.date(2026, 11, 22)


def measure(fn, runs: int) -> tuple[float, float, object]:
    """Median CPU ms, median wall ms, last result."""
    cpu, wall, out = [], [], None
    for _ in range(runs):
        c, w = time.process_time(), time.perf_counter()
        out = fn()
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - w) * 1000)
    return statistics.median(cpu), statistics.median(wall), out


def line(label: str, svc: tuple, raw: tuple, rows: int) -> None:
    ratio = svc[0] / raw[0] if raw[0] else float("inf")
    print(f"{label:<46} service cpu {svc[0]:8.1f} ms (wall {svc[1]:8.1f})   raw SQL cpu {raw[0]:7.1f} ms "
          f"(wall {raw[1]:7.1f})   {ratio:4.1f}x   {rows:,} rows")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    path = ensure()

    from desktop_app import clock
    from desktop_app.db import open_database
    from desktop_app.pricing import orgchart
    from desktop_app.services import billing, groups, invoices, licences, quotes, sites
    from desktop_app.services.desk import Desk

    clock.fix_today(TODAY)
    db = open_database(path)
    desk = Desk(db)
    raw = sqlite3.connect(path)

    # --- the CSV import: 10,000 new users into the site that has 10,000 ------------------------------------
    csv = "name,email\n" + "".join(f"새직원{i},n{i}@big.co.kr\n" for i in range(10_000))
    report = licences.parse_csv(csv.encode())
    actor = desk.actor

    def service_import():
        with db.session() as s:
            result = licences.import_named_users(s, s.merge(actor, load=False), BIG_SITE, report)
            s.flush()
            s.rollback()
        return result

    def raw_import():
        import uuid
        taken = {e for (e,) in raw.execute(
            "SELECT lower(email) FROM named_users WHERE site_id = ? AND status = 'active'", (BIG_SITE,))}
        rows = [(uuid.uuid4().hex, BIG_SITE, n, e) for _, n, e in report.good if e.lower() not in taken]
        raw.executemany("INSERT INTO named_users (uuid, site_id, name, email, status, version, created_at, "
                        "updated_at) VALUES (?, ?, ?, ?, 'active', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", rows)
        raw.rollback()
        return rows

    r = measure(service_import, max(3, runs // 2))
    line("licences: import 10,000 rows into 10,000", r, measure(raw_import, max(3, runs // 2)), len(r[2].good))

    # --- an account click: its sites with their named users counted ---------------------------------------
    accounts = list(range(1, 10_001, 200))

    def service_sites():
        with db.session() as s:
            return sum(len(sites.site_rows(s, a)) for a in accounts)

    def raw_sites():
        n = 0
        for a in accounts:
            n += len(raw.execute(
                "SELECT s.*, (SELECT count(*) FROM named_users u WHERE u.site_id = s.id AND u.status = 'active') "
                "FROM sites s WHERE s.account_id = ? AND s.active = 1 ORDER BY s.id", (a,)).fetchall())
        return n

    svc = measure(service_sites, runs)
    rw = measure(raw_sites, runs)
    per = len(accounts)
    line(f"accounts: one click's site list (per click)", (svc[0] / per, svc[1] / per),
         (rw[0] / per, rw[1] / per), svc[2] // per)

    # --- opening the site of 10,000 named users ---------------------------------------------------------------
    with db.session() as s:
        sv = measure(lambda: licences.named_users(s, BIG_SITE), runs)
    rw = measure(lambda: raw.execute("SELECT id, version, name, email, status FROM named_users WHERE site_id = ? "
                                     "ORDER BY status, name", (BIG_SITE,)).fetchall(), runs)
    line("licences: open the site of 10,000 users", sv, rw, len(sv[2]))

    # --- the quotes list ------------------------------------------------------------------------------------
    with db.session() as s:
        sv = measure(lambda: quotes.quote_rows(s), runs)
    rw = measure(lambda: raw.execute(
        "SELECT id, number, revision, customer_name, issue_date, valid_until, status, total FROM quotes "
        "WHERE status <> 'discarded' ORDER BY issue_date DESC, number DESC, revision DESC").fetchall(), runs)
    line("quotes: the list of 20,000", sv, rw, len(sv[2]))
    tracemalloc.start()
    with db.session() as s:
        kept = quotes.quote_rows(s)
    size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{'':<46} quotes list kept in memory {size / 2**20:.1f} MB, peak {peak / 2**20:.1f} MB")
    del kept

    # --- the next-month NAVER estimate ----------------------------------------------------------------------
    with db.session() as s:
        sv = measure(lambda: billing.estimate_next_month(s, TODAY), runs)
    rw = measure(lambda: raw.execute(
        "SELECT c.site_id, s.package, c.day, c.accounts FROM usage_counts c JOIN sites s ON s.id = c.site_id "
        "WHERE s.vendor = 'naver' AND s.active = 1 AND s.state IN ('active', 'overdue') "
        "AND c.day >= ? AND c.day <= ?", ("2026-11-01", "2026-11-21")).fetchall(), runs)
    line("invoices: next-month estimate", sv, rw, len(rw[2]))

    # --- each invoice filter --------------------------------------------------------------------------------
    cols = ("SELECT i.id, i.number, i.kind, i.account_id, a.name, i.issue_date, i.due_date, i.total, i.paid, "
            "i.status FROM invoices i JOIN accounts a ON a.id = i.account_id ")
    order = " ORDER BY i.issue_date DESC, i.number DESC"
    filters = [("", "", ()), ("paid", "WHERE i.status = ?", ("paid",)),
               ("unpaid", "WHERE i.status = ? AND i.due_date >= ?", ("unpaid", "2026-11-22")),
               ("overdue", "WHERE i.status IN ('unpaid', 'partial') AND i.due_date < ?", ("2026-11-22",)),
               ("void", "WHERE i.status = ?", ("void",))]
    for status, where, args in filters:
        with db.session() as s:
            sv = measure(lambda: invoices.invoice_rows(s, invoices.InvoiceFilter(status=status)), runs)
        rw = measure(lambda: raw.execute(cols + where + order, args).fetchall(), runs)
        line(f"invoices: filter {status or 'all'!r}", sv, rw, len(sv[2]))
    # --- the org chart of the big group (20 companies, 2,000 departments, 20,000 employees) --------------------
    with db.session() as s:
        sv = measure(lambda: groups.layout(s, GROUP_ACCOUNT), runs)
    rw = measure(lambda: raw.execute(
        "SELECT d.id, d.name, d.parent_department_id, d.position, d.company_id, d.version FROM departments d "
        "JOIN group_companies c ON c.id = d.company_id WHERE c.group_account_id = ?", (GROUP_ACCOUNT,)).fetchall(),
        runs)
    line("org chart: the layout (companies + departments)", sv, rw, len(sv[2].tree))
    tree = sv[2].tree
    c, w = measure(lambda: orgchart.problems(tree), runs)[:2]
    print(f"{'org chart: the G4 rule check of 2,020 nodes':<46} cpu {c:8.1f} ms (wall {w:8.1f})")
    with db.session() as s:
        sv = measure(lambda: groups.org_chart(s, GROUP_ACCOUNT, company_pk=1), runs)
    rw = measure(lambda: raw.execute(
        "SELECT e.id, e.name, e.home_department_id FROM employees e JOIN group_companies c ON c.id = e.company_id "
        "WHERE c.group_account_id = ? AND e.active = 1", (GROUP_ACCOUNT,)).fetchall(), runs)
    line("org chart: the chart as company 1 sees it", sv, rw, len(rw[2]))
    raw.close()
    db.dispose()


if __name__ == "__main__":
    main()
