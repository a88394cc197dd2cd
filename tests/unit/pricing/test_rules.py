"""Rules of domain.md §2–§6, one test (or more) per rule id."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop_app.pricing import contract, matrix, naver
from desktop_app.pricing.catalog import CatalogError, catalog_from_dict, version_from_dict
from desktop_app.pricing.engine import band_discount, price_order
from desktop_app.pricing.money import percent_of, vat
from desktop_app.pricing.orders import AddonQty, Refused
from desktop_app.pricing.request import parse_request, read_request
from desktop_app.pricing.words import amount_in_words, korean_number
from tests.unit.pricing.helpers import CATALOGS, TODAY, CurrentSite, code, order, price, site

V = CATALOGS["daouoffice"].version_on(TODAY)
NV = CATALOGS["naver"].version_on(TODAY)


def refused(*sites, **kw):
    with pytest.raises(Refused) as err:
        price(*sites, **kw)
    return err.value.problems


# --- §2 money ------------------------------------------------------------------------------------------

def test_m1_every_amount_is_an_int():
    p = price(site(137, addons=[("storage-10gb", 3)]), term=12, code=code(value=Decimal("7.5")))
    amounts = [ln.amount for s in p.sites for ln in s.lines] + [p.supply, p.vat, p.total, p.code_discount]
    assert all(type(a) is int for a in amounts)


def test_m2_m3_vat_is_the_floor_of_ten_percent_and_lines_are_cut():
    assert vat(16_354) == 1_635
    assert percent_of(999, 5) == 49  # 49.95 cut, never rounded up
    assert percent_of(-999, 5) == -49


def test_m4_korean_words():
    assert amount_in_words(912_000) == "일금 구십일만이천원정"
    assert korean_number(100_010_001) == "일억일만일"
    assert korean_number(0) == "영"


def test_m5_the_pricing_date_defaults_to_the_clock():
    from desktop_app import clock
    from desktop_app.cli.price import price_request

    o, _ = parse_request({"catalog": "daouoffice", "term_months": 1, "sites": [{"package": "free", "users": 3}]},
                         dt.date(2027, 3, 2))
    assert o.date == dt.date(2027, 3, 2)  # no date in the request: the day given
    # the price command gives the clock's today (M5): a change then is prorated from that day
    request = {"catalog": "daouoffice", "term_months": 1, "expires_on": "2027-03-31",
               "sites": [{"package": "standard", "edition": "service", "users": 35,
                          "current": {"package": "standard", "edition": "service", "users": 25}}]}
    clock.fix_today(dt.date(2027, 3, 2))
    o, priced = price_request(json.dumps(request), None)
    assert o.date == dt.date(2027, 3, 2)
    assert priced.supply == 37_741  # (139,000 − 100,000) × 30 days (03-02 to 03-31) ÷ 31 = 37,741.9


def test_m6_periods_include_both_ends():
    assert contract.days_inclusive(dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == 31


# --- §3 catalog ----------------------------------------------------------------------------------------

def test_k1_price_change_is_a_new_version_and_the_date_picks_it():
    raw = json.loads(json.dumps(CATALOGS["daouoffice"].versions[0].to_dict()))  # a deep copy
    raw["effective_from"] = "2027-01-01"
    raw["editions"]["service"]["prices"]["standard"] = 4500
    cat = CATALOGS["daouoffice"].with_version(version_from_dict(raw))
    cats = {**CATALOGS, "daouoffice": cat}
    before = price_order(order(site(20), date=dt.date(2026, 12, 31)), cats)
    after = price_order(order(site(20), date=dt.date(2027, 1, 1)), cats)
    assert (before.supply, after.supply) == (80_000, 90_000)
    assert len(cat.versions) == 2  # the old version stays


def test_k1_malformed_catalog_is_refused():
    bad = {"id": "x", "vendor": "x", "name": "x", "versions": [{"effective_from": "2024-01-01", "packages": {},
           "editions": {}, "policies": {"4.0": [[2, None, 0]]}}]}
    with pytest.raises(CatalogError) as err:
        catalog_from_dict(bad)
    assert "bands must run from 1 without gaps" in str(err.value)


def test_k4_sample_values_are_marked():
    assert all(a.sample for a in V.addons.values())
    assert not V.is_sample_price("service")
    assert NV.is_sample_price("standard")


# --- §4 pricing ----------------------------------------------------------------------------------------

def test_p1_free_package_has_no_licence_fee_and_takes_nine_users():
    p = price(site(9, "free", None), term=1)
    assert p.supply == 0 and p.sites[0].lines == ()
    [problem] = refused(site(10, "free", None), term=1)
    assert problem.rule == "P1"


def test_p1_free_package_with_paid_monthly_addon():
    p = price(site(5, "free", None, addons=[("storage-10gb", 1)]), term=1)
    assert p.supply == 10_000


def test_p2_list_amount_is_users_times_price_times_months():
    [line] = price(site(12), term=1, months=3).sites[0].lines
    assert (line.quantity, line.unit_price, line.months, line.amount) == (12, 4_000, 3, 144_000)


def test_p3_bands_apply_to_the_licence_only_and_volume_mode_differs():
    p = price(site(150, addons=[("storage-10gb", 2)]), term=1)
    assert p.supply == 566_000 + 20_000
    bands = V.policies["4.0"]
    assert band_discount(150, 4_000, 1, bands, "graduated") == 34_000
    assert band_discount(150, 4_000, 1, bands, "volume") == 60_000  # all at 10 %


def test_p4_annual_discount_only_on_twelve_month_terms_and_after_bands():
    p = price(site(150), term=12)
    lines = {ln.item: ln.amount for ln in p.sites[0].lines}
    assert lines["annual_discount"] == -(7_200_000 - 408_000) * 5 // 100


def test_p5_percent_and_amount_codes():
    assert price(site(20), term=12, code=code(value=10)).code_discount == 91_200
    assert price(site(20), term=12, code=code("amount", 50_000)).code_discount == 50_000
    assert price(site(20), term=1, code=code("amount", 10**9)).supply == 0  # never below zero


@pytest.mark.parametrize("kw, words", [
    ({"valid_to": dt.date(2026, 11, 1)}, "expired"),
    ({"valid_from": dt.date(2026, 12, 1)}, "valid from"),
    ({"max_uses": 3, "uses": 3}, "used up"),
    ({"min_users": 50}, "at least 50 users"),
    ({"products": ("premium",)}, "applies only to premium"),
    ({"active": False}, "switched off"),
])
def test_p5_unusable_codes_are_refused_with_the_reason(kw, words):
    [problem] = refused(site(20), term=1, code=code(**kw))
    assert problem.rule == "P5" and words in problem.en and problem.message


def test_p5_code_limited_to_products_discounts_only_those_lines():
    p = price(site(20, addons=[("storage-10gb", 1)]), term=1, code=code(value=50, products=("storage-10gb",)))
    assert p.code_discount == 5_000


def test_p6_package_change_adds_the_setup_fee():
    p = price(site(20, "premium", current=CurrentSite("standard", 20, "service")), term=1,
              date=dt.date(2026, 12, 16), expires_on=dt.date(2026, 12, 31))
    items = {ln.item: ln for ln in p.sites[0].lines}
    assert items["setup_fee"].amount == 150_000 and items["setup_fee"].rule == "P6"  # the Premium fee (sample)
    assert items["proration"].amount == 10_322  # (100,000 − 80,000) × 16 ÷ 31 = 10,322.6


def test_p7_lines_add_up_in_order():
    p = price(site(150, addons=[("storage-10gb", 1)]), site(20, "premium", "enterprise", name="회사2"), term=12,
              code=code(value=10))
    assert sum(s.subtotal for s in p.sites) - p.code_discount == p.supply
    assert p.supply + p.vat == p.total
    assert [ln.item for ln in p.sites[0].lines] == ["license", "volume_discount", "annual_discount", "addon"]


# --- §5 orders ----------------------------------------------------------------------------------------

def test_o1_free_site_beyond_nine_users_converts_to_paid_in_the_same_order():
    cur = CurrentSite("free", 8)
    assert refused(site(12, "free", None, current=cur), expires_on=dt.date(2026, 12, 31))[0].rule == "P1"
    p = price(site(12, current=cur), expires_on=dt.date(2026, 12, 31))
    assert any(ln.item == "proration" for ln in p.sites[0].lines)


@pytest.mark.parametrize("state", ["expired", "terminated"])
def test_o2_expired_or_terminated_sites_take_no_order(state):
    [problem] = refused(site(30, current=CurrentSite("standard", 20, "service", state=state)),
                        expires_on=dt.date(2026, 12, 31))
    assert problem.rule == "O2" and "vendor" in problem.en


def test_matrix_paid_to_free_is_refused():
    [problem] = refused(site(5, "free", None, current=CurrentSite("standard", 20, "service")),
                        expires_on=dt.date(2026, 12, 31))
    assert problem.rule == "§5"


def test_matrix_free_site_cannot_extend_but_free_with_paid_products_can():
    assert refused(site(5, "free", None, current=CurrentSite("free", 5), extend=True),
                   expires_on=dt.date(2026, 12, 31))[0].rule == "§5"
    cur = CurrentSite("free", 5, addons=(AddonQty("storage-10gb", 1),))
    p = price(site(5, "free", None, addons=[("storage-10gb", 1)], current=cur, extend=True),
              expires_on=dt.date(2026, 12, 31))
    assert p.supply == 10_000


def test_matrix_table_matches_domain_md():
    assert matrix.MATRIX == {
        "free": {"add": True, "change_package": True, "extend": False},
        "free_paid_products": {"add": True, "change_package": True, "extend": True},
        "free_to_paid": {"add": True, "change_package": True, "extend": True},
        "paid_to_paid": {"add": True, "change_package": True, "extend": True},
        "paid_to_free": {"add": False, "change_package": False, "extend": False},
    }


def test_c1_sites_extended_in_one_order_share_the_account_s_next_term():
    # the account holds the one expiry (services/orders.py moves it; tests/unit/test_order_rules.py);
    # pricing gives every extended site the same term after it
    cur = CurrentSite("standard", 20, "service")
    p = price(site(20, current=cur, extend=True),
              site(30, name="회사2", current=CurrentSite("standard", 30, "service"), extend=True),
              expires_on=dt.date(2027, 1, 31))
    assert [s.starts_on for s in p.sites] == [dt.date(2027, 2, 1), dt.date(2027, 2, 1)]
    assert {ln.details["extension"] for s in p.sites for ln in s.lines} == {"2027-02-01~2027-02-28"}
    assert [s.subtotal for s in p.sites] == [80_000, 120_000]  # 20 × 4,000; 30 × 4,000 (no change: no proration)


def test_c2_term_is_one_or_twelve_months():
    assert refused(site(20), term=6)[0].rule == "C2"


def test_c3_no_renewal_means_no_new_site_and_no_extension():
    assert refused(site(20), expires_on=dt.date(2026, 12, 31), auto_renew=False)[0].rule == "C3"
    problems = refused(site(20, current=CurrentSite("standard", 20, "service"), extend=True),
                       expires_on=dt.date(2026, 12, 31), auto_renew=False)
    assert [p.rule for p in problems] == ["C3"]


def test_c4_extension_starts_the_day_after_expiry_and_new_sites_wait():
    assert contract.extension(dt.date(2026, 12, 31), 1) == (dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    assert contract.extension(dt.date(2027, 1, 31), 1) == (dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    assert contract.extension(dt.date(2026, 12, 31), 12) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert contract.new_site_dates(TODAY, dt.date(2026, 12, 31), True) == ("pending", dt.date(2027, 1, 1))
    p = price(site(20), expires_on=dt.date(2026, 12, 31))
    assert p.sites[0].starts_on == dt.date(2027, 1, 1)
    ext = price(site(20, current=CurrentSite("standard", 20, "service"), extend=True),
                expires_on=dt.date(2026, 12, 31))
    assert ext.supply == 80_000 and ext.sites[0].starts_on == dt.date(2027, 1, 1)


def test_c5_current_term_and_reductions_wait_for_renewal():
    assert contract.current_term(dt.date(2026, 12, 31), 1) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert contract.current_term(dt.date(2026, 12, 31), 12) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    p = price(site(20, current=CurrentSite("standard", 30, "service")), expires_on=dt.date(2026, 12, 31))
    assert p.supply == 0
    annual = price(site(35, current=CurrentSite("standard", 25, "service")), term=12,
                   date=dt.date(2026, 12, 19), expires_on=dt.date(2026, 12, 31))
    assert annual.supply == (1_584_600 - 1_140_000) * 13 // 365


def test_c5_order_after_expiry_must_extend_first():
    problems = refused(site(30, current=CurrentSite("standard", 20, "service")), date=dt.date(2027, 1, 5),
                       expires_on=dt.date(2026, 12, 31))
    assert problems[0].rule == "C5"


# --- §6 NAVER WORKPLACE --------------------------------------------------------------------------------

def test_w1_daily_usage_fee_and_estimate_window():
    days = dict.fromkeys(naver.month_days(2026, 11), 30)
    assert naver.daily_usage_fee(days, 3_000) == 90_000
    half = {d: (10 if d.day <= 15 else 20) for d in naver.month_days(2026, 11)}
    assert naver.daily_usage_fee(half, 3_000) == 45_000
    assert naver.estimate_window(TODAY) == (dt.date(2026, 11, 1), dt.date(2026, 11, 21))
    assert naver.estimate_window(dt.date(2026, 11, 1)) is None


def test_w2_reservation_on_or_before_the_trial_end_and_warning():
    end = dt.date(2026, 11, 28)
    assert naver.reserve("collabo", end, TODAY).on == end
    with pytest.raises(naver.NaverRuleError) as err:
        naver.reserve("collabo", end, TODAY, dt.date(2026, 11, 29))
    assert "W2" in str(err.value) and "2026-11-28" in str(err.value)
    with pytest.raises(naver.NaverRuleError) as err:
        naver.reserve("collabo", end, TODAY, dt.date(2026, 11, 21))
    assert "W2" in str(err.value) and "오늘 이후" in str(err.value)
    with pytest.raises(naver.NaverRuleError) as err:
        naver.reserve("platinum", end, TODAY)
    assert "platinum" in str(err.value) and "workplace, collabo, collabo_plus" in str(err.value)
    assert naver.reserve("collabo", end, TODAY, TODAY).on == TODAY  # today is the earliest day
    r = naver.reserve("workplace", end, TODAY, dt.date(2026, 11, 25))
    assert naver.may_change_reservation(r, dt.date(2026, 11, 25))
    assert not naver.may_change_reservation(r, dt.date(2026, 11, 26))
    assert "삭제" in naver.trial_warning(end, TODAY, reserved=False)
    assert naver.trial_warning(end, TODAY, reserved=True) is None
    assert naver.trial_warning(dt.date(2026, 12, 20), TODAY, reserved=False) is None


def test_w3_upgrades_only_up_and_not_from_collabo():
    naver.check_upgrade("workplace", "collabo_plus")
    for cur, target in (("workplace", "workplace"), ("collabo", "collabo_plus"), ("collabo_plus", "collabo")):
        with pytest.raises(naver.NaverRuleError) as err:
            naver.check_upgrade(cur, target)
        assert "W3" in str(err.value)


def test_w4_storage_in_terabytes_never_below_zero_and_warning():
    assert naver.included_storage_gb(NV, "collabo_plus", 100) == (1024 + 100, 10240 + 100)
    assert naver.included_storage_gb(NV, "workplace", 10) == (522, 0)
    assert naver.change_extra_storage(2, -2) == 0
    with pytest.raises(naver.NaverRuleError) as err:
        naver.change_extra_storage(1, -2)
    assert "W4" in str(err.value) and "1TB" in str(err.value)
    with pytest.raises(naver.NaverRuleError) as err:
        naver.change_extra_storage(1, 0.5)
    assert "1TB 단위" in str(err.value)
    with pytest.raises(naver.NaverRuleError):
        naver.change_extra_storage(1, True)
    assert naver.change_extra_storage(1, 3) == 4
    assert naver.storage_warning(1000, 901) is not None
    assert naver.storage_warning(1000, 900) is None


def test_naver_catalog_prices_sample_plans():
    p = price(site(25, "collabo", None), catalog="naver", term=1)
    assert p.supply == 25 * 6_000


# --- the request format --------------------------------------------------------------------------------

def test_request_refusals_name_each_field():
    with pytest.raises(Refused) as err:
        parse_request({"catalog": "daouoffice", "term_months": -1,
                       "sites": [{"package": "standard", "users": 2.5}]}, TODAY)
    fields = [p.field for p in err.value.problems]
    assert fields == ["term_months", "sites[0].users"]
    with pytest.raises(Refused) as err:
        read_request("{not json", TODAY)
    assert "not valid JSON" in str(err.value)


def test_unknown_catalog_product_and_edition():
    with pytest.raises(Refused) as err:
        price(site(20), catalog="nope")
    assert "unknown catalog" in str(err.value)
    problems = refused(site(20, "gold", "service"))
    assert problems[0].field == "sites[0].package"
    problems = refused(site(20, edition="cloud", addons=[("storage-1pb", 1)]))
    assert [p.field for p in problems] == ["sites[0].edition", "sites[0].addons[0].product"]
