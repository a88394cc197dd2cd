"""A billing run for one date is a fixed point: repeated, it changes nothing more (issue 10, item 2). Every
change a run makes — invoices, free renewals, site states, daily counts — is keyed or leads to a state the
next run recognises as done."""

import datetime as dt
import shutil

from sqlalchemy import select

from desktop_app.db import open_database
from desktop_app.models import Account, AuditEntry
from desktop_app.services import billing
from desktop_app.settings import Settings
from tests.support.billing_data import dump, mixed_book

RUN = dt.date(2026, 11, 22)


def run_on(path, times):
    db = open_database(path)
    try:
        for _ in range(times):
            billing.run(db, RUN, Settings())
    finally:
        db.dispose()


def test_repeated_runs_leave_the_state_of_one_run(tmp_path):
    once = mixed_book(tmp_path / "once.sqlite3", 10)
    thrice = tmp_path / "thrice.sqlite3"
    shutil.copy(once, thrice)
    run_on(once, 1)
    run_on(thrice, 3)
    assert dump(thrice) == dump(once)


def test_a_free_account_behind_catches_up_in_one_run_with_an_audit_entry_per_term(tmp_path):
    path = mixed_book(tmp_path / "book.sqlite3", 5)
    run_on(path, 1)
    db = open_database(path)
    try:
        with db.session() as s:
            free = s.scalars(select(Account).where(Account.name == "고객사 00001")).one()
            # expired 2026-08-31, monthly: Sep, Oct, Nov are past and December's term is invoiced 14 days ahead
            # (due from 2026-11-17 on), so one run renews four terms: to 2026-12-31
            assert free.expires_on == dt.date(2026, 12, 31)
            entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "account",
                                                         AuditEntry.entity_id == free.id)
                                .order_by(AuditEntry.id)).all()
            assert [(e.action, e.before, e.after) for e in entries] == [
                ("renew_free", {"expires_on": "2026-08-31"}, {"expires_on": "2026-09-30"}),
                ("renew_free", {"expires_on": "2026-09-30"}, {"expires_on": "2026-10-31"}),
                ("renew_free", {"expires_on": "2026-10-31"}, {"expires_on": "2026-11-30"}),
                ("renew_free", {"expires_on": "2026-11-30"}, {"expires_on": "2026-12-31"}),
            ]
            assert [x.state.value for x in free.sites] == ["active"]  # renewed, so never overdue
    finally:
        db.dispose()
