"""S3/S4: what a staff user limited to some accounts, or without the `all orders` grant, sees in every list and
export, and what they may change. Expected rows are written out from the demo data (services/demo.py)."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app import models
from desktop_app.errors import PermissionDenied
from desktop_app.models import Account, Feature
from desktop_app.services import accounts, export, groups, invoices, orders, quotes, sites
from desktop_app.services.billing import run as billing_run
from desktop_app.services.desk import Desk
from desktop_app.services.invoices import InvoiceFilter
from desktop_app.services.staff import StaffInput, add_user, staff_rows, update_user
from desktop_app.settings import Settings
from tests.support.versions import shown

PASSWORD = "bookkeeper-pw-1"


def account_id(desk, name):
    with desk.db.session() as s:
        return s.scalar(select(Account.id).where(Account.name == name))


@pytest.fixture
def book(demo_desk):
    """The demo, a renewal invoice for (주)다온물산 (INV-2026-000006), a quote and an order made by the PAA,
    and a bookkeeper with `payments` and `invoices` for 한결건설(주) and 푸른숲 디자인 only."""
    billing_run(demo_desk.db, dt.date(2026, 11, 22), Settings())
    hangyeol, pureun = account_id(demo_desk, "한결건설(주)"), account_id(demo_desk, "푸른숲 디자인")
    with demo_desk.db.session() as s:
        for acc in (hangyeol, account_id(demo_desk, "(주)다온물산")):
            s.add(models.QuoteRow(number=f"Q-2026-00000{acc}", account_id=acc, customer_name="x",
                                  issue_date=dt.date(2026, 11, 20), valid_until=dt.date(2026, 12, 20),
                                  supply=1000, vat=100, total=1100, content={}, staff_id=demo_desk.actor.id))
            s.add(models.OrderRow(account_id=acc, kind="new", order_date=dt.date(2026, 11, 20), payment_method="card",
                                  supply=1000, vat=100, total=1100, snapshot={"priced": {"sites": []}},
                                  staff_id=demo_desk.actor.id))
    user = demo_desk.run(add_user, StaffInput("book", "이경리", frozenset({Feature.PAYMENTS, Feature.INVOICES}),
                                              all_accounts=False, account_ids=frozenset({hangyeol, pureun})),
                         PASSWORD)
    return Desk(demo_desk.db, user), demo_desk, hangyeol, pureun


def test_the_accounts_list_shows_only_the_accounts_in_scope(book):
    keeper, paa, *_ = book
    assert sorted(r.name for r in keeper.read(accounts.account_rows)) == ["푸른숲 디자인", "한결건설(주)"]
    assert len(paa.read(accounts.account_rows)) == 8


def test_sites_of_an_account_outside_the_scope_are_not_listed(book):
    keeper, paa, hangyeol, _ = book
    daon = account_id(paa, "(주)다온물산")
    assert [r.subdomain for r in keeper.read(sites.site_rows, hangyeol)] == ["hangyeol"]
    assert keeper.read(sites.site_rows, daon) == []
    assert [r.subdomain for r in paa.read(sites.site_rows, daon)] == ["daon"]


def test_invoices_and_their_export_hold_only_the_accounts_in_scope(book, tmp_path):
    keeper, paa, *_ = book
    assert {r.account for r in keeper.read(invoices.invoice_rows)} == {"한결건설(주)"}
    assert len(keeper.read(invoices.invoice_rows)) == 5
    assert "INV-2026-000006" in {r.number for r in paa.read(invoices.invoice_rows)}
    out = tmp_path / "mine.xlsx"
    assert keeper.read(export.export_invoices, InvoiceFilter(), str(out)) == 5
    names = {row[2] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)}
    assert names == {"한결건설(주)"}


def test_quotes_and_orders_made_by_others_are_hidden_without_all_orders(book):
    keeper, paa, hangyeol, _ = book
    assert keeper.read(quotes.quote_rows) == []
    assert keeper.read(orders.order_rows, hangyeol) == []
    assert len(paa.read(quotes.quote_rows)) == 3  # the demo's quote for a prospect, and the two above


def test_with_all_orders_the_quotes_and_orders_of_the_scope_are_seen(book):
    keeper, paa, hangyeol, pureun = book
    row = [r for r in paa.read(staff_rows, paa.actor) if r.login == "book"][0]
    paa.run(update_user, row.id, row.version, StaffInput("book", "이경리", row.features, all_accounts=False,
                                                         account_ids=frozenset({hangyeol, pureun}), all_orders=True))
    assert [q.number for q in keeper.read(quotes.quote_rows)] == [f"Q-2026-00000{hangyeol}"]
    assert len(keeper.read(orders.order_rows, hangyeol)) == 1


def test_group_lists_hold_only_groups_in_scope(book):
    keeper, paa, *_ = book
    assert [n for _i, n in keeper.read(groups.group_accounts)] == ["한결건설(주)"]
    with paa.db.session() as s:
        s.execute(models.StaffAccount.__table__.delete().where(models.StaffAccount.account_id
                                                               == account_id(paa, "한결건설(주)")))
    assert keeper.read(groups.group_accounts) == []


def test_a_change_outside_the_scope_is_refused_naming_the_scope(book):
    keeper, paa, *_ = book
    daon_invoice = [r for r in paa.read(invoices.invoice_rows) if r.number == "INV-2026-000006"][0]
    with pytest.raises(PermissionDenied) as err:
        keeper.run(invoices.record_payment, daon_invoice.id, shown(paa, models.InvoiceRow, daon_invoice.id),
                   dt.date(2026, 11, 22), 1000, "card")
    assert err.value.field == "scope" and "(주)다온물산" in err.value.message and "S3" in err.value.message
    assert [r.paid for r in paa.read(invoices.invoice_rows) if r.number == "INV-2026-000006"] == [0]


def test_a_change_inside_the_scope_goes_through(book):
    keeper, paa, *_ = book
    own = [r for r in keeper.read(invoices.invoice_rows) if r.paid < r.total][0]
    keeper.run(invoices.record_payment, own.id, shown(paa, models.InvoiceRow, own.id), dt.date(2026, 11, 22),
               own.total - own.paid, "card")
    assert [r.status for r in keeper.read(invoices.invoice_rows) if r.id == own.id] == ["paid"]


def test_a_limited_user_cannot_make_an_account_for_every_account(book):
    keeper, paa, *_ = book
    with paa.db.session() as s:
        s.execute(models.StaffUser.__table__.update().where(models.StaffUser.login == "book")
                  .values(permissions="sites"))
    with pytest.raises(PermissionDenied) as err:
        keeper.run(accounts.create_account, None)
    assert err.value.field == "scope"


def test_revising_a_quote_made_by_another_needs_all_orders(book):
    keeper, paa, hangyeol, _ = book
    with paa.db.session() as s:
        s.execute(models.StaffUser.__table__.update().where(models.StaffUser.login == "book")
                  .values(permissions="quotes,orders"))
        qid = s.scalar(select(models.QuoteRow.id).where(models.QuoteRow.account_id == hangyeol))
    with pytest.raises(PermissionDenied) as err:
        keeper.run(quotes.accept_quote, qid, shown(paa, models.QuoteRow, qid))
    assert err.value.field == "all_orders"


def test_a_billing_run_as_a_limited_user_bills_only_their_accounts(book):
    keeper, paa, *_ = book
    report = billing_run(paa.db, dt.date(2026, 12, 1), Settings(), actor=keeper.actor)
    assert not report.failures
    assert {r.account for r in paa.read(invoices.invoice_rows) if r.issue_date == dt.date(2026, 12, 1)} <= {
        "한결건설(주)", "푸른숲 디자인"}
