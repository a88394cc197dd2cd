"""Sending quotes by email: a message is queued in the outbox in one transaction, then delivered over SMTP
outside any transaction (the network never holds the database). A failure leaves it in the outbox to retry."""

from __future__ import annotations

import datetime as dt
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.errors import UserError, ValidationError
from desktop_app.i18n import Text, texts
from desktop_app.models import Account, Feature, OutboxMessage, Site, StaffUser
from desktop_app.pricing.names import email_problem
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.quotes import get_quote, mark_sent, render
from desktop_app.services.scope import no_account, row_arg

_ = texts("mail")

PASSWORD_SECRET = "smtp_password"
SECURITY = ("none", "starttls", "ssl")


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str = "starttls"
    user: str = ""
    password: str = ""
    sender: str = ""
    timeout: float = 20
    support_sender: str = ""  # support mail (T7) goes from the support mailbox's address when it is set

    @classmethod
    def from_settings(cls, settings: Any, password: str | None) -> SmtpConfig:
        return cls(settings.get("smtp_host").strip(), settings.get("smtp_port"), settings.get("smtp_security"),
                   settings.get("smtp_user").strip(), password or "", settings.get("smtp_from").strip(),
                   settings.get("smtp_timeout"), settings.get("support_address").strip())

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.host:
            errors["smtp_host"] = _("SMTP 서버 주소를 설정에 입력하세요 (예: smtp.example.co.kr).")
        if not 1 <= self.port <= 65535:
            errors["smtp_port"] = _("포트는 1–65535 사이입니다 (보통 587 STARTTLS, 465 SSL).")
        if self.security not in SECURITY:
            errors["smtp_security"] = _("보안 방식은 none, starttls, ssl 중 하나입니다.")
        if self.sender and (p := email_problem(self.sender)):
            errors["smtp_from"] = p
        if not self.sender and not (self.user and "@" in self.user):
            errors["smtp_from"] = _("보내는 주소를 설정에 입력하세요.")
        if self.user and not self.password:
            errors["smtp_password"] = _("SMTP 비밀번호를 설정에서 입력하세요 (운영체제 키링에 저장됩니다).")
        return errors


@dataclass(frozen=True)
class Recipient:
    address: str
    who: str  # what the suggestion is, e.g. "본사 대표 관리자"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    quote_id: int | None
    recipients: str
    subject: str
    status: str
    attempts: int
    last_error: str
    sent_at: dt.datetime | None
    invoice_id: int | None = None


def suggested_recipients(s: Session, quote_id: int) -> list[Recipient]:
    """The account's admin address (O6) and each site's representative admin whose address is known."""
    quote = get_quote(s, quote_id)
    out: list[Recipient] = []
    if quote.account_id is not None:
        account = s.get(Account, quote.account_id)
        if account is not None and account.email:
            out.append(Recipient(account.email, _("계정 관리자 주소")))
        for site in s.scalars(select(Site).where(Site.account_id == quote.account_id, Site.active.is_(True))):
            if site.admin_login and site.mail_domain:
                address = site.admin_login if "@" in site.admin_login else f"{site.admin_login}@{site.mail_domain}"
                out.append(Recipient(address, _("{site} 대표 관리자 {admin}", site=site.name, admin=site.admin_name)))
    elif email := quote.content["customer"].get("email"):
        out.append(Recipient(email, _("견적서의 고객 이메일")))
    first_of: dict[str, Recipient] = {}  # one suggestion per address, whatever its case: the first (most specific) wins
    for r in out:
        first_of.setdefault(r.address.lower(), r)
    return list(first_of.values())


def parse_addresses(text: str) -> list[str]:
    """Addresses typed one per line or separated by commas or semicolons; a bad one is refused by name."""
    addresses = [a.strip() for a in text.replace(";", ",").replace("\n", ",").split(",") if a.strip()]
    if not addresses:
        raise ValidationError({"recipients": _("받는 사람 주소를 하나 이상 입력하세요.")})
    for a in addresses:
        if problem := email_problem(a):
            raise ValidationError({"recipients": f"'{a}': {problem}"})
    return list(dict.fromkeys(addresses))


def quote_mail(content: dict[str, Any]) -> tuple[str, str]:
    """The Korean message template: subject and body."""
    lh, cu, pr = content["letterhead"], content["customer"], content["priced"]
    revision = f" (개정 {content['revision']})" if content.get("revision", 1) > 1 else ""
    subject = f"[견적서] {content['number']}{revision} {cu['name']} 귀중 – {lh['name']}"
    body = "\n".join([
        f"{cu['name']} 담당자님, 안녕하세요.", "",
        f"{lh['name']}입니다. 요청하신 견적서를 첨부 파일로 보내 드립니다.", "",
        f"  견적 번호: {content['number']}{revision}",
        f"  합계 금액: {pr['total']:,}원 (부가세 포함, {pr['total_in_words']})",
        f"  유효 기간: {content['valid_until']} 까지", "",
        "견적 내용을 확인하시고 궁금한 점은 이 메일에 회신하거나 아래 연락처로 문의해 주세요.", "",
        "감사합니다.", "",
        f"{lh['name']}", f"전화 {lh.get('phone', '')} · {lh.get('email', '')}",
    ])
    return subject, body


@changes(Feature.QUOTES, account=row_arg("quote_id", "QuoteRow", owner=True))
def queue_quote(s: Session, actor: StaffUser, quote_id: int, recipients: list[str]) -> OutboxMessage:
    quote = get_quote(s, quote_id)
    if quote.status in ("superseded", "expired"):
        raise UserError(_("{status} 상태의 견적 {number} 은(는) 보낼 수 없습니다. 최신 개정판을 보내세요.",
                          status=quote.status, number=quote.number))
    subject, body = quote_mail(quote.content)
    msg = OutboxMessage(quote_id=quote.id, recipients=", ".join(recipients), subject=subject, body=body)
    s.add(msg)
    s.flush()
    record(s, actor, "queue", "mail", msg.id, None, {"quote": quote.number, "to": msg.recipients})
    return msg


def build_message(msg: OutboxMessage, pdf: bytes | None, filename: str, config: SmtpConfig,
                  sender_name: str) -> EmailMessage:
    """The mail of an outbox message; a quote's carries its PDF, others (support confirmations) are text."""
    mail = EmailMessage(policy=SMTP)  # Korean names and subjects as RFC 2047 words, CRLF lines
    support = msg.mail_message_id is not None and bool(config.support_sender)  # threaded support mail (T7)
    mail["From"] = Address(sender_name, addr_spec=config.support_sender if support else config.sender or config.user)
    mail["To"] = msg.recipients
    mail["Subject"] = msg.subject
    mail["Date"] = formatdate(localtime=True)  # every mail is dated (RFC 5322 requires it)
    mail["Message-ID"] = msg.mail_message_id or make_msgid(
        domain=(config.sender or config.user).rpartition("@")[2] or None)
    if msg.in_reply_to:
        mail["In-Reply-To"] = msg.in_reply_to
    if msg.mail_references:
        mail["References"] = msg.mail_references
    mail.set_content(msg.body)
    if pdf is not None:
        mail.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return mail


def _transmit(mail: EmailMessage, config: SmtpConfig) -> None:
    context = ssl.create_default_context()
    if config.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=context)
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    with smtp:
        if config.security == "starttls":
            smtp.starttls(context=context)
        if config.user:
            smtp.login(config.user, config.password)
        smtp.send_message(mail)


def explain(exc: BaseException, config: SmtpConfig) -> Text:
    """What went wrong, in words that say what to check."""
    where = f"{config.host}:{config.port}"
    if isinstance(exc, UnicodeEncodeError):  # smtplib sends the login as ASCII
        return _("SMTP 사용자 이름과 비밀번호에는 영문, 숫자, 기호만 쓸 수 있습니다. 설정을 확인하세요.")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _("{where} 가 로그인을 거부했습니다. 설정의 SMTP 사용자와 비밀번호를 확인하세요.", where=where)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return _("서버가 받는 주소를 거부했습니다: {addresses}. 주소를 확인하세요.", addresses=", ".join(exc.recipients))
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _("서버가 보내는 주소 {sender} 를 거부했습니다. 설정의 보내는 주소를 확인하세요.", sender=exc.sender)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return _("{where} 가 STARTTLS 나 로그인을 지원하지 않습니다. 설정의 보안 방식을 확인하세요.", where=where)
    if isinstance(exc, (socket.timeout, TimeoutError)) or isinstance(exc.__context__, (socket.timeout, TimeoutError)):
        # smtplib reports a time-out while reading a reply as "Connection unexpectedly closed: timed out"
        return _("{where} 가 {seconds:g}초 안에 응답하지 않았습니다. 네트워크와 서버 주소를 확인하고 다시 보내세요.", where=where,
                 seconds=config.timeout)
    if isinstance(exc, ssl.SSLError):
        return _("{where} 와 보안 연결을 맺지 못했습니다 ({reason}). 포트와 보안 방식(STARTTLS/SSL)을 확인하세요.", where=where,
                 reason=exc.reason)
    if isinstance(exc, ConnectionRefusedError):
        return _("{where} 에 연결할 수 없습니다 (연결 거부). 서버 주소와 포트를 확인하세요.", where=where)
    if isinstance(exc, socket.gaierror):
        return _("서버 이름 {host} 를 찾을 수 없습니다. 주소와 네트워크 연결을 확인하세요.", host=config.host)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _("{where} 가 메일을 거부했습니다: {code} {reply}", where=where, code=exc.smtp_code,
                 reply=exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes)
                 else exc.smtp_error)
    return _("{where} 로 보내지 못했습니다: {error}", where=where, error=str(exc))


def deliver(desk: Any, message_id: int, config: SmtpConfig, font_path: str = "",
            company_name: str = "") -> str | None:
    """Send one outbox message. Returns None when sent, else the reason, which is also kept on the message."""
    def prepare(s: Session) -> EmailMessage:
        msg = s.get(OutboxMessage, message_id)
        if msg is None or msg.status == "sent":
            raise UserError(_("그 메일은 이미 보냈거나 보낼함에 없습니다."))
        if msg.invoice_id is not None:
            from desktop_app.services.invoices import invoice_attachment

            pdf, filename, sender_name = invoice_attachment(s, msg.invoice_id, font_path)
            return build_message(msg, pdf, filename, config, sender_name)
        if msg.quote_id is None:  # a text mail (support request confirmation)
            return build_message(msg, None, "", config, company_name)
        quote = get_quote(s, msg.quote_id)
        pdf = render(quote.content, font_path)  # frozen content (K2): the same PDF as the preview
        return build_message(msg, pdf, f"견적서_{quote.number}.pdf", config, quote.content["letterhead"]["name"])

    if errors := config.problems():
        reason = _("{problems}", problems=list(errors.values()))
        _finish(desk, message_id, reason)
        return reason
    mail = desk.read(prepare)
    try:
        _transmit(mail, config)
    except (smtplib.SMTPException, OSError, UnicodeEncodeError) as exc:
        reason = explain(exc, config)
        _finish(desk, message_id, reason)
        return reason
    _finish(desk, message_id, None)
    return None


def _finish(desk: Any, message_id: int, error: str | None) -> None:
    desk.run(record_delivery, message_id, error)


# any active user: the mail was queued through its own checked service (a quote, a support request)
@changes(None, account=no_account)
def record_delivery(s: Session, actor: StaffUser, message_id: int, error: str | None) -> None:
    """What became of one attempt to send an outbox message: sent (its quote then counts as sent) or the
    reason it failed, kept on the message to show and to send again."""
    msg = s.get(OutboxMessage, message_id)
    if msg is None:
        raise UserError(_("그 메일이 보낼함에 없습니다. 보낼함을 새로 고치세요."))
    msg.attempts += 1
    if error is None:
        msg.status, msg.last_error, msg.sent_at = "sent", "", dt.datetime.now(dt.timezone.utc)
        if msg.quote_id is not None:
            mark_sent(s, actor, msg.quote_id)
        record(s, actor, "send", "mail", msg.id, None, {"to": msg.recipients})
    else:
        msg.status, msg.last_error = "failed", error


def waiting(s: Session) -> list[int]:
    return list(s.scalars(select(OutboxMessage.id).where(OutboxMessage.status != "sent").order_by(OutboxMessage.id)))


def outbox_rows(s: Session) -> list[OutboxRow]:
    rows = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc()))
    return [OutboxRow(m.id, m.quote_id, m.recipients, m.subject, m.status, m.attempts, m.last_error, m.sent_at,
                      m.invoice_id) for m in rows]
