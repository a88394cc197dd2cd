"""No lost update (issue 10, item 3): two staff users at two desks; one changes a row, the other acts from a
screen read before that change and is refused with "changed meanwhile — reload", and nothing of the refused
change is written. Every service that changes an existing row takes the version its screen showed."""

import datetime as dt
import inspect
import sqlite3

import pytest
from sqlalchemy import func, select

from desktop_app.errors import DatabaseProblem, StaleEdit, UserError
from desktop_app.models import (
    Account,
    AuditEntry,
    Department,
    DiscountCodeRow,
    Feature,
    InvoiceRow,
    NamedUser,
    OrderRow,
    QuoteRow,
    Site,
)
from desktop_app.services import (
    accounts,
    billing,
    discounts,
    groups,
    invoices,
    licences,
    naver_sites,
    orders,
    quotes,
    sites,
)
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from desktop_app.settings import Settings
from tests.conftest import TODAY
from tests.support.screens import account_version
from tests.unit.test_access import SERVICES

STALE = "다른 곳에서 먼저 바뀌었습니다 — 다시 불러오세요"


@pytest.fixture
def other(demo_desk, db):
    """A second staff user at a second desk, with every permission."""
    clerk = demo_desk.run(add_regular_user, "clerk", "김직원", set(Feature))
    return Desk(db, clerk)


def snap(db, model, row_id):
    with db.session() as s:
        row = s.get(model, row_id)
        return {c.name: getattr(row, c.name) for c in model.__table__.columns}


def counts(db):
    with db.session() as s:
        return tuple(s.scalar(select(func.count(m.id))) for m in (AuditEntry, OrderRow, InvoiceRow, QuoteRow))


def refused(db, model, row_id, act):
    """`act()` is refused as stale, and neither the row nor anything else was written."""
    before, totals = snap(db, model, row_id), counts(db)
    with pytest.raises(StaleEdit) as err:
        act()
    assert err.value.message == STALE
    assert snap(db, model, row_id) == before and counts(db) == totals


def site_by(db, sub):
    with db.session() as s:
        return s.scalars(select(Site).where(Site.subdomain == sub)).one()


def test_an_order_from_an_out_of_date_screen_does_not_undo_a_seat_change(demo_desk, other, db):
    """The reported case: one user sets a site to 80 seats; another's order, built from the screen that
    showed 55, would have put it back at 55 for 0 won."""
    site = site_by(db, "mirae-edu")
    seats = site.users + 25
    screen = orders.change_from_site(site, extend=True)  # the other user's calculator, read now
    account_seen = account_version(other, site.account_id)
    data = sites.site_input(site)
    data.users = seats
    demo_desk.run(sites.update_site, site.id, site.version, data, "증설")
    assert site_by(db, "mirae-edu").users == seats
    stale = orders.OrderInput(site.account_id, changes=[screen], terms_accepted=True, account_version=account_seen)
    refused(db, Site, site.id, lambda: other.run(orders.place_order, stale))
    assert site_by(db, "mirae-edu").users == seats


def test_an_order_without_the_version_its_screen_showed_is_refused(demo_desk, db):
    site = site_by(db, "mirae-edu")
    change = orders.SiteChange(site.id, site.package, site.users + 5, site.edition)
    with pytest.raises(Exception) as err:
        demo_desk.run(orders.place_order, orders.OrderInput(site.account_id, changes=[change], terms_accepted=True,
                                                            account_version=account_version(demo_desk, site.account_id)))
    assert getattr(err.value, "field", None) == f"site {site.id}"


def expiry_of(db, account_id):
    with db.session() as s:
        return s.get(Account, account_id).expires_on


def test_two_desks_extending_the_same_account_extend_it_one_term_only(demo_desk, other, db):
    """Both desks read 미래교육재단 (1-month term, expiry 2026-11-22 + 40 days = 2027-01-01) and both extend it.
    C4: the first extension runs from 2027-01-02 for one month, to 2027-02-01; the second, from the screen read
    before it, is refused instead of adding a second month."""
    site = site_by(db, "mirae-edu")
    acc_id = site.account_id
    assert expiry_of(db, acc_id) == dt.date(2027, 1, 1)
    seen = account_version(demo_desk, acc_id)  # both screens show this version of the account
    mine = orders.OrderInput(acc_id, changes=[orders.change_from_site(site, extend=True)], terms_accepted=True,
                             account_version=seen)
    theirs = orders.OrderInput(acc_id, changes=[orders.change_from_site(site, extend=True)], terms_accepted=True,
                               account_version=seen)
    demo_desk.run(orders.place_order, mine)
    assert expiry_of(db, acc_id) == dt.date(2027, 2, 1)
    assert account_version(demo_desk, acc_id) != seen  # the order changed the account: its version moved on
    before, totals = snap(db, Account, acc_id), counts(db)
    with pytest.raises(StaleEdit) as err:
        other.run(orders.place_order, theirs)
    assert err.value.message == STALE and err.value.field == "account"
    assert snap(db, Account, acc_id) == before and counts(db) == totals
    assert expiry_of(db, acc_id) == dt.date(2027, 2, 1)  # exactly one term
    with db.session() as s:
        assert s.scalar(select(func.count(OrderRow.id)).where(OrderRow.account_id == acc_id)) == 1


def test_an_order_on_an_account_changed_meanwhile_is_refused(demo_desk, other, db):
    """The order screen priced a 1-month term on an expiry another user has since moved (and made the term
    12 months): the order is refused instead of pricing and dating from what the screen showed."""
    site = site_by(db, "mirae-edu")
    acc_id = site.account_id
    seen = account_version(other, acc_id)
    screen = orders.OrderInput(acc_id, changes=[orders.change_from_site(site, users=site.users + 5)],
                               terms_accepted=True, account_version=seen)
    with db.session() as s:
        acc = s.get(Account, acc_id)
        data = accounts.AccountInput(name=acc.name, business_number=acc.business_number, ceo_name=acc.ceo_name,
                                     email=acc.email, pricing_policy=acc.pricing_policy.value, term_months=12,
                                     auto_renew=acc.auto_renew, expires_on=dt.date(2027, 3, 31))
    demo_desk.run(accounts.update_account, acc_id, seen, data)
    refused(db, Account, acc_id, lambda: other.run(orders.place_order, screen))
    assert site_by(db, "mirae-edu").users == site.users


def test_an_order_without_the_account_version_its_screen_showed_is_refused(demo_desk, db):
    site = site_by(db, "mirae-edu")
    data = orders.OrderInput(site.account_id, changes=[orders.change_from_site(site, extend=True)],
                             terms_accepted=True)
    before = counts(db)
    with pytest.raises(UserError) as err:
        demo_desk.run(orders.place_order, data)
    assert err.value.field == "account"
    assert counts(db) == before and expiry_of(db, site.account_id) == dt.date(2027, 1, 1)


def test_a_site_edit_over_another_users_edit_is_refused(demo_desk, other, db):
    site = site_by(db, "mirae-edu")  # both users open the site's dialog
    mine, theirs = sites.site_input(site), sites.site_input(site)
    mine.admin_name = "먼저 바꾼 사람"
    demo_desk.run(sites.update_site, site.id, site.version, mine, "")
    theirs.admin_name = "늦게 바꾼 사람"
    refused(db, Site, site.id, lambda: other.run(sites.update_site, site.id, site.version, theirs, ""))


def test_a_payment_on_an_invoice_changed_meanwhile_is_refused(demo_desk, other, db):
    number = billing.run(db, TODAY, Settings()).invoices[0]
    with db.session() as s:
        inv = s.scalars(select(InvoiceRow).where(InvoiceRow.number == number)).one()
    demo_desk.run(invoices.record_payment, inv.id, inv.version, TODAY, 10_000, "card")
    refused(db, InvoiceRow, inv.id,
            lambda: other.run(invoices.record_payment, inv.id, inv.version, TODAY, inv.total - 10_000, "card"))


def test_a_credit_note_on_an_invoice_changed_meanwhile_is_refused(demo_desk, other, db):
    number = billing.run(db, TODAY, Settings()).invoices[0]
    with db.session() as s:
        inv = s.scalars(select(InvoiceRow).where(InvoiceRow.number == number)).one()
    demo_desk.run(invoices.record_payment, inv.id, inv.version, TODAY, 10_000, "card")
    refused(db, InvoiceRow, inv.id,
            lambda: other.run(invoices.correct_invoice, inv.id, inv.version, "금액 오류", 50_000, Settings()))


def test_an_account_edit_over_another_users_edit_is_refused(demo_desk, other, db):
    with db.session() as s:
        acc = s.get(Account, 1)
        data = accounts.AccountInput(name=acc.name, business_number=acc.business_number, ceo_name="먼저")
    demo_desk.run(accounts.update_account, acc.id, acc.version, data)
    data.ceo_name = "나중"
    refused(db, Account, acc.id, lambda: other.run(accounts.update_account, acc.id, acc.version, data))


def test_a_named_user_edit_over_another_users_edit_is_refused(demo_desk, other, db):
    with db.session() as s:
        user = s.scalars(select(NamedUser).order_by(NamedUser.id)).first()
    demo_desk.run(licences.update_named_user, user.id, user.version, "먼저 바꾼 이름", user.email)
    refused(db, NamedUser, user.id,
            lambda: other.run(licences.update_named_user, user.id, user.version, "나중 이름", user.email))
    refused(db, NamedUser, user.id,
            lambda: other.run(licences.set_named_user_active, user.id, user.version, False))


def test_a_department_renamed_meanwhile_is_not_renamed_again_or_removed(demo_desk, other, db):
    with db.session() as s:
        dept = s.scalars(select(Department).order_by(Department.id)).first()
    demo_desk.run(groups.rename_department, dept.id, dept.version, "먼저 바꾼 부서")
    refused(db, Department, dept.id, lambda: other.run(groups.rename_department, dept.id, dept.version, "나중"))
    refused(db, Department, dept.id, lambda: other.run(groups.remove_department, dept.id, dept.version))


def test_a_quote_changed_meanwhile_is_not_accepted_or_repriced(demo_desk, other, db):
    from desktop_app.pricing.orders import Order, SiteOrder

    order = Order("daouoffice", 12, (SiteOrder("본사", "standard", 20, "service"),), TODAY, "4.0", 12)
    st = Settings()
    q = other.run(quotes.create_quote, order, {"name": "고객"}, st.letterhead(), 30, "", 1)
    other.run(quotes.mark_sent, q.id)  # sent meanwhile: the PAA's screen still shows the draft
    refused(db, QuoteRow, q.id, lambda: demo_desk.run(quotes.accept_quote, q.id, q.version))
    refused(db, QuoteRow, q.id, lambda: demo_desk.run(quotes.reprice_quote, q.id, q.version, st))


def test_a_code_edit_over_another_users_edit_is_refused(demo_desk, other, db):
    row = demo_desk.run(discounts.create_code, discounts.CodeInput("SPRING", "percent", "10"))
    demo_desk.run(discounts.update_code, row.id, row.version, discounts.CodeInput("SPRING", "percent", "15"))
    refused(db, DiscountCodeRow, row.id,
            lambda: other.run(discounts.update_code, row.id, row.version, discounts.CodeInput("SPRING", "percent", "5")))


def test_a_naver_site_changed_meanwhile_is_refused(demo_desk, other, db):
    site = site_by(db, "onnuri-health")
    demo_desk.run(naver_sites.reserve_conversion, site.id, site.version, "collabo")
    refused(db, Site, site.id, lambda: other.run(naver_sites.change_storage, site.id, site.version, 1))


def test_a_row_changed_between_reading_and_writing_is_refused_not_a_traceback(demo_desk, db):
    """SQLAlchemy's StaleDataError (the version counter's UPDATE matched nothing) becomes the same refusal."""
    with pytest.raises(StaleEdit) as err, db.session() as s1:
        acc = s1.get(Account, 1)
        with db.session() as s2:
            s2.get(Account, 1).ceo_name = "다른 창"
        acc.ceo_name = "이 창"
        s1.flush()
    assert err.value.field == "version" and "아무것도 저장되지 않았습니다" in err.value.message
    assert snap(db, Account, 1)["ceo_name"] == "다른 창"


def test_a_locked_database_is_a_message_not_a_traceback(demo_desk, db, db_path):
    with db.session() as s:
        acc = s.get(Account, 1)
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseProblem) as err:
            demo_desk.run(accounts.update_account, acc.id, acc.version,
                          accounts.AccountInput(name=acc.name, business_number=acc.business_number))
        assert "다른 프로그램이 사용 중" in err.value.message
    finally:
        holder.rollback()
        holder.close()


# Services that take the id of an existing row and yet no version, and why that is safe.
NO_VERSION = {
    "billing.bill_account": "the billing run acts on what it reads under the account's lock, not on a screen",
    "discounts.count_use": "part of placing an order; counts up, overwrites nothing",
    "groups.add_company": "adds a company under the group; changes no existing row",
    "groups.add_department": "adds a department; changes no existing row",
    "groups.add_employee": "adds an employee; changes no existing row",
    "groups.import_departments": "adds departments; changes no existing row",
    "groups.import_employees": "adds employees; changes no existing row",
    "groups.save_layout": "takes the layout's token: the versions of every company and department it moves",
    "invoices.issue": "writes a new invoice for a declared service that holds its rows",
    "invoices.issue_for_order": "writes the new order's invoice in the order's transaction",
    "licences.add_named_user": "adds a named user; changes no existing row",
    "licences.import_named_users": "adds named users; changes no existing row",
    "mail.queue_quote": "adds an outbox message; the quote is not changed",
    "invoice_mail.queue_invoice": "adds an outbox message; the invoice is not changed",
    "mail.record_delivery": "records what the mail server answered; no screen shows the message to overwrite",
    "quotes.mark_sent": "a step of mail delivery: draft becomes sent, idempotent, overwrites nothing",
    "quotes.quote_from_calculator": "makes a new quote for the account; changes no existing row",
    "quotes.create_quote": "makes a new quote (or revision) for the account; changes no existing row",
    "sites.create_site": "adds a site to the account; changes no existing row",
    "catalog.add_price_version": "adds a price version; an existing date is refused",
    "orders.place_order": "OrderInput carries the account's version and each SiteChange its site's (see above)",
    "support.add_message": "adds a message to the request's history; overwrites nothing",
    "support_files.add_attachment": "adds an attachment to the request; overwrites nothing",
    "support_files.share": "adds (or switches on again) one share; the same share twice is the same",
    "support_files.unshare": "switches one share off; twice is the same",
    "teams.add_member": "adds one member (or switches one on again); the same twice is the same",
    "teams.remove_member": "switches one membership off; twice is the same",
    "staff.set_active": "switches a staff user on or off; twice is the same, nothing else is overwritten",
    "staff.reset_password": "sets a new password on purpose: the last one set is the one meant",
    "support_replies.reply_by_mail": "adds a staff reply and queues its mail; overwrites nothing",
    "mail_intake.attach_triage": "only a mail still waiting in triage is attached; one handled meanwhile is refused",
    "mail_intake.discard_triage": "only a mail still waiting in triage is discarded; one handled meanwhile is refused",
}


def _takes_an_id(fn):
    params = list(inspect.signature(inspect.unwrap(fn)).parameters)[2:]
    return [p for p in params if p.endswith(("_id", "_pk"))]


@pytest.mark.parametrize(("name", "fn"), SERVICES, ids=[n for n, _ in SERVICES])
def test_every_service_that_changes_an_existing_row_takes_the_version_its_screen_showed(name, fn):
    params = list(inspect.signature(inspect.unwrap(fn)).parameters)
    if not _takes_an_id(fn) or name in NO_VERSION:
        return
    assert "expected_version" in params, f"{name} changes a row by id: take expected_version (rows.load_for_change)"
