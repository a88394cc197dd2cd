"""Invoices, payments and billing runs on the demo database (domain.md §8, C4, O2, W1)."""

import datetime as dt
import io
from fractions import Fraction

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop_app import clock
from desktop_app.errors import UserError, ValidationError
from desktop_app.models import Account, InvoiceRow, NumberCounter, Site, UsageCount
from desktop_app.pricing.contract import add_months
from desktop_app.services import billing, invoices, orders
from desktop_app.services.invoices import InvoiceFilter
from desktop_app.settings import Settings
from tests.conftest import TODAY
from tests.support.screens import account_version
from tests.support.versions import shown

DAON, HANGYEOL = "(주)다온물산", "한결건설(주)"


def run(db, day=TODAY):
    return billing.run(db, day, Settings())


def account(db, name):
    with db.session() as s:
        return s.scalars(select(Account).where(Account.name == name)).one()


def invoice(db, number):
    with db.session() as s:
        return s.scalars(select(InvoiceRow).where(InvoiceRow.number == number)).one()


def numbers(db, kind="INV"):
    with db.session() as s:
        got = sorted(s.scalars(select(InvoiceRow.number).where(InvoiceRow.number.like(f"{kind}-%"))))
        last = s.scalar(select(NumberCounter.last).where(NumberCounter.kind == kind)) or 0
    return got, last


def assert_gapless(db, kind="INV"):
    got, last = numbers(db, kind)
    assert got == [f"{kind}-2026-{i:06d}" for i in range(1, last + 1)]


def site_states(db, name):
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == name)).one()
        return [x.state.value for x in acc.sites]


def test_a_run_issues_the_renewals_due_and_a_second_run_nothing(demo_desk, db):
    daon = account(db, DAON)
    report = run(db)
    assert report.failures == [] and len(report.invoices) == 1
    inv = invoice(db, report.invoices[0])
    assert (inv.kind, inv.account_id, inv.status) == ("renewal", daon.id, "unpaid")
    # C4: the next month starts the day after expiry; 25 users × 4,000 won (P2), VAT 10 %
    assert (inv.period_from, inv.period_to) == (daon.expires_on + dt.timedelta(days=1),
                                                dt.date(2026, 12, 28))
    assert (inv.supply, inv.vat, inv.total) == (100_000, 10_000, 110_000)
    assert inv.due_date == TODAY + dt.timedelta(days=14)
    assert account(db, DAON).expires_on == daon.expires_on  # moved only when paid
    again = run(db)
    assert again.invoices == [] and again.failures == []
    assert_gapless(db)


def test_a_free_account_renews_without_an_invoice(demo_desk, db):
    before = account(db, "푸른숲 디자인").expires_on
    run(db)
    assert account(db, "푸른숲 디자인").expires_on == add_months(before, 1)
    with db.session() as s:
        assert s.scalars(select(InvoiceRow).where(InvoiceRow.account_id == account(db, "푸른숲 디자인").id)).all() == []


def test_payments_move_unpaid_to_partial_to_paid_and_renew_the_term(demo_desk, db):
    inv = invoice(db, run(db).invoices[0])
    demo_desk.run(invoices.record_payment, inv.id, shown(demo_desk, InvoiceRow, inv.id), TODAY, 50_000, "card")
    assert invoice(db, inv.number).status == "partial"
    with pytest.raises(ValidationError) as err:
        demo_desk.run(invoices.record_payment, inv.id, shown(demo_desk, InvoiceRow, inv.id), TODAY, 60_001, "bank_transfer")
    assert "60,001원" in err.value.errors["amount"] and "60,000원" in err.value.errors["amount"]
    assert invoice(db, inv.number).paid == 50_000  # the refused over-payment changed nothing
    demo_desk.run(invoices.record_payment, inv.id, shown(demo_desk, InvoiceRow, inv.id), TODAY, 60_000, "bank_transfer")
    paid = invoice(db, inv.number)
    assert (paid.status, paid.paid) == ("paid", 110_000)
    assert account(db, DAON).expires_on == inv.period_to  # C1: the account's one expiry moves
    rows = demo_desk.read(invoices.invoice_rows, InvoiceFilter(status="paid", account_id=inv.account_id))
    assert [r.number for r in rows] == [inv.number]


@pytest.mark.parametrize("amount, method, day, field", [
    (0, "card", TODAY, "amount"), (-5, "card", TODAY, "amount"), (1_000, "cheque", TODAY, "method"),
    (1_000, "card", TODAY + dt.timedelta(days=1), "paid_on"),
])
def test_a_bad_payment_is_refused_at_its_field(demo_desk, db, amount, method, day, field):
    inv = invoice(db, run(db).invoices[0])
    with pytest.raises(ValidationError) as err:
        demo_desk.run(invoices.record_payment, inv.id, shown(demo_desk, InvoiceRow, inv.id), day, amount, method)
    assert field in err.value.errors
    assert invoice(db, inv.number).paid == 0


def test_unpaid_renewal_makes_sites_overdue_then_expired_o2(demo_desk, db):
    inv = invoice(db, run(db).invoices[0])
    expiry = account(db, DAON).expires_on
    run(db, expiry)
    assert site_states(db, DAON) == ["active"]
    run(db, expiry + dt.timedelta(days=1))
    assert site_states(db, DAON) == ["overdue"]
    clock.fix_today(inv.due_date + dt.timedelta(days=1))
    [row] = demo_desk.read(invoices.invoice_rows, InvoiceFilter(account_id=inv.account_id))
    assert row.status == "overdue"  # I3: past due and not fully paid
    overdue = demo_desk.read(invoices.invoice_rows, InvoiceFilter(status="overdue"))
    assert inv.number in [r.number for r in overdue] and {r.status for r in overdue} == {"overdue"}
    assert inv.number not in [r.number for r in demo_desk.read(invoices.invoice_rows, InvoiceFilter(status="unpaid"))]
    run(db, expiry + dt.timedelta(days=14))
    assert site_states(db, DAON) == ["overdue"]
    run(db, expiry + dt.timedelta(days=15))
    assert site_states(db, DAON) == ["expired"]


def test_paying_an_overdue_renewal_brings_the_sites_back(demo_desk, db):
    inv = invoice(db, run(db).invoices[0])
    run(db, account(db, DAON).expires_on + dt.timedelta(days=3))
    assert site_states(db, DAON) == ["overdue"]
    clock.fix_today(account(db, DAON).expires_on + dt.timedelta(days=3))
    demo_desk.run(invoices.record_payment, inv.id, shown(demo_desk, InvoiceRow, inv.id), clock.today(), inv.total, "virtual_account")
    assert site_states(db, DAON) == ["active"]


def test_naver_usage_is_billed_monthly_from_the_daily_counts_w1(demo_desk, db):
    hangyeol = account(db, HANGYEOL)
    report = run(db, dt.date(2026, 12, 1))
    with db.session() as s:
        usage = s.scalars(select(InvoiceRow).where(InvoiceRow.account_id == hangyeol.id,
                                                   InvoiceRow.period_from == dt.date(2026, 11, 1))).one()
        site = s.scalars(select(Site).where(Site.account_id == hangyeol.id)).one()
        counts = s.execute(select(UsageCount.accounts).where(
            UsageCount.site_id == site.id, UsageCount.day.between(dt.date(2026, 11, 1), dt.date(2026, 11, 30))))
        counts = [c for (c,) in counts]
    assert usage.number in report.invoices and usage.kind == "usage"
    expected = int(sum(Fraction(n * 3_000, 30) for n in counts))  # each day: accounts × monthly price ÷ 30
    assert usage.supply == expected and usage.total == expected + expected // 10
    assert run(db, dt.date(2026, 12, 1)).invoices == []


def test_one_account_failing_changes_nothing_for_it_and_the_others_are_billed(demo_desk, db):
    with db.session() as s:  # a site on a package the catalog does not sell: pricing refuses it
        site = s.scalars(select(Site).where(Site.subdomain == "daon")).one()
        site.package = "platinum"
    report = run(db)
    assert [name for name, _ in report.failures] == [DAON]
    assert site_states(db, DAON) == ["active"]
    with db.session() as s:
        assert s.scalars(select(InvoiceRow).where(InvoiceRow.account_id == account(db, DAON).id)).all() == []
    assert_gapless(db)  # the refused account took no number


def test_completing_an_order_issues_its_invoice_o6(demo_desk, db):
    acc = account(db, "미래교육재단")
    with db.session() as s:
        site = s.scalars(select(Site).where(Site.subdomain == "mirae-edu")).one()
        change = orders.change_from_site(site, users=site.users + 5)
    order = demo_desk.run(orders.place_order, orders.OrderInput(acc.id, changes=[change], terms_accepted=True,
                                                                account_version=account_version(demo_desk, acc.id)))
    with db.session() as s:
        inv = s.scalars(select(InvoiceRow).where(InvoiceRow.order_id == order.id)).one()
        assert (inv.kind, inv.total, inv.supply, inv.account_id) == ("order", order.total, order.supply, acc.id)
        assert inv.content["sites"][0]["lines"][0]["label"].startswith("일할 계산")
    assert_gapless(db)


def test_a_correction_voids_by_credit_note_and_issues_the_new_invoice_i2(demo_desk, db):
    inv = invoice(db, run(db).invoices[0])
    frozen = dict(inv.content)
    credit, new = demo_desk.run(invoices.correct_invoice, inv.id, shown(demo_desk, InvoiceRow, inv.id), "사용자 수 오류", 80_000, Settings())
    old = invoice(db, inv.number)
    assert old.status == "void" and old.content == frozen and old.total == 110_000  # never changed
    assert credit.number == "CN-2026-000001" and credit.total == -110_000 and credit.corrects_id == inv.id
    assert new.number.startswith("INV-") and (new.supply, new.total) == (80_000, 88_000)
    assert new.billing_key == f"renewal:{inv.account_id}:{inv.period_from}"
    assert run(db).invoices == []  # the corrected renewal is not billed again
    with pytest.raises(UserError) as err:
        demo_desk.run(invoices.correct_invoice, inv.id, shown(demo_desk, InvoiceRow, inv.id), "again", None, Settings())
    assert inv.number in err.value.message and "이미 정정" in err.value.message
    demo_desk.run(invoices.record_payment, new.id, shown(demo_desk, InvoiceRow, new.id), TODAY, 10_000, "card")
    with pytest.raises(UserError) as err:
        demo_desk.run(invoices.correct_invoice, new.id, shown(demo_desk, InvoiceRow, new.id), "paid already", None, Settings())
    assert "10,000원" in err.value.message
    assert_gapless(db)
    assert_gapless(db, "CN")


def test_the_list_filters_by_due_date_status_and_account(demo_desk, db):
    run(db)
    run(db, dt.date(2026, 12, 1))
    everything = demo_desk.read(invoices.invoice_rows)
    hangyeol = account(db, HANGYEOL).id
    december = demo_desk.read(invoices.invoice_rows, InvoiceFilter(due_from=dt.date(2026, 12, 1),
                                                                   due_to=dt.date(2026, 12, 31)))
    assert december and all(dt.date(2026, 12, 1) <= r.due_date <= dt.date(2026, 12, 31) for r in december)
    assert len(december) < len(everything)
    theirs = demo_desk.read(invoices.invoice_rows, InvoiceFilter(account_id=hangyeol))
    assert theirs and all(r.account_id == hangyeol for r in theirs)
    renewal = next(r for r in everything if r.kind == "renewal" and r.status == "unpaid")
    demo_desk.run(invoices.record_payment, renewal.id, shown(demo_desk, InvoiceRow, renewal.id), TODAY, 10_000, "card")
    partial = demo_desk.read(invoices.invoice_rows, InvoiceFilter(status="partial"))
    assert renewal.number in [r.number for r in partial]  # the list is not empty: a partly paid invoice is found
    assert [r.status for r in partial] == ["partial"] * len(partial)
    assert next(r for r in partial if r.number == renewal.number).paid == 10_000


def test_the_invoice_pdf_reads_back_in_korean(demo_desk, db):
    inv = invoice(db, run(db).invoices[0])
    pdf = demo_desk.read(invoices.invoice_pdf, inv.id)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "청 구 서" in text and inv.number in text and DAON in text
    assert "110,000원" in text and "일금 일십일만원정" in text and "입금 계좌" in text
    assert demo_desk.read(invoices.invoice_pdf, inv.id) == pdf  # frozen: the same bytes again


def test_history_is_six_months_of_billed_against_paid(demo_desk, db):
    from desktop_app.models import PaymentRow

    months = demo_desk.read(invoices.history)
    assert [m for m, _, _ in months] == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    with db.session() as s:
        billed = {m: sum(i.total for i in s.scalars(select(InvoiceRow)) if f"{i.issue_date:%Y-%m}" == m)
                  for m, _, _ in months}
        paid = {m: sum(p.amount for p in s.scalars(select(PaymentRow)) if f"{p.paid_on:%Y-%m}" == m)
                for m, _, _ in months}
    assert months == [(m, billed[m], paid[m]) for m, _, _ in months]
    assert months[0][1] == 0 and all(b > 0 for _, b, _ in months[1:])  # the demo bills from July
