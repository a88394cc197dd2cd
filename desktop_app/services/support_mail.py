"""Support mail through the outbox (T7, [003]): the confirmation a new request sends to the requester, and staff
replies sent by mail. Each carries a Message-ID fixed when queued, and a reply In-Reply-To and References, with
the request number in the subject, so the customer's mail program threads the conversation and the answer finds
its request again."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, OutboxMessage, StaffUser
from desktop_app.models.support import SupportRequest
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import account_arg

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
