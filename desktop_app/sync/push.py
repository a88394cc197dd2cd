"""Push (Y5, Y6): each queued operation runs on the server through the same service and permission checks
as online, as the signed-in user, at most once: its uuid goes into `applied_operations` in the same server
transaction as its change, so a retry after a cut (before the replica heard the answer) finds it and only
reads the outcome. An edit whose row changed on the server meanwhile (another version) or was deactivated
there is not applied: the outcome is a conflict with mine / theirs per field, kept on the replica for the
user to decide. A refusal (permission, rule) is kept the same way: nothing queued is lost.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.db import Database
from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import (
    Account,
    AppliedOperation,
    NamedUser,
    QueuedOperation,
    Site,
    StaffUser,
    SyncConflict,
    UserStatus,
)
from desktop_app.services import accounts, licences, quotes, sites

_ = texts("sync")


class Conflict(Exception):
    def __init__(self, reason: str, fields: dict[str, dict[str, Any]], message: str):
        super().__init__(message)
        self.reason, self.fields, self.message = reason, fields, message


@dataclass
class Pushed:
    applied: int = 0
    conflicts: int = 0
    refused: int = 0


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return getattr(value, "value", value)


def _row(s: Session, model: Any, key: str | None) -> Any:
    return None if key is None else s.scalar(select(model).where(model.uuid == uuid.UUID(key)))


def _check(row: Any, payload: dict[str, Any], what: str, alive: bool) -> None:
    """Conflict unless the server's row is still the version the edit started from and still active."""
    if row is None or not alive:
        theirs = {} if row is None else {k: _plain(getattr(row, k, None)) for k in payload["data"]}
        raise Conflict("deactivated", {k: {"mine": v, "theirs": theirs.get(k)} for k, v in payload["data"].items()},
                       str(_("{what}이(가) 서버에서 비활성화되었습니다. 비활성 상태로 둡니다 (Y6).", what=what)))
    if row.version != payload["base_version"]:
        fields = {k: {"mine": v, "theirs": _plain(getattr(row, k, None))} for k, v in payload["data"].items()
                  if v != _plain(getattr(row, k, None)) or v != payload["before"].get(k)}
        raise Conflict("changed", fields, str(_("{what}을(를) 그사이 서버에서 다른 직원이 바꿨습니다. 내 값과 서버 값을 "
                                                "비교해 결정하세요 (Y6).", what=what)))


def _create_quote(s: Session, actor: StaffUser, p: dict[str, Any]) -> None:
    from dataclasses import replace

    from desktop_app import clock
    from desktop_app.services.discounts import resolve

    order = quotes.order_from_json(p["order"], clock.today())
    if p.get("code"):
        order = replace(order, code=resolve(s, p["code"]))
    account = _row(s, Account, p.get("account_uuid"))
    row = quotes.create_quote(s, actor, order, p["customer"], p["letterhead"], p["valid_days"], p["payment_terms"],
                              None if account is None else account.id, p.get("notes", ""), number=p["number"])
    row.uuid = uuid.UUID(p["quote_uuid"])  # the replica's quote, now on the server under its offline number


def _update_account(s: Session, actor: StaffUser, p: dict[str, Any]) -> None:
    row = _row(s, Account, p["uuid"])
    _check(row, p, str(_("고객 계정")), row is not None and row.active)
    data = dict(p["data"])
    if data.get("expires_on"):
        data["expires_on"] = dt.date.fromisoformat(data["expires_on"])
    accounts.update_account(s, actor, row.id, p["base_version"], accounts.AccountInput(**data))


def _update_site(s: Session, actor: StaffUser, p: dict[str, Any]) -> None:
    row = _row(s, Site, p["uuid"])
    _check(row, p, str(_("사이트")), row is not None and row.active)
    sites.update_site(s, actor, row.id, p["base_version"], sites.SiteInput(**p["data"]), p.get("reason", ""))


def _add_named_user(s: Session, actor: StaffUser, p: dict[str, Any]) -> None:
    site = _row(s, Site, p["site_uuid"])
    if site is None or not site.active:
        raise Conflict("deactivated", {"name": {"mine": p["name"], "theirs": None}},
                       str(_("사이트가 서버에서 비활성화되어 사용자를 추가하지 않았습니다 (Y6).")))
    row = licences.add_named_user(s, actor, site.id, p["name"], p["email"])
    row.uuid = uuid.UUID(p["user_uuid"])


def _update_named_user(s: Session, actor: StaffUser, p: dict[str, Any]) -> None:
    row = _row(s, NamedUser, p["uuid"])
    _check(row, p, str(_("사용자")), row is not None and row.status == UserStatus.ACTIVE)
    licences.update_named_user(s, actor, row.id, p["base_version"], p["data"]["name"], p["data"]["email"])


APPLY: dict[str, Callable[[Session, StaffUser, dict[str, Any]], None]] = {
    "create_quote": _create_quote, "update_account": _update_account, "update_site": _update_site,
    "add_named_user": _add_named_user, "update_named_user": _update_named_user,
}


def apply(server: Database, actor: StaffUser, workstation: str, op_uuid: uuid.UUID, kind: str,
          payload: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Run one operation on the server at most once; answers (outcome, detail) — the stored one on a retry."""
    with server.session() as s:
        done = s.get(AppliedOperation, op_uuid)
        if done is not None:
            return done.outcome, done.detail
        me = s.merge(actor, load=False)
        outcome, detail = "applied", {}
        try:
            with s.begin_nested():
                APPLY[kind](s, me, payload)
        except Conflict as c:
            outcome, detail = "conflict", {"reason": c.reason, "fields": c.fields, "message": c.message}
        except UserError as e:
            outcome, detail = "refused", {"reason": "refused", "fields": {}, "message": e.message,
                                          "field": e.field}
        s.add(AppliedOperation(uuid=op_uuid, workstation=workstation, kind=kind, outcome=outcome, detail=detail))
    return outcome, detail


def push(server: Database, local: Database, actor: StaffUser, workstation: str,
         on_step: Callable[[int, int], None] | None = None) -> Pushed:
    """Every queued operation, oldest first; each answer is recorded on the replica at once."""
    done = Pushed()
    with local.session() as s:
        ops = [(o.id, o.uuid, o.kind, o.payload) for o in
               s.scalars(select(QueuedOperation).where(QueuedOperation.state == "queued").order_by(QueuedOperation.id))]
    for i, (op_id, op_uuid, kind, payload) in enumerate(ops, 1):
        outcome, detail = apply(server, actor, workstation, op_uuid, kind, payload)
        with local.session() as s:
            s.execute(update(QueuedOperation).where(QueuedOperation.id == op_id).values(state=outcome))
            if outcome != "applied" and s.scalar(select(SyncConflict.id).where(SyncConflict.op_uuid == op_uuid)) is None:
                s.add(SyncConflict(op_uuid=op_uuid, kind=kind, reason=detail.get("reason", outcome),
                                   message=detail.get("message", ""), fields=detail.get("fields", {})))
        setattr(done, outcome if outcome != "conflict" else "conflicts", getattr(
            done, outcome if outcome != "conflict" else "conflicts") + 1)
        if on_step is not None:
            on_step(i, len(ops))
    return done
