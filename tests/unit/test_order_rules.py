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
from tests.support.screens import account_version
from tests.unit.test_billing_runs import make_account

D = dt.date


def opening(name="대구지사", sub="new-site", users=20, package="standard", **kw):
    return orders.NewSite(name=name, package=package, users=users, edition="service", subdomain=sub,
                          admin_name="김관리", admin_login="admin", **kw)


def place(desk, account_id, new=(), changes=(), **kw):
    kw.setdefault("account_version", account_version(desk, account_id))  # the account as the screen shows it now
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


# --- what an order stores and says ------------------------------------------------------------------------

def test_o6_the_snapshot_the_opening_mail_and_the_audit_of_a_new_order(desk, db):
    acc = make_account(db, None, sites=[])
    with db.session() as s:
        s.get(Account, acc).email = "admin@hanbit.co.kr"
    row = place(desk, acc, [opening("본사", "hanbit-main")], months=3, payment_method="virtual_account")
    assert (row.kind, row.status, row.order_date, row.payment_method, row.terms_accepted) == (
        "new", "completed", TODAY, "virtual_account", True)
    assert (row.supply, row.vat, row.total, row.staff_id) == (240_000, 24_000, 264_000, desk.actor.id)
    snap = row.snapshot
    assert {k: snap[k] for k in ("catalog", "catalog_version", "policy", "term_months", "months", "date",
                                 "expires_on", "discount_code")} == {
        "catalog": "daouoffice", "catalog_version": "2024-01-01", "policy": "4.0", "term_months": 1, "months": 3,
        "date": "2026-11-22", "expires_on": None, "discount_code": None}
    assert snap["priced"]["supply"] == 240_000
    assert expiry(db, acc) == D(2027, 2, 21)  # a first term of the 3 months priced: 11-22 to 02-21
    assert snap["opening_mail"] == {"to": "admin@hanbit.co.kr", "subject": "[서비스 개설 안내] 한빛상사", "body": "\n".join([
        "한빛상사 담당자님, 안녕하세요.", "", "주문하신 서비스가 다음과 같이 개설되었습니다.", "",
        "■ 본사", "  접속 주소: https://hanbit-main.daouoffice.com", "  대표 관리자: 김관리 (admin)",
        "  사용자 수: 20명", "  사용 시작일: 2026-11-22", "", "감사합니다."])}
    with db.session() as s:
        from desktop_app.models import AuditEntry

        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "order")).one()
        assert (entry.action, entry.entity_id, entry.staff_id) == ("create", row.id, desk.actor.id)
        assert entry.after == {"account_id": acc, "kind": "new", "total": 264_000, "expires_on": "2027-02-21"}
    [listed] = desk.read(orders.order_rows, acc)
    assert (listed.id, listed.order_date, listed.kind, listed.status, listed.sites, listed.supply, listed.total,
            listed.payment_method) == (row.id, TODAY, "new", "completed", "본사", 240_000, 264_000,
                                       "virtual_account")


def test_the_opening_mail_of_a_naver_site_gives_its_workplace_address(desk, db):
    acc = make_account(db, None, sites=[])
    row = place(desk, acc, [orders.NewSite("본사", "workplace", 25, None, subdomain="hanbit-works",
                                           admin_name="김관리", admin_login="admin")])
    assert "  접속 주소: https://hanbit-works.ncpworkplace.com" in row.snapshot["opening_mail"]["body"]
    with db.session() as s:
        assert s.get(Account, acc).sites[0].vendor.value == "naver"


def test_orders_are_listed_newest_first(desk, db):
    acc = make_account(db, D(2026, 12, 31), sites=[{"users": 25}])
    first = place(desk, acc, changes=[change(db, acc, 0, users=30)])
    clock.fix_today(D(2026, 11, 23))
    second = place(desk, acc, changes=[change(db, acc, 0, users=35)])
    assert [r.id for r in desk.read(orders.order_rows, acc)] == [second.id, first.id]
    assert [r.kind for r in desk.read(orders.order_rows, acc)] == ["change", "change"]


def test_an_order_without_sites_or_with_another_account_s_site_is_refused(desk, db):
    from desktop_app.errors import UserError

    acc = make_account(db, D(2026, 12, 31), sites=[{}])
    other = make_account(db, D(2026, 12, 31), name="다온물산", sites=[{}])
    with pytest.raises(UserError) as err:
        place(desk, acc)
    assert "주문할 사이트가 없습니다" in err.value.message
    with pytest.raises(UserError) as err:
        place(desk, acc, changes=[change(db, other, 0, users=30)])
    assert "다른 계정의 사이트" in err.value.message
    with pytest.raises(UserError) as err:
        place(desk, acc, [orders.NewSite("웍스", "workplace", 25, None, subdomain="hanbit-works",
                                         admin_name="김관리", admin_login="admin")],
              changes=[change(db, acc, 0, users=30)])
    assert "한 공급사" in err.value.message
    assert count(db, OrderRow) == 0 and site_of(db, other).users == 20


def test_a_paid_site_changed_to_a_free_package_is_refused_by_the_matrix(desk, db):
    acc = make_account(db, D(2026, 12, 31), sites=[{}])
    with pytest.raises(Refused) as err:
        place(desk, acc, changes=[change(db, acc, 0, package="free", users=5, edition=None)])
    assert [p.rule for p in err.value.problems] == ["§5"]


def test_a_free_site_converted_to_paid_keeps_its_addons_and_gets_its_edition(desk, db):
    acc = make_account(db, D(2026, 11, 30), sites=[{"package": "free", "edition": None, "users": 5}])
    row = place(desk, acc, changes=[change(db, acc, 0, package="standard", users=10, edition="service",
                                           addons={"storage-10gb": 1})])
    site = site_of(db, acc)
    assert (site.package, site.edition, site.users, site.addons) == ("standard", "service", 10,
                                                                     {"storage-10gb": 1})
    # term price 0 → 40,000 + 10,000 = 50,000 × 9 ÷ 30 = 15,000; the Standard setup fee 100,000
    assert row.supply == 115_000
