"""Every committed change is reported once, by kind, to the database's listeners (the window's `changed`)."""


import pytest

from desktop_app.changes import KIND_OF_TABLE, Changes
from desktop_app.errors import ValidationError
from desktop_app.models import Base, load_all
from desktop_app.services import accounts, sites

VALID = "220-81-62517"


@pytest.fixture
def heard(db):
    got: list[Changes] = []
    db.listeners.append(got.append)
    return got


def test_every_table_has_a_kind():
    load_all()
    assert sorted(set(Base.metadata.tables) - set(KIND_OF_TABLE)) == []


def test_creating_an_account_and_a_site_reports_both_kinds_with_ids(desk, heard):
    acc = desk.run(accounts.create_account, accounts.AccountInput(name="한빛상사", business_number=VALID))
    assert heard[-1].touches("accounts") and acc.id in heard[-1].ids["accounts"]
    site = desk.run(sites.create_site, acc.id, sites.SiteInput(
        name="본사", subdomain="hanbit", admin_name="김관리", admin_login="admin"))
    assert "sites" in heard[-1].kinds and site.id in heard[-1].ids["sites"]
    assert heard[-1].origin == "local"


def test_a_refused_change_reports_nothing(desk, heard):
    with pytest.raises(ValidationError):
        desk.run(accounts.create_account, accounts.AccountInput(name="", business_number=VALID))
    assert heard == []


def test_a_read_reports_nothing(desk, heard):
    desk.read(accounts.account_rows)
    assert heard == []


def test_everything_touches_every_kind():
    assert Changes.everything("W02").touches("invoices")
    assert not Changes(frozenset({"sites"})).touches("invoices")
