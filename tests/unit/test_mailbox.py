"""Requests by email (domain.md T7) against a real Dovecot on 127.0.0.1 (tests/support/dovecot.py) and the local
SMTP server of the mail tests: intake by tag, threading both ways, triage, repeated and cut-off fetches, a wrong
password and a TLS mismatch."""

import datetime as dt
import email
import email.policy
import itertools
import socket
from email.message import EmailMessage

import pytest
from imapclient import IMAPClient
from sqlalchemy import select

from desktop_app import clock
from desktop_app.models import Account, AuditEntry, OutboxMessage
from desktop_app.models.mail_intake import MailSeen
from desktop_app.models.support import (
    ConsultingProject,
    StatusChange,
    SupportAttachment,
    SupportMessage,
    SupportRequest,
)
from desktop_app.services import mail, mail_intake, support, support_replies
from desktop_app.services.mailbox import ImapConfig, MailboxError, check_connection, fetch_new
from desktop_app.services.support_detail import request_detail
from tests.conftest import count
from tests.support.dovecot import Dovecot
from tests.support.smtp import PASSWORD as SMTP_PASSWORD
from tests.support.smtp import USER as SMTP_USER
from tests.support.smtp import smtp_server

SUPPORT = "support@reseller-desk.co.kr"
TAG = "hb7k2q"
KST = dt.timezone(dt.timedelta(hours=9))
folders = itertools.count(1)


@pytest.fixture
def box(dovecot: Dovecot, monkeypatch):
    """A fresh folder of the support mailbox for one test; the client trusts the test's certificate."""
    monkeypatch.setenv("SSL_CERT_FILE", dovecot.cert)
    folder = f"test{next(folders)}"
    with IMAPClient("127.0.0.1", port=dovecot.port, ssl=False) as c:
        c.login(dovecot.user, dovecot.password)
        c.create_folder(folder)
    return ImapConfig("127.0.0.1", dovecot.tls_port, "ssl", dovecot.user, dovecot.password, folder,
                      support_address=SUPPORT, timeout=5)


def deliver(dovecot: Dovecot, folder: str, mail: EmailMessage) -> None:
    with IMAPClient("127.0.0.1", port=dovecot.port, ssl=False) as c:
        c.login(dovecot.user, dovecot.password)
        c.append(folder, mail.as_bytes(policy=email.policy.SMTP))


def customer_mail(sender, to, subject, body, **headers) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m["Message-ID"] = headers.pop("message_id", email.utils.make_msgid(domain="hanbit.example"))
    for k, v in headers.items():
        m[k.replace("_", "-")] = v
    m.set_content(body)
    return m


@pytest.fixture
def hanbit(demo_desk, db):
    """The demo's (주)한빛소프트웨어 with a consulting project whose intake tag is known."""
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 10, 0, tzinfo=KST))  # a Monday, in business hours
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        project = ConsultingProject(account_id=acc.id, name="한빛 컨설팅", status="active",
                                    started_on=dt.date(2026, 11, 1), mail_tag=TAG)
        s.add(project)
        s.flush()
        return acc.id, acc.email.lower(), project.id


def only(db, model, *where):
    with db.session() as s:
        rows = list(s.scalars(select(model).where(*where)))
        s.expunge_all()
    return rows


def test_a_mail_to_a_tag_opens_a_consulting_request_with_a_confirmation_that_threads(demo_desk, db, dovecot, box,
                                                                                    hanbit):
    acc_id, customer, project_id = hanbit
    first = customer_mail(customer, f"support+{TAG}@reseller-desk.co.kr", "메일 서버 이전 상담 요청",
                          "다음 달 메일 서버를 옮기려 합니다.")
    deliver(dovecot, box.folder, first)
    assert fetch_new(demo_desk, box).taken == 1
    [req] = only(db, SupportRequest, SupportRequest.project_id == project_id)
    assert (req.kind, req.account_id, req.title, req.requester_email, req.status) == (
        "consulting", acc_id, "메일 서버 이전 상담 요청", customer, "open")
    assert req.description == "다음 달 메일 서버를 옮기려 합니다."
    assert demo_desk.read(request_detail, req.id).project_tag == TAG  # shown with the project in the detail
    [confirmation] = only(db, OutboxMessage, OutboxMessage.mail_message_id == req.mail_message_id)
    assert confirmation.recipients == customer and confirmation.subject.startswith(f"[{req.number}]")

    # the confirmation goes out from the support address, with the Message-ID kept on the request
    with smtp_server() as (inbox, port):
        config = mail.SmtpConfig("127.0.0.1", port, "none", SMTP_USER, SMTP_PASSWORD, SMTP_USER, 5, SUPPORT)
        assert mail.deliver(demo_desk, confirmation.id, config, company_name="리셀러데스크") is None
        [sent] = inbox.messages
    assert sent["Message-ID"] == req.mail_message_id and sent["From"].addresses[0].addr_spec == SUPPORT
    assert sent["From"].addresses[0].display_name == "리셀러데스크"
    assert str(sent["Subject"]) == f"[{req.number}] 지원 요청이 접수되었습니다: 메일 서버 이전 상담 요청"

    # staff reply by mail, threaded under the confirmation
    queued = demo_desk.run(support_replies.reply_by_mail, req.id, "일정을 알려 주시면 준비하겠습니다.")
    with smtp_server() as (inbox, port):
        config = mail.SmtpConfig("127.0.0.1", port, "none", SMTP_USER, SMTP_PASSWORD, SMTP_USER, 5, SUPPORT)
        assert mail.deliver(demo_desk, queued.id, config, company_name="리셀러데스크") is None
        [reply] = inbox.messages
    assert str(reply["Subject"]) == f"Re: [{req.number}] 메일 서버 이전 상담 요청"
    assert reply["In-Reply-To"] == req.mail_message_id and reply["References"] == req.mail_message_id
    assert reply["To"] == customer and reply.get_content().strip() == "일정을 알려 주시면 준비하겠습니다."
    demo_desk.run(support.change_status, req.id, "in_progress")
    demo_desk.run(support.change_status, req.id, "waiting")

    # the customer answers the reply (no number in the subject): same request, back in progress
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 11, 0, tzinfo=KST))
    answer = customer_mail(customer, SUPPORT, "Re: 일정", "다음 주 화요일이 좋습니다.",
                           In_Reply_To=reply["Message-ID"], References=f"{req.mail_message_id} {reply['Message-ID']}")
    deliver(dovecot, box.folder, answer)
    assert fetch_new(demo_desk, box).taken == 1
    messages = only(db, SupportMessage, SupportMessage.request_id == req.id)
    assert [(m.source, m.body.strip(), m.sender) for m in messages] == [
        ("staff_reply", "일정을 알려 주시면 준비하겠습니다.", messages[0].sender),
        ("customer_message", "다음 주 화요일이 좋습니다.", customer)]
    history = only(db, StatusChange, StatusChange.request_id == req.id)
    assert [h.status for h in history] == ["open", "in_progress", "waiting", "in_progress"]
    assert support.aware(history[-1].at) == dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.timezone.utc)  # 11:00 KST
    assert count(db, SupportRequest) == 2  # the demo's and this one: no new request


def test_the_request_number_in_the_subject_threads_a_mail_without_references(demo_desk, db, dovecot, box, hanbit):
    _acc, customer, _p = hanbit
    deliver(dovecot, box.folder, customer_mail(customer, f"support+{TAG}@reseller-desk.co.kr", "백업 문의", "첫 메일"))
    fetch_new(demo_desk, box)
    [req] = only(db, SupportRequest, SupportRequest.kind == "consulting")
    deliver(dovecot, box.folder, customer_mail(customer, SUPPORT, f"추가 [{req.number}] 자료", "자료를 보냅니다"))
    fetch_new(demo_desk, box)
    [msg] = only(db, SupportMessage, SupportMessage.request_id == req.id)
    assert (msg.source, msg.body.strip()) == ("customer_message", "자료를 보냅니다")


def test_html_only_mail_is_text_and_a_large_attachment_is_noted_not_dropped(demo_desk, db, dovecot, box, hanbit):
    _acc, customer, _p = hanbit
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = customer, f"support+{TAG}@reseller-desk.co.kr", "HTML 메일"
    m.set_content("<html><head><style>p{}</style></head><body><p>안녕하세요&nbsp;문의</p><p>둘째 줄<br>셋째</p>"
                  "</body></html>", subtype="html")
    m.add_attachment(b"x" * 1000, maintype="text", subtype="plain", filename="log.txt")
    m.add_attachment(b"\0" * (10 * 1024 * 1024 + 1), maintype="application", subtype="zip", filename="dump.zip")
    deliver(dovecot, box.folder, m)
    fetch_new(demo_desk, box)
    [req] = only(db, SupportRequest, SupportRequest.kind == "consulting")
    assert req.description == "안녕하세요 문의\n\n둘째 줄\n셋째"
    assert [(a.filename, a.size) for a in only(db, SupportAttachment, SupportAttachment.request_id == req.id)] == [
        ("log.txt", 1000)]
    [note] = only(db, SupportMessage, SupportMessage.request_id == req.id)
    assert note.source == "internal_note" and "dump.zip" in note.body and "10.0 MB" in note.body
    assert "T3" in note.body


def test_a_stranger_and_an_unknown_tag_wait_in_triage_then_are_attached_or_discarded(demo_desk, db, dovecot, box,
                                                                                    hanbit):
    acc_id, _customer, _p = hanbit
    deliver(dovecot, box.folder, customer_mail("stranger@elsewhere.example", f"support+{TAG}@reseller-desk.co.kr",
                                               "도와주세요", "누구인지 모르는 사람"))
    deliver(dovecot, box.folder, customer_mail("someone@hanbit.example", "support+nosuch@reseller-desk.co.kr",
                                               "태그 오류", "없는 태그"))
    assert fetch_new(demo_desk, box).taken == 2
    assert count(db, SupportRequest) == 1  # only the demo's
    triage = demo_desk.read(mail_intake.waiting_triage)
    assert [(t.sender, t.why, t.subject) for t in triage] == [
        ("stranger@elsewhere.example", "unknown_sender", "도와주세요"),
        ("someone@hanbit.example", "unknown_tag", "태그 오류")]
    req = demo_desk.run(mail_intake.attach_triage, triage[0].id, acc_id)
    assert only(db, SupportRequest, SupportRequest.id == req.id)[0].requester_email == "stranger@elsewhere.example"
    with pytest.raises(Exception) as refused:
        demo_desk.run(mail_intake.discard_triage, triage[1].id, "  ")
    assert refused.value.errors == {"reason": refused.value.errors["reason"]} and "이유" in refused.value.errors["reason"]
    demo_desk.run(mail_intake.discard_triage, triage[1].id, "광고 메일")
    assert demo_desk.read(mail_intake.waiting_triage) == []
    [entry] = only(db, AuditEntry, AuditEntry.action == "discard")
    assert entry.after == {"status": "discarded", "reason": "광고 메일"}


def test_repeated_fetches_take_each_mail_once(demo_desk, db, dovecot, box, hanbit):
    _acc, customer, _p = hanbit
    for n in range(3):
        deliver(dovecot, box.folder, customer_mail(customer, f"support+{TAG}@reseller-desk.co.kr", f"요청 {n}", "본문"))
    assert (fetch_new(demo_desk, box).taken, fetch_new(demo_desk, box).taken) == (3, 0)
    assert fetch_new(demo_desk, box).seen_before == 3
    assert count(db, SupportRequest) == 4 and count(db, MailSeen) == 3
    with IMAPClient("127.0.0.1", port=dovecot.port, ssl=False) as c:  # nothing deleted, nothing marked read
        c.login(dovecot.user, dovecot.password)
        c.select_folder(box.folder, readonly=True)
        assert len(c.search("ALL")) == 3 and len(c.search("UNSEEN")) == 3


def test_a_fetch_cut_off_half_way_and_repeated_never_makes_a_request_twice(demo_desk, db, dovecot, box, hanbit,
                                                                          monkeypatch):
    _acc, customer, _p = hanbit
    for n in range(5):
        deliver(dovecot, box.folder, customer_mail(customer, f"support+{TAG}@reseller-desk.co.kr", f"요청 {n}", "본문"))
    real_take_in = mail_intake.take_in
    calls = []

    def cut_after_two(s, actor, *args):  # the connection drops while the third mail is being taken in
        if len(calls) == 2:
            raise ConnectionResetError("connection reset by peer")
        calls.append(args[2])
        return real_take_in(s, actor, *args)

    from desktop_app.services import mailbox
    monkeypatch.setattr(mailbox, "take_in", cut_after_two)
    with pytest.raises(ConnectionResetError):
        fetch_new(demo_desk, box, batch=2)
    assert count(db, SupportRequest) == 3 and count(db, MailSeen) == 2
    monkeypatch.setattr(mailbox, "take_in", real_take_in)
    assert fetch_new(demo_desk, box).taken == 3
    titles = sorted(r.title for r in only(db, SupportRequest, SupportRequest.kind == "consulting"))
    assert titles == ["요청 0", "요청 1", "요청 2", "요청 3", "요청 4"]


def test_a_connection_dropped_by_the_server_mid_fetch_keeps_what_was_taken(demo_desk, db, dovecot, box, hanbit,
                                                                          monkeypatch):
    _acc, customer, _p = hanbit
    for n in range(4):
        deliver(dovecot, box.folder, customer_mail(customer, f"support+{TAG}@reseller-desk.co.kr", f"요청 {n}", "본문"))
    real_take_in = mail_intake.take_in
    from desktop_app.services import mailbox
    clients = []
    real_connect = mailbox.connect

    def remember(*a, **k):
        clients.append(real_connect(*a, **k))
        return clients[-1]

    def drop_socket_after_first(s, actor, *args):
        result = real_take_in(s, actor, *args)
        clients[-1].socket().shutdown(socket.SHUT_RDWR)  # the network goes away between two batches
        return result

    monkeypatch.setattr(mailbox, "connect", remember)
    monkeypatch.setattr(mailbox, "take_in", drop_socket_after_first)
    with pytest.raises(MailboxError) as cut:
        fetch_new(demo_desk, box, batch=1)
    assert cut.value.field == "imap_fetch" and "다시 받으면" in cut.value.message
    assert count(db, MailSeen) == 1
    monkeypatch.setattr(mailbox, "take_in", real_take_in)
    assert fetch_new(demo_desk, box).taken == 3 and count(db, SupportRequest) == 5


def test_test_connection_names_the_step_that_failed(dovecot, box):
    assert "test" in check_connection(box) and "0통" in check_connection(box)
    with pytest.raises(MailboxError) as wrong_password:
        check_connection(ImapConfig(**{**box.__dict__, "password": "wrong-password"}))
    assert wrong_password.value.field == "imap_login" and dovecot.user in wrong_password.value.message
    with pytest.raises(MailboxError) as tls_on_plain:  # implicit TLS against the plain port
        check_connection(ImapConfig(**{**box.__dict__, "port": dovecot.port}))
    assert tls_on_plain.value.field == "imap_security"
    with pytest.raises(MailboxError) as no_folder:
        check_connection(ImapConfig(**{**box.__dict__, "folder": "NoSuchFolder"}))
    assert no_folder.value.field == "imap_folder" and "NoSuchFolder" in no_folder.value.message
    with pytest.raises(MailboxError) as refused:
        check_connection(ImapConfig(**{**box.__dict__, "port": 1}))
    assert refused.value.field == "imap_host"
    starttls = ImapConfig(**{**box.__dict__, "port": dovecot.port, "security": "starttls"})
    assert "연결됨" in check_connection(starttls)


def test_an_untrusted_certificate_is_a_tls_failure(dovecot, box, monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE")
    with pytest.raises(MailboxError) as untrusted:
        check_connection(box)
    assert untrusted.value.field == "imap_security" and "CERTIFICATE_VERIFY_FAILED" in untrusted.value.message


def incident(demo_desk, db, customer, acc_id, title):
    """An incident of severity 4 (resolution within 24 h, T2) on the account's first site, asked by `customer`."""
    from desktop_app.models import Site

    with db.session() as s:
        site_id = s.scalars(select(Site.id).where(Site.account_id == acc_id).order_by(Site.id)).first()
    return demo_desk.run(support.open_request, support.RequestInput(
        "incident", acc_id, title, "메일이 나가지 않습니다", site_id=site_id, severity=4, requester_email=customer))


def at(day, hour, minute=0):
    clock.set_clock(lambda: dt.datetime(2026, 11, day, hour, minute, tzinfo=KST))


def test_a_customer_answer_reopens_a_resolved_request_and_its_clock_resumes(demo_desk, db, dovecot, box, hanbit):
    acc_id, customer, _p = hanbit
    at(23, 10)
    req = incident(demo_desk, db, customer, acc_id, "메일 발송 장애")
    at(23, 10, 30)
    demo_desk.run(support.change_status, req.id, "in_progress")
    at(23, 12)
    demo_desk.run(support.change_status, req.id, "resolved")
    at(23, 15)  # three hours after resolving, the customer writes back: within 7 days, so reopened (T1)
    deliver(dovecot, box.folder, customer_mail(customer, SUPPORT, f"Re: [{req.number}] 메일 발송 장애",
                                               "다시 메일이 나가지 않습니다."))
    assert fetch_new(demo_desk, box).taken == 1
    history = only(db, StatusChange, StatusChange.request_id == req.id)
    assert [(h.previous, h.status) for h in history] == [
        (None, "open"), ("open", "in_progress"), ("in_progress", "resolved"), ("resolved", "in_progress")]
    reopen = history[-1]
    assert support.aware(reopen.at) == dt.datetime(2026, 11, 23, 6, 0, tzinfo=dt.timezone.utc)  # 15:00 KST
    assert reopen.staff_id == demo_desk.actor.id  # who: the staff user whose desk took the mail in
    [msg] = only(db, SupportMessage, SupportMessage.request_id == req.id)
    assert (msg.source, msg.body.strip(), msg.sender) == ("customer_message", "다시 메일이 나가지 않습니다.", customer)
    # T2: opened 10:00, 24 h target; resolved 12:00 → reopened 15:00 does not count: due 24 Nov 13:00 KST
    at(23, 16)
    detail = demo_desk.read(request_detail, req.id)
    [resolution] = [c for c in detail.row.clocks(clock.now(), None) if c.clock == "resolution"]
    assert (resolution.state, resolution.paused_minutes) == ("running", 180)
    assert resolution.due == dt.datetime(2026, 11, 24, 13, 0, tzinfo=KST)
    assert [h.status for h in detail.history][-1] == "in_progress" and detail.row.status == "in_progress"


def test_an_answer_to_a_closed_or_long_resolved_request_keeps_it_and_notes_it(demo_desk, db, dovecot, box, hanbit):
    acc_id, customer, _p = hanbit
    at(23, 10)
    closed = incident(demo_desk, db, customer, acc_id, "백업 실패")
    old = incident(demo_desk, db, customer, acc_id, "로그인 오류")
    for req in (closed, old):
        demo_desk.run(support.change_status, req.id, "in_progress")
    at(23, 12)
    for req in (closed, old):
        demo_desk.run(support.change_status, req.id, "resolved")
    demo_desk.run(support.change_status, closed.id, "closed")
    at(30, 12, 1)  # 7 days and a minute after resolving: a reopen is no longer allowed (T1)
    deliver(dovecot, box.folder, customer_mail(customer, SUPPORT, f"Re: [{closed.number}] 백업 실패", "또 실패했습니다."))
    deliver(dovecot, box.folder, customer_mail(customer, SUPPORT, f"Re: [{old.number}] 로그인 오류", "다시 안 됩니다."))
    assert fetch_new(demo_desk, box).taken == 2
    assert count(db, SupportRequest) == 3  # the demo's and these two: no request opened by itself
    for req, status, said in ((closed, "closed", "또 실패했습니다."), (old, "resolved", "다시 안 됩니다.")):
        [row] = only(db, SupportRequest, SupportRequest.id == req.id)
        assert row.status == status  # final (or past the reopen window): the status stays
        assert only(db, StatusChange, StatusChange.request_id == req.id)[-1].status == status
        customer_msg, note = only(db, SupportMessage, SupportMessage.request_id == req.id)
        assert (customer_msg.source, customer_msg.body.strip()) == ("customer_message", said)  # never dropped
        assert note.source == "internal_note" and "T1" in note.body and "새 요청" in note.body
    assert "7일" in only(db, SupportMessage, SupportMessage.request_id == old.id)[1].body
    assert "종료" in only(db, SupportMessage, SupportMessage.request_id == closed.id)[1].body
