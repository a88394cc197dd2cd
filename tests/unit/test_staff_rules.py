"""Staff rules that exist today (S1, S2, S4, S5) on a real SQLite file.

Not tested because the application has no such service yet (issue 11 asks; see tests/README.md):
S1's "the last PAA cannot be removed, deactivated or demoted" (no staff editing), S3 (account scopes),
S5's 10-character minimum and lock-out (no sign-in), W5 (no termination of a NAVER site)."""

import re

import pytest
from sqlalchemy import select

from desktop_app.errors import PermissionDenied
from desktop_app.models import AuditEntry, Feature, StaffUser
from desktop_app.services import invoices
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user, check_password, ensure_owner, hash_password
from tests.conftest import TODAY


def test_s1_the_first_staff_user_is_one_paa_made_once(db):
    with db.session() as s:
        first = ensure_owner(s)
    with db.session() as s:
        again = ensure_owner(s)
        assert again.id == first.id and again.is_paa
        assert s.scalars(select(StaffUser)).all() == [again]


def test_s1_a_paa_has_every_permission_and_a_regular_user_only_those_granted(desk, db):
    owner = desk.actor
    assert all(owner.may(f) for f in Feature)
    clerk = desk.run(add_regular_user, "sales", "영업", {Feature.ORDERS, Feature.QUOTES})
    assert {f for f in Feature if clerk.may(f)} == {Feature.ORDERS, Feature.QUOTES}
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "staff_user")).one()
        assert (entry.action, entry.staff_id, entry.after["permissions"]) == ("create", owner.id, "orders,quotes")


def test_s1_only_staff_with_the_staff_permission_add_staff_users(desk, db):
    clerk = desk.run(add_regular_user, "sales", "영업", {Feature.ORDERS})
    with pytest.raises(PermissionDenied) as err:
        Desk(db, clerk).run(add_regular_user, "cs", "고객지원", {Feature.SUPPORT})
    assert "'직원'" in err.value.message  # S4: names the missing permission
    with db.session() as s:
        assert [u.login for u in s.scalars(select(StaffUser).order_by(StaffUser.id))][1:] == ["sales"]


def test_s4_a_payment_needs_the_payments_permission(desk, db):
    clerk = desk.run(add_regular_user, "sales", "영업", {Feature.INVOICES})
    with pytest.raises(PermissionDenied) as err:
        Desk(db, clerk).run(invoices.record_payment, 1, 1, TODAY, 1_000, "card")
    assert "'결제'" in err.value.message


def test_s5_a_password_is_kept_only_as_a_salted_scrypt_hash():
    stored = hash_password("correct horse 1")
    assert re.fullmatch(r"scrypt\$16384\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{128}", stored)
    assert "correct horse" not in stored
    assert hash_password("correct horse 1") != stored  # a new salt each time
    assert check_password("correct horse 1", stored)
    assert not check_password("correct horse 2", stored)
    assert not check_password("", stored)


def test_s5_the_check_reads_the_parameters_stored_with_the_hash():
    import hashlib

    salt = bytes(range(16))
    digest = hashlib.scrypt(b"0123456789", salt=salt, n=2**10, r=8, p=1)
    stored = f"scrypt${2**10}$8$1${salt.hex()}${digest.hex()}"  # an older, cheaper setting still checks
    assert check_password("0123456789", stored)
    assert not check_password("0123456780", stored)
