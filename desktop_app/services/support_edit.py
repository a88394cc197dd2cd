"""Editing a support request after it was opened (issue 15): the title, description, assignee and the fields of
its type (domain.md §9). The type, the account and the site stay as opened. The edit is checked against the
version the user's screen showed (services.rows), checked like a new request, written to the audit log with
before and after (S6), and the clocks follow by themselves: they are computed from the request each time
they are read (T2), so a new severity moves the incident's resolution due time at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop_app.errors import UserError, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, StaffUser
from desktop_app.models.support import SupportRequest
from desktop_app.services.access import changes
from desktop_app.services.audit import record, snapshot
from desktop_app.services.rows import load_for_change
from desktop_app.services.scope import row_arg
from desktop_app.services.support import RequestInput, Visitor, _check, aware, status_label, to_utc

_ = texts("support")

EDITABLE = ("title", "description", "assignee_id", "project_id", "scheduled_at", "severity", "direction", "carrier",
            "tracking_number", "expected_on", "visit_at", "visitors")
FINAL = ("closed", "cancelled")  # T1: nothing moves after these, nothing is edited either


@dataclass
class RequestEdit:
    """What an edit may change; the fields of other types are ignored."""

    title: str
    description: str = ""
    assignee_id: int | None = None
    project_id: int | None = None  # consulting
    scheduled_at: dt.datetime | None = None  # remote hands: None is a regular request
    severity: int | None = None  # incident 1–4
    direction: str | None = None  # shipping
    carrier: str = ""
    tracking_number: str = ""
    expected_on: dt.date | None = None
    visit_at: dt.datetime | None = None  # site visit
    visitors: list[Visitor] = field(default_factory=list)


def edit_of(req: SupportRequest) -> RequestEdit:
    """The request as it is now, for an edit form to start from."""
    return RequestEdit(req.title, req.description, req.assignee_id, req.project_id, aware(req.scheduled_at),
                       req.severity, req.direction, req.carrier, req.tracking_number, req.expected_on,
                       aware(req.visit_at), [Visitor(v["name"], v["phone"]) for v in req.visitors or []])


def _snap(req: SupportRequest) -> dict:
    """The editable fields, times in UTC with their zone (SQLite gives them back naive)."""
    out = snapshot(req, EDITABLE)
    for name in ("scheduled_at", "visit_at"):
        moment = aware(getattr(req, name))
        out[name] = moment.astimezone(dt.timezone.utc).isoformat() if moment is not None else None
    return out


@changes(Feature.SUPPORT, account=row_arg("request_id", "SupportRequest"))
def edit_request(s: Session, actor: StaffUser, request_id: int, expected_version: int,
                 data: RequestEdit) -> SupportRequest:
    req = load_for_change(s, SupportRequest, request_id, expected_version)
    if req.status in FINAL:
        raise UserError(_("{number} 은(는) {current} 상태로 끝나서 고칠 수 없습니다 (T1). 새 요청을 여세요.",
                          number=req.number, current=status_label(req.status)), "status")
    k = req.kind
    checked = RequestInput(k, req.account_id, data.title, data.description, site_id=req.site_id,
                           project_id=data.project_id if k == "consulting" else None, assignee_id=data.assignee_id,
                           scheduled_at=data.scheduled_at, severity=data.severity, direction=data.direction,
                           carrier=data.carrier, tracking_number=data.tracking_number, expected_on=data.expected_on,
                           visit_at=data.visit_at, visitors=data.visitors)
    if errors := _check(s, checked, s.get(Account, req.account_id)):
        raise ValidationError(errors)
    before = _snap(req)
    req.title, req.description, req.assignee_id = data.title.strip(), data.description, data.assignee_id
    if k == "consulting":
        req.project_id = data.project_id
    if k == "remote_hands":
        req.scheduled_at = to_utc(data.scheduled_at)
    if k == "incident":
        req.severity = data.severity
    if k == "shipping":
        req.direction, req.carrier = data.direction, data.carrier.strip()
        req.tracking_number, req.expected_on = data.tracking_number.strip(), data.expected_on
    if k == "site_visit":
        req.visit_at = to_utc(data.visit_at)
        req.visitors = [{"name": v.name.strip(), "phone": v.phone.strip()} for v in data.visitors]
    after = _snap(req)
    if after == before:
        return req  # nothing changed: no new version, no audit entry
    s.flush()
    record(s, actor, "edit", "support_request", req.id, before, after)
    return req


@dataclass(frozen=True)
class Editable:
    """What an edit form shows: the request as it is, with the version to check when saving."""

    request_id: int
    kind: str
    version: int
    account_id: int
    site_id: int | None
    data: RequestEdit
    assignee: str = ""  # the assignee's name (a deactivated one is not among the choices, yet stays)


def editable(s: Session, request_id: int) -> Editable:
    from desktop_app.services.support import get_request

    req = get_request(s, request_id)
    assignee = s.get(StaffUser, req.assignee_id) if req.assignee_id else None
    return Editable(req.id, req.kind, req.version, req.account_id, req.site_id, edit_of(req),
                    assignee.name if assignee else "")
