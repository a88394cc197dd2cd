"""Taking in one mail of the support mailbox (T7), in one transaction with the mark that it was taken (its
folder, UIDVALIDITY and UID): a fetch cut off half-way and repeated never takes a mail twice.

A mail that answers a request (In-Reply-To/References, or `[REQ-YYYY-NNNNNN]` in the subject) becomes a customer
message of it; a request waiting for the customer goes back to in progress (its clock resumes, T2), a resolved
one is reopened within 7 days of resolving (T1), and a final one keeps its status with a note for staff. A mail to
a consulting project's tag (`support+{tag}@…`) from a known sender of that account opens a consulting request.
Anything else waits in the triage list, never dropped."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app import clock
from desktop_app.i18n import texts
from desktop_app.models import Account, Feature, Site, StaffUser
from desktop_app.models.mail_intake import MailSeen, MailTriage
from desktop_app.models.support import ConsultingProject, SupportMessage, SupportRequest
from desktop_app.pricing.sla import FINAL, allowed_moves
from desktop_app.services import support
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.mail_parse import Mail, parse, tag_of
from desktop_app.services.scope import every_account
from desktop_app.services.support_files import MAX_BYTES, add_attachment, size_text

_ = texts("mailbox")


def seen_uids(s: Session, folder: str, uidvalidity: int) -> set[int]:
    return set(s.scalars(select(MailSeen.uid).where(MailSeen.folder == folder,
                                                    MailSeen.uidvalidity == uidvalidity)))


def intake_address(support_address: str, tag: str) -> str:
    local, _at, domain = support_address.partition("@")
    return f"{local}+{tag}@{domain}" if domain else ""


def _thread(s: Session, mail: Mail) -> SupportRequest | None:
    """The request a mail answers: by the Message-IDs it refers to, else by the number in its subject."""
    if mail.refers_to:
        ids = mail.refers_to
        found = s.scalar(select(SupportRequest).where(SupportRequest.mail_message_id.in_(ids)).limit(1))
        if found is None:
            request_id = s.scalar(select(SupportMessage.request_id)
                                  .where(SupportMessage.mail_message_id.in_(ids)).limit(1))
            found = s.get(SupportRequest, request_id) if request_id else None
        if found is not None:
            return found
    if number := mail.request_number():
        return s.scalar(select(SupportRequest).where(SupportRequest.number == number))
    return None


def known_sender(s: Session, account_id: int, address: str) -> bool:
    """The account's address, a site's representative admin, or an address that asked for help before."""
    if not address:
        return False
    account = s.get(Account, account_id)
    if account is not None and account.email.lower() == address:
        return True
    if s.scalar(select(func.count()).select_from(SupportRequest).where(
            SupportRequest.account_id == account_id, func.lower(SupportRequest.requester_email) == address)):
        return True
    for login, domain in s.execute(select(Site.admin_login, Site.mail_domain).where(Site.account_id == account_id)):
        if login and (login.lower() == address or f"{login}@{domain}".lower() == address):
            return True
    return False


def _keep_attachments(s: Session, actor: StaffUser, req: SupportRequest, msg_id: int | None, mail: Mail) -> list[str]:
    """Files within T3 are kept; a larger one is named in a note, never silently dropped."""
    notes: list[str] = []
    for a in mail.attachments:
        if len(a.content) > MAX_BYTES:
            notes.append(_("첨부 파일 '{name}' ({size}) 은(는) 10 MB 제한(T3)을 넘어 저장하지 않았습니다. 보낸 사람에게 "
                           "다른 방법으로 받으세요.", name=a.filename, size=size_text(len(a.content))))
        else:
            add_attachment(s, actor, req.id, a.filename, a.content, msg_id)
    return notes


def _add_mail_to(s: Session, actor: StaffUser, req: SupportRequest, mail: Mail) -> SupportMessage:
    body = mail.body or _("(본문 없음)")
    msg = support.add_message(s, actor, req.id, "customer_message", body, sender=mail.sender,
                              mail_message_id=mail.message_id or None)
    if notes := _keep_attachments(s, actor, req, msg.id, mail):
        msg.body = body + "\n\n" + "\n".join(notes)
    _follow_up(s, actor, req)
    return msg


def _follow_up(s: Session, actor: StaffUser, req: SupportRequest) -> None:
    """The customer answered (T1): a request waiting for them goes back to in progress; a resolved one is
    reopened (back to in progress) within 7 days of resolving; a final one (closed, cancelled, or resolved
    longer ago) keeps its status, and a note tells staff to open a new request if the customer needs more."""
    if req.status == "waiting":
        support.change_status(s, actor, req.id, "in_progress")
        return
    now = clock.now().astimezone(dt.timezone.utc)
    if req.status == "resolved" and "in_progress" in allowed_moves("resolved", support.last_resolved_at(s, req.id),
                                                                    now):
        support.change_status(s, actor, req.id, "in_progress")  # reopened: the resolution clock resumes (T2)
        return
    if req.status == "resolved":
        note = _("고객이 해결된 지 7일이 지난 요청에 메일로 답했습니다. 이 요청은 다시 열 수 없으므로(T1) 상태를 바꾸지 "
                 "않았습니다. 도움이 더 필요하면 새 요청을 여세요.")
    elif req.status in FINAL:
        note = _("고객이 {status} 상태의 요청에 메일로 답했습니다. 끝난 요청이라(T1) 상태를 바꾸지 않았습니다. 도움이 더 "
                 "필요하면 새 요청을 여세요.", status=support.status_label(req.status))
    else:
        return
    support.add_message(s, actor, req.id, "internal_note", note)


def _open_from(s: Session, actor: StaffUser, project: ConsultingProject, mail: Mail) -> SupportRequest:
    title = mail.subject[:200] or _("메일로 받은 컨설팅 요청")
    req = support.open_request(s, actor, support.RequestInput(
        kind="consulting", account_id=project.account_id, project_id=project.id, title=title,
        description=mail.body, requester_email=mail.sender))
    notes = _keep_attachments(s, actor, req, None, mail)
    if notes:
        support.add_message(s, actor, req.id, "internal_note", "\n".join(notes))
    return req


def _triage(s: Session, actor: StaffUser, mail: Mail, raw: bytes, why: str) -> MailTriage:
    row = MailTriage(received_at=clock.now().astimezone(dt.timezone.utc), sender=mail.sender[:300],
                     recipient=", ".join(mail.recipients)[:300], subject=mail.subject[:500], body=mail.body,
                     why=why, mail_message_id=mail.message_id[:300], raw=raw, status="waiting", reason="")
    s.add(row)
    s.flush()
    record(s, actor, "triage", "mail", row.id, None, {"from": row.sender, "why": why})
    return row


@changes(Feature.SUPPORT, account=every_account)
def take_in(s: Session, actor: StaffUser, folder: str, uidvalidity: int, uid: int, raw: bytes,
            support_address: str) -> int | None:
    """One mail: placed, and marked as taken in the same transaction (the MailSeen id). None if it was taken
    before."""
    if s.scalar(select(MailSeen.id).where(MailSeen.folder == folder, MailSeen.uidvalidity == uidvalidity,
                                          MailSeen.uid == uid)):
        return None
    mail = parse(raw)
    seen = MailSeen(folder=folder, uidvalidity=uidvalidity, uid=uid, outcome="triage", moved=False)
    req = _thread(s, mail)
    if req is not None and known_sender(s, req.account_id, mail.sender):
        _add_mail_to(s, actor, req, mail)
        seen.outcome, seen.request_id = "added", req.id
    else:
        project, tag = None, None
        for address in mail.recipients:
            if (tag := tag_of(address, support_address)) is not None:
                project = s.scalar(select(ConsultingProject).where(ConsultingProject.mail_tag == tag))
                break
        if req is None and project is not None and project.status != "ended" and known_sender(
                s, project.account_id, mail.sender):
            seen.outcome, seen.request_id = "opened", _open_from(s, actor, project, mail).id
        else:
            # a tag that names no project; otherwise the sender is not known for the request or the project
            why = "unknown_tag" if tag is not None and project is None else "unknown_sender"
            seen.triage_id = _triage(s, actor, mail, raw, why).id
    s.add(seen)
    s.flush()
    return seen.id


@changes(Feature.SUPPORT, account=every_account)
def mark_moved(s: Session, actor: StaffUser, seen_ids: list[int]) -> None:
    for row in s.scalars(select(MailSeen).where(MailSeen.id.in_(seen_ids))):
        row.moved = True


def waiting_triage(s: Session) -> list[MailTriage]:
    rows = list(s.scalars(select(MailTriage).where(MailTriage.status == "waiting").order_by(MailTriage.id)))
    for r in rows:
        s.expunge(r)
    return rows


@changes(Feature.SUPPORT, account=every_account)
def discard_triage(s: Session, actor: StaffUser, triage_id: int, reason: str) -> MailTriage:
    from desktop_app.errors import UserError, ValidationError

    row = s.get(MailTriage, triage_id)
    if row is None or row.status != "waiting":
        raise UserError(_("그 메일은 이미 처리되었습니다. 목록을 새로 고치세요."))
    if not reason.strip():
        raise ValidationError({"reason": _("버리는 이유를 입력하세요 (감사 기록에 남습니다).")})
    row.status, row.reason = "discarded", reason.strip()
    record(s, actor, "discard", "mail", row.id, {"status": "waiting"}, {"status": "discarded", "reason": row.reason})
    return row


@changes(Feature.SUPPORT, account=every_account)
def attach_triage(s: Session, actor: StaffUser, triage_id: int, account_id: int,
                  request_id: int | None = None) -> SupportRequest:
    """Put a waiting mail on a request of the account (as a customer message), or open one for it (consulting
    when the account has a project, else it must be given a request)."""
    from desktop_app.errors import UserError, ValidationError

    row = s.get(MailTriage, triage_id)
    if row is None or row.status != "waiting":
        raise UserError(_("그 메일은 이미 처리되었습니다. 목록을 새로 고치세요."))
    mail = parse(row.raw)
    if request_id is not None:
        req = support.get_request(s, request_id)
        if req.account_id != account_id:
            raise ValidationError({"request_id": _("이 계정의 요청을 고르세요.")})
        _add_mail_to(s, actor, req, mail)
    else:
        project = s.scalar(select(ConsultingProject).where(ConsultingProject.account_id == account_id,
                                                           ConsultingProject.status != "ended")
                           .order_by(ConsultingProject.id.desc()))
        if project is None:
            raise ValidationError({"request_id": _("이 계정에는 컨설팅 프로젝트가 없어 새 요청을 열 수 없습니다. "
                                                   "메일을 붙일 요청을 고르세요.")})
        req = _open_from(s, actor, project, mail)
    row.status, row.request_id = "attached", req.id
    record(s, actor, "attach", "mail", row.id, {"status": "waiting"}, {"status": "attached", "request": req.number})
    return req


