"""Support mail through the outbox (T7, [003]): the confirmation a new request sends to the requester, and staff
replies sent by mail. Each carries a Message-ID fixed when queued, and a reply In-Reply-To and References, with
the request number in the subject, so the customer's mail program threads the conversation and the answer finds
its request again."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, OutboxMessage, StaffUser
from desktop_app.models.support import SupportMessage, SupportRequest
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import account_arg, row_arg

_ = texts("support")

ID_DOMAIN = "support.reseller-desk"  # the right-hand side of our Message-IDs: unique, stable, no DNS lookup


def new_message_id() -> str:
    """Short enough that the header is never folded (some programs keep the fold's space in the id)."""
    return f"<{uuid.uuid4().hex}@{ID_DOMAIN}>"


def confirmation_mail(req: SupportRequest, account: Account) -> tuple[str, str]:
    """Subject and body. The number in brackets lets a reply find its request again (T7)."""
    subject = f"[{req.number}] 지원 요청이 접수되었습니다: {req.title}"
    body = "\n".join([
        f"{account.name} 담당자님, 안녕하세요.",
        "",
        f"요청하신 내용이 접수되었습니다. 접수 번호는 {req.number} 입니다.",
        f"제목: {req.title}",
        "",
        "이 메일에 회신하시면 같은 요청에 이어서 기록됩니다. 제목의 접수 번호는 지우지 말아 주세요.",
        "",
        "감사합니다.",
    ])
    return subject, body


@changes(Feature.SUPPORT, account=account_arg("account", "id"))
def queue_confirmation(s: Session, actor: StaffUser, req: SupportRequest, account: Account) -> OutboxMessage | None:
    """Queue the mail in the request's own transaction; sending it is the outbox's work. No address: no mail.
    Its Message-ID is kept on the request: the customer's answer refers to it."""
    if not req.requester_email:
        return None
    subject, body = confirmation_mail(req, account)
    req.mail_message_id = new_message_id()
    msg = OutboxMessage(quote_id=None, recipients=req.requester_email, subject=subject, body=body,
                        mail_message_id=req.mail_message_id)
    s.add(msg)
    s.flush()
    record(s, actor, "queue", "mail", msg.id, None, {"request": req.number, "to": msg.recipients})
    return msg


def reply_subject(req: SupportRequest) -> str:
    return f"Re: [{req.number}] {req.title}"


def thread_of(s: Session, req: SupportRequest) -> list[str]:
    """The Message-IDs of the conversation so far, oldest first: the confirmation, then each mail message."""
    ids = [req.mail_message_id] if req.mail_message_id else []
    ids += list(s.scalars(select(SupportMessage.mail_message_id).where(
        SupportMessage.request_id == req.id, SupportMessage.mail_message_id.is_not(None))
        .order_by(SupportMessage.at, SupportMessage.id)))
    return list(dict.fromkeys(ids))


@changes(Feature.SUPPORT, account=row_arg("request_id", "SupportRequest"))
def reply_by_mail(s: Session, actor: StaffUser, request_id: int, body: str) -> OutboxMessage:
    """A staff reply (T2: it stops the response clock) kept on the request and queued to the requester, threaded
    under the customer's last mail."""
    from desktop_app.services.support import add_message, get_request

    req = get_request(s, request_id)
    if not req.requester_email:
        raise UserError(_("{number} 에는 요청자 메일 주소가 없어 메일로 답할 수 없습니다. 요청자 주소를 넣거나 "
                          "답변으로만 기록하세요.", number=req.number), "requester_email")
    thread = thread_of(s, req)
    message_id = new_message_id()
    add_message(s, actor, req.id, "staff_reply", body, sender=actor.name, mail_message_id=message_id)
    msg = OutboxMessage(quote_id=None, recipients=req.requester_email, subject=reply_subject(req), body=body,
                        mail_message_id=message_id, in_reply_to=thread[-1] if thread else None,
                        mail_references=" ".join(thread[-20:]) or None)
    s.add(msg)
    s.flush()
    record(s, actor, "queue", "mail", msg.id, None, {"request": req.number, "to": msg.recipients})
    return msg
