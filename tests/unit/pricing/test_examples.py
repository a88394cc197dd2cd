"""The worked examples of domain.md §4 (E1–E7) and C5, exactly."""

import datetime as dt

import pytest

from desktop_app.pricing.orders import Refused
from tests.unit.pricing.helpers import CurrentSite, price, site


def test_e1_p2_twenty_users_monthly_term_priced_for_twelve_months():
    assert price(site(20), term=1, months=12).supply == 960_000


def test_e2_p4_twenty_users_on_a_twelve_month_term():
    p = price(site(20), term=12)
    assert p.supply == 912_000
    assert [ln.item for ln in p.sites[0].lines] == ["license", "annual_discount"]
    assert p.sites[0].lines[1].amount == -48_000


def test_e3_twenty_users_enterprise_premium_annual():
    assert price(site(20, "premium", "enterprise"), term=12).supply == 1_368_000


def test_e4_p3_graduated_bands_policy_4_0():
    p = price(site(150), term=1)
    assert p.supply == 566_000  # 30×4,000 + 70×3,800 + 50×3,600
    assert p.sites[0].lines[1].item == "volume_discount" and p.sites[0].lines[1].amount == -34_000


def test_e5_p7_bands_then_annual_discount_then_vat():
    p = price(site(150), term=12)
    assert (p.supply, p.vat, p.total) == (6_452_400, 645_240, 7_097_640)


def test_e6_legacy_policy_bands():
    assert price(site(150), term=1, policy="legacy").supply == 560_000


def test_e7_p1_nine_users_on_a_paid_package_is_refused_with_the_rule():
    with pytest.raises(Refused) as err:
        price(site(9), term=1)
    [problem] = err.value.problems
    assert problem.field == "sites[0].users" and problem.rule == "P1"
    assert str(problem) == ("sites[0].users: a paid package needs at least 10 users (P1); use 10 or more, "
                            "or the free package")


def test_c5_worked_example_25_to_35_users_mid_term():
    p = price(site(35, current=CurrentSite("standard", 25, "service")), term=1, date=dt.date(2026, 12, 19),
              expires_on=dt.date(2026, 12, 31))
    [line] = p.sites[0].lines
    assert line.item == "proration" and line.rule == "C5"
    assert line.details["term_price_before"] == 100_000 and line.details["term_price_after"] == 139_000
    assert (line.details["remaining_days"], line.details["term_days"]) == (13, 31)
    assert p.supply == 16_354


def test_m4_total_in_words():
    assert price(site(20), term=12).total_in_words == "일금 일백만삼천이백원정"
