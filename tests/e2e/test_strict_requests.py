"""Strict price and quote requests (issue 10, item 5): types exactly as JSON has them, every count and date
within a bound the refusal names, the request's size and nesting bounded before it is parsed deeply. Each
refusal is one line `field: rule; what would be accepted` (shared/docs/price-request.md), exit status 2."""

import json

import pytest

from desktop_app.pricing import limits
from desktop_app.pricing.orders import Refused
from desktop_app.pricing.request import read_request
from tests.conftest import TODAY
from tests.e2e.test_price_cli import price


def site(**kw):
    return {"name": "회사1", "package": "standard", "edition": "service", "users": 20, **kw}


def request(*sites, **kw):
    return {"catalog": "daouoffice", "term_months": 12, "sites": list(sites or [site()]), **kw}


def refusal(req):
    text = req if isinstance(req, str) else json.dumps(req, ensure_ascii=False)
    with pytest.raises(Refused) as err:
        read_request(text, TODAY)
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize(("req", "line"), [
    (request(auto_renew="false"), 'auto_renew: must be true or false (got "false")'),
    (request(site(extend="false")), 'sites[0].extend: must be true or false (got "false")'),
    (request(site(extend=1)), "sites[0].extend: must be true or false (got 1)"),
    (request(site(current="yes")), "sites[0].current: must be an object"),
    (request(site(users=10**30)), "sites[0].users: must be at most 100,000"),
    (request(site(users=20.0)), "sites[0].users: must be a whole number, 0 or more (got 20.0)"),
    (request(site(users=True)), "sites[0].users: must be a whole number, 0 or more (got true)"),
    (request(site(addons=[{"product": "storage-10gb", "quantity": 10**15}])),
     "sites[0].addons[0].quantity: must be at most 100,000"),
    (request(date="9999-12-31"), "date: must be from 2000-01-01 to 2100-12-31 (got 9999-12-31)"),
    (request(expires_on="9999-12-30"), "expires_on: must be from 2000-01-01 to 2100-12-31"),
    (request(date=20261122), "date: must be a date YYYY-MM-DD (got 20261122)"),
    (request(months=10**9), "months: must be at most 120"),
    (request(term_months=12.0), "term_months: must be a whole number"),
    (request(policy=4.0), 'policy: must be "4.0" or "legacy" (got 4.0)'),
    (request(site(name="회사\n1")), "sites[0].name: must be one line of text"),
    (request(*[{"package": "free", "users": 1}] * 20_000), "sites: must have at most 500 sites (got 20,000)"),
    ("[" * 3000 + "]" * 3000, "request: nests 3,000 levels deep; at most 20 are accepted"),
    ('{"catalog": "daouoffice", "term_months": ' + "9" * 5000 + "}", "request: has a number too long to read"),
    (json.dumps(request(notes="x" * (limits.MAX_REQUEST_BYTES + 1))), "a request may have at most 1,000,000"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_a_request_out_of_type_or_bounds_is_refused_naming_field_rule_and_limit(req, line):
    assert any(line in p for p in refusal(req)), refusal(req)


def test_the_documented_booleans_and_bounds_themselves_are_accepted():
    order, _code = read_request(json.dumps(request(site(users=limits.MAX_USERS, extend=False), auto_renew=False,
                                                   date="2100-12-31")), TODAY)
    assert order.auto_renew is False and order.sites[0].extend is False and order.sites[0].users == 100_000


@pytest.mark.parametrize(("req", "line"), [
    ("[" * 3000 + "]" * 3000, "request: nests 3,000 levels deep"),
    (request(site(users=10**30)), "sites[0].users: must be at most 100,000"),
    (request(date="9999-12-31"), "date: must be from 2000-01-01 to 2100-12-31"),
    (request(site(addons=[{"product": "storage-10gb", "quantity": 10**15}])), "quantity: must be at most 100,000"),
    (request(*[{"package": "free", "users": 1}] * 20_000), "sites: must have at most 500 sites"),
], ids=["nesting", "users", "date", "quantity", "sites"])
def test_the_commands_refuse_with_exit_2_and_never_a_traceback(tmp_path, req, line):
    for out in (price(req, tmp_path), price(req, tmp_path, stdin=True)):
        assert out.returncode == 2 and out.stdout == ""
        assert line in out.stderr and "Traceback" not in out.stderr
