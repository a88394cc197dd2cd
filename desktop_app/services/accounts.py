"""Accounts: create, edit, list with search, detail (domain.md §1, C1, C2, K-BRN)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import String, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop_app.errors import NotFound, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, PricingPolicy, Site, StaffUser
from desktop_app.pricing import business_number as brn
from desktop_app.pricing.names import email_problem
from desktop_app.services.access import changes
from desktop_app.services.audit import record, snapshot
from desktop_app.services.inputs import name_problem
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import account_arg, accounts_where, every_account

_ = texts("accounts")

FIELDS = ("name", "business_number", "ceo_name", "address", "phone", "email", "pricing_policy",
          "term_months", "auto_renew", "expires_on")


@dataclass
class AccountInput:
    name: str
    business_number: str
    ceo_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    pricing_policy: str = "4.0"
    term_months: int = 1
    auto_renew: bool = True
    expires_on: dt.date | None = None


class AccountRow(NamedTuple):
    """One line of the accounts list, as the query returns it (built straight from the row, no conversion:
    the list builds 10,000 of these at every start). Format for display in the view."""

    id: int
    name: str
    business_number: str  # digits only
    pricing_policy: str
    term_months: int
    auto_renew: bool  # 0/1 as SQLite returns it: read for its truth only
    expires_on: str | None  # ISO date: sorts and shows as YYYY-MM-DD
    site_count: int
    subdomains: str  # space-separated
    states: str  # space-separated site states; no state name contains another, so `in` is exact


def validate(data: AccountInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = _("회사 이름을 입력하세요.")
    elif p := name_problem(data.name, _("회사 이름")):
        errors["name"] = p
    for key, label in (("ceo_name", _("대표자")), ("address", _("주소")), ("phone", _("전화번호"))):
        if (p := name_problem(getattr(data, key), label, 300)) and key not in errors:
            errors[key] = p
    if p := brn.problem(data.business_number):
        errors["business_number"] = _("{problem} (K-BRN)", problem=p)
    if data.email.strip() and (p := email_problem(data.email)):
        errors["email"] = p
    if data.pricing_policy not in {p.value for p in PricingPolicy}:
        errors["pricing_policy"] = _("가격 정책은 4.0 또는 legacy 입니다.")
    if data.term_months not in (1, 12):
        errors["term_months"] = _("계약 기간은 1개월 또는 12개월입니다 (C2).")
    return errors


def _apply(account: Account, data: AccountInput) -> None:
    account.name = data.name.strip()
    account.business_number = brn.normalize(data.business_number)
    account.ceo_name = data.ceo_name.strip()
    account.address = data.address.strip()
    account.phone = data.phone.strip()
    account.email = data.email.strip()
    account.pricing_policy = PricingPolicy(data.pricing_policy)
    account.term_months = data.term_months
    account.auto_renew = data.auto_renew
    account.expires_on = data.expires_on


@changes(Feature.SITES, account=every_account)
def create_account(s: Session, actor: StaffUser, data: AccountInput) -> Account:
    if errors := validate(data):
        raise ValidationError(errors)
    account = Account()
    _apply(account, data)
    s.add(account)
    s.flush()
    record(s, actor, "create", "account", account.id, None, snapshot(account, FIELDS))
    return account


def get_account(s: Session, account_id: int) -> Account:
    account = s.get(Account, account_id)
    if account is None or not account.active:
        raise NotFound(_("그 고객 계정을 찾을 수 없습니다. 목록을 새로 고치세요."))
    return account


def find_account(s: Session, key: str) -> Account:
    """An account by registration number (with or without dashes) or by its exact name."""
    digits = "".join(ch for ch in key if ch.isdigit())
    q = select(Account).where(Account.active.is_(True))
    found = s.scalars(q.where(Account.business_number == digits)).all() if len(digits) == 10 else []
    found = found or s.scalars(q.where(Account.name == key.strip())).all()
    if len(found) != 1:
        if found:
            raise NotFound(_("'{key}' 인 고객 계정이 여러 개 있습니다. 사업자등록번호(10자리)로 지정하세요.", key=key))
        raise NotFound(_("'{key}' 인 고객 계정이 없습니다. 사업자등록번호(10자리)로 지정하세요.", key=key))
    return found[0]


def customer_of(account: Account) -> dict[str, str]:
    """The customer block of a quote or an invoice (frozen into the document's content)."""
    return {"name": account.name, "brn": brn.format_brn(account.business_number), "ceo": account.ceo_name,
            "address": account.address, "email": account.email}


@changes(Feature.SITES, account=account_arg())
def update_account(s: Session, actor: StaffUser, account_id: int, expected_version: int,
                   data: AccountInput) -> Account:
    if errors := validate(data):
        raise ValidationError(errors)
    load_for_change(s, Account, account_id, expected_version)
    account = get_account(s, account_id)  # refused when deactivated
    before = snapshot(account, FIELDS)
    _apply(account, data)
    s.flush()
    record(s, actor, "update", "account", account.id, before, snapshot(account, FIELDS))
    return account


def account_rows(s: Session, part: int = 0) -> list[AccountRow]:
    """Every active account with its sites folded in, in one query (the list and its search).

    This runs at every start on the whole book of customers, so enum and date columns are read as plain
    strings instead of through SQLAlchemy's per-row converters. The list sorts itself: no ORDER BY. With
    `part`, the rows are fetched that many at a time: slower in all, but a read on a worker thread then lets
    the GUI thread run between parts (the driver holds the GIL while it fetches).
    """
    q = (
        select(
            Account.id, Account.name, Account.business_number, type_coerce(Account.pricing_policy, String),
            Account.term_months, Account.auto_renew, cast(Account.expires_on, String), func.count(Site.id),
            func.coalesce(func.aggregate_strings(Site.subdomain, " "), ""),
            func.coalesce(func.aggregate_strings(type_coerce(Site.state, String), " "), ""),
        )
        .outerjoin(Site, (Site.account_id == Account.id) & Site.active.is_(True))
        .where(Account.active.is_(True), accounts_where(s, Account.id))  # Core: the scope filter is ours (S3)
        .group_by(Account.id)
    )
    result = s.connection().execute(q)
    try:  # the driver's fetchall: SQLAlchemy's row-by-row iteration doubled the time of this query
        if not part:
            return list(map(AccountRow._make, result.cursor.fetchall()))
        rows: list[AccountRow] = []
        while chunk := result.cursor.fetchmany(part):
            rows.extend(map(AccountRow._make, chunk))
        return rows
    finally:
        result.close()
