"""Licences: seats against named users, the free-package limit (P1), CSV import with a report of bad rows."""

import pytest

from desktop_app.errors import UserError, ValidationError
from desktop_app.models import NamedUser
from desktop_app.services import licences
from tests.conftest import count
from tests.unit.test_accounts_sites import new_account, new_site


@pytest.fixture
def paid(desk):
    acc = new_account(desk)
    return new_site(desk, acc.id, "paid-site", package="standard", edition="service", users=10)


@pytest.fixture
def free(desk):
    acc = new_account(desk, name="무료회사", brn="124-81-00998")
    return new_site(desk, acc.id, "free-site", users=3)


def test_summary_counts_free_seats_and_flags_over_use(desk, db, paid):
    for i in range(10):
        desk.run(licences.add_named_user, paid.id, f"사용자{i}", f"u{i}@paid.co.kr")
    info = desk.read(licences.summary, paid.id)
    assert (info.seats, info.named, info.free_seats, info.over_use) == (10, 10, 0, False)
    desk.run(licences.add_named_user, paid.id, "초과", "extra@paid.co.kr")
    info = desk.read(licences.summary, paid.id)
    assert info.over_use and info.named == 11 and info.free_seats == 0


def test_p1_free_site_takes_at_most_nine_named_users(desk, db, free):
    for i in range(9):
        desk.run(licences.add_named_user, free.id, f"사용자{i}", f"u{i}@free.co.kr")
    with pytest.raises(UserError) as err:
        desk.run(licences.add_named_user, free.id, "열번째", "u10@free.co.kr")
    assert "P1" in err.value.message
    assert count(db, NamedUser) == 9


def test_named_user_email_must_be_valid_and_unique_on_the_site(desk, db, paid):
    desk.run(licences.add_named_user, paid.id, "김하나", "one@paid.co.kr")
    with pytest.raises(ValidationError) as err:
        desk.run(licences.add_named_user, paid.id, "김둘", "ONE@paid.co.kr")
    assert "이미 등록" in err.value.errors["email"]
    with pytest.raises(ValidationError) as err:
        desk.run(licences.add_named_user, paid.id, "", "not-an-email")
    assert set(err.value.errors) == {"name", "email"}
    assert count(db, NamedUser) == 1


def test_deactivated_user_frees_a_seat_and_can_come_back(desk, paid):
    user = desk.run(licences.add_named_user, paid.id, "김하나", "one@paid.co.kr")
    user = desk.run(licences.set_named_user_active, user.id, user.version, False)
    assert desk.read(licences.summary, paid.id).named == 0
    assert desk.read(licences.named_users, paid.id)[0].status == "inactive"
    desk.run(licences.set_named_user_active, user.id, user.version, True)
    assert desk.read(licences.summary, paid.id).named == 1


def test_csv_report_names_each_bad_row_with_its_line_number():
    data = "name,email\n김하나,one@x.co.kr\n,two@x.co.kr\n김셋,three-at-x\n김넷,one@x.co.kr\n\n김다섯\n".encode()
    report = licences.parse_csv(data)
    assert [(n, e) for _, n, e in report.good] == [("김하나", "one@x.co.kr")]
    assert [line for line, _ in report.bad] == [3, 4, 5, 7]
    assert "중복" in dict(report.bad)[5]


def test_csv_from_korean_excel_in_cp949_with_korean_headers():
    report = licences.parse_csv("이름,이메일\n홍길동,hong@x.co.kr\n".encode("cp949"))
    assert report.good == [(2, "홍길동", "hong@x.co.kr")] and report.bad == []


def test_broken_csv_is_refused_with_how_to_fix_it():
    with pytest.raises(UserError) as err:
        licences.parse_csv(b"\xff\xfe\x00\x00garbage\x81")
    assert "인코딩" in err.value.message or "머리글" in err.value.message
    with pytest.raises(UserError) as err:
        licences.parse_csv(b"foo,bar\n1,2\n")
    assert "머리글" in err.value.message
    with pytest.raises(UserError):
        licences.parse_csv(b"")


def test_import_takes_good_rows_and_reports_rows_already_on_the_site(desk, db, paid):
    desk.run(licences.add_named_user, paid.id, "김하나", "one@x.co.kr")
    report = licences.parse_csv("name,email\n김하나,one@x.co.kr\n김둘,two@x.co.kr\nbad,bad\n".encode())
    result = desk.run(licences.import_named_users, paid.id, report)
    assert [e for _, _, e in result.good] == ["two@x.co.kr"]
    assert [line for line, _ in result.bad] == [2, 4]
    assert count(db, NamedUser) == 2


def test_import_over_the_free_limit_imports_nothing(desk, db, free):
    rows = "name,email\n" + "".join(f"u{i},u{i}@x.co.kr\n" for i in range(10))
    with pytest.raises(UserError) as err:
        desk.run(licences.import_named_users, free.id, licences.parse_csv(rows.encode()))
    assert "아무 사용자도" in err.value.message
    assert count(db, NamedUser) == 0


def test_import_refuses_an_email_already_on_the_site_in_any_case_with_its_row_number(desk, db, paid):
    desk.run(licences.add_named_user, paid.id, "김하나", "One@X.co.kr")
    gone = desk.run(licences.add_named_user, paid.id, "김옛날", "old@x.co.kr")
    desk.run(licences.set_named_user_active, gone.id, gone.version, False)
    report = licences.parse_csv("name,email\n김둘,two@x.co.kr\n김하나,ONE@x.co.kr\n김옛날,old@x.co.kr\n".encode())
    result = desk.run(licences.import_named_users, paid.id, report)
    assert result.bad == [(3, "ONE@x.co.kr 는 이 사이트에 이미 등록된 사용자입니다.")]
    # an inactive user's e-mail is free again (as for a single add)
    assert [line for line, _, _ in result.good] == [2, 4]
    rows = desk.read(licences.named_users, paid.id)
    assert sorted((r.name, r.email, r.status, r.version) for r in rows) == [
        ("김둘", "two@x.co.kr", "active", 1), ("김옛날", "old@x.co.kr", "active", 1),
        ("김옛날", "old@x.co.kr", "inactive", 2), ("김하나", "One@X.co.kr", "active", 1)]
    assert desk.read(licences.summary, paid.id).named == 3


def test_import_reports_the_change_to_the_screens(desk, db, paid):
    seen = []
    db.listeners.append(seen.append)
    desk.run(licences.import_named_users, paid.id, licences.parse_csv(b"name,email\na,a@x.co.kr\n"))
    assert any(c.touches("licences") for c in seen)
