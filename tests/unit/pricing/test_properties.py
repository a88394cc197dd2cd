"""Properties that hold for every order (hypothesis): totals add up, nothing negative, monotone bands, VAT."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.pricing.orders import CurrentSite
from tests.unit.pricing.helpers import code, price, site

editions = st.sampled_from(["service", "enterprise"])
packages = st.sampled_from(["standard", "premium"])
addons = st.lists(st.tuples(st.sampled_from(["storage-10gb", "storage-100gb", "ehr", "approval-doc"]),
                            st.integers(0, 5)), max_size=3, unique_by=lambda a: a[0])
paid_site = st.builds(lambda u, e, p, a: site(u, p, e, addons=a), st.integers(10, 6000), editions, packages, addons)
codes = st.one_of(st.none(), st.builds(lambda v: code(value=v), st.integers(1, 100)),
                  st.builds(lambda v: code("amount", v), st.integers(1, 2_000_000)))


@settings(max_examples=200, deadline=None)
@given(st.lists(paid_site, min_size=1, max_size=4), st.sampled_from([1, 12]), st.sampled_from(["4.0", "legacy"]),
       codes)
def test_p7_m3_lines_add_up_to_subtotals_and_totals(sites, term, policy, discount):
    p = price(*sites, term=term, policy=policy, code=discount)
    for s in p.sites:
        assert sum(ln.amount for ln in s.lines) == s.subtotal
    assert sum(s.subtotal for s in p.sites) - p.code_discount == p.supply
    assert p.supply + p.vat == p.total


@settings(max_examples=200, deadline=None)
@given(st.lists(paid_site, min_size=1, max_size=3), st.sampled_from([1, 12]), codes)
def test_nothing_is_negative(sites, term, discount):
    p = price(*sites, term=term, code=discount)
    assert all(s.subtotal >= 0 for s in p.sites)
    assert p.code_discount >= 0 and p.supply >= 0 and p.vat >= 0 and p.total >= 0


@settings(max_examples=300, deadline=None)
@given(st.integers(10, 7000), editions, packages, st.sampled_from([1, 12]), st.sampled_from(["4.0", "legacy"]))
def test_p3_graduated_total_never_falls_when_users_rise(users, edition, package, term, policy):
    a = price(site(users, package, edition), term=term, policy=policy).supply
    b = price(site(users + 1, package, edition), term=term, policy=policy).supply
    assert b >= a


@given(st.integers(0, 10**12))
def test_m2_vat_is_the_floor_of_ten_percent(supply):
    from desktop_app.pricing.money import vat

    assert vat(supply) == supply // 10 and vat(supply) * 10 <= supply < (vat(supply) + 1) * 10


@settings(max_examples=200, deadline=None)
@given(st.integers(10, 500), st.integers(10, 500), st.dates(dt.date(2026, 12, 1), dt.date(2026, 12, 31)))
def test_c5_proration_never_exceeds_the_term_difference(before, after, day):
    p = price(site(after, current=CurrentSite("standard", before, "service")), date=day,
              expires_on=dt.date(2026, 12, 31))
    whole = price(site(after), term=1).supply - price(site(before), term=1).supply
    assert 0 <= p.supply <= max(whole, 0)
