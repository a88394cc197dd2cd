"""Strict input in the services (issue 10, item 5): names refuse control characters, registration numbers
only ASCII digits, users, seats and quantities have maxima; each refusal names its field and writes nothing."""

import pytest

from desktop_app.errors import ValidationError
from desktop_app.models import Account, NamedUser, OrderRow, Site
from desktop_app.pricing.orders import Refused
from desktop_app.services import discounts, licences, orders, sites
from tests.conftest import count
from tests.unit.test_accounts_sites import VALID, new_account, new_site


@pytest.mark.parametrize("name", ["한빛\n상사", "한빛\t상사", "한빛\x00상사", "한빛\x1b[31m상사", "한빛\u2028상사"])
def test_an_account_name_with_a_control_character_is_refused(desk, db, name):
    with pytest.raises(ValidationError) as err:
        new_account(desk, name=name)
    assert err.value.field == "name" and "제어 문자" in err.value.errors["name"]
    assert count(db, Account) == 0


@pytest.mark.parametrize("brn", ["２２０-８１-６２５１７", "２２０８１６２５１７", "220-81-6251７", "٢٢٠٨١٦٢٥١٧"])
def test_a_registration_number_in_other_digits_than_ascii_is_refused(desk, db, brn):
    with pytest.raises(ValidationError) as err:
        new_account(desk, brn=brn)
    assert err.value.field == "business_number" and "K-BRN" in err.value.errors["business_number"]
    assert count(db, Account) == 0


def test_the_same_number_in_ascii_digits_is_accepted(desk):
    assert new_account(desk, brn=VALID).business_number == "2208162517"


@pytest.mark.parametrize("users", [100_001, 10**30])
def test_a_site_with_more_users_than_the_maximum_is_refused_naming_it(desk, db, users):
    acc = new_account(desk)
    with pytest.raises(ValidationError) as err:
        new_site(desk, acc.id, package="standard", edition="service", users=users)
    assert err.value.field == "users" and "100,000" in err.value.errors["users"]
    assert count(db, Site) == 0


def test_a_site_or_admin_name_with_a_line_break_is_refused(desk, db):
    acc = new_account(desk)
    with pytest.raises(ValidationError) as err:
        new_site(desk, acc.id, name="본사\n지점")
    assert err.value.field == "name"
    data = sites.SiteInput(name="본사", subdomain="hanbit", admin_name="김\r관리", admin_login="admin")
    with pytest.raises(ValidationError) as err:
        desk.run(sites.create_site, acc.id, data)
    assert err.value.field == "admin_name"
    assert count(db, Site) == 0


def test_a_named_user_with_a_control_character_is_refused(desk, db):
    acc = new_account(desk)
    site = new_site(desk, acc.id, package="standard", edition="service", users=10)
    with pytest.raises(ValidationError) as err:
        desk.run(licences.add_named_user, site.id, "김\t하나", "one@paid.co.kr")
    assert err.value.field == "name" and "제어 문자" in err.value.errors["name"]
    assert count(db, NamedUser) == 0


def test_a_discount_code_in_fullwidth_letters_is_refused(desk):
    with pytest.raises(ValidationError) as err:
        desk.run(discounts.create_code, discounts.CodeInput("ＷＥＬＣＯＭＥ", "percent", "10"))
    assert err.value.field == "code"


def new_site_order(acc, users, addons):
    return orders.OrderInput(acc.id, [orders.NewSite("회사1", "standard", users, "service", addons, "new-site",
                                                     "김관리", "admin")], terms_accepted=True,
                             account_version=acc.version)


def test_an_order_for_more_users_than_the_maximum_is_refused_at_the_field(desk, db):
    acc = new_account(desk)
    with pytest.raises(ValidationError) as err:
        desk.run(orders.place_order, new_site_order(acc, 100_001, {}))
    assert err.value.field == "new_sites[0].users" and "100,000" in err.value.errors["new_sites[0].users"]
    assert count(db, OrderRow) == 0 and count(db, Site) == 0


def test_an_order_for_more_units_than_the_maximum_is_refused_before_anything_is_written(desk, db):
    acc = new_account(desk)
    with pytest.raises(Refused) as err:
        desk.run(orders.place_order, new_site_order(acc, 20, {"storage-10gb": 10**15}))
    assert [p.field for p in err.value.problems] == ["sites[0].addons[0].quantity"]
    assert "100,000" in err.value.problems[0].en
    assert count(db, OrderRow) == 0 and count(db, Site) == 0
