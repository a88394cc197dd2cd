"""Working offline (Y4, Y5): a use-case runs on the replica through the same service as online, and the
operation that will repeat it on the server is queued in the same local transaction — both are kept or
neither. An operation names rows by uuid (ids differ between a replica and the server) and carries the
version of the row it started from.

Kinds: create_quote, update_account, update_site, add_named_user, update_named_user.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.models import Account, NamedUser, NumberCounter, QueuedOperation, Site, StaffUser
from desktop_app.services import accounts, licences, quotes, sites
from desktop_app.services.audit import snapshot
from desktop_app.sync import state


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "value"):  # an enum
        return value.value
    return value


def _fields(data: Any) -> dict[str, Any]:
    return {k: _plain(v) for k, v in dataclasses.asdict(data).items()}


def _queue(s: Session, kind: str, payload: dict[str, Any]) -> QueuedOperation:
    op = QueuedOperation(uuid=uuid.uuid4(), kind=kind, payload=payload, state="queued")
    s.add(op)
    s.flush()
    return op


def offline_number(s: Session, year: int) -> str:
    """`Q-YYYY-Wnn-NNNN` (Y4): the workstation's own counter, so a quote made offline is numbered at once."""
    code = state.get(s, "workstation")
    where = (NumberCounter.kind == code, NumberCounter.year == year)
    if s.execute(update(NumberCounter).where(*where).values(last=NumberCounter.last + 1)).rowcount == 0:
        s.add(NumberCounter(kind=code, year=year, last=1))
        s.flush()
    last = s.scalar(select(NumberCounter.last).where(*where))
    return f"Q-{year}-{code}-{last:04d}"


def _uuid_of(s: Session, model: Any, row_id: int | None) -> str | None:
    return None if row_id is None else str(s.scalar(select(model.uuid).where(model.id == row_id)))


def create_quote(s: Session, actor: StaffUser, order: Any, customer: dict[str, str], letterhead: dict[str, str],
                 valid_days: int, payment_terms: str, account_id: int | None = None, notes: str = ""):
    from desktop_app import clock

    number = offline_number(s, clock.today().year)
    row = quotes.create_quote(s, actor, order, customer, letterhead, valid_days, payment_terms, account_id, notes,
                              number=number)
    _queue(s, "create_quote", {
        "quote_uuid": str(row.uuid), "number": number, "order": quotes._order_json(order),
        "code": order.code.code if getattr(order, "code", None) else None, "customer": customer,
        "letterhead": letterhead, "valid_days": valid_days, "payment_terms": payment_terms,
        "account_uuid": _uuid_of(s, Account, account_id), "notes": notes})
    return row


def update_account(s: Session, actor: StaffUser, account_id: int, expected_version: int,
                   data: accounts.AccountInput):
    before = {k: _plain(v) for k, v in snapshot(accounts.get_account(s, account_id), accounts.FIELDS).items()}
    row = accounts.update_account(s, actor, account_id, expected_version, data)
    _queue(s, "update_account", {"uuid": str(row.uuid), "base_version": expected_version, "data": _fields(data),
                                 "before": before})
    return row


def update_site(s: Session, actor: StaffUser, site_id: int, expected_version: int, data: sites.SiteInput,
                reason: str = ""):
    site = sites.get_site(s, site_id)
    before = {k: _plain(getattr(site, k)) for k in dataclasses.asdict(data)}
    row = sites.update_site(s, actor, site_id, expected_version, data, reason)
    _queue(s, "update_site", {"uuid": str(row.uuid), "base_version": expected_version, "data": _fields(data),
                              "before": before, "reason": reason})
    return row


def add_named_user(s: Session, actor: StaffUser, site_id: int, name: str, email: str):
    row = licences.add_named_user(s, actor, site_id, name, email)
    _queue(s, "add_named_user", {"user_uuid": str(row.uuid), "site_uuid": _uuid_of(s, Site, site_id),
                                 "name": name, "email": email})
    return row


def update_named_user(s: Session, actor: StaffUser, user_id: int, expected_version: int, name: str, email: str):
    user = s.get(NamedUser, user_id)
    before = {"name": user.name, "email": user.email} if user is not None else {}
    row = licences.update_named_user(s, actor, user_id, expected_version, name, email)
    _queue(s, "update_named_user", {"uuid": str(row.uuid), "base_version": expected_version,
                                    "data": {"name": name, "email": email}, "before": before})
    return row
