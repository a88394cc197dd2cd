"""K-BRN registration number check; O4 sub-domain and mail domain shapes; P1 seat limits; O3 names."""

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.pricing import business_number as brn
from desktop_app.pricing.names import domain_problem, email_problem, subdomain_problem
from desktop_app.pricing.packages import seat_limit, seats_problem
from desktop_app.services.sites import default_site_name


def test_k_brn_accepts_real_numbers_with_and_without_hyphens():
    # 220-81-62517 and 124-81-00998 are published registration numbers of large Korean companies.
    assert brn.problem("220-81-62517") is None
    assert brn.problem("1248100998") is None


def test_k_brn_refuses_a_wrong_check_digit_with_the_reason():
    message = brn.problem("220-81-62518")
    assert message is not None and "검증번호" in message


def test_k_brn_refuses_wrong_shapes():
    for bad in ("", "12-345-67890", "123456789", "12345678901", "abc-de-fghij"):
        assert brn.problem(bad) is not None, bad


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_k_brn_check_digit_is_the_only_valid_last_digit(nine):
    good = brn.make_valid(nine)
    assert brn.problem(good) is None
    last = int(good[-1])
    for other in range(10):
        if other != last:
            assert brn.problem(good[:-1] + str(other)) is not None


def test_o4_subdomain_shape():
    assert subdomain_problem("hanbit-lab") is None
    assert subdomain_problem("a1b") is None
    assert "3~63" in subdomain_problem("ab")
    assert "3~63" in subdomain_problem("a" * 64)
    assert "하이픈" in subdomain_problem("-abc")
    assert "하이픈" in subdomain_problem("abc-")
    assert "소문자" in subdomain_problem("Hanbit")
    assert subdomain_problem("han_bit") is not None
    assert subdomain_problem("한빛") is not None


def test_o4_mail_domain_and_email():
    assert domain_problem("hanbit.co.kr") is None
    assert domain_problem("localhost") is not None
    assert domain_problem("-bad.com") is not None
    assert email_problem("kim@hanbit.co.kr") is None
    assert email_problem("kim@") is not None
    assert email_problem("kim hanbit.co.kr") is not None


def test_p1_free_package_is_nine_users_or_fewer_and_paid_needs_ten():
    assert seats_problem("daouoffice", "free", 9) is None
    assert "P1" in seats_problem("daouoffice", "free", 10)
    assert seats_problem("daouoffice", "standard", 10) is None
    assert "P1" in seats_problem("daouoffice", "standard", 9)
    assert seats_problem("daouoffice", "standard", -1) is not None
    assert seat_limit("daouoffice", "free", 3) == 9
    assert seat_limit("daouoffice", "premium", 25) == 25


def test_o3_default_site_names_take_the_first_free_number():
    assert default_site_name([]) == "회사1"
    assert default_site_name(["회사1", "회사2"]) == "회사3"
    assert default_site_name(["회사2"]) == "회사1"
