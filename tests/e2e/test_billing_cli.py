"""`desktop-app billing run` and `desktop-app invoices export` as a user runs them, including a run killed
with SIGKILL half-way and run again."""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from openpyxl import load_workbook

from desktop_app.db import open_database
from desktop_app.models import Account, PricingPolicy, Site, SiteState, Vendor
from desktop_app.pricing.business_number import make_valid
from desktop_app.services.staff import ensure_owner
from tests.conftest import ROOT
from tests.support.databases import demo_file

RUN_DATE = "2026-11-22"


def cli(tmp_path, *args):
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"), RESELLER_DESK_TODAY=RUN_DATE)
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env)


def many_accounts_due(path, n, names=None):
    """n auto-renew accounts whose monthly term ends in three days: each gets one renewal invoice."""
    db = open_database(path)
    with db.session() as s:
        ensure_owner(s)
        for i in range(n):
            acc = Account(name=names[i] if names else f"고객사 {i:05d}", business_number=make_valid(f"{100000000 + i}"),
                          pricing_policy=PricingPolicy.V4, term_months=1, auto_renew=True,
                          expires_on=dt.date(2026, 11, 25))
            s.add(acc)
            s.flush()
            s.add(Site(account_id=acc.id, name="본사", vendor=Vendor.DAOUOFFICE, package="standard",
                       edition="service", users=10 + i % 50, state=SiteState.ACTIVE, subdomain=f"cust{i:05d}"))
    db.dispose()


def invoices_in(path):
    with sqlite3.connect(path) as c:
        rows = c.execute("SELECT number, account_id, total, content FROM invoices ORDER BY number").fetchall()
        last = c.execute("SELECT last FROM number_counters WHERE kind = 'INV'").fetchone()
    return rows, last[0] if last else 0


def test_a_run_on_the_demo_issues_the_renewal_due_and_a_second_run_nothing(tmp_path):
    path = demo_file(tmp_path / "desk.sqlite3")
    first = cli(tmp_path, "billing", "run", "--date", RUN_DATE, "--db", str(path))
    assert first.returncode == 0, first.stderr
    assert "청구서 1건 발행" in first.stdout and "INV-2026-000006" in first.stdout
    second = cli(tmp_path, "billing", "run", "--date", RUN_DATE, "--db", str(path))
    assert second.returncode == 0 and "청구서 0건 발행" in second.stdout
    bad = cli(tmp_path, "billing", "run", "--date", "2026-13-01", "--db", str(path))
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_a_run_killed_half_way_leaves_no_partial_invoice_and_no_gap(tmp_path):
    path = tmp_path / "many.sqlite3"
    many_accounts_due(path, 1500)
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"))
    proc = subprocess.Popen([sys.executable, "main.py", "billing", "run", "--date", RUN_DATE, "--db", str(path)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if invoices_in(path)[1] >= 20:
                    break
            except sqlite3.OperationalError:
                pass  # the table may be busy for a moment; look again
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be killed; use more accounts"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    rows, last = invoices_in(path)
    assert 20 <= len(rows) < 1500
    assert [r[0] for r in rows] == [f"INV-2026-{i:06d}" for i in range(1, last + 1)]  # no gap, no lost number
    assert all('"sites"' in r[3] and r[2] > 0 for r in rows)  # every invoice written whole
    again = cli(tmp_path, "billing", "run", "--date", RUN_DATE, "--db", str(path))
    assert again.returncode == 0, again.stderr
    rows, last = invoices_in(path)
    assert len(rows) == 1500 and last == 1500
    assert sorted(r[1] for r in rows) == sorted({r[1] for r in rows})  # one renewal per account
    assert [r[0] for r in rows] == [f"INV-2026-{i:06d}" for i in range(1, 1501)]


@pytest.mark.parametrize("status", ["unpaid", None])
def test_export_writes_the_filtered_rows_and_never_a_formula(tmp_path, status):
    path = tmp_path / "desk.sqlite3"
    names = ['=HYPERLINK("http://evil.example","클릭")', "+82 무역", "-마이너스 상사", "@멘션 주식회사", "평범한 회사"]
    many_accounts_due(path, len(names), names)
    assert cli(tmp_path, "billing", "run", "--date", RUN_DATE, "--db", str(path)).returncode == 0
    out = tmp_path / "invoices.xlsx"
    args = ["invoices", "export", "--xlsx", str(out), "--db", str(path), "--due-from", "2026-12-01",
            "--due-to", "2026-12-31"] + (["--status", status] if status else [])
    done = cli(tmp_path, *args)
    assert done.returncode == 0, done.stderr
    ws = load_workbook(out)["청구서"]
    rows = list(ws.iter_rows(values_only=False))
    assert [c.value for c in rows[0]][:3] == ["청구서 번호", "종류", "고객"]
    customers = {r[2].value: r[2] for r in rows[1:]}
    assert set(customers) == set(names)
    for name, cell in customers.items():
        assert cell.data_type == "s" and cell.value == name  # text, exactly as typed
    with sqlite3.connect(path) as c:
        expected = c.execute("SELECT number, total FROM invoices WHERE due_date BETWEEN '2026-12-01' AND "
                             "'2026-12-31' ORDER BY number").fetchall()
    assert sorted((r[0].value, r[5].value) for r in rows[1:]) == expected
    empty = cli(tmp_path, "invoices", "export", "--xlsx", str(tmp_path / "none.xlsx"), "--db", str(path),
                "--status", "paid")
    assert empty.returncode == 0 and len(list(load_workbook(tmp_path / "none.xlsx")["청구서"].rows)) == 1
    one = cli(tmp_path, "invoices", "export", "--xlsx", str(tmp_path / "one.xlsx"), "--db", str(path),
              "--account", "+82 무역")
    assert one.returncode == 0, one.stderr
    assert [r[2] for r in load_workbook(tmp_path / "one.xlsx")["청구서"].iter_rows(min_row=2, values_only=True)] \
        == ["+82 무역"]
    wrong = cli(tmp_path, "invoices", "export", "--xlsx", str(out), "--db", str(path), "--status", "late")
    assert wrong.returncode == 2 and "overdue" in wrong.stderr
