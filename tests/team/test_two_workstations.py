"""Several workstations on one shared PostgreSQL database (Y1): each is its own engine or its own process on
the test server, as in an office."""

import datetime as dt
import json
import os
import subprocess
import sys
import time
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop_app.db import open_database
from desktop_app.errors import StaleEdit
from desktop_app.models import (
    Account,
    AuditEntry,
    InvoiceRow,
    PricingPolicy,
    Site,
    SiteState,
    Vendor,
)
from desktop_app.pricing.business_number import make_valid
from desktop_app.services import sites
from desktop_app.services.desk import Desk
from desktop_app.services.staff import ensure_owner
from tests.conftest import ROOT


def workstation(url):
    db = open_database(url)
    return db, Desk(db)


def site_input(site: Site) -> sites.SiteInput:
    return sites.SiteInput(name=site.name, subdomain=site.subdomain, admin_name=site.admin_name,
                           admin_login=site.admin_login, vendor=site.vendor.value, package=site.package,
                           edition=site.edition, users=site.users, state=site.state.value,
                           mail_domain=site.mail_domain)


def test_the_same_site_saved_by_two_workstations_keeps_the_first_and_refuses_the_second(shared):
    (db_a, desk_a), (db_b, desk_b) = workstation(shared), workstation(shared)
    try:
        site = desk_a.read(lambda s: s.get(Site, 1))
        first = replace(site_input(site), name="본사 (A가 고침)")
        second = replace(site_input(site), name="본사 (B가 고침)")

        def b_saves_after_a(s, actor):
            opened = sites.get_site(s, site.id)  # B opened the site at the same version as A, and checked it
            desk_a.run(sites.update_site, site.id, site.version, first)  # A saves meanwhile
            assert opened.version == site.version
            return sites.update_site(s, actor, site.id, site.version, second)  # B's UPDATE finds no such version

        with pytest.raises(StaleEdit) as refused:
            desk_b.run(b_saves_after_a)
        assert refused.value.field == "version" and "다시 불러오세요" in refused.value.message
        with db_b.session() as s:
            kept = s.get(Site, site.id)
            assert (kept.name, kept.version) == ("본사 (A가 고침)", site.version + 1)  # A's save, not lost
            updates = s.scalars(select(AuditEntry).where(AuditEntry.entity == "site",
                                                         AuditEntry.action == "update")).all()
            assert [(e.after["name"], e.entity_uuid) for e in updates] == [("본사 (A가 고침)", site.uuid)]
    finally:
        db_a.dispose()
        db_b.dispose()


def start_together(args_list, delay=4.0):
    start_at = str(time.time() + delay)  # every process is up and connected before it starts working
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return [subprocess.Popen([sys.executable, "-m", "tests.team.workers", *args, start_at], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for args in args_list]


def test_the_first_invoices_of_a_new_year_from_six_workstations_are_gapless(shared):
    procs = start_together([("invoices", shared, "5")] * 6)
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, [err for _, err in outputs]
    taken = [n for out, _ in outputs for n in json.loads(out)]
    assert sorted(taken) == [f"INV-2027-{i:06d}" for i in range(1, 31)]  # no UniqueViolation, no gap, no twice
    db = open_database(shared)
    with db.session() as s:
        stored = s.scalars(select(InvoiceRow.number).where(InvoiceRow.issue_date == dt.date(2027, 1, 4))).all()
    db.dispose()
    assert sorted(stored) == sorted(taken)


def accounts_due(url, n):
    """n auto-renew monthly accounts whose term ends on 2026-11-25: each is due one renewal on 2026-11-22."""
    db = open_database(url)
    with db.session() as s:
        ensure_owner(s)
        for i in range(n):
            acc = Account(name=f"고객사 {i:03d}", business_number=make_valid(f"{200000000 + i}").replace("-", ""),
                          pricing_policy=PricingPolicy.V4, term_months=1, auto_renew=True,
                          expires_on=dt.date(2026, 11, 25))
            s.add(acc)
            s.flush()
            s.add(Site(account_id=acc.id, name="본사", vendor=Vendor.DAOUOFFICE, package="standard",
                       edition="service", users=10, state=SiteState.ACTIVE, subdomain=f"team{i:04d}"))
    db.dispose()


def test_two_billing_runs_at_once_bill_each_account_once(pg_server, tmp_path):
    name = pg_server.fresh_database()
    url = pg_server.url(name)
    accounts_due(url, 60)
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"), RESELLER_DESK_TODAY="2026-11-22")
    cmd = [sys.executable, "main.py", "billing", "run", "--date", "2026-11-22", "--db", url]
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in procs]
    try:
        # one run bills; the other either waited and found nothing left, or said a run is in progress (exit 2)
        codes = sorted(p.returncode for p in procs)
        assert codes in ([0, 0], [0, 2]), [err for _, err in outputs]
        if codes == [0, 2]:
            assert any("이미 실행 중" in err for _, err in outputs)
        assert all("Traceback" not in err for _, err in outputs)
        issued = [line.split()[-1] for out, _ in outputs for line in out.splitlines() if "  발행 " in line]
        assert sorted(issued) == [f"INV-2026-{i:06d}" for i in range(1, 61)]  # 60 renewals between the two runs
        db = open_database(url)
        with db.session() as s:
            rows = s.execute(select(InvoiceRow.number, InvoiceRow.account_id)).all()
        db.dispose()
        assert len(rows) == 60 and len({account for _, account in rows}) == 60  # one per account
    finally:
        pg_server.drop(name)
