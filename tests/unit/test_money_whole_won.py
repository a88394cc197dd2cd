"""Money is whole won (M1, issue 10 item 4): every money column is a `Won` (BIGINT that refuses a non-int on
its way in), and every service that takes an amount refuses 1.5, 1.0 and True naming the field, changing
nothing."""

import pytest
from sqlalchemy import BigInteger, Float, Numeric, func, select
from sqlalchemy.exc import StatementError

from desktop_app.errors import ValidationError
from desktop_app.models import AuditEntry, InvoiceRow, PaymentRow, load_all
from desktop_app.models.base import Base, Won
from desktop_app.services import billing, catalog, discounts, invoices
from desktop_app.settings import Settings
from tests.conftest import TODAY

MONEY_NAMES = {"supply", "vat", "total", "amount", "paid", "price", "unit_price", "fee", "code_discount",
               "subtotal", "balance", "discount"}
# columns whose name says money but which hold something else, and why
NOT_WON = {"discount_codes.value": "a percent (up to two decimals) or an amount; an amount is checked whole (M1) "
                                   "by discounts._validate",
           "mail_seen.uidvalidity": "an IMAP UIDVALIDITY (up to 2^32), not money",
           "mail_seen.uid": "an IMAP message UID (up to 2^32), not money"}


def money_columns():
    load_all()
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            if col.name in ("change_seq", "change_xid"):  # the sync's change sequence and transaction id (Y3)
                continue
            name = f"{table.name}.{col.name}"
            if name in NOT_WON and not isinstance(col.type, Won):
                continue
            if col.name in MONEY_NAMES or isinstance(col.type, (BigInteger, Won, Float, Numeric)):
                yield name, col


COLUMNS = list(money_columns())


def test_the_walk_finds_the_known_money_columns():
    names = {n for n, _ in COLUMNS}
    assert {"invoices.supply", "invoices.vat", "invoices.total", "invoices.paid", "payments.amount",
            "orders.total", "quotes.total"} <= names


@pytest.mark.parametrize(("name", "col"), COLUMNS, ids=[n for n, _ in COLUMNS])
def test_every_money_column_is_won(name, col):
    assert isinstance(col.type, Won), f"{name} holds money: declare it mapped_column(Won)"


def test_the_column_refuses_a_float_on_its_way_in(db, desk):
    with db.session() as s, pytest.raises(StatementError) as err:
        s.execute(PaymentRow.__table__.insert().values(invoice_id=1, paid_on=TODAY, amount=1.5, method="card"))
    assert "whole won" in str(err.value)


@pytest.fixture
def unpaid(demo_desk, db):
    number = billing.run(db, TODAY, Settings()).invoices[0]
    with db.session() as s:
        return s.scalars(select(InvoiceRow).where(InvoiceRow.number == number)).one()


def changes_in(db):
    with db.session() as s:
        return (s.scalar(select(func.count(PaymentRow.id))), s.scalar(select(func.count(AuditEntry.id))),
                s.scalar(select(func.count(InvoiceRow.id))))


@pytest.mark.parametrize("amount", [1.5, 1.0, True, "1000", None])
def test_a_payment_that_is_not_whole_won_is_refused_naming_the_amount(demo_desk, db, unpaid, amount):
    before = changes_in(db)
    with pytest.raises(ValidationError) as err:
        demo_desk.run(invoices.record_payment, unpaid.id, unpaid.version, TODAY, amount, "card")
    assert err.value.field == "amount" and "원 단위 정수" in err.value.errors["amount"]
    assert changes_in(db) == before


@pytest.mark.parametrize("supply", [1.5, 80_000.0, False])
def test_a_credit_note_with_a_corrected_amount_not_whole_won_is_refused(demo_desk, db, unpaid, supply):
    before = changes_in(db)
    with pytest.raises(ValidationError) as err:
        demo_desk.run(invoices.correct_invoice, unpaid.id, unpaid.version, "사용자 수 오류", supply, Settings())
    assert err.value.field == "supply" and "원 단위 정수" in err.value.errors["supply"]
    assert changes_in(db) == before


def test_an_amount_code_of_1_5_won_is_refused(desk, db):
    with pytest.raises(ValidationError) as err:
        desk.run(discounts.create_code, discounts.CodeInput("HALF", "amount", 1.5))
    assert err.value.field == "value" and "M1" in err.value.errors["value"]
    assert desk.read(discounts.code_rows) == []


@pytest.mark.parametrize("price", [1.5, 4400.0, True])
def test_a_price_version_with_a_price_not_whole_won_is_refused(desk, db, price):
    with pytest.raises(ValidationError) as err:
        desk.run(catalog.add_price_version, "daouoffice", TODAY, {("licence", "service/standard"): price})
    assert err.value.field == "licence:service/standard"
    assert changes_in(db)[1] == 0
