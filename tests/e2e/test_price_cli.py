"""`desktop-app price` exactly as shared/docs/price-request.md describes it, refusals included."""

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from desktop_app.db import open_database
from desktop_app.services import discounts
from desktop_app.services.desk import Desk
from desktop_app.services.staff import ensure_owner
from tests.conftest import ROOT

DOC_EXAMPLE = {
    "catalog": "daouoffice", "policy": "4.0", "term_months": 12, "months": 12, "date": "2026-11-22",
    "expires_on": "2027-03-31", "discount_code": "WELCOME10",
    "sites": [
        {"name": "회사1", "edition": "service", "package": "standard", "users": 20,
         "addons": [{"product": "storage-10gb", "quantity": 2}]},
        {"name": "회사2", "edition": "enterprise", "package": "premium", "users": 35,
         "current": {"edition": "enterprise", "package": "premium", "users": 25}},
    ],
}


def price(request, tmp_path, *extra, stdin=False):
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"))
    text = request if isinstance(request, str) else json.dumps(request, ensure_ascii=False)
    if stdin:
        return subprocess.run([sys.executable, "main.py", "price", "-", *extra], input=text, cwd=ROOT,
                              capture_output=True, text=True, env=env)
    path = tmp_path / "request.json"
    path.write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "main.py", "price", str(path), *extra], cwd=ROOT, capture_output=True,
                          text=True, env=env)


@pytest.fixture
def code_db(tmp_path):
    path = tmp_path / "codes.sqlite3"
    db = open_database(path)
    with db.session() as s:
        owner = ensure_owner(s)
    desk = Desk(db, owner)
    desk.run(discounts.create_code, discounts.CodeInput("WELCOME10", "percent", "10"))
    desk.run(discounts.create_code, discounts.CodeInput("OLD", "amount", "1000", valid_to=dt.date(2025, 12, 31)))
    db.dispose()
    return path


def test_the_documented_request_prices_and_adds_up(tmp_path, code_db):
    out = price(DOC_EXAMPLE, tmp_path, "--db", str(code_db))
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    first, second = r["sites"]
    assert first["lines"][0] == {"item": "license", "product": "service-standard", "quantity": 20,
                                 "unit_price": 4000, "months": 12, "amount": 960000, "rule": "P2"}
    assert first["lines"][1]["item"] == "annual_discount" and first["lines"][1]["amount"] == -48000
    assert [ln["item"] for ln in second["lines"]] == ["proration"]
    for s in r["sites"]:
        assert sum(ln["amount"] for ln in s["lines"]) == s["subtotal"]
    assert sum(s["subtotal"] for s in r["sites"]) - r["code_discount"] == r["supply"]
    assert r["supply"] + r["vat"] == r["total"] and r["vat"] == r["supply"] // 10
    assert r["code_discount"] > 0 and r["total_in_words"].startswith("일금 ")
    assert all(isinstance(v, int) for v in (r["supply"], r["vat"], r["total"], r["code_discount"]))


def test_standard_input_and_no_database_needed_without_a_code(tmp_path):
    request = {"catalog": "daouoffice", "term_months": 12, "sites": [
        {"name": "회사1", "edition": "service", "package": "standard", "users": 20}]}
    out = price(request, tmp_path, stdin=True)
    assert out.returncode == 0
    assert json.loads(out.stdout)["total"] == 1_003_200
    assert not (tmp_path / "data").exists()  # nothing was opened or created


@pytest.mark.parametrize("request_, expected", [
    ("{not json", "request: is not valid JSON"),
    ({"catalog": "sap", "term_months": 1, "sites": [{"package": "free", "users": 3}]},
     "catalog: unknown catalog 'sap'; use one of daouoffice, naver (K1)"),
    ({"catalog": "daouoffice", "term_months": 1, "sites": [{"package": "standard", "edition": "service",
                                                             "users": -4}]}, "sites[0].users: must be a whole number"),
    ({"catalog": "daouoffice", "term_months": 1, "sites": [{"package": "standard", "edition": "service",
                                                             "users": 9}]},
     "sites[0].users: a paid package needs at least 10 users (P1); use 10 or more, or the free package"),
    ({"catalog": "daouoffice", "term_months": 1, "sites": [{"package": "gold", "users": 10}]},
     "sites[0].package: unknown package 'gold'"),
    ({"catalog": "daouoffice", "term_months": 1, "sites": [{"package": "standard", "edition": "cloud",
                                                             "users": 10}]}, "sites[0].edition: unknown edition"),
    ({"catalog": "daouoffice", "term_months": 1, "expires_on": "2026-12-31", "sites": [
        {"package": "free", "users": 5, "current": {"package": "standard", "edition": "service", "users": 20}}]},
     "operation matrix"),
    ({"catalog": "daouoffice", "term_months": 3, "sites": [{"package": "free", "users": 3}]}, "term_months: the term is 1 or 12"),
])
def test_refusals_exit_2_with_one_line_per_problem_and_no_traceback(tmp_path, request_, expected):
    out = price(request_, tmp_path)
    assert out.returncode == 2
    assert out.stdout == ""
    assert expected in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("code, expected", [("NOPE", "unknown code 'NOPE'"), ("OLD", "expired on 2025-12-31")])
def test_unknown_and_expired_codes_are_refused(tmp_path, code_db, code, expected):
    request = dict(DOC_EXAMPLE, discount_code=code)
    out = price(request, tmp_path, "--db", str(code_db))
    assert out.returncode == 2 and expected in out.stderr and "(P5)" in out.stderr


def test_a_missing_file_is_a_refusal(tmp_path):
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "main.py", "price", str(tmp_path / "nope.json")], cwd=ROOT,
                         capture_output=True, text=True, env=env)
    assert out.returncode == 2 and "cannot read" in out.stderr and "Traceback" not in out.stderr
