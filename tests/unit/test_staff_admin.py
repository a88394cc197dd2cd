"""S1–S3, S5–S7 of issue 14: staff administration rules, sign-in with its lockout, and the append-only audit log."""

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, select, update

from desktop_app import clock, models
from desktop_app.errors import PermissionDenied, ValidationError
from desktop_app.models import Account, Feature
from desktop_app.models.append_only import AuditTampering
from desktop_app.pricing.business_number import make_valid
from desktop_app.services import signin
from desktop_app.services.audit_log import AuditFilter, audit_rows, diff_text, export_audit
from desktop_app.services.desk import Desk
from desktop_app.services.staff import (
    StaffInput,
    add_user,
    change_own_password,
    reset_password,
    set_active,
    staff_rows,
    update_user,
)

PW = "correct-horse-1"


def staff_admin(desk, features=frozenset({Feature.STAFF, Feature.SUPPORT}), **kw):
    user = desk.run(add_user, StaffInput("admin2", "한관리", frozenset(features), **kw), PW)
    return Desk(desk.db, user)


def row(desk, login):
    return [r for r in desk.read(staff_rows, desk.actor) if r.login == login][0]


def test_a_staff_holder_cannot_grant_what_they_do_not_hold(desk):
    admin = staff_admin(desk)
    with pytest.raises(PermissionDenied) as err:
        admin.run(add_user, StaffInput("kim", "김", frozenset({Feature.PAYMENTS})), PW)
    assert err.value.field == "S2" and "결제" in err.value.message
    admin.run(add_user, StaffInput("kim", "김", frozenset({Feature.SUPPORT})), PW)
    assert row(desk, "kim").features == {Feature.SUPPORT}


def test_only_a_paa_makes_a_paa(desk):
    admin = staff_admin(desk)
    with pytest.raises(PermissionDenied) as err:
        admin.run(add_user, StaffInput("boss", "사장", is_paa=True), PW)
    assert err.value.field == "S1"
    desk.run(add_user, StaffInput("boss", "사장", is_paa=True), PW)
    assert row(desk, "boss").is_paa


def test_a_staff_holder_limited_to_accounts_grants_only_within_them(desk):
    with desk.db.session() as s:
        ids = []
        for nine, name in (("220810123", "가"), ("101810234", "나")):
            acc = Account(name=name, business_number=make_valid(nine).replace("-", ""))
            s.add(acc)
            s.flush()
            ids.append(acc.id)
    admin = staff_admin(desk, all_accounts=False, account_ids=frozenset({ids[0]}))
    for scope in ({"all_accounts": True}, {"all_accounts": False, "account_ids": frozenset({ids[1]})}):
        with pytest.raises(PermissionDenied) as err:
            admin.run(add_user, StaffInput("kim", "김", **scope), PW)
        assert err.value.field == "S3"
    with pytest.raises(PermissionDenied) as err:
        admin.run(add_user, StaffInput("kim", "김", all_accounts=False, account_ids=frozenset({ids[0]}),
                                       all_orders=True), PW)
    assert err.value.field == "S3" and "모든 주문" in err.value.message
    admin.run(add_user, StaffInput("kim", "김", all_accounts=False, account_ids=frozenset({ids[0]})), PW)
    assert row(desk, "kim").account_names == ("가",)


def test_an_empty_account_scope_is_refused(desk):
    with pytest.raises(ValidationError) as err:
        desk.run(add_user, StaffInput("x1", "엑스", all_accounts=False), PW)
    assert err.value.field == "accounts"


def test_the_last_active_paa_cannot_be_deactivated_or_demoted(desk):
    owner = row(desk, desk.actor.login)
    with pytest.raises(PermissionDenied) as err:
        desk.run(set_active, owner.id, False)
    assert err.value.field == "S1" and "마지막" in err.value.message
    with pytest.raises(PermissionDenied) as err:
        desk.run(update_user, owner.id, owner.version, StaffInput(owner.login, owner.name, frozenset(Feature)))
    assert err.value.field == "S1"
    desk.run(add_user, StaffInput("boss", "사장", is_paa=True), PW)
    desk.run(set_active, owner.id, False)
    boss = Desk(desk.db, signin.sign_in(desk.db, "boss", PW))
    assert not row(boss, owner.login).active
    with pytest.raises(PermissionDenied) as err:  # deactivated meanwhile: refused at the next action
        desk.run(add_user, StaffInput("kim", "김"), PW)
    assert err.value.field == "actor"


def test_s7_the_password_less_owner_sets_a_password_before_adding_a_second_user(db):
    owner_desk = Desk(db)
    login = owner_desk.actor.login
    assert signin.needs_sign_in(db).login == login
    with pytest.raises(PermissionDenied) as err:
        owner_desk.run(add_user, StaffInput("kim", "김"), PW)
    assert err.value.field == "S7"
    owner_desk.run(change_own_password, "", "owner-secret-1")
    assert signin.needs_sign_in(db) is None  # one user, but with a password now: sign in
    owner_desk.run(add_user, StaffInput("kim", "김"), PW)
    assert signin.sign_in(db, login, "owner-secret-1").login == login


def test_passwords_have_at_least_ten_characters(desk):
    with pytest.raises(ValidationError) as err:
        desk.run(add_user, StaffInput("kim", "김"), "short-pw")
    assert err.value.field == "password" and "10" in err.value.message


def test_five_failed_sign_ins_lock_the_login_for_fifteen_minutes(desk):
    desk.run(add_user, StaffInput("kim", "김"), PW)
    for left in (4, 3, 2, 1):
        with pytest.raises(signin.SignInRefused) as err:
            signin.sign_in(desk.db, "kim", "wrong-password")
        assert f"{left}번 더" in err.value.message
    with pytest.raises(signin.SignInRefused) as err:
        signin.sign_in(desk.db, "kim", "wrong-password")
    assert err.value.field == "locked" and "2026-11-22 09:15까지" in err.value.message
    with pytest.raises(signin.SignInRefused) as err:  # the right password while locked
        signin.sign_in(desk.db, "kim", PW)
    assert "09:15까지" in err.value.message
    clock.set_clock(lambda: dt.datetime(2026, 11, 22, 9, 15, 1, tzinfo=clock.SEOUL))
    assert signin.sign_in(desk.db, "kim", PW).login == "kim"


def test_a_deactivated_user_cannot_sign_in(desk):
    kim = desk.run(add_user, StaffInput("kim", "김"), PW)
    desk.run(set_active, kim.id, False)
    with pytest.raises(signin.SignInRefused) as err:
        signin.sign_in(desk.db, "kim", PW)
    assert err.value.field == "active"


def test_a_paa_resets_a_password_and_the_user_must_change_it(desk):
    kim = desk.run(add_user, StaffInput("kim", "김", frozenset({Feature.STAFF})), PW)
    desk.run(reset_password, kim.id, "temporary-pw-1")
    user = signin.sign_in(desk.db, "kim", "temporary-pw-1")
    assert user.must_change_password
    kim_desk = Desk(desk.db, user)
    with pytest.raises(PermissionDenied) as err:  # a `staff` holder is no PAA
        kim_desk.run(reset_password, desk.actor.id, "hijacked-pw-1")
    assert err.value.field == "paa"
    kim_desk.run(change_own_password, "temporary-pw-1", "my-own-pw-12")
    assert not signin.sign_in(desk.db, "kim", "my-own-pw-12").must_change_password


def test_the_audit_log_shows_who_did_what_before_and_after(desk):
    kim = desk.run(add_user, StaffInput("kim", "김", frozenset({Feature.SUPPORT})), PW)
    r = row(desk, "kim")
    desk.run(update_user, r.id, r.version, StaffInput("kim", "김민수", frozenset({Feature.SUPPORT})))
    rows = desk.read(audit_rows, desk.actor, AuditFilter(entity="staff_user"))
    assert [x.action for x in rows] == ["update", "create"]
    assert rows[0].changes == "name: 김 → 김민수"
    assert rows[0].at == dt.datetime(2026, 11, 22, 9, 0, tzinfo=clock.SEOUL)
    assert desk.read(audit_rows, desk.actor, AuditFilter(staff_id=kim.id)) == []
    assert desk.read(audit_rows, desk.actor, AuditFilter(date_from=dt.date(2026, 11, 23))) == []
    assert len(desk.read(audit_rows, desk.actor, AuditFilter(date_to=dt.date(2026, 11, 22)))) == 2


def test_the_audit_log_is_read_only_by_staff_holders(desk):
    kim = Desk(desk.db, desk.run(add_user, StaffInput("kim", "김", frozenset({Feature.SUPPORT})), PW))
    with pytest.raises(PermissionDenied) as err:
        kim.read(audit_rows, kim.actor)
    assert err.value.field == "staff"


def test_audit_export_writes_the_rows(desk, tmp_path):
    desk.run(add_user, StaffInput("kim", "김", frozenset({Feature.SUPPORT})), PW)
    out = tmp_path / "audit.xlsx"
    assert desk.read(export_audit, desk.actor, AuditFilter(), str(out)) == 1
    cells = list(load_workbook(out).active.iter_rows(values_only=True))
    assert cells[1][:5] == ("2026-11-22 09:00:00", desk.actor.name, "생성", "직원", 2)  # the action's label


def test_diff_text_shows_each_field_before_and_after():
    assert diff_text({"paid": 0, "status": "unpaid"}, {"paid": 5500, "status": "paid"}) == (
        "paid: 0 → 5500\nstatus: unpaid → paid")
    assert diff_text(None, {"login": "kim"}) == "login: — → kim"


def test_no_one_changes_or_deletes_an_audit_entry_through_the_orm(desk):
    desk.run(add_user, StaffInput("kim", "김"), PW)
    with pytest.raises(AuditTampering), desk.db.session() as s:
        s.scalars(select(models.AuditEntry)).first().after = {"login": "someone-else"}
        s.flush()
    with pytest.raises(AuditTampering), desk.db.session() as s:
        s.delete(s.scalars(select(models.AuditEntry)).first())
        s.flush()
    with pytest.raises(AuditTampering), desk.db.session() as s:
        s.execute(delete(models.AuditEntry))
    with pytest.raises(AuditTampering), desk.db.session() as s:
        s.execute(update(models.AuditEntry).values(action="x"))
    assert [r.changes.splitlines()[0] for r in desk.read(audit_rows, desk.actor)] == ["login: — → kim"]
