"""The confirmation mail a new support request sends to the requester (T7, [003]), through the outbox."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.models import Account, Feature, OutboxMessage, StaffUser
from desktop_app.models.support import SupportRequest
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import account_arg


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
    """Queue the mail in the request's own transaction; sending it is the outbox's work. No address: no mail."""
    if not req.requester_email:
        return None
    subject, body = confirmation_mail(req, account)
    msg = OutboxMessage(quote_id=None, recipients=req.requester_email, subject=subject, body=body)
    s.add(msg)
    s.flush()
    record(s, actor, "queue", "mail", msg.id, None, {"request": req.number, "to": msg.recipients})
    return msg
