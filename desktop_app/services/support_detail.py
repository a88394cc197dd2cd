"""One support request as the detail shows it: its fields, status history (who, when), messages, attachments
and shares; and the choices the request forms offer (accounts, sites, projects, staff, teams)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.models import Account, Site, StaffUser
from desktop_app.models.support import (
    ConsultingProject,
    StaffTeam,
    StatusChange,
    SupportAttachment,
    SupportMessage,
    SupportRequest,
)
from desktop_app.services.support import aware, get_request
from desktop_app.services.support_files import ShareRow, shares_of
from desktop_app.services.support_list import RequestFilter, RequestRow, read_rows, row_query


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    previous: str | None
    status: str
    staff: str


@dataclass(frozen=True)
class MessageRow:
    id: int
    at: dt.datetime
    source: str
    body: str
    author: str  # the staff user, or the customer's sender
    mail_message_id: str | None


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    size: int
    sha256: str
    added_at: dt.datetime


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    description: str
    requester_email: str
    project: str
    scheduled_at: dt.datetime | None
    direction: str | None
    carrier: str
    tracking_number: str
    expected_on: dt.date | None
    visitors: list[dict]
    history: list[HistoryRow]
    messages: list[MessageRow]
    attachments: list[AttachmentRow]
    shares: list[ShareRow]
    project_tag: str = ""  # the consulting project's intake tag: support+{tag}@… (T7)


def request_detail(s: Session, request_id: int) -> RequestDetail:
    req = get_request(s, request_id)
    raw = s.execute(row_query(RequestFilter()).where(SupportRequest.id == req.id)).all()
    (row,) = read_rows(s, raw)
    names = dict(s.execute(select(StaffUser.id, StaffUser.name)).all())
    history = [HistoryRow(aware(c.at), c.previous, c.status, names.get(c.staff_id, ""))  # type: ignore[arg-type]
               for c in s.scalars(select(StatusChange).where(StatusChange.request_id == req.id)
                                  .order_by(StatusChange.at, StatusChange.id))]
    messages = [MessageRow(m.id, aware(m.at), m.source, m.body,  # type: ignore[arg-type]
                           names.get(m.staff_id, "") if m.staff_id else m.sender, m.mail_message_id)
                for m in s.scalars(select(SupportMessage).where(SupportMessage.request_id == req.id)
                                   .order_by(SupportMessage.at, SupportMessage.id))]
    files = [AttachmentRow(a.id, a.filename, a.size, a.sha256, aware(a.added_at))  # type: ignore[arg-type]
             for a in s.scalars(select(SupportAttachment).where(SupportAttachment.request_id == req.id)
                                .order_by(SupportAttachment.id))]
    project = s.get(ConsultingProject, req.project_id) if req.project_id else None
    return RequestDetail(row, req.description, req.requester_email, project.name if project else "",
                         aware(req.scheduled_at), req.direction, req.carrier, req.tracking_number, req.expected_on,
                         list(req.visitors or []), history, messages, files, shares_of(s, req.id),
                         (project.mail_tag or "") if project else "")


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    parent_id: int | None = None  # a site's or project's account


@dataclass(frozen=True)
class SupportChoices:
    accounts: list[Choice]
    sites: list[Choice]
    projects: list[Choice]
    staff: list[Choice]
    teams: list[Choice]


def support_choices(s: Session, account_id: int | None = None) -> SupportChoices:
    """Accounts, staff and teams; the sites and consulting projects of `account_id` only (a list of every
    site of 10,000 accounts would cost the view's opening for nothing)."""
    sites: list[Choice] = []
    projects: list[Choice] = []
    if account_id is not None:
        sites = [Choice(i, n, account_id) for i, n in s.execute(
            select(Site.id, Site.name).where(Site.account_id == account_id, Site.active.is_(True)).order_by(Site.id))]
        projects = [Choice(i, n, account_id) for i, n in s.execute(
            select(ConsultingProject.id, ConsultingProject.name).where(ConsultingProject.account_id == account_id,
                                                                       ConsultingProject.status != "ended"))]
    return SupportChoices(
        [Choice(i, n) for i, n in s.execute(select(Account.id, Account.name).where(Account.active.is_(True))
                                            .order_by(Account.name))],
        sites, projects, people(s), teams(s))


def people(s: Session) -> list[Choice]:
    return [Choice(i, n) for i, n in s.execute(select(StaffUser.id, StaffUser.name)
                                               .where(StaffUser.active.is_(True)).order_by(StaffUser.name))]


def teams(s: Session) -> list[Choice]:
    return [Choice(i, n) for i, n in s.execute(select(StaffTeam.id, StaffTeam.name)
                                               .where(StaffTeam.active.is_(True)).order_by(StaffTeam.name))]
