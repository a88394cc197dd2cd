"""Staff replies by mail (T7): recorded on the request and queued threaded under the conversation so far."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import Feature, OutboxMessage, StaffUser
from desktop_app.models.support import SupportMessage, SupportRequest
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import row_arg
from desktop_app.services.support import add_message, get_request
from desktop_app.services.support_mail import new_message_id

_ = texts("support")


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
