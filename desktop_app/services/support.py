"""Support requests (domain.md §9): open one of the five types, move it through T1, assign it, and add
messages. Every change checks the `support` permission (S4) and is written to the audit log (S6)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.errors import NotFound, StaleEdit, UserError, ValidationError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, Site, StaffUser
from desktop_app.models.support import ConsultingProject, StatusChange, SupportMessage, SupportRequest
from desktop_app.pricing.names import email_problem
from desktop_app.pricing.sla import TYPES, allowed_moves
from desktop_app.services.access import changes
from desktop_app.services.audit import record, snapshot
from desktop_app.services.numbering import next_number
from desktop_app.services.scope import account_arg, row_arg

_ = texts("support")

SOURCES = ("staff_reply", "customer_message", "internal_note")
FIELDS = ("kind", "account_id", "site_id", "project_id", "title", "status", "assignee_id", "severity",
          "scheduled_at", "direction", "carrier", "tracking_number", "expected_on", "visit_at", "requester_email")
NEEDS_SITE = ("remote_hands", "incident", "site_visit")


def status_label(status: str) -> str:
    return {"open": _("접수"), "in_progress": _("처리 중"), "waiting": _("고객 대기"), "resolved": _("해결"),
            "closed": _("종료"), "cancelled": _("취소")}[status]


def kind_label(kind: str) -> str:
    return {"remote_hands": _("원격 지원"), "incident": _("장애"), "shipping": _("배송"), "site_visit": _("방문"),
            "consulting": _("컨설팅")}[kind]


def to_utc(moment: dt.datetime | None) -> dt.datetime | None:
    """A time to store: in UTC (a naive time is taken as Asia/Seoul)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.SEOUL)
    return moment.astimezone(dt.timezone.utc)


def aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored time with its zone: SQLite gives back naive UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.timezone.utc)


@dataclass
class Visitor:
    name: str
    phone: str


@dataclass
class RequestInput:
    kind: str
    account_id: int
    title: str
    description: str = ""
    site_id: int | None = None
    project_id: int | None = None
    assignee_id: int | None = None
    requester_email: str = ""  # empty: the account's contact address
    scheduled_at: dt.datetime | None = None  # remote hands: None is a regular request
    severity: int | None = None  # incident 1–4
    direction: str | None = None  # shipping: in | out
    carrier: str = ""
    tracking_number: str = ""
    expected_on: dt.date | None = None
    visit_at: dt.datetime | None = None  # site visit
    visitors: list[Visitor] = field(default_factory=list)


def _check(s: Session, data: RequestInput, account: Account | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.kind not in TYPES:
        errors["kind"] = _("요청 유형을 고르세요: 원격 지원, 장애, 배송, 방문, 컨설팅.")
        return errors
    if account is None:
        errors["account_id"] = _("고객 계정을 고르세요.")
        return errors
    if not data.title.strip():
        errors["title"] = _("제목을 입력하세요.")
    elif len(data.title) > 200:
        errors["title"] = _("제목은 200자까지입니다.")
    if data.kind in NEEDS_SITE:
        site = s.get(Site, data.site_id) if data.site_id else None
        if site is None or site.account_id != account.id:
            errors["site_id"] = _("이 계정의 사이트를 고르세요.")
    if data.kind == "incident" and data.severity not in (1, 2, 3, 4):
        errors["severity"] = _("심각도를 1(가장 높음)–4 중에서 고르세요.")
    if data.kind == "shipping":
        if data.direction not in ("in", "out"):
            errors["direction"] = _("입고(in) 또는 출고(out)를 고르세요.")
        if not data.carrier.strip():
            errors["carrier"] = _("운송사를 입력하세요.")
        if data.expected_on is None:
            errors["expected_on"] = _("도착 예정일을 입력하세요.")
    if data.kind == "site_visit":
        if data.visit_at is None:
            errors["visit_at"] = _("방문 일시를 입력하세요.")
        if not data.visitors or any(not v.name.strip() or not v.phone.strip() for v in data.visitors):
            errors["visitors"] = _("방문자마다 이름과 전화번호를 입력하세요.")
    if data.kind == "consulting":
        project = s.get(ConsultingProject, data.project_id) if data.project_id else None
        if project is None or project.account_id != account.id or project.status == "ended":
            errors["project_id"] = _("컨설팅 요청에는 이 계정의 컨설팅 프로젝트가 필요합니다. 온라인 컨설팅 상품을 "
                                     "주문하면 만들어집니다 (T6).")
    if data.requester_email and email_problem(data.requester_email):
        errors["requester_email"] = _("요청자 메일 주소를 확인하세요.")
    if data.assignee_id is not None and s.get(StaffUser, data.assignee_id) is None:
        errors["assignee_id"] = _("담당자를 목록에서 고르세요.")
    return errors


@changes(Feature.SUPPORT, account=account_arg("data", "account_id"))
def open_request(s: Session, actor: StaffUser, data: RequestInput) -> SupportRequest:
    """A new request `REQ-YYYY-NNNNNN` (T8) in status `open`, the opening kept in the history (T1)."""
    account = s.get(Account, data.account_id) if data.account_id else None
    if errors := _check(s, data, account if account is not None and account.active else None):
        raise ValidationError(errors)
    assert account is not None
    now = clock.now().astimezone(dt.timezone.utc)
    req = SupportRequest(
        number=next_number(s, "REQ", clock.now().year), kind=data.kind, account_id=account.id,
        site_id=data.site_id,
        project_id=data.project_id if data.kind == "consulting" else None, title=data.title.strip(),
        description=data.description, status="open", opened_at=now, opened_by_id=actor.id,
        assignee_id=data.assignee_id, requester_email=data.requester_email.strip() or account.email,
        scheduled_at=to_utc(data.scheduled_at) if data.kind == "remote_hands" else None,
        severity=data.severity if data.kind == "incident" else None,
        direction=data.direction if data.kind == "shipping" else None, carrier=data.carrier.strip(),
        tracking_number=data.tracking_number.strip(), expected_on=data.expected_on,
        visit_at=to_utc(data.visit_at) if data.kind == "site_visit" else None,
        visitors=[{"name": v.name.strip(), "phone": v.phone.strip()} for v in data.visitors]
        if data.kind == "site_visit" else [])
    s.add(req)
    s.flush()
    s.add(StatusChange(request_id=req.id, at=now, previous=None, status="open", staff_id=actor.id))
    record(s, actor, "create", "support_request", req.id, None, {"number": req.number,
                                                                  **snapshot(req, FIELDS)})
    from desktop_app.services.support_mail import queue_confirmation

    queue_confirmation(s, actor, req, account)
    return req


def get_request(s: Session, request_id: int) -> SupportRequest:
    req = s.get(SupportRequest, request_id)
    if req is None:
        raise NotFound(_("그 지원 요청을 찾을 수 없습니다. 목록을 새로 고치세요."))
    return req


def _fresh(req: SupportRequest, expected_version: int | None) -> None:
    if expected_version is not None and req.version != expected_version:
        raise StaleEdit(_("지원 요청 {number} 을(를) 그사이 다른 사용자가 바꿨습니다. 다시 열어 최신 내용에서 "
                          "고치세요.", number=req.number))


def last_resolved_at(s: Session, request_id: int) -> dt.datetime | None:
    q = (select(StatusChange.at).where(StatusChange.request_id == request_id, StatusChange.status == "resolved")
         .order_by(StatusChange.at.desc(), StatusChange.id.desc()).limit(1))
    return aware(s.scalar(q))


@changes(Feature.SUPPORT, account=row_arg("request_id", "SupportRequest"))
def change_status(s: Session, actor: StaffUser, request_id: int, new: str,
                  expected_version: int | None = None) -> SupportRequest:
    """Move a request along T1; any other move is refused with the allowed ones named."""
    req = get_request(s, request_id)
    _fresh(req, expected_version)
    now = clock.now().astimezone(dt.timezone.utc)
    allowed = allowed_moves(req.status, last_resolved_at(s, req.id), now)
    if new not in allowed:
        names = ", ".join(status_label(m) for m in allowed)
        if req.status == "resolved" and new == "in_progress":
            raise UserError(_("{number} 은(는) 해결한 지 7일이 지나 다시 열 수 없습니다. 가능한 변경: {allowed} (T1). "
                              "새 요청을 여세요.", number=req.number, allowed=names), "status")
        if not allowed:
            raise UserError(_("{number} 은(는) {current} 상태로 끝났습니다. 더 바꿀 수 없습니다 (T1).",
                              number=req.number, current=status_label(req.status)), "status")
        raise UserError(_("{number}: {current} 에서 {new}(으)로 바꿀 수 없습니다. 가능한 변경: {allowed} (T1).",
                          number=req.number, current=status_label(req.status), new=status_label(new),
                          allowed=names), "status")
    s.add(StatusChange(request_id=req.id, at=now, previous=req.status, status=new, staff_id=actor.id))
    before = req.status
    req.status = new
    s.flush()
    record(s, actor, "status", "support_request", req.id, {"status": before}, {"status": new})
    return req


@changes(Feature.SUPPORT, account=row_arg("request_id", "SupportRequest"))
def assign(s: Session, actor: StaffUser, request_id: int, staff_id: int | None,
           expected_version: int | None = None) -> SupportRequest:
    req = get_request(s, request_id)
    _fresh(req, expected_version)
    if staff_id is not None and s.get(StaffUser, staff_id) is None:
        raise ValidationError({"assignee_id": _("담당자를 목록에서 고르세요.")})
    before = req.assignee_id
    req.assignee_id = staff_id
    s.flush()
    record(s, actor, "assign", "support_request", req.id, {"assignee_id": before}, {"assignee_id": staff_id})
    return req


@changes(Feature.SUPPORT, account=row_arg("request_id", "SupportRequest"))
def add_message(s: Session, actor: StaffUser, request_id: int, source: str, body: str, *, sender: str = "",
                mail_message_id: str | None = None) -> SupportMessage:
    """A staff reply (stops the response clock, T2), a customer message, or an internal note. Mail intake
    passes the sender and the mail's Message-ID."""
    req = get_request(s, request_id)
    if source not in SOURCES:
        raise ValidationError({"source": _("메시지 종류는 답변, 고객 메시지, 내부 메모 중 하나입니다.")})
    if not body.strip():
        raise ValidationError({"body": _("내용을 입력하세요.")})
    if req.status in ("closed", "cancelled") and source == "staff_reply":
        raise UserError(_("{number} 은(는) {current} 상태라 답변할 수 없습니다 (T1).", number=req.number,
                          current=status_label(req.status)), "status")
    msg = SupportMessage(request_id=req.id, at=clock.now().astimezone(dt.timezone.utc), source=source, body=body,
                         staff_id=actor.id if source != "customer_message" else None, sender=sender,
                         mail_message_id=mail_message_id)
    s.add(msg)
    req.updated_at = msg.at  # the request's version moves with its conversation
    s.flush()
    record(s, actor, "message", "support_request", req.id, None, {"source": source, "message_id": msg.id})
    return msg
