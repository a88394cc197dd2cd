"""Orders on a real database: opening sites (O3–O6), change orders (C1, C4, C5), snapshots (K2), codes (P5)."""

import datetime as dt
import json
import subprocess
import sys

import pytest

from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.models import Account, DiscountCodeRow, Feature, OrderRow, Site
from desktop_app.pricing.orders import Refused
from desktop_app.services import catalog, discounts, orders, sites
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from tests.conftest import ROOT, TODAY, count
from tests.support.screens import account_version
from tests.support.versions import shown
from tests.unit.test_accounts_sites import new_account


def opening(name="회사1", sub="newco", users=20, package="standard", **kw):
    return orders.NewSite(name=name, package=package, users=users, edition="service", subdomain=sub,
                          admin_name="김관리", admin_login="admin", **kw)


def test_new_order_opens_sites_sets_the_expiry_and_stores_the_snapshot(desk, db):
    acc = new_account(desk, term_months=12)
    row = desk.run(orders.place_order, orders.OrderInput(
        acc.id, [opening(), opening("회사2", "newco-2", 9, "free")], payment_method="bank_transfer",
        terms_accepted=True, account_version=account_version(desk, acc.id)))
    assert (row.supply, row.kind, row.payment_method) == (912_000, "new", "bank_transfer")
    assert row.snapshot["priced"]["sites"][0]["subtotal"] == 912_000
    with db.session() as s:
        account = s.get(Account, acc.id)
        assert account.expires_on == dt.date(2027, 11, 21)  # 12 months from the order date, both included
        assert sorted((x.name, x.state.value) for x in account.sites) == [("회사1", "active"), ("회사2", "active")]


def test_o5_terms_and_payment_method_are_required_and_nothing_is_saved(desk, db):
    acc = new_account(desk)
    with pytest.raises(ValidationError) as err:
        desk.run(orders.place_order, orders.OrderInput(acc.id, [opening()], payment_method="cash",
                                                       account_version=account_version(desk, acc.id)))
    assert set(err.value.errors) == {"payment_method", "terms_accepted"}
    assert count(db, Site) == 0 and count(db, OrderRow) == 0


def test_o4_opening_details_are_checked_per_site(desk, db):
    acc = new_account(desk)
    with pytest.raises(ValidationError) as err:
        desk.run(orders.place_order, orders.OrderInput(acc.id, [opening(sub="Bad_Sub"), opening("회사2", "ok-sub"),
                                                                opening("회사3", "ok-sub")], terms_accepted=True,
                                                                    account_version=account_version(desk, acc.id)))
    assert "new_sites[0].subdomain" in err.value.errors and "new_sites[2].subdomain" in err.value.errors
    assert count(db, Site) == 0


def test_p1_refusal_from_the_engine_leaves_nothing(desk, db):
    acc = new_account(desk)
    with pytest.raises((Refused, ValidationError)) as err:
        desk.run(orders.place_order, orders.OrderInput(acc.id, [opening(users=9)], terms_accepted=True,
                                                       account_version=account_version(desk, acc.id)))
    if isinstance(err.value, Refused):
        assert [(p.field, p.rule) for p in err.value.problems] == [("sites[0].users", "P1")]
    else:
        assert "P1" in err.value.errors["new_sites[0].users"]
    assert count(db, Site) == 0 and count(db, OrderRow) == 0


def test_c4_new_site_on_a_running_auto_renew_account_is_pending_until_the_expiry(demo_desk, db):
    acc_id = 1  # (주)한빛소프트웨어, 12 months, auto-renew, expiry in the future
    with db.session() as s:
        expiry = s.get(Account, acc_id).expires_on
    demo_desk.run(orders.place_order, orders.OrderInput(acc_id, [opening("대구지사", "hanbit-daegu")],
                                                        terms_accepted=True,
                                                            account_version=account_version(demo_desk, acc_id)))
    with db.session() as s:
        site = s.query(Site).filter_by(subdomain="hanbit-daegu").one()
        assert site.state.value == "pending" and site.active_from == expiry + dt.timedelta(days=1)
        assert s.get(Account, acc_id).expires_on == expiry  # C1: one expiry, unchanged by a new site


def test_c5_change_order_matches_the_price_command_for_the_same_change(demo_desk, db, tmp_path):
    account_id = 6  # 미래교육재단: 1-month term
    with db.session() as s:
        account = s.get(Account, account_id)
        site = s.query(Site).filter_by(subdomain="mirae-edu").one()
        expiry, site_id, users = account.expires_on, site.id, site.users
    change = orders.SiteChange(site_id, "standard", users + 25, "enterprise", version=shown(demo_desk, Site, site_id))
    row = demo_desk.run(orders.place_order, orders.OrderInput(account_id, changes=[change], terms_accepted=True,
                                                              account_version=account_version(demo_desk, account_id)))
    request = {"catalog": "daouoffice", "policy": "4.0", "term_months": 1, "date": TODAY.isoformat(),
               "expires_on": expiry.isoformat(),
               "sites": [{"name": "미래교육", "edition": "enterprise", "package": "standard", "users": users + 25,
                          "current": {"edition": "enterprise", "package": "standard", "users": users}}]}
    path = tmp_path / "change.json"
    path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, "main.py", "price", str(path)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    cli = json.loads(out.stdout)
    assert cli["sites"][0]["lines"][0]["item"] == "proration"
    # 80 → 105 users, enterprise Standard (5,000), 4.0 bands: 30×5,000 + 50×4,750 = 387,500 before,
    # + 25×4,750 − 5×250 … = 30×5,000 + 70×4,750 + 5×4,500 = 505,000 after. The expiry is 40 days away
    # (2027-01-01), so the current term 2026-12-02 to 2027-01-01 is wholly ahead: 117,500 × 31 ÷ 31
    assert (expiry, users) == (TODAY + dt.timedelta(days=40), 80)
    assert row.supply == cli["supply"] == 117_500
    with db.session() as s:
        assert s.get(Site, site_id).users == users + 25


def test_c1_extension_moves_the_one_expiry_of_the_account(demo_desk, db):
    with db.session() as s:
        site = s.query(Site).filter_by(subdomain="mirae-campus").one()
        before = s.get(Account, site.account_id).expires_on
        site_row = next(r for r in sites.site_rows(s, site.account_id) if r.id == site.id)
    demo_desk.run(orders.place_order, orders.OrderInput(
        site.account_id, changes=[orders.change_from_site(site_row, extend=True)], terms_accepted=True,
            account_version=account_version(demo_desk, site.account_id)))
    with db.session() as s:
        after = s.get(Account, site.account_id).expires_on
        assert after > before
        assert s.get(Site, site.id).state.value == "active"  # the overdue site is paid up


def test_k2_snapshot_keeps_the_prices_after_a_price_change(demo_desk, db):
    row = demo_desk.run(orders.place_order, orders.OrderInput(1, [opening("대전지사", "hanbit-daejeon")],
                                                              terms_accepted=True,
                                                                  account_version=account_version(demo_desk, 1)))
    demo_desk.run(catalog.add_price_version, "daouoffice", TODAY, {("licence", "service/standard"): 4_400})
    with db.session() as s:
        stored = s.get(OrderRow, row.id)
        assert stored.supply == row.supply
        assert stored.snapshot["priced"]["sites"][0]["lines"][0]["unit_price"] == 4_000
    assert demo_desk.read(orders.price_for_account, orders.OrderInput(
        1, [opening("대전2", "hanbit-daejeon2")])).sites[0].lines[0].unit_price == 4_400


def test_p5_a_code_is_applied_and_its_use_counted(demo_desk, db):
    demo_desk.run(discounts.create_code, discounts.CodeInput("WELCOME10", "percent", "10", max_uses=1))
    data = orders.OrderInput(1, [opening("광주지사", "hanbit-gwangju")], discount_code="welcome10",
                             terms_accepted=True, account_version=account_version(demo_desk, 1))
    row = demo_desk.run(orders.place_order, data)
    assert row.discount_code == "WELCOME10" and row.snapshot["priced"]["code_discount"] > 0
    with db.session() as s:
        assert s.query(DiscountCodeRow).one().uses == 1
    data.new_sites = [opening("울산지사", "hanbit-ulsan")]
    with pytest.raises(Refused) as err:
        demo_desk.run(orders.place_order, data)
    assert "used up" in str(err.value)


def test_discount_code_input_is_checked(desk):
    with pytest.raises(ValidationError) as err:
        desk.run(discounts.create_code, discounts.CodeInput("BAD CODE", "percent", "120"))
    assert set(err.value.errors) == {"code", "value"}
    with pytest.raises(ValidationError) as err:
        desk.run(discounts.create_code, discounts.CodeInput("FIX", "amount", "100.5"))
    assert "M1" in err.value.errors["value"]


def test_k3_only_staff_with_the_catalog_permission_edit_prices(desk, db):
    clerk = desk.run(add_regular_user, "sales", "영업", {Feature.ORDERS})
    with pytest.raises(PermissionDenied) as err:
        Desk(db, clerk).run(catalog.add_price_version, "daouoffice", TODAY, {("licence", "service/standard"): 1})
    assert "카탈로그" in err.value.message  # S4: the refusal names the missing permission
    support = desk.run(add_regular_user, "cs", "고객지원", {Feature.SUPPORT})
    with pytest.raises(PermissionDenied) as err:
        Desk(db, support).run(orders.place_order, orders.OrderInput(1, [opening()], terms_accepted=True,
                                                                    account_version=1))  # refused before it is read
    assert "주문" in err.value.message


def test_k1_a_second_version_on_the_same_date_is_refused(desk):
    desk.run(catalog.add_price_version, "daouoffice", dt.date(2027, 1, 1), {("addon", "storage-10gb"): 12_000})
    with pytest.raises(ValidationError) as err:
        desk.run(catalog.add_price_version, "daouoffice", dt.date(2027, 1, 1), {("addon", "storage-10gb"): 1})
    assert "effective_from" in err.value.errors
    rows = catalog.price_rows(desk.read(catalog.catalogs)["daouoffice"], dt.date(2027, 1, 1))
    storage = next(r for r in rows if r.key == "storage-10gb")
    assert (storage.price, storage.sample) == (12_000, False)


def test_o6_completing_an_order_opens_the_sites_and_writes_the_opening_mail(demo_desk, db):
    row = demo_desk.run(orders.place_order, orders.OrderInput(1, [opening("청주지사", "hanbit-cheongju")],
                                                              terms_accepted=True,
                                                                  account_version=account_version(demo_desk, 1)))
    mail = row.snapshot["opening_mail"]
    assert mail["to"] == "admin@hanbit.co.kr" and "(주)한빛소프트웨어" in mail["subject"]
    assert "https://hanbit-cheongju.daouoffice.com" in mail["body"] and "김관리 (admin)" in mail["body"]
    assert "C4" in mail["body"]  # the new site waits for the current term to end
    with db.session() as s:
        assert s.query(Site).filter_by(subdomain="hanbit-cheongju").count() == 1
