"""Quotes by email, through a real SMTP server on localhost: the message and its PDF read back, failures kept
in the outbox with a reason, and a retry that sends."""

import io

import pytest
from pypdf import PdfReader

from desktop_app.errors import ValidationError
from desktop_app.models import OutboxMessage, QuoteRow
from desktop_app.services import mail, quotes
from desktop_app.services.mail import SmtpConfig
from desktop_app.settings import Settings
from tests.support.smtp import PASSWORD, USER, free_port, silent_server, smtp_server
from tests.unit.test_quotes import make

DEMO_CONFIRMATION = 1  # the outbox id of the demo incident's confirmation mail, never sent in the tests


def config(port, **kw):
    base = {"host": "127.0.0.1", "port": port, "security": "none", "user": USER, "password": PASSWORD,
            "sender": USER, "timeout": 2}
    return SmtpConfig(**{**base, **kw})


def queued(desk, to=("admin@hanbit.co.kr",)):
    q = make(desk)
    return q, desk.run(mail.queue_quote, q.id, list(to)).id


def state(db, message_id):
    with db.session() as s:
        m = s.get(OutboxMessage, message_id)
        quote_status = s.get(QuoteRow, m.quote_id).status
        return m.status, m.attempts, m.last_error, quote_status


def test_a_quote_arrives_with_its_pdf_attached(demo_desk, db):
    q, mid = queued(demo_desk, ["admin@hanbit.co.kr", "ceo@hanbit.co.kr"])
    with smtp_server() as (inbox, port):
        assert mail.deliver(demo_desk, mid, config(port)) is None
    [(sender, rcpts)] = inbox.envelopes
    assert sender == USER and rcpts == ["admin@hanbit.co.kr", "ceo@hanbit.co.kr"]
    [msg] = inbox.messages
    assert q.number in msg["Subject"] and "(주)한빛소프트웨어" in msg["Subject"]
    body = msg.get_body(("plain",)).get_content()
    assert "담당자님, 안녕하세요" in body and f"{q.total:,}원" in body and q.content["priced"]["total_in_words"] in body
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"견적서_{q.number}.pdf"
    pdf = attachment.get_content()
    assert pdf == demo_desk.read(quotes.quote_pdf, q.id)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "(주)한빛소프트웨어" in text and f"{q.total:,}원" in text
    assert state(db, mid) == ("sent", 1, "", "sent")


@pytest.mark.parametrize("case", ["wrong password", "refused recipient", "no server", "time-out", "no settings",
                                  "ssl to a plain server", "starttls not offered"])
def test_a_failure_says_why_and_keeps_the_message_to_retry(demo_desk, db, case):
    to = ["nobody@refused.example"] if case == "refused recipient" else ["admin@hanbit.co.kr"]
    _q, mid = queued(demo_desk, to)
    with smtp_server() as (inbox, port):
        if case == "time-out":
            with silent_server() as silent:
                reason = mail.deliver(demo_desk, mid, config(silent, timeout=0.5))
        else:
            cfg = {"wrong password": config(port, password="wrong"), "refused recipient": config(port),
                   "no server": config(free_port()), "no settings": config(port, host=""),
                   "ssl to a plain server": config(port, security="ssl"),
                   "starttls not offered": config(port, security="starttls")}[case]
            reason = mail.deliver(demo_desk, mid, cfg)
        assert inbox.messages == []
    expected = {"wrong password": "비밀번호를 확인", "refused recipient": "nobody@refused.example",
                "no server": "연결할 수 없습니다", "time-out": "응답하지 않았습니다",
                "no settings": "SMTP 서버 주소", "ssl to a plain server": "보안 연결",
                "starttls not offered": "보안 방식을 확인"}[case]
    assert expected in reason
    status, _attempts, last_error, quote_status = state(db, mid)
    assert status == "failed" and last_error == reason and quote_status == "draft"
    assert mid in demo_desk.read(mail.waiting)


def test_a_failed_message_goes_on_retry(demo_desk, db):
    _q, mid = queued(demo_desk)
    assert mail.deliver(demo_desk, mid, config(free_port())) is not None
    with smtp_server() as (inbox, port):
        assert mail.deliver(demo_desk, mid, config(port)) is None
    assert len(inbox.messages) == 1 and state(db, mid)[:2] == ("sent", 2)
    assert demo_desk.read(mail.waiting) == [DEMO_CONFIRMATION]


def test_typed_addresses_are_checked_before_anything_is_queued(demo_desk, db):
    with pytest.raises(ValidationError) as err:
        mail.parse_addresses("admin@hanbit.co.kr, not-an-address")
    assert "not-an-address" in err.value.errors["recipients"]
    assert mail.parse_addresses("a@x.co.kr; b@x.co.kr\na@x.co.kr") == ["a@x.co.kr", "b@x.co.kr"]


def test_suggestions_are_the_account_admin_and_the_site_admins(demo_desk):
    q = make(demo_desk)
    suggested = demo_desk.read(mail.suggested_recipients, q.id)
    assert suggested and all("@" in r.address for r in suggested)
    assert len({r.address for r in suggested}) == len(suggested)


def test_settings_give_the_password_from_the_keyring():
    from desktop_app.secrets import get_secret, set_secret

    st = Settings()
    st.set("smtp_host", "smtp.example.co.kr")
    st.set("smtp_user", USER)
    assert "smtp_password" in SmtpConfig.from_settings(st, get_secret(mail.PASSWORD_SECRET)).problems()
    set_secret(mail.PASSWORD_SECRET, PASSWORD)
    cfg = SmtpConfig.from_settings(st, get_secret(mail.PASSWORD_SECRET))
    assert cfg.password == PASSWORD and cfg.problems() == {}


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_starttls_and_ssl_with_a_verified_certificate(demo_desk, db, tmp_path, monkeypatch, security):
    from tests.support.smtp import self_signed, tls_server

    cert, key = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", cert)  # the client trusts this certificate as the system would
    _q, mid = queued(demo_desk)
    with tls_server(cert, key, implicit=security == "ssl") as (inbox, port):
        assert mail.deliver(demo_desk, mid, config(port, security=security)) is None
    assert len(inbox.messages) == 1 and state(db, mid)[0] == "sent"


def test_an_untrusted_certificate_is_refused_with_a_reason(demo_desk, db, tmp_path):
    from tests.support.smtp import self_signed, tls_server

    cert, key = self_signed(tmp_path)  # not trusted: SSL_CERT_FILE is not set
    _q, mid = queued(demo_desk)
    with tls_server(cert, key, implicit=False) as (inbox, port):
        reason = mail.deliver(demo_desk, mid, config(port, security="starttls"))
    assert "보안 연결" in reason and inbox.messages == [] and state(db, mid)[0] == "failed"
