"""Issue #17 (5): team mode on a local PostgreSQL server (started here as the tests start theirs).

(a) 8 simulated workstations (processes) for 60 seconds of mixed work: browsing the accounts, sites and invoices
    lists, editing sites (a small hot set, so colleagues collide), orders (each issues an invoice: one number
    counter for all), quotes, payments, and one billing run. Actions per second, p95 action time (target
    <= 100 ms), stale-edit refusals apart from other errors (target 0 other errors).
(b) Every workstation runs the live listener (desktop_app/live.py): the time from a commit on one workstation
    to the callback on another, p95 (target <= 2 s).
(c) The billing run and the invoice export on PostgreSQL against SQLite, same data.

Usage: python benchmarks/bench_team.py [--workstations 8] [--seconds 60] [--accounts 400]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
_tmp = Path(tempfile.mkdtemp(prefix="bench-team-"))
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", str(_tmp))
os.environ.setdefault("RESELLER_DESK_DATA_DIR", str(_tmp))
os.environ.setdefault("RESELLER_DESK_TODAY", "2026-11-22")

TODAY = dt.date(2026, 11, 22)
HOT_SITES = 24  # site edits pick among the first sites of the filled accounts: colleagues do collide


def p95(values: list[float]) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def fill(url: str, n_accounts: int, invoices: int = 0) -> list[int]:
    """Demo data plus n accounts with two sites each (a quarter due a renewal on TODAY) and, for the export,
    `invoices` paid/unpaid invoices; returns the filled accounts' ids."""
    from sqlalchemy import func, insert, select, text

    from desktop_app.db import open_database
    from desktop_app.models import Account, InvoiceRow, Site
    from desktop_app.pricing.business_number import make_valid
    from desktop_app.services import demo
    from desktop_app.services.desk import Desk

    db = open_database(url)
    Desk(db).run(demo.fill_demo)
    with db.session() as s:
        first_account = s.scalar(select(func.max(Account.id))) + 1
        first_site = s.scalar(select(func.max(Site.id))) + 1
        first_invoice = (s.scalar(select(func.max(InvoiceRow.id))) or 0) + 1
    rng = random.Random(17)
    accounts, sites, rows = [], [], []
    for k in range(n_accounts):
        a = first_account + k
        accounts.append(dict(id=a, uuid=uuid.uuid4(), name=f"팀 고객사 {k:05d}",
                             business_number=make_valid(f"{300000000 + k:09d}").replace("-", ""),
                             ceo_name="김대표", address="서울", phone="02-000-0000", email=f"admin@t{k}.co.kr",
                             pricing_policy="4.0", term_months=12, auto_renew=True,
                             expires_on=TODAY + dt.timedelta(days=10 if k % 4 == 0 else 200), active=True,
                             version=1))
        for j in range(2):
            sites.append(dict(id=first_site + 2 * k + j, uuid=uuid.uuid4(), account_id=a, name=f"회사{j + 1}",
                              vendor="daouoffice", package="standard", edition="service",
                              users=rng.choice((10, 20, 35, 50)), state="active", admin_name="관리자",
                              admin_login="admin", subdomain=f"team{k}-{j}", mail_domain=f"t{k}.co.kr",
                              opened_on=TODAY - dt.timedelta(days=100), active=True, version=1))
    for i in range(invoices):
        issue = dt.date(2026, 1, 1) + dt.timedelta(days=i % 320)
        supply = rng.randrange(10_000, 5_000_000)
        total = supply + supply // 10
        rows.append(dict(id=first_invoice + i, uuid=uuid.uuid4(), number=f"INV-2025-{i + 1:06d}", kind="order",
                         billing_key=None, account_id=first_account + i % n_accounts, issue_date=issue,
                         due_date=issue + dt.timedelta(days=14), supply=supply, vat=supply // 10, total=total,
                         paid=(total, 0)[i % 2], status=("paid", "unpaid")[i % 2], content={}, version=1))
    with db.engine.begin() as conn:
        for model, batch in ((Account, accounts), (Site, sites), (InvoiceRow, rows)):
            for i in range(0, len(batch), 10_000):
                if batch[i:i + 10_000]:
                    conn.execute(insert(model), batch[i:i + 10_000])
        if conn.dialect.name == "postgresql":  # explicit ids: move the sequences past them
            for table in ("accounts", "sites", "invoices"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    db.dispose()
    return [a["id"] for a in accounts]


# ---------------------------------------------------------------------------------------------- workstation


def workstation(index: int, count: int, url: str, start_at: float, seconds: float, billing_at: float | None,
                out: str) -> None:
    """One simulated workstation: a random mix of actions until the time is up; writes its figures as JSON."""
    from sqlalchemy import select

    from desktop_app import live
    from desktop_app.changes import _collector
    from desktop_app.db import open_database
    from desktop_app.errors import Conflict, StaleEdit, UserError
    from desktop_app.models import InvoiceRow, Site
    from desktop_app.services import accounts, billing, invoices, orders, quotes, sites
    from desktop_app.services.desk import Desk
    from desktop_app.settings import Settings

    settings = Settings()
    db = open_database(url)
    desk = Desk(db)
    heard: list[float] = []

    def on_change(change: live.Changes) -> None:
        stamps = change.ids.get("bench_t")
        if stamps:
            heard.append(time.time() - min(stamps) / 1e6)

    listener = live.Listener(url, on_change).start()
    listener.connected.wait(30)
    with db.session() as s:
        mine = s.scalars(select(Site.account_id).where(Site.subdomain.like("team%"))).all()
        all_sites = s.scalars(select(Site.id).where(Site.subdomain.like("team%")).order_by(Site.id)).all()
    my_accounts = sorted({a for a in mine if a % count == index})
    hot = all_sites[:HOT_SITES]
    rng = random.Random(index)

    def stamped(fn):
        """A change whose notice also carries the moment just before its commit (for the latency): the stamp
        rides on the notice the session sends by itself (desktop_app.changes collects, live.py announces)."""
        def mark(s, actor, *args):
            result = fn(s, actor, *args)
            _collector(s).add("bench_t", int(time.time() * 1e6))
            return result
        return mark

    def browse_accounts():
        desk.read(accounts.account_rows)

    def browse_sites():
        desk.read(sites.site_rows, rng.choice(my_accounts))

    def browse_invoices():
        desk.read(invoices.invoice_rows, invoices.InvoiceFilter(status="unpaid", account_id=rng.choice(my_accounts)))

    def edit_site():
        site_id = rng.choice(hot)
        data, version = desk.read(lambda s: (sites.site_input(sites.get_site(s, site_id)), s.get(Site, site_id).version))
        time.sleep(rng.uniform(0.0, 0.05))  # the user types; a colleague may save meanwhile
        desk.run(stamped(sites.update_site), site_id, version,
                 replace(data, name=f"회사 {rng.randrange(1000)}"))

    def order_input():
        account_id = rng.choice(my_accounts)
        site = desk.read(lambda s: s.scalars(select(Site).where(Site.account_id == account_id)).first())
        change = orders.SiteChange(site.id, site.package, site.users + 1, site.edition, version=site.version)
        return orders.OrderInput(account_id, changes=[change], terms_accepted=True)

    def order():
        desk.run(stamped(orders.place_order), order_input())

    def quote():
        desk.run(stamped(quotes.quote_for_order), order_input(), settings)

    def payment():
        def unpaid(s):
            return s.execute(select(InvoiceRow.id, InvoiceRow.total - InvoiceRow.paid)
                             .where(InvoiceRow.account_id.in_(my_accounts), InvoiceRow.status == "unpaid",
                                    InvoiceRow.kind != "credit").limit(20)).all()
        rows = desk.read(unpaid)
        if not rows:
            return browse_invoices()
        invoice_id, left = rng.choice(rows)
        desk.run(stamped(invoices.record_payment), invoice_id,
                 desk.read(lambda s: s.get(InvoiceRow, invoice_id).version), TODAY, left, "bank_transfer")

    actions = {"browse accounts": (browse_accounts, 20), "browse sites": (browse_sites, 15),
               "browse invoices": (browse_invoices, 10), "edit site": (edit_site, 15), "order": (order, 15),
               "quote": (quote, 15), "payment": (payment, 10)}
    names = list(actions)
    weights = [actions[n][1] for n in names]
    times: dict[str, list[float]] = collections.defaultdict(list)
    stale = 0
    refused: collections.Counter = collections.Counter()
    errors: list[str] = []
    billing_report = None
    while time.time() < start_at:
        time.sleep(0.005)
    end = start_at + seconds
    while time.time() < end:
        if billing_at is not None and billing_report is None and time.time() >= billing_at:
            t = time.perf_counter()
            report = billing.run(db, TODAY, settings)
            billing_report = {"seconds": time.perf_counter() - t, "invoices": len(report.invoices),
                              "failures": [f"{n}: {w}" for n, w in report.failures]}
            continue
        name = rng.choices(names, weights)[0]
        t = time.perf_counter()
        try:
            actions[name][0]()
        except (StaleEdit, Conflict):
            stale += 1
        except UserError as exc:
            refused[f"{name}: {exc.message[:80]}"] += 1
        except Exception:
            errors.append(f"{name}: {traceback.format_exc(limit=3)}")
        times[name].append(time.perf_counter() - t)
    time.sleep(2.5)  # the last notices arrive
    listener.stop()
    db.dispose()
    Path(out).write_text(json.dumps({"times": times, "stale": stale, "refused": refused, "errors": errors,
                                     "heard": heard, "billing": billing_report,
                                     "reconnects": listener.reconnects}, ensure_ascii=False))


def run_team(server, n: int, seconds: float, n_accounts: int) -> None:
    name = server.fresh_database()
    url = server.url(name)
    fill(url, n_accounts)
    start_at = time.time() + 8  # every process has imported, connected and started listening by then
    outs = [_tmp / f"ws{i}.json" for i in range(n)]
    procs = [subprocess.Popen([sys.executable, __file__, "--worker", str(i), str(n), url, str(start_at),
                               str(seconds), str(start_at + seconds / 2 if i == 0 else -1), str(outs[i])])
             for i in range(n)]
    for p in procs:
        p.wait()
    results = [json.loads(o.read_text()) for o in outs]
    per_kind: dict[str, list[float]] = collections.defaultdict(list)
    for r in results:
        for kind, values in r["times"].items():
            per_kind[kind].extend(values)
    every = [v for values in per_kind.values() for v in values]
    stale = sum(r["stale"] for r in results)
    refused = collections.Counter()
    for r in results:
        refused.update(r["refused"])
    errors = [e for r in results for e in r["errors"]]
    heard = [v for r in results for v in r["heard"]]
    billing_report = results[0]["billing"]
    print(f"{n} workstations x {seconds:.0f} s on PostgreSQL ({n_accounts} accounts, {HOT_SITES} hot sites):")
    print(f"  actions: {len(every):,} = {len(every) / seconds:,.1f} per second; p95 {p95(every) * 1000:.1f} ms, "
          f"median {statistics.median(every) * 1000:.1f} ms (target p95 <= 100 ms)")
    for kind in sorted(per_kind):
        v = per_kind[kind]
        print(f"    {kind:16s} {len(v):6,}  p95 {p95(v) * 1000:7.1f} ms  median {statistics.median(v) * 1000:6.1f} ms")
    print(f"  stale-edit / concurrent-change refusals (clear messages): {stale}")
    print(f"  other refusals (business rules): {sum(refused.values())} {dict(refused.most_common(5))}")
    print(f"  errors other than those: {len(errors)} (target 0)")
    for e in errors[:3]:
        print("    " + e.replace("\n", "\n    "))
    print(f"  commit -> other workstation's listener callback: {len(heard):,} notices, p95 {p95(heard) * 1000:.1f} ms, "
          f"median {statistics.median(heard) * 1000 if heard else float('nan'):.1f} ms, "
          f"max {max(heard) * 1000 if heard else float('nan'):.1f} ms (target p95 <= 2 s)")
    if billing_report:
        print(f"  billing run during the mix: {billing_report['invoices']} invoices in "
              f"{billing_report['seconds']:.2f} s, failures: {billing_report['failures'][:3]}")
    server.drop(name)


def compare(server, n_accounts: int, n_invoices: int) -> None:
    """The billing run and the invoice export, the same data on SQLite and on PostgreSQL."""
    from desktop_app.db import open_database
    from desktop_app.services import billing, export
    from desktop_app.services.invoices import InvoiceFilter
    from desktop_app.settings import Settings

    name = server.fresh_database()
    targets = {"SQLite": str(_tmp / "compare.sqlite3"), "PostgreSQL": server.url(name)}
    run_date = dt.date(2027, 11, 22)  # a year on: every filled account renews
    for label, url in targets.items():
        fill(url, n_accounts, n_invoices)
        db = open_database(url)
        t = time.perf_counter()
        report = billing.run(db, run_date, Settings())
        took = time.perf_counter() - t
        exports = []
        for _ in range(3):
            t = time.perf_counter()
            with db.session() as s:
                rows = export.export_invoices(s, InvoiceFilter(), str(_tmp / f"{label}.xlsx"))
            exports.append(time.perf_counter() - t)
        db.dispose()
        print(f"{label:10s} billing run: {len(report.invoices):,} invoices in {took:.2f} s "
              f"({len(report.invoices) / took:,.0f}/s), failures {len(report.failures)}; "
              f"export of {rows:,} invoices: median {statistics.median(exports):.2f} s")
    server.drop(name)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workstations", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--accounts", type=int, default=400)
    ap.add_argument("--compare-accounts", type=int, default=2000)
    ap.add_argument("--compare-invoices", type=int, default=50_000)
    args = ap.parse_args()
    from tests.support.postgres import PgServer

    server = PgServer(durable=True).start()
    try:
        print(f"PostgreSQL {server.admin('SHOW server_version')[0][0]} on 127.0.0.1:{server.port} "
              "(default durability: fsync and synchronous commit on)")
        run_team(server, args.workstations, args.seconds, args.accounts)
        compare(server, args.compare_accounts, args.compare_invoices)
    finally:
        server.stop()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        i, n, url, start_at, seconds, billing_at, out = sys.argv[2:9]
        workstation(int(i), int(n), url, float(start_at), float(seconds),
                    None if float(billing_at) < 0 else float(billing_at), out)
    else:
        main()
