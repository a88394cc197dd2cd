"""Money mistakes the engine must never make (issue 11). Every expected amount, date and state below is
worked out by hand from domain.md (and the catalog's sample prices for add-ons and fees), never by the engine.

Catalog values used (resources/catalogs): DaouOffice service Standard 4,000 / Premium 5,000, enterprise
Standard 5,000 / Premium 6,000 a user a month; add-ons storage-10gb 10,000 a month, ehr 1,000 a user a month
(per licence), approval-doc 300,000 once; setup fees Standard 100,000, Premium 150,000; NAVER WORKPLACE
3,000 a user a month, extra storage 60,000 a TB a month."""

import datetime as dt

import pytest

from desktop_app.pricing import billing, contract, naver
from desktop_app.pricing.engine import band_discount
from desktop_app.pricing.orders import AddonQty, Refused
from tests.unit.pricing.helpers import CATALOGS, TODAY, CurrentSite, code, price, site

D = dt.date
V = CATALOGS["daouoffice"].version_on(TODAY)


def lines(p, i=0):
    return [(ln.item, ln.product, ln.amount) for ln in p.sites[i].lines]


def refusal(*sites, **kw):
    with pytest.raises(Refused) as err:
        price(*sites, **kw)
    return err.value.problems


# --- P3: every band edge, both policies ----------------------------------------------------------------

@pytest.mark.parametrize("users, supply", [
    (10, 40_000),
    (30, 120_000),  # 30 × 4,000, no discount
    (31, 123_800),  # + 1 × 3,800 (5 %)
    (100, 386_000),  # 120,000 + 70 × 3,800
    (101, 389_600),  # + 1 × 3,600 (10 %)
    (300, 1_106_000),  # 386,000 + 200 × 3,600
    (301, 1_109_200),  # + 1 × 3,200 (20 %)
    (500, 1_746_000),  # 1,106,000 + 200 × 3,200
    (501, 1_748_800),  # + 1 × 2,800 (30 %)
    (1_000, 3_146_000),  # 1,746,000 + 500 × 2,800
    (1_001, 3_148_400),  # + 1 × 2,400 (40 %)
    (5_000, 12_746_000),  # 3,146,000 + 4,000 × 2,400
    (5_001, 12_748_000),  # + 1 × 2,000 (50 %)
])
def test_p3_policy_4_0_band_edges_one_month(users, supply):
    assert price(site(users), term=1).supply == supply


@pytest.mark.parametrize("users, supply", [
    (100, 400_000),  # 100 × 4,000, no discount
    (101, 403_200),  # + 1 × 3,200 (20 %)
    (300, 1_040_000),  # 400,000 + 200 × 3,200
    (301, 1_042_400),  # + 1 × 2,400 (40 %)
    (500, 1_520_000),  # 1,040,000 + 200 × 2,400
    (501, 1_522_000),  # + 1 × 2,000 (50 %)
])
def test_p3_legacy_band_edges_one_month(users, supply):
    assert price(site(users), term=1, policy="legacy").supply == supply


def test_p3_the_discount_line_of_the_first_user_of_a_band():
    p = price(site(31), term=1)
    assert lines(p) == [("license", "service-standard", 124_000), ("volume_discount", "service-standard", -200)]
    assert p.sites[0].lines[1].rule == "P3" and p.sites[0].lines[1].details == {"policy": "4.0"}


@pytest.mark.parametrize("users, discount", [(30, 0), (31, 6_200), (101, 40_400), (5_001, 10_002_000)])
def test_p3_volume_mode_prices_every_user_at_the_top_band_reached(users, discount):
    # 31 × 4,000 × 5 % = 6,200; 101 × 4,000 × 10 % = 40,400; 5,001 × 4,000 × 50 % = 10,002,000
    assert band_discount(users, 4_000, 1, V.policies["4.0"], "volume") == discount


def test_p3_graduated_discount_counts_the_months():
    assert band_discount(31, 4_000, 12, V.policies["4.0"], "graduated") == 2_400  # 1 user × 4,000 × 12 × 5 %


def test_p3_legacy_graduated_discount_at_301():
    # 200 users × 4,000 × 20 % = 160,000, + 1 user × 4,000 × 40 % = 1,600
    assert band_discount(301, 4_000, 1, V.policies["legacy"], "graduated") == 161_600


# --- P4 and P7 on a band edge ----------------------------------------------------------------------------

def test_p4_annual_discount_after_the_band_discount_at_31_users():
    p = price(site(31), term=12)
    # list 31 × 4,000 × 12 = 1,488,000; volume 1 × 4,000 × 12 × 5 % = 2,400; annual 5 % of 1,485,600 = 74,280
    assert lines(p) == [("license", "service-standard", 1_488_000), ("volume_discount", "service-standard", -2_400),
                        ("annual_discount", "service-standard", -74_280)]
    assert (p.supply, p.vat, p.total) == (1_411_320, 141_132, 1_552_452)


# --- add-ons: monthly, per licence, once ------------------------------------------------------------------

def test_addons_of_a_new_site_each_kind_charged_its_own_way():
    p = price(site(20, addons=[("approval-doc", 1), ("ehr", 1), ("storage-10gb", 2)]), term=1, months=3)
    assert lines(p) == [
        ("license", "service-standard", 240_000),  # 20 × 4,000 × 3
        ("addon", "approval-doc", 300_000),  # once, not × 3 months
        ("addon", "ehr", 60_000),  # per licence: 20 users × 1,000 × 3, whatever quantity was typed
        ("addon", "storage-10gb", 60_000),  # 2 × 10,000 × 3
    ]
    assert p.supply == 660_000


def test_a_per_licence_addon_line_names_the_users_as_its_quantity():
    [_, ehr] = price(site(20, addons=[("ehr", 3)]), term=1).sites[0].lines
    assert (ehr.quantity, ehr.unit_price, ehr.months, ehr.amount) == (20, 1_000, 1, 20_000)


def test_an_addon_with_quantity_zero_prints_no_line():
    assert lines(price(site(20, addons=[("storage-10gb", 0)]), term=1)) == [("license", "service-standard", 80_000)]


def test_a_once_addon_bought_mid_term_charges_only_the_new_quantity():
    cur = CurrentSite("standard", 20, "service", (AddonQty("approval-doc", 1),))
    p = price(site(20, addons=[("approval-doc", 3)], current=cur), date=D(2026, 12, 19), expires_on=D(2026, 12, 31))
    assert lines(p) == [("addon", "approval-doc", 600_000)]  # 3 − 1 = 2 × 300,000; the term price is unchanged
    assert p.sites[0].lines[0].quantity == 2


def test_a_once_addon_already_held_is_not_charged_again():
    cur = CurrentSite("standard", 20, "service", (AddonQty("approval-doc", 2),))
    p = price(site(20, addons=[("approval-doc", 2)], current=cur, extend=True), expires_on=D(2026, 12, 31))
    assert lines(p) == [("license", "service-standard", 80_000)]  # the extension month only


def test_c5_a_per_licence_addon_follows_the_users_in_the_proration():
    cur = CurrentSite("standard", 20, "service", (AddonQty("ehr", 1),))
    p = price(site(30, addons=[("ehr", 1)], current=cur), date=D(2026, 12, 19), expires_on=D(2026, 12, 31))
    # before 80,000 + 20,000 = 100,000; after 120,000 + 30,000 = 150,000; 50,000 × 13 ÷ 31 = 20,967.7
    [line] = p.sites[0].lines
    assert (line.item, line.amount) == ("proration", 20_967)
    assert (line.details["term_price_before"], line.details["term_price_after"]) == (100_000, 150_000)


def test_c4_an_extension_keeps_the_monthly_and_per_licence_addons_and_leaves_the_once_ones():
    cur = CurrentSite("standard", 20, "service", (AddonQty("approval-doc", 1), AddonQty("ehr", 1),
                                                    AddonQty("storage-10gb", 1)))
    p = price(site(20, addons=[("approval-doc", 1), ("ehr", 1), ("storage-10gb", 1)], current=cur, extend=True),
              expires_on=D(2026, 12, 31))
    assert lines(p) == [("license", "service-standard", 80_000), ("addon", "ehr", 20_000),
                        ("addon", "storage-10gb", 10_000)]
    assert all(ln.details["extension"] == "2027-01-01~2027-01-31" for ln in p.sites[0].lines)
    assert p.sites[0].starts_on == D(2027, 1, 1) and p.supply == 110_000


# --- C5: the order date against the expiry ----------------------------------------------------------------

def c5(date, expiry, before=25, after=35, term=1):
    return price(site(after, current=CurrentSite("standard", before, "service")), term=term, date=date,
                 expires_on=expiry)


def test_c5_a_change_ordered_on_the_expiry_day_is_charged_one_day():
    p = c5(D(2026, 12, 31), D(2026, 12, 31))
    [line] = p.sites[0].lines
    assert (line.details["remaining_days"], line.details["term_days"]) == (1, 31)
    assert p.supply == 1_258  # (139,000 − 100,000) × 1 ÷ 31 = 1,258.06


def test_c5_a_change_ordered_on_the_first_day_of_the_term_is_charged_the_whole_difference():
    assert c5(D(2026, 12, 1), D(2026, 12, 31)).supply == 39_000  # × 31 ÷ 31


def test_c5_leap_february_has_29_days():
    p = c5(D(2028, 2, 20), D(2028, 2, 29))
    [line] = p.sites[0].lines
    assert (line.details["remaining_days"], line.details["term_days"]) == (10, 29)
    assert p.supply == 13_448  # 39,000 × 10 ÷ 29 = 13,448.3


def test_c5_a_twelve_month_term_ending_in_a_leap_year_has_366_days():
    p = c5(D(2028, 12, 31), D(2028, 12, 31), term=12)
    [line] = p.sites[0].lines
    # term prices with P4: 25 users 1,200,000 × 0.95 = 1,140,000; 35 users 1,668,000 × 0.95 = 1,584,600
    assert (line.details["term_price_before"], line.details["term_price_after"]) == (1_140_000, 1_584_600)
    assert (line.details["remaining_days"], line.details["term_days"]) == (1, 366)
    assert p.supply == 1_214  # 444,600 × 1 ÷ 366 = 1,214.75


def test_c5_a_reduction_mid_term_is_not_refunded():
    p = c5(D(2026, 12, 19), D(2026, 12, 31), before=35, after=25)
    assert p.supply == 0 and p.sites[0].lines[0].amount == 0


def test_c5_a_change_the_day_after_expiry_is_refused_until_the_term_is_extended():
    [problem] = refusal(site(35, current=CurrentSite("standard", 25, "service")), date=D(2027, 1, 1),
                        expires_on=D(2026, 12, 31))
    assert (problem.field, problem.rule) == ("date", "C5")


# --- C4: a new site on the expiry day -------------------------------------------------------------------

def test_c4_a_site_ordered_on_the_expiry_day_waits_for_the_next_day():
    assert contract.new_site_dates(D(2026, 12, 31), D(2026, 12, 31), True) == ("pending", D(2027, 1, 1))
    assert price(site(20), date=D(2026, 12, 31), expires_on=D(2026, 12, 31)).sites[0].starts_on == D(2027, 1, 1)


def test_c4_a_site_ordered_the_day_after_expiry_starts_at_once():
    assert contract.new_site_dates(D(2027, 1, 1), D(2026, 12, 31), True) == ("active", D(2027, 1, 1))
    assert price(site(20), date=D(2027, 1, 1), expires_on=D(2026, 12, 31)).sites[0].starts_on is None


def test_c3_a_site_on_an_account_without_renewal_or_expiry_starts_at_once():
    assert contract.new_site_dates(D(2026, 12, 1), D(2026, 12, 31), False) == ("active", D(2026, 12, 1))
    assert contract.new_site_dates(D(2026, 12, 1), None, True) == ("active", D(2026, 12, 1))


def test_c3_no_new_site_on_a_non_renewing_account_named_by_field_and_rule():
    [problem] = refusal(site(20), expires_on=D(2026, 12, 31), auto_renew=False)
    assert (problem.field, problem.rule) == ("sites[0]", "C3")


# --- contract dates: month ends and leap years ------------------------------------------------------------

@pytest.mark.parametrize("expiry, term, extended", [
    (D(2026, 12, 31), 1, (D(2027, 1, 1), D(2027, 1, 31))),
    (D(2028, 1, 31), 1, (D(2028, 2, 1), D(2028, 2, 29))),  # leap February
    (D(2027, 1, 31), 1, (D(2027, 2, 1), D(2027, 2, 28))),
    (D(2027, 2, 28), 12, (D(2027, 3, 1), D(2028, 2, 29))),  # a year ending on a leap day
    (D(2028, 2, 29), 1, (D(2028, 3, 1), D(2028, 3, 31))),
])
def test_c4_extension_dates(expiry, term, extended):
    assert contract.extension(expiry, term) == extended


@pytest.mark.parametrize("expiry, term, first, days", [
    (D(2028, 2, 29), 1, D(2028, 2, 1), 29),
    (D(2027, 2, 28), 1, D(2027, 2, 1), 28),
    (D(2028, 2, 29), 12, D(2027, 3, 1), 366),
    (D(2026, 11, 30), 1, D(2026, 11, 1), 30),
])
def test_c5_current_term_ends_on_the_expiry(expiry, term, first, days):
    assert contract.current_term(expiry, term) == (first, expiry)
    assert contract.days_inclusive(first, expiry) == days


def test_add_months_clamps_to_the_month_end():
    assert contract.add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert contract.add_months(D(2027, 1, 31), 1) == D(2027, 2, 28)
    assert contract.add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)
    assert contract.add_months(D(2027, 1, 15), -1) == D(2026, 12, 15)
    assert contract.term_end(D(2026, 11, 22), 12) == D(2027, 11, 21)
    assert contract.term_end(D(2026, 11, 22), 1) == D(2026, 12, 21)


def test_prorate_pieces():
    p = contract.prorate(100_000, 139_000, D(2026, 12, 19), D(2026, 12, 31), 1)
    assert (p.before, p.after, p.remaining_days, p.term_days, p.amount) == (100_000, 139_000, 13, 31, 16_354)
    early = contract.prorate(100_000, 139_000, D(2026, 11, 20), D(2026, 12, 31), 1)
    assert (early.remaining_days, early.amount) == (31, 39_000)  # never more than the term
    assert contract.prorate(139_000, 100_000, D(2026, 12, 19), D(2026, 12, 31), 1).amount == 0


# --- P5: codes on their first and last valid day ----------------------------------------------------------

def test_p5_a_code_is_accepted_on_its_first_and_its_last_valid_day():
    first = price(site(20), term=1, code=code(valid_from=TODAY, valid_to=D(2026, 12, 31)))
    last = price(site(20), term=1, date=D(2026, 12, 31), code=code(valid_from=TODAY, valid_to=D(2026, 12, 31)))
    assert first.code_discount == last.code_discount == 8_000  # 10 % of 80,000
    assert (first.supply, first.code) == (72_000, "WELCOME10")


@pytest.mark.parametrize("date, words", [(D(2026, 11, 21), "valid from 2026-11-22"),
                                         (D(2027, 1, 1), "expired on 2026-12-31")])
def test_p5_a_code_is_refused_the_day_before_and_the_day_after(date, words):
    [problem] = refusal(site(20), term=1, date=date, code=code(valid_from=TODAY, valid_to=D(2026, 12, 31)))
    assert (problem.field, problem.rule) == ("discount_code", "P5") and words in problem.en


def test_p5_uses_and_minimum_users_at_their_edges():
    assert price(site(20), term=1, code=code(max_uses=3, uses=2)).code_discount == 8_000
    [problem] = refusal(site(20), term=1, code=code(max_uses=3, uses=3))
    assert "used up (3 of 3 uses)" in problem.en
    assert price(site(20), term=1, code=code(min_users=20)).code_discount == 8_000
    [problem] = refusal(site(20), term=1, code=code(min_users=21))
    assert "at least 21 users in the order (it has 20)" in problem.en


def test_p5_an_amount_code_never_takes_more_than_the_lines_it_applies_to():
    p = price(site(20, addons=[("storage-10gb", 1)]), term=1, code=code("amount", 50_000, products=("storage-10gb",)))
    assert (p.code_discount, p.supply) == (10_000, 80_000)


def test_p5_a_code_for_a_package_applies_to_every_edition_of_it():
    p = price(site(20, addons=[("storage-10gb", 1)]), term=1, code=code(value=10, products=("standard",)))
    assert p.code_discount == 8_000  # the licence line (service-standard) only, not the add-on


# --- P6: the setup fee ---------------------------------------------------------------------------------

def test_p6_standard_to_premium_adds_the_premium_setup_fee():
    p = price(site(20, "premium", current=CurrentSite("standard", 20, "service")), term=1,
              date=D(2026, 12, 16), expires_on=D(2026, 12, 31))
    # proration (100,000 − 80,000) × 16 ÷ 31 = 10,322.6; the Premium setup fee 150,000
    assert lines(p) == [("proration", None, 10_322), ("setup_fee", "premium", 150_000)]
    assert p.supply == 160_322


def test_p6_no_setup_fee_when_the_package_stays():
    p = price(site(30, current=CurrentSite("standard", 20, "service")), term=1, date=D(2026, 12, 16),
              expires_on=D(2026, 12, 31))
    assert [ln.item for ln in p.sites[0].lines] == ["proration"]


# --- I3, O2, C4: billing rules without storage ---------------------------------------------------------

@pytest.mark.parametrize("paid, status", [(0, "unpaid"), (1, "partial"), (109_999, "partial"), (110_000, "paid")])
def test_i3_status_after_payment(paid, status):
    assert billing.status_after_payment(110_000, paid) == status


@pytest.mark.parametrize("status, today, shown", [
    ("unpaid", D(2026, 12, 6), "unpaid"),  # on the due date: not yet overdue
    ("unpaid", D(2026, 12, 7), "overdue"),
    ("partial", D(2026, 12, 6), "partial"),
    ("partial", D(2026, 12, 7), "overdue"),
    ("paid", D(2027, 1, 1), "paid"),
    ("void", D(2027, 1, 1), "void"),
])
def test_i3_overdue_is_past_the_due_date_and_not_fully_paid(status, today, shown):
    assert billing.shown_status(status, D(2026, 12, 6), today) == shown


def test_payment_problems_name_the_reason():
    assert "취소" in billing.payment_problem(1_000, 110_000, "void")
    assert "이미 모두 결제" in billing.payment_problem(1_000, 0, "paid")
    assert "1원 이상" in billing.payment_problem(0, 110_000, "unpaid")
    assert billing.payment_problem(1, 110_000, "unpaid") is None
    assert billing.payment_problem(110_000, 110_000, "partial") is None
    too_much = billing.payment_problem(110_001, 110_000, "unpaid")
    assert "110,001원" in too_much and "남은 금액 110,000원" in too_much


@pytest.mark.parametrize("today, state", [(D(2026, 12, 31), None), (D(2027, 1, 1), "overdue"),
                                          (D(2027, 1, 14), "overdue"), (D(2027, 1, 15), "expired")])
def test_o2_an_unpaid_renewal_is_overdue_for_14_days_then_expired(today, state):
    assert billing.site_state_unpaid(D(2026, 12, 31), today) == state


@pytest.mark.parametrize("run_date, due", [(D(2026, 12, 17), False), (D(2026, 12, 18), True),
                                           (D(2026, 12, 31), True), (D(2027, 1, 1), True)])
def test_c4_a_renewal_is_invoiced_14_days_before_the_next_term_starts(run_date, due):
    # next term from 2027-01-01; 14 days before: 2026-12-18
    assert billing.renewal_due(D(2026, 12, 31), run_date, 14) is due


@pytest.mark.parametrize("day, month", [
    (D(2026, 12, 1), (D(2026, 11, 1), D(2026, 11, 30))),
    (D(2027, 1, 15), (D(2026, 12, 1), D(2026, 12, 31))),
    (D(2028, 3, 1), (D(2028, 2, 1), D(2028, 2, 29))),
])
def test_w1_the_month_before_ends_on_its_last_day(day, month):
    assert billing.month_before(day) == month


# --- W1: daily usage ------------------------------------------------------------------------------------

def test_w1_the_last_day_of_the_month_counts():
    days = dict.fromkeys(naver.month_days(2026, 11), 30)
    days[D(2026, 11, 30)] = 60
    assert len(naver.month_days(2026, 11)) == 30 and naver.month_days(2026, 11)[-1] == D(2026, 11, 30)
    assert naver.daily_usage_fee(days, 3_000) == 93_000  # 29 × 3,000 + 60 × 3,000 ÷ 30


def test_w1_leap_february_days_cost_a_29th():
    assert len(naver.month_days(2028, 2)) == 29
    assert naver.daily_usage_fee({D(2028, 2, 29): 29}, 3_000) == 3_000  # 29 × 3,000 ÷ 29
    assert naver.daily_usage_fee({D(2027, 2, 28): 28}, 3_000) == 3_000  # 28 × 3,000 ÷ 28
    assert naver.daily_usage_fee({D(2026, 11, 1): 1}, 3_000) == 100  # 3,000 ÷ 30


def test_w1_a_negative_count_is_refused():
    with pytest.raises(naver.NaverRuleError) as err:
        naver.daily_usage_fee({D(2026, 11, 1): -1}, 3_000)
    assert "never negative" in str(err.value)


def test_w1_estimate_window_on_the_second_and_on_a_month_end():
    assert naver.estimate_window(D(2026, 11, 2)) == (D(2026, 11, 1), D(2026, 11, 1))
    assert naver.estimate_window(D(2028, 2, 29)) == (D(2028, 2, 1), D(2028, 2, 28))
