"""Invoices by email, like quotes: queued in the outbox with the invoice's PDF attached, delivered and retried
by the same outbox (services/mail.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, OutboxMessage, StaffUser
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.invoices import get_invoice
from desktop_app.services.mail import Recipient
from desktop_app.services.scope import row_arg

_ = texts("mail")


def invoice_mail(content: dict[str, Any]) -> tuple[str, str]:
    """The Korean message: subject and body."""
    lh, cu = content["letterhead"], content["customer"]
    subject = f"[청구서] {content['number']} {cu['name']} 귀중 – {lh['name']}"
    lines = [f"{cu['name']} 담당자님, 안녕하세요.", "",
             f"{lh['name']}입니다. 청구서를 첨부 파일로 보내 드립니다.", "",
             f"  청구서 번호: {content['number']}",
             f"  합계 금액: {content['total']:,}원 (부가세 포함, {content['total_in_words']})"]
    if content.get("kind") != "credit":
        lines += [f"  납부 기한: {content['due_date']} 까지", f"  입금 계좌: {content.get('bank', '')}"]
    lines += ["", "궁금한 점은 이 메일에 회신하거나 아래 연락처로 문의해 주세요.", "", "감사합니다.", "",
              f"{lh['name']}", f"전화 {lh.get('phone', '')} · {lh.get('email', '')}"]
    return subject, "\n".join(lines)


def invoice_recipients(s: Session, invoice_id: int) -> list[Recipient]:
    """The billed account's address."""
    row = get_invoice(s, invoice_id)
    account = s.get(Account, row.account_id)
    return [Recipient(account.email, "계정 관리자 주소")] if account is not None and account.email else []


@changes(Feature.INVOICES, account=row_arg("invoice_id", "InvoiceRow"))
def queue_invoice(s: Session, actor: StaffUser, invoice_id: int, recipients: list[str]) -> OutboxMessage:
    row = get_invoice(s, invoice_id)
    if row.status == "void":
        raise UserError(_("청구서 {number} 은(는) 정정되어 무효입니다. 정정한 청구서를 보내세요.", number=row.number))
    subject, body = invoice_mail(row.content)
    msg = OutboxMessage(invoice_id=row.id, recipients=", ".join(recipients), subject=subject, body=body)
    s.add(msg)
    s.flush()
    record(s, actor, "queue", "mail", msg.id, None, {"invoice": row.number, "to": msg.recipients})
    return msg
