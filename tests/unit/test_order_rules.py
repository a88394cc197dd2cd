"""Orders placed on accounts made for each case (C1, C3, C4, C5, M5, O6, P1, P5, S4); expected amounts, dates
and states worked out by hand from domain.md and the catalog (service Standard 4,000 a user a month,
approval-doc 300,000 once)."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app import clock
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.models import (
    Account,
    DiscountCodeRow,
    Feature,
    InvoiceRow,
    OrderRow,
    SeatChange,
    Site,
    SiteState,
)
from desktop_app.pricing.orders import Refused
from desktop_app.services import discounts, orders
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from tests.conftest import TODAY, count
from tests.unit.test_billing_runs import make_account

D = dt.date


def opening(name="대구지사", sub="new-site", users=20, package="standard", **kw):
    return orders.NewSite(name=name, package=package, users=users, edition="service", subdomain=sub,
                          admin_name="김관리", admin_login="admin", **kw)


def place(desk, account_id, new=(), changes=(), **kw):
    return desk.run(orders.place_order, orders.OrderInput(account_id, list(new), list(changes), terms_accepted=True,
                                                          **kw))


def site_of(db, account_id, i=0):
    with db.session() as s:
        return s.get(Account, account_id).sites[i]


def expiry(db, account_id):
    with db.session() as s:
        return s.get(Account, account_id).expires_on


def change(db, account_id, i=0, **kw):
    site = site_of(db, account_id, i)
    return orders.change_from_site(site, **kw)


# --- C4: a new site and the account's running term ------------------------------------------------------

def test_c4_a_site_ordered_on_the_expiry_day_is_pending_until_the_next_day(desk, db):
    acc = make_account(db, TODAY, sites=[{}])
    row = place(desk, acc, [opening()])
    new = site_of(db, acc, 1)
    assert (new.state, new.active_from) == (SiteState.PENDING, D(2026, 11, 23))
    assert expiry(db, acc) == TODAY  # C1: a new site does not move the one expiry
    assert row.supply == 80_000 and "사용 시작일: 2026-11-23 (현재 계약 만료 후 시작, C4)" in \
        row.snapshot["opening_mail"]["body"]


def test_c4_a_site_ordered_the_day_after_expiry_opens_active_with_a_new_term(desk, db):
    acc = make_account(db, D(2026, 11, 21), sites=[])
    place(desk, acc, [opening()])
    new = site_of(db, acc)
    assert (new.state, new.active_from) == (SiteState.ACTIVE, TODAY)
    assert expiry(db, acc) == D(2026, 12, 21)  # one month from 2026-11-22, both days included


def test_a_first_order_on_a_twelve_month_account_sets_the_expiry_a_year_less_a_day_later(desk, db):
    acc = make_account(db, None, term=12, sites=[])
    row = place(desk, acc, [opening()])
    assert expiry(db, acc) == D(2027, 11, 21)
    assert row.supply == 912_000  # E2: 20 × 4,000 × 12 × 0.95


def test_c3_a_non_renewing_account_takes_no_new_site_and_nothing_is_saved(desk, db):
    acc = make_account(db, D(2026, 12, 31), auto_renew=False, sites=[{}])
    with pytest.raises(Refused) as err:
        place(desk, acc, [opening()])
    assert [(p.field, p.rule) for p in err.value.problems] == [("sites[0]", "C3")]
    assert count(db, OrderRow) == 0 and count(db, Site) == 1


# --- C1: extension moves the one expiry -----------------------------------------------------------------

def test_c1_an_extension_moves_the_one_expiry_and_brings_overdue_sites_back(desk, db):
    acc = make_account(db, D(2026, 12, 31), sites=[{}, {"state": SiteState.OVERDUE, "users": 10}])
    row = place(desk, acc, changes=[change(db, acc, 0, extend=True)])
    assert expiry(db, acc) == D(2027, 1, 31)
    assert [site_of(db, acc, i).state for i in (0, 1)] == [SiteState.ACTIVE, SiteState.ACTIVE]
    assert (row.kind, row.supply, row.total) == ("change", 80_000, 88_000)  # 20 × 4,000 for 2027-01


def test_c1_an_extension_from_a_leap_year_january(desk, db):
    acc = make_account(db, D(2028, 1, 31), sites=[{}])
    clock.fix_today(D(2028, 1, 20))
    place(desk, acc, changes=[change(db, acc, 0, extend=True)])
    assert expiry(db, acc) == D(2028, 2, 29)


# --- C5: a change mid-term -------------------------------------------------------------------------------

def test_c5_more_users_mid_term_are_prorated_recorded_and_invoiced(desk, db):
    acc = make_account(db, D(2026, 11, 30), sites=[{"users": 25}])
    row = place(desk, acc, changes=[change(db, acc, 0, users=35)])
    # (139,000 − 100,000) × 9 days (11-22 to 11-30) ÷ 30 days (11-01 to 11-30) = 11,700
    assert (row.supply, row.vat, row.total) == (11_700, 1_170, 12_870)
    [line] = row.snapshot["priced"]["sites"][0]["lines"]
    assert (line["item"], line["remaining_days"], line["term_days"]) == ("proration", 9, 30)
    assert site_of(db, acc).users == 35 and expiry(db, acc) == D(2026, 11, 30)
    with db.session() as s:
        [seat] = s.scalars(select(SeatChange)).all()
        assert (seat.seats_before, seat.seats_after, seat.changed_on) == (25, 35, TODAY)
        inv = s.scalars(select(InvoiceRow).where(InvoiceRow.order_id == row.id)).one()
        assert (inv.kind, inv.total, inv.due_date) == ("order", 12_870, D(2026, 12, 6))


def test_c5_a_change_ordered_on_the_expiry_day_is_charged_its_one_day(desk, db):
    acc = make_account(db, TODAY, sites=[{"users": 25}])
    row = place(desk, acc, changes=[change(db, acc, 0, users=35)])
    assert row.supply == 1_258  # 39,000 × 1 ÷ 31 (the term 2026-10-23 to 2026-11-22)


def test_a_one_time_addon_bought_mid_term_charges_the_new_quantity_only(desk, db):
    acc = make_account(db, D(2026, 11, 30), sites=[{"addons": {"approval-doc": 1}}])
    row = place(desk, acc, changes=[change(db, acc, 0, addons={"approval-doc": 3})])
    assert row.supply == 600_000  # 2 × 300,000
    assert site_of(db, acc).addons == {"approval-doc": 3}


# --- M5: the order date comes from the clock ------------------------------------------------------------

def test_m5_the_order_date_is_the_clock_s_today(desk, db):
    acc = make_account(db, D(2026, 12, 31), sites=[{"users": 25}])
    clock.fix_today(D(2026, 12, 19))
    with db.session() as s:
        order, _ = orders.build_order(s, orders.OrderInput(acc, changes=[change(db, acc, 0, users=35)]))
    assert order.date == D(2026, 12, 19)
    row = place(desk, acc, changes=[change(db, acc, 0, users=35)])
    assert (row.order_date, row.supply) == (D(2026, 12, 19), 16_354)  # the C5 worked example


# --- refusals name their reason --------------------------------------------------------------------------

def test_p1_nine_users_on_a_paid_package_is_refused_at_the_field_and_nothing_is_saved(desk, db):
    acc = make_account(db, None, sites=[])
    with pytest.raises((Refused, ValidationError)) as err:
        place(desk, acc, [opening(users=9)])
    if isinstance(err.value, Refused):
        assert [(p.field, p.rule) for p in err.value.problems] == [("sites[0].users", "P1")]
    else:
        assert "P1" in err.value.errors["new_sites[0].users"]
    assert count(db, Site) == 0 and count(db, OrderRow) == 0


def test_s4_an_order_without_the_orders_permission_is_refused_naming_it(desk, db):
    acc = make_account(db, None, sites=[])
    clerk = desk.run(add_regular_user, "cs", "고객지원", {Feature.SUPPORT})
    with pytest.raises(PermissionDenied) as err:
        place(Desk(db, clerk), acc, [opening()])
    assert "주문" in err.value.message  # the missing permission is named
    assert count(db, OrderRow) == 0


def test_p5_a_code_on_its_first_valid_day_is_applied_and_counted(desk, db):
    acc = make_account(db, None, sites=[])
    desk.run(discounts.create_code, discounts.CodeInput("OPEN", "percent", "10", valid_from=TODAY,
                                                        valid_to=TODAY, max_uses=1))
    row = place(desk, acc, [opening()], discount_code="open")
    assert (row.discount_code, row.snapshot["priced"]["code_discount"], row.supply) == ("OPEN", 8_000, 72_000)
    with db.session() as s:
        assert s.scalars(select(DiscountCodeRow)).one().uses == 1
    with pytest.raises(Refused) as err:
        place(desk, acc, [opening("회사2", "new-site-2")], discount_code="OPEN")
    assert [(p.field, p.rule) for p in err.value.problems] == [("discount_code", "P5")]
    assert "used up (1 of 1 uses)" in err.value.problems[0].en
    assert count(db, OrderRow) == 1
