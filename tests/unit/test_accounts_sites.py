"""Accounts and sites through the services on a real SQLite file (K-BRN, O3, O4, P1, S4, S6)."""

import pytest
from sqlalchemy import select

from desktop_app.errors import PermissionDenied, StaleEdit, ValidationError
from desktop_app.models import Account, AuditEntry, Feature, SeatChange, Site
from desktop_app.services import accounts, sites
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from tests.conftest import count

VALID = "220-81-62517"


def new_account(desk, **kw):
    data = accounts.AccountInput(name=kw.pop("name", "한빛상사"), business_number=kw.pop("brn", VALID), **kw)
    return desk.run(accounts.create_account, data)


def new_site(desk, account_id, sub="hanbit", **kw):
    data = sites.SiteInput(name=kw.pop("name", "본사"), subdomain=sub, admin_name="김관리", admin_login="admin",
                           **kw)
    return desk.run(sites.create_site, account_id, data)


def test_account_is_saved_with_digits_only_and_audited(desk, db):
    acc = new_account(desk, email="admin@hanbit.co.kr")
    with db.session() as s:
        stored = s.get(Account, acc.id)
        assert stored.business_number == "2208162517"
        entry = s.scalars(select(AuditEntry)).one()
    assert (entry.action, entry.entity, entry.entity_id) == ("create", "account", acc.id)
    assert entry.after["business_number"] == "2208162517"
    assert entry.staff_id == desk.actor.id


def test_k_brn_invalid_number_is_refused_at_its_field_and_nothing_is_saved(desk, db):
    with pytest.raises(ValidationError) as err:
        new_account(desk, brn="220-81-62518")
    assert "business_number" in err.value.errors
    assert count(db, Account) == 0
    assert count(db, AuditEntry) == 0


def test_c2_term_is_one_or_twelve_months(desk):
    with pytest.raises(ValidationError) as err:
        new_account(desk, term_months=6)
    assert "C2" in err.value.errors["term_months"]


def test_stale_edit_is_refused(desk):
    acc = new_account(desk)
    data = accounts.AccountInput(name="한빛상사 2", business_number=VALID)
    desk.run(accounts.update_account, acc.id, acc.version, data)
    with pytest.raises(StaleEdit):
        desk.run(accounts.update_account, acc.id, acc.version, accounts.AccountInput(name="x", business_number=VALID))


def test_update_audit_keeps_before_and_after_of_changed_fields_only(desk, db):
    acc = new_account(desk)
    desk.run(accounts.update_account, acc.id, acc.version,
             accounts.AccountInput(name="한빛상사(주)", business_number=VALID))
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert entry.before == {"name": "한빛상사"} and entry.after == {"name": "한빛상사(주)"}


def test_s4_a_user_without_the_sites_permission_is_refused_by_the_service(desk, db):
    clerk = desk.run(add_regular_user, "clerk", "박직원", {Feature.SUPPORT})
    with pytest.raises(PermissionDenied) as err:
        Desk(db, clerk).run(accounts.create_account, accounts.AccountInput(name="x", business_number=VALID))
    assert "계정·사이트" in err.value.message
    assert count(db, Account) == 0


def test_o4_duplicate_subdomain_is_refused_and_nothing_saved(desk, db):
    acc = new_account(desk)
    new_site(desk, acc.id, "hanbit")
    with pytest.raises(ValidationError) as err:
        new_site(desk, acc.id, "hanbit", name="지사")
    assert "이미 다른 사이트" in err.value.errors["subdomain"]
    assert count(db, Site) == 1


def test_o4_subdomain_cannot_change_once_opened_but_can_while_pending(desk):
    acc = new_account(desk)
    opened = new_site(desk, acc.id, "hanbit")
    pending = new_site(desk, acc.id, "hanbit-new", state="pending")
    assert opened.opened_on is not None and pending.opened_on is None
    data = sites.site_input(opened)
    data.subdomain = "hanbit2"
    with pytest.raises(ValidationError) as err:
        desk.run(sites.update_site, opened.id, opened.version, data)
    assert "O4" in err.value.errors["subdomain"]
    data = sites.site_input(pending)
    data.subdomain = "hanbit-busan"
    assert desk.run(sites.update_site, pending.id, pending.version, data).subdomain == "hanbit-busan"


def test_p1_paid_site_needs_ten_users_and_negative_counts_are_refused(desk, db):
    acc = new_account(desk)
    with pytest.raises(ValidationError) as err:
        new_site(desk, acc.id, package="standard", edition="service", users=9)
    assert "P1" in err.value.errors["users"]
    with pytest.raises(ValidationError) as err:
        new_site(desk, acc.id, users=-3)
    assert "0 이상" in err.value.errors["users"]
    assert count(db, Site) == 0


def test_seat_changes_are_kept_with_date_and_reason(desk, db):
    acc = new_account(desk)
    site = new_site(desk, acc.id, package="standard", edition="service", users=20)
    data = sites.site_input(site)
    data.users = 25
    desk.run(sites.update_site, site.id, site.version, data, "5명 추가 주문")
    with db.session() as s:
        changes = s.scalars(select(SeatChange).order_by(SeatChange.id)).all()
    assert [(c.seats_before, c.seats_after, c.reason) for c in changes] == [(0, 20, "사이트 개설"),
                                                                            (20, 25, "5명 추가 주문")]


def test_o3_next_site_name_for_an_account(desk):
    acc = new_account(desk)
    assert desk.read(sites.next_site_name, acc.id) == "회사1"
    new_site(desk, acc.id, name="회사1")
    assert desk.read(sites.next_site_name, acc.id) == "회사2"


def test_account_rows_fold_sites_in_for_search_and_state_filter(demo_desk):
    rows = demo_desk.read(accounts.account_rows)
    hanbit = next(r for r in rows if r.name == "(주)한빛소프트웨어")
    assert hanbit.site_count == 3
    assert set(hanbit.subdomains.split()) == {"hanbit", "hanbit-lab", "hanbit-busan"}
    assert set(hanbit.states.split()) == {"active", "pending"}
    assert hanbit.business_number.isdigit() and len(hanbit.business_number) == 10


def test_no_state_name_contains_another_so_the_list_filter_can_use_substring_tests():
    from desktop_app.models import SiteState

    names = [st.value for st in SiteState]
    assert not [(a, b) for a in names for b in names if a != b and a in b]
