"""No lost update through the order dialog (issue 10, item 3): the account changes at another workstation
between opening the order dialog and clicking 주문 완료; the dialog says "changed meanwhile — reload" and
nothing is ordered, invoiced or moved."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.models import Account, Feature, InvoiceRow, OrderRow, Site
from desktop_app.services import accounts
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from tests.conftest import count

STALE = "다른 곳에서 먼저 바뀌었습니다 — 다시 불러오세요"
MIRAE = "미래교육재단"  # 1-month term, auto-renew, expiry 2026-11-22 + 40 days = 2027-01-01; site 미래교육 (mirae-edu)


@pytest.fixture
def elsewhere(demo_desk, database_url):
    """A second staff user at a second workstation: its own connection to the same database."""
    from desktop_app.db import open_database

    clerk = demo_desk.run(add_regular_user, "clerk", "김직원", set(Feature))
    database = open_database(database_url)
    yield Desk(database, clerk)
    database.dispose()


def test_an_account_changed_between_opening_the_order_and_confirming_it_is_refused(
        qtbot, calc, demo_desk, elsewhere, db, monkeypatch):
    from desktop_app.views.calculator.order_dialog import OrderDialog

    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == MIRAE)).one()
        acc_id, site_id = acc.id, s.scalars(select(Site.id).where(Site.subdomain == "mirae-edu")).one()
        assert acc.expires_on == dt.date(2027, 1, 1)
        moved = accounts.AccountInput(name=acc.name, business_number=acc.business_number, ceo_name=acc.ceo_name,
                                      email=acc.email, pricing_policy=acc.pricing_policy.value, term_months=1,
                                      auto_renew=True, expires_on=dt.date(2027, 3, 31))
    calc.account.setCurrentIndex(calc.account.findData(acc_id))
    [row] = [r for r in calc.grid.rows if r.site_id == site_id]
    row.extend.setChecked(True)  # extend the account one term from the expiry the screen shows
    assert calc.order_button.isEnabled(), calc.order_button.toolTip()
    orders_before, invoices_before = count(db, OrderRow), count(db, InvoiceRow)
    seen = {}

    def drive(dialog):
        # meanwhile, at the other workstation, the account's expiry is moved
        with elsewhere.db.session() as s:
            version = s.get(Account, acc_id).version
        elsewhere.run(accounts.update_account, acc_id, version, moved)
        dialog.go(2)
        dialog.terms.setChecked(True)
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
        seen["general"] = "" if dialog.general.isHidden() else dialog.general.text()
        seen["open"] = dialog.result() == 0
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", drive)
    qtbot.mouseClick(calc.order_button, Qt.MouseButton.LeftButton)
    assert seen == {"general": STALE, "open": True}
    assert count(db, OrderRow) == orders_before and count(db, InvoiceRow) == invoices_before
    with db.session() as s:
        account = s.get(Account, acc_id)
        assert account.expires_on == dt.date(2027, 3, 31)  # the other user's change stays
        # closed after the refusal, the calculator has read the account again: the next order is priced on it
        assert (calc.context.account_version, calc.context.expires_on) == (account.version, dt.date(2027, 3, 31))
