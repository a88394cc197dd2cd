"""Quotes: numbered, dated offers with frozen content (K2), revisions, acceptance into an order, expiry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, OrderRow, QuoteRow, StaffUser
from desktop_app.pricing.business_number import format_brn
from desktop_app.pricing.catalog import Catalog
from desktop_app.pricing.describe import POLICIES, labelled
from desktop_app.pricing.engine import price_order
from desktop_app.pricing.orders import Order, PricedOrder
from desktop_app.services.access import changes
from desktop_app.services.accounts import customer_of
from desktop_app.services.audit import record
from desktop_app.services.catalog import catalogs as all_catalogs
from desktop_app.services.numbering import next_number
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import account_arg, row_arg

_ = texts("quotes")

OPEN = ("draft", "sent")
DISCARDED = "discarded"  # a draft replaced by its re-priced copy: kept as a tombstone, never listed or changed

_ = texts("quotes")
OF_QUOTE = row_arg("quote_id", "QuoteRow", owner=True)



@dataclass(frozen=True)
class QuoteListRow:
    id: int
    number: str
    revision: int
    customer: str
    issue_date: dt.date
    valid_until: dt.date
    status: str
    total: int
    version: int = 0  # as shown: a change passes it back (no lost update)


def build_content(order: Order, priced: PricedOrder, catalog: Catalog, customer: dict[str, str],
                  letterhead: dict[str, str], number: str, revision: int, issue: dt.date, valid_until: dt.date,
                  payment_terms: str, notes: str = "") -> dict[str, Any]:
    """Everything the PDF shows, resolved to text and numbers now, so a re-print is identical (K2)."""
    return {
        "number": number, "revision": revision, "issue_date": issue.isoformat(),
        "valid_until": valid_until.isoformat(), "letterhead": dict(letterhead), "customer": dict(customer),
        "catalog": catalog.id, "catalog_name": catalog.name, "catalog_version": priced.catalog_version,
        "term_months": order.term_months, "months": order.months_priced, "policy": order.policy,
        "policy_name": POLICIES.get(order.policy, order.policy), "discount_code": priced.code,
        "priced": labelled(priced.to_json(), catalog.version_on(order.date)), "payment_terms": payment_terms, "notes": notes,
        "order": _order_json(order),
    }


def _order_json(order: Order) -> dict[str, Any]:
    return {"catalog": order.catalog, "term_months": order.term_months, "months": order.months,
            "policy": order.policy, "date": order.date.isoformat(), "auto_renew": order.auto_renew,
            "expires_on": order.expires_on.isoformat() if order.expires_on else None,
            "sites": [{"name": s.name, "package": s.package, "edition": s.edition, "users": s.users,
                       "addons": [{"product": a.product, "quantity": a.quantity} for a in s.addons],
                       "current": None if s.current is None else {
                           "package": s.current.package, "edition": s.current.edition, "users": s.current.users,
                           "addons": [{"product": a.product, "quantity": a.quantity} for a in s.current.addons],
                           "state": s.current.state},
                       "extend": s.extend} for s in order.sites]}


def order_from_json(data: dict[str, Any], date: dt.date) -> Order:
    """The order a quote was priced from (its `order` part), dated `date` for re-pricing."""
    from desktop_app.pricing.orders import AddonQty, CurrentSite, SiteOrder

    def addons(items: list[dict[str, Any]]) -> tuple[AddonQty, ...]:
        return tuple(AddonQty(a["product"], a["quantity"]) for a in items)

    sites = tuple(SiteOrder(x["name"], x["package"], x["users"], x["edition"], addons(x["addons"]),
                            None if (c := x["current"]) is None else CurrentSite(
                                c["package"], c["users"], c["edition"], addons(c.get("addons", [])),
                                c.get("state", "active")),
                            x["extend"]) for x in data["sites"])
    expires = dt.date.fromisoformat(data["expires_on"]) if data.get("expires_on") else None
    return Order(data["catalog"], data["term_months"], sites, date, data["policy"], data["months"], expires,
                 data.get("auto_renew", True))


@changes(Feature.QUOTES, account=account_arg())
def create_quote(s: Session, actor: StaffUser, order: Order, customer: dict[str, str], letterhead: dict[str, str],
                 valid_days: int, payment_terms: str, account_id: int | None = None, notes: str = "",
                 number: str | None = None, revision: int = 1) -> QuoteRow:
    if not customer.get("name", "").strip():
        raise UserError(_("견적서를 받을 고객 이름을 입력하세요."))
    cats = all_catalogs(s)
    priced = price_order(order, cats)  # raises Refused before anything is written
    issue = clock.today()
    valid_until = issue + dt.timedelta(days=valid_days)
    number = number or next_number(s, "Q", issue.year)
    content = build_content(order, priced, cats[order.catalog], customer, letterhead, number, revision, issue,
                            valid_until, payment_terms, notes)
    row = QuoteRow(number=number, revision=revision, account_id=account_id, customer_name=customer["name"],
                   issue_date=issue, valid_until=valid_until, status="draft", supply=priced.supply,
                   vat=priced.vat, total=priced.total, content=content, staff_id=actor.id)
    s.add(row)
    s.flush()
    record(s, actor, "create", "quote", row.id, None, {"number": number, "revision": revision,
                                                        "total": priced.total})
    return row


@changes(Feature.QUOTES, account=account_arg())
def quote_from_calculator(s: Session, actor: StaffUser, inp: Any, account_id: int | None,
                          customer_name: str | dict[str, str], settings: Any) -> QuoteRow:
    """One click in the calculator: what is on screen, for the chosen account or a prospect (a name, or a
    dict with name, brn, ceo, address, email)."""
    order = _calculator_order(inp)
    if account_id is not None:
        account = s.get(Account, account_id)
        if account is None:
            raise NotFound(_("그 고객 계정을 찾을 수 없습니다. 목록을 새로 고치세요."))
        customer = customer_of(account)
    else:
        customer = prospect(customer_name)
    return create_quote(s, actor, order, customer, settings.letterhead(), settings.get("quote_valid_days"),
                        settings.get("payment_terms"), account_id)


def prospect(details: str | dict[str, str]) -> dict[str, str]:
    """A prospect's details as a quote prints them; a registration number (K-BRN) or email that is typed
    must be valid (refused at the field, nothing made)."""
    from desktop_app.errors import ValidationError
    from desktop_app.pricing.business_number import problem as brn_problem
    from desktop_app.pricing.names import email_problem

    raw = {"name": details} if isinstance(details, str) else dict(details)
    out = {k: str(raw.get(k, "") or "").strip() for k in ("name", "brn", "ceo", "address", "email")}
    errors = {}
    if out["brn"] and (p := brn_problem(out["brn"])):
        errors["brn"] = p
    elif out["brn"]:
        out["brn"] = format_brn(out["brn"])
    if out["email"] and (p := email_problem(out["email"])):
        errors["email"] = p
    if errors:
        raise ValidationError(errors)
    out["name"] = out["name"] or "고객"
    return {k: v for k, v in out.items() if v}


@changes(Feature.QUOTES, account=OF_QUOTE)
def revise_from_calculator(s: Session, actor: StaffUser, quote_id: int, expected_version: int, inp: Any,
                           settings: Any) -> QuoteRow:
    """A quote edited in the calculator: a draft is replaced, a sent one gets the next revision."""
    return revise_quote(s, actor, quote_id, expected_version, _calculator_order(inp), settings.letterhead(),
                        settings.get("quote_valid_days"), settings.get("payment_terms"))


def _calculator_order(inp: Any) -> Order:
    from desktop_app.services.calculator import order_of

    return _what_changes(order_of(inp))


def _what_changes(order: Order) -> Order:
    """The order without the existing sites left as they are; refused when nothing is left to quote."""
    from dataclasses import replace

    sites = tuple(x for x in order.sites if not x.unchanged())
    if not sites:
        raise UserError(_("견적에 넣을 것이 없습니다. 사이트를 바꾸거나(사용자 수, 패키지, 연장) 새 사이트를 추가하세요."))
    return replace(order, sites=sites)


@changes(Feature.QUOTES, account=account_arg("data", "account_id"))
def quote_for_order(s: Session, actor: StaffUser, data: Any, settings: Any) -> QuoteRow:
    """A quote from the order dialog, before the order is completed: the same prices, for the account."""
    from desktop_app.services.orders import build_order

    order, _code = build_order(s, data)
    account = s.get_one(Account, data.account_id)
    return create_quote(s, actor, _what_changes(order), customer_of(account), settings.letterhead(),
                        settings.get("quote_valid_days"), settings.get("payment_terms"), account.id)


def get_quote(s: Session, quote_id: int) -> QuoteRow:
    row = s.get(QuoteRow, quote_id)
    if row is None:
        raise NotFound(_("그 견적을 찾을 수 없습니다. 목록을 새로 고치세요."))
    if row.status == DISCARDED:
        raise NotFound(_("견적 {number} 초안은 그사이 새로 고쳐졌습니다. 목록을 새로 고친 뒤 최신 초안을 여세요.",
                         number=row.number), "quote")
    return row


def shown_status(status: str, valid_until: dt.date, today: dt.date) -> str:
    """An open quote past its validity shows as expired; the list reads it, never writes it (a read changes
    nothing). Accepting stores it (accept_quote)."""
    return "expired" if status in OPEN and valid_until < today else status


@changes(Feature.QUOTES, account=row_arg("quote_id", "QuoteRow"))
def mark_sent(s: Session, actor: StaffUser, quote_id: int) -> None:
    """A draft quote was sent by mail (the outbox's delivery), or handed over by other means."""
    row = get_quote(s, quote_id)
    if row.status == "draft":
        row.status = "sent"
        record(s, actor, "sent", "quote", row.id, {"status": "draft"}, {"status": "sent"})


@changes(Feature.QUOTES, account=OF_QUOTE)
def revise_quote(s: Session, actor: StaffUser, quote_id: int, expected_version: int, order: Order,
                 letterhead: dict[str, str], valid_days: int, payment_terms: str, notes: str = "") -> QuoteRow:
    """A draft is re-priced in place; a sent quote is never changed: the edit becomes the next revision
    under the same number, and the sent one is superseded."""
    load_for_change(s, QuoteRow, quote_id, expected_version)
    old = get_quote(s, quote_id)  # refused when discarded
    status = shown_status(old.status, old.valid_until, clock.today())  # an expired draft was seen: keep it
    if status not in OPEN and status != "expired":
        raise UserError(_("{status} 상태의 견적은 고칠 수 없습니다. 새 견적을 만드세요.", status=old.status))
    customer = old.content["customer"]
    if status == "draft":
        old.status = DISCARDED  # a draft was never seen by the customer; the row stays as a tombstone (sync)
        s.flush()
        return create_quote(s, actor, order, customer, letterhead, valid_days, payment_terms, old.account_id,
                            notes, old.number, old.revision)
    old.status = "superseded"
    return create_quote(s, actor, order, customer, letterhead, valid_days, payment_terms, old.account_id, notes,
                        old.number, old.revision + 1)


@changes(Feature.QUOTES, account=OF_QUOTE)
def discard_quote(s: Session, actor: StaffUser, quote_id: int, expected_version: int) -> QuoteRow:
    """A draft made by mistake is discarded: it leaves the list but stays as a tombstone, and its number is
    never handed out again (I1). A sent quote was seen by the customer and stays as it is."""
    row = load_for_change(s, QuoteRow, quote_id, expected_version)
    if row.status != "draft":
        raise UserError(_("견적 {number} 은(는) 작성 중이 아니어서 폐기할 수 없습니다. 보낸 견적은 고객이 받은 그대로 "
                          "남습니다; 바꾸려면 개정판을 만드세요.", number=row.number))
    row.status = DISCARDED
    record(s, actor, "discard", "quote", row.id, {"status": "draft"}, {"status": "discarded"})
    return row


@changes(Feature.QUOTES, account=OF_QUOTE)
def reprice_quote(s: Session, actor: StaffUser, quote_id: int, expected_version: int, settings: Any) -> QuoteRow:
    """The same order at today's prices: a new revision (or the draft itself re-priced)."""
    from dataclasses import replace

    from desktop_app.services.discounts import resolve

    load_for_change(s, QuoteRow, quote_id, expected_version)
    old = get_quote(s, quote_id)  # refused when discarded
    order = order_from_json(old.content["order"], clock.today())
    if old.content.get("discount_code"):
        order = replace(order, code=resolve(s, old.content["discount_code"]))
    return revise_quote(s, actor, quote_id, expected_version, order, settings.letterhead(),
                        settings.get("quote_valid_days"),
                        settings.get("payment_terms"), old.content.get("notes", ""))


@changes(Feature.ORDERS, account=OF_QUOTE)
def accept_quote(s: Session, actor: StaffUser, quote_id: int, expected_version: int) -> OrderRow:
    """An accepted quote becomes an order at its snapshot prices; an expired one must be re-priced first."""
    # No lost update: the quote is checked against the version the screen showed. The account needs no version
    # here: an accepted order changes neither the account nor its sites (no expiry, term or seats move); the order
    # that does is completed through orders.place_order, which checks the account's version (OrderInput).
    load_for_change(s, QuoteRow, quote_id, expected_version)
    row = get_quote(s, quote_id)  # refused when discarded
    if row.status in OPEN and row.valid_until < clock.today():
        row.status = "expired"
    if row.status == "expired":
        raise UserError(_("견적 {number} 은(는) {day} 에 만료되었습니다. 지금 가격으로 다시 계산한 "
                          "새 개정판을 만든 뒤 승인하세요.", number=row.number, day=row.valid_until))
    if row.status not in OPEN:
        raise UserError(_("{status} 상태의 견적은 승인할 수 없습니다.", status=row.status))
    if row.account_id is None:
        raise UserError(_("고객 계정이 없는 견적입니다. 먼저 고객 계정을 만들고 견적을 그 계정으로 다시 만드세요."))
    content = row.content
    order = OrderRow(account_id=row.account_id, kind="new", status="accepted", order_date=clock.today(),
                     payment_method="bank_transfer", terms_accepted=True, discount_code=content.get("discount_code"),
                     supply=row.supply, vat=row.vat, total=row.total,
                     snapshot={"from_quote": f"{row.number} r{row.revision}", "priced": content["priced"],
                               "catalog_version": content["catalog_version"]}, staff_id=actor.id)
    s.add(order)
    s.flush()
    row.status, row.order_id = "accepted", order.id
    record(s, actor, "accept", "quote", row.id, {"status": "sent"}, {"status": "accepted", "order_id": order.id})
    return order


def quote_rows(s: Session, account_id: int | None = None) -> list[QuoteListRow]:
    today = clock.today()
    # the listed columns only, as plain rows: loading ORM objects with their frozen content (K2) cost
    # 3.5-4 s and +349 MB for 20,000 quotes
    q = (select(QuoteRow.id, QuoteRow.number, QuoteRow.revision, QuoteRow.customer_name, QuoteRow.issue_date,
                QuoteRow.valid_until, QuoteRow.status, QuoteRow.total, QuoteRow.version)
         .where(QuoteRow.status != DISCARDED)
         .order_by(QuoteRow.issue_date.desc(), QuoteRow.number.desc(), QuoteRow.revision.desc()))
    if account_id is not None:
        q = q.where(QuoteRow.account_id == account_id)
    return [QuoteListRow(i, number, revision, customer, issued, valid, shown_status(status, valid, today), total,
                         version)
            for i, number, revision, customer, issued, valid, status, total, version in s.execute(q)]


def render(content: dict[str, Any], font_path: str = "") -> bytes:
    from desktop_app.documents.quote_pdf import render_quote  # ReportLab loads only when a PDF is made

    return render_quote(content, font_path)


def quote_pdf(s: Session, quote_id: int, font_path: str = "") -> bytes:
    return render(get_quote(s, quote_id).content, font_path)
