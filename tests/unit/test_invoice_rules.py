"""Invoices on accounts made for each case (I1, I2, I3, I5, S6): what an issued invoice holds, payments and
their refusals, corrections, the list and the history. Amounts by hand: one site of 20 users × 4,000 = 80,000,
VAT 8,000, total 88,000, renewed for 2026-12-06 to 2027-01-05 and due 2026-12-06 (issue + 14 days)."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app import clock
from desktop_app.errors import NotFound, UserError, ValidationError
from desktop_app.models import AuditEntry, InvoiceRow
from desktop_app.services import invoices, orders
from desktop_app.services.invoices import InvoiceFilter
from desktop_app.settings import Settings
from tests.conftest import TODAY
from tests.support.screens import account_version
from tests.support.versions import shown
from tests.unit.test_billing_runs import make_account, run, the_invoice

D = dt.date


def renewal(db, name="한빛상사", expires_on=D(2026, 12, 5), users=20):
    acc = make_account(db, expires_on, name=name, sites=[{"users": users}])
    run(db, TODAY)
    return acc, the_invoice(db, acc)


def audit(db, action, entity="invoice"):
    with db.session() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action, AuditEntry.entity == entity)
                         .order_by(AuditEntry.id)).all()


def test_i1_an_issued_renewal_holds_its_frozen_content(desk, db):
    acc, inv = renewal(db)
    c = inv.content
    assert (inv.number, inv.kind, inv.status, inv.paid, inv.billing_key) == (
        "INV-2026-000001", "renewal", "unpaid", 0, f"renewal:{acc}:2026-12-06")
    assert (c["number"], c["kind"], c["title"], c["issue_date"], c["due_date"]) == (
        "INV-2026-000001", "renewal", "청 구 서", "2026-11-22", "2026-12-06")
    assert c["period"] == ["2026-12-06", "2027-01-05"]
    assert (c["supply"], c["vat"], c["total"], c["total_in_words"]) == (80_000, 8_000, 88_000, "일금 팔만팔천원정")
    assert (c["code_discount"], c["corrects"]) == (0, None)
    assert c["notes"] == "자동 갱신 2026-12-06 ~ 2027-01-05 (1개월)"
    assert c["customer"] == {"name": "한빛상사", "brn": "220-81-62517", "ceo": "", "address": "", "email": ""}
    assert c["bank"] == Settings().get("bank_account") and c["letterhead"] == Settings().letterhead()
    [entry] = audit(db, "issue")
    assert (entry.entity_id, entry.after) == (inv.id, {"number": "INV-2026-000001", "total": 88_000,
                                                       "kind": "renewal"})


def test_i1_numbers_follow_on_without_gaps_within_the_year(desk, db):
    first = renewal(db)[1]
    second = renewal(db, "다온물산")[1]
    assert (first.number, second.number) == ("INV-2026-000001", "INV-2026-000002")


def test_an_order_invoice_carries_its_key_and_code_discount(desk, db):
    from desktop_app.services import discounts

    acc = make_account(db, None, sites=[])
    desk.run(discounts.create_code, discounts.CodeInput("TEN", "amount", "10000"))
    row = desk.run(orders.place_order, orders.OrderInput(acc, [orders.NewSite(
        "본사", "standard", 20, "service", subdomain="new-site", admin_name="김관리", admin_login="admin")],
        discount_code="TEN", terms_accepted=True, account_version=account_version(desk, acc)))
    inv = the_invoice(db, acc, "order")
    assert (inv.billing_key, inv.order_id, inv.supply, inv.total) == (f"order:{row.id}", row.id, 70_000, 77_000)
    assert (inv.content["code_discount"], inv.content["period"]) == (10_000, None)
    assert inv.due_date == D(2026, 12, 6)


# --- payments -------------------------------------------------------------------------------------------

def test_a_payment_is_stored_with_its_method_note_and_who_and_audited(desk, db):
    acc, inv = renewal(db)
    payment = desk.run(invoices.record_payment, inv.id, shown(desk, InvoiceRow, inv.id), TODAY, 30_000, "bank_transfer", "  3월분 일부  ")
    [stored] = desk.read(invoices.payments_of, inv.id)
    assert (stored.id, stored.paid_on, stored.amount, stored.method, stored.note, stored.staff_id) == (
        payment.id, TODAY, 30_000, "bank_transfer", "3월분 일부", desk.actor.id)
    [entry] = audit(db, "pay")
    assert (entry.entity_id, entry.before, entry.after) == (
        inv.id, {"paid": 0, "status": "unpaid", "amount": None}, {"paid": 30_000, "status": "partial", "amount": 30_000})
    desk.run(invoices.record_payment, inv.id, shown(desk, InvoiceRow, inv.id), TODAY, 58_000, "cash")
    assert [p.amount for p in desk.read(invoices.payments_of, inv.id)] == [30_000, 58_000]
    assert (the_invoice(db, acc).paid, the_invoice(db, acc).status) == (88_000, "paid")


def test_payment_refusals_name_each_field(desk, db):
    acc, inv = renewal(db)
    with pytest.raises(ValidationError) as err:
        desk.run(invoices.record_payment, inv.id, shown(desk, InvoiceRow, inv.id), D(2026, 11, 21), 1_000, "cheque")
    assert set(err.value.errors) == {"method", "paid_on"}
    assert "카드, 계좌이체, 무통장입금, 현금" in err.value.errors["method"]
    assert "발행일(2026-11-22) 이후" in err.value.errors["paid_on"]
    with pytest.raises(ValidationError) as err:
        desk.run(invoices.record_payment, inv.id, shown(desk, InvoiceRow, inv.id), D(2026, 11, 23), 1_000, "card")
    assert "오늘 이후일 수 없습니다" in err.value.errors["paid_on"]
    with pytest.raises(ValidationError) as err:
        desk.run(invoices.record_payment, inv.id, shown(desk, InvoiceRow, inv.id), TODAY, 88_001, "card")
    assert "88,001원" in err.value.errors["amount"] and "남은 금액 88,000원" in err.value.errors["amount"]
    desk.run(invoices.record_payment, inv.id, shown(desk, InvoiceRow, inv.id), TODAY, 88_000, "card")  # the issue day and the exact amount
    with pytest.raises(ValidationError) as err:
        desk.run(invoices.record_payment, inv.id, shown(desk, InvoiceRow, inv.id), TODAY, 1, "card")
    assert "이미 모두 결제된" in err.value.errors["amount"]
    assert (the_invoice(db, acc).paid, len(audit(db, "pay"))) == (88_000, 1)


def test_a_missing_invoice_is_reported(desk):
    with pytest.raises(NotFound) as err:
        desk.run(invoices.record_payment, 999, 1, TODAY, 1_000, "card")
    assert "찾을 수 없습니다" in err.value.message


# --- I2: corrections ------------------------------------------------------------------------------------

def test_i2_a_correction_with_a_new_amount(desk, db):
    acc, inv = renewal(db)
    clock.fix_today(D(2026, 11, 25))
    credit, new = desk.run(invoices.correct_invoice, inv.id, shown(desk, InvoiceRow, inv.id), "  사용자 수 오류 ", 72_000, Settings())
    with db.session() as s:
        credit, new, old = (s.get(InvoiceRow, x.id) for x in (credit, new, inv))
        assert (credit.number, credit.issue_date, credit.corrects_id) == ("CN-2026-000001", D(2026, 11, 25), inv.id)
        assert credit.content["title"] == "정정 청구서 (취소)" and credit.content["notes"] == "정정 사유: 사용자 수 오류"
        assert credit.content["code_discount"] == 0
        assert (new.number, new.kind, new.supply, new.vat, new.total, new.status) == (
            "INV-2026-000002", "renewal", 72_000, 7_200, 79_200, "unpaid")
        assert (new.issue_date, new.due_date, new.period_from, new.period_to) == (
            D(2026, 11, 25), D(2026, 12, 9), D(2026, 12, 6), D(2027, 1, 5))
        assert new.content["sites"] == [{"name": "한빛상사", "subtotal": 72_000, "lines": [
            {"label": "INV-2026-000001 정정분 (사용자 수 오류)", "rule": "I2", "amount": 72_000}]}]
        assert new.content["notes"] == "INV-2026-000001 을(를) 대신합니다." and new.corrects_id == inv.id
        assert (new.billing_key, old.billing_key, old.status) == (f"renewal:{acc}:2026-12-06", None, "void")
    [entry] = audit(db, "void")
    assert (entry.entity_id, entry.before, entry.after) == (inv.id, {"status": "unpaid", "credit": None},
                                                            {"status": "void", "credit": "CN-2026-000001"})


def test_i2_correction_refusals_say_why(desk, db):
    acc, inv = renewal(db)
    with pytest.raises(ValidationError) as err:
        desk.run(invoices.correct_invoice, inv.id, shown(desk, InvoiceRow, inv.id), "   ", None, Settings())
    assert "정정 사유" in err.value.errors["reason"]
    with pytest.raises(ValidationError) as err:
        desk.run(invoices.correct_invoice, inv.id, shown(desk, InvoiceRow, inv.id), "오류", -1, Settings())
    assert "0 이상" in err.value.errors["supply"]
    assert the_invoice(db, acc).status == "unpaid"
    credit, new = desk.run(invoices.correct_invoice, inv.id, shown(desk, InvoiceRow, inv.id), "오류", 0, Settings())
    assert (new.total, new.status) == (0, "paid")  # nothing to pay
    with pytest.raises(UserError) as err:
        desk.run(invoices.correct_invoice, credit.id, shown(desk, InvoiceRow, credit.id), "오류", None, Settings())
    assert "CN-2026-000001" in err.value.message and "정정 청구서" in err.value.message


def test_i2_a_credit_note_negates_the_code_discount(desk, db):
    from desktop_app.services import discounts

    acc = make_account(db, None, sites=[])
    desk.run(discounts.create_code, discounts.CodeInput("TEN", "amount", "10000"))
    desk.run(orders.place_order, orders.OrderInput(acc, [orders.NewSite(
        "본사", "standard", 20, "service", subdomain="new-site", admin_name="김관리", admin_login="admin")],
        discount_code="TEN", terms_accepted=True, account_version=account_version(desk, acc)))
    credit, new = desk.run(invoices.correct_invoice, the_invoice(db, acc, "order").id, the_invoice(db, acc, "order").version, "오류", None, Settings())
    assert new is None
    assert (credit.supply, credit.content["code_discount"]) == (-70_000, -10_000)
    assert [ln["amount"] for ln in credit.content["sites"][0]["lines"]] == [-80_000]


# --- the list and the history ---------------------------------------------------------------------------

def test_i4_the_list_is_newest_first_and_filters_by_account(desk, db):
    first_acc, first = renewal(db)
    clock.fix_today(D(2026, 11, 23))
    second_acc = make_account(db, D(2026, 12, 6), name="다온물산", sites=[{}])
    run(db, D(2026, 11, 23))
    second = the_invoice(db, second_acc)
    rows = desk.read(invoices.invoice_rows)
    assert [(r.number, r.account, r.issue_date, r.total, r.paid) for r in rows] == [
        (second.number, "다온물산", D(2026, 11, 23), 88_000, 0), (first.number, "한빛상사", TODAY, 88_000, 0)]
    assert [r.number for r in desk.read(invoices.invoice_rows, InvoiceFilter(account_id=first_acc))] == [first.number]
    assert [r.number for r in desk.read(invoices.invoice_rows, InvoiceFilter(status="void"))] == []


def test_i5_history_bills_less_credit_notes_and_counts_payments_by_their_day(desk, db):
    acc, inv = renewal(db)  # 88,000 issued 2026-11-22
    clock.fix_today(D(2026, 12, 3))
    desk.run(invoices.correct_invoice, inv.id, shown(desk, InvoiceRow, inv.id), "오류", 50_000, Settings())  # −88,000 and 55,000 in December
    with db.session() as s:
        new = s.scalars(select(InvoiceRow).where(InvoiceRow.number == "INV-2026-000002")).one()
    desk.run(invoices.record_payment, new.id, shown(desk, InvoiceRow, new.id), D(2026, 12, 3), 5_000, "card")
    months = desk.read(invoices.history)
    assert months == [("2026-07", 0, 0), ("2026-08", 0, 0), ("2026-09", 0, 0), ("2026-10", 0, 0),
                      ("2026-11", 88_000, 0), ("2026-12", -33_000, 5_000)]
    assert desk.read(invoices.history, 2) == [("2026-11", 88_000, 0), ("2026-12", -33_000, 5_000)]


def test_the_pdf_of_a_missing_invoice_is_reported(desk):
    with pytest.raises(NotFound):
        desk.read(invoices.invoice_pdf, 12345)
