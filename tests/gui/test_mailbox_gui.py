"""The triage view and the mailbox settings (T7) driven as a user would: a stranger's mail waits in triage,
is attached to an account (opening a consulting request) or discarded with a reason; the settings' connection
test against the real Dovecot says which step failed."""

import datetime as dt
from email.message import EmailMessage

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app import clock
from desktop_app.models import Account, AuditEntry
from desktop_app.models.support import ConsultingProject, SupportRequest
from desktop_app.services import mail_intake
from desktop_app.settings import Settings
from desktop_app.views.settings.dialog import SettingsDialog
from desktop_app.views.support.triage import TriageView
from tests.conftest import count, type_text

KST = dt.timezone(dt.timedelta(hours=9))


def raw_mail(sender, to, subject, body) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m.set_content(body)
    return m.as_bytes()


def test_triage_attach_opens_a_request_and_discard_keeps_the_reason(qtbot, demo_desk, db):
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 10, 0, tzinfo=KST))
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        s.add(ConsultingProject(account_id=acc.id, name="한빛 컨설팅", status="active",
                                started_on=dt.date(2026, 11, 1), mail_tag="hb7k2q"))
        acc_id = acc.id
    support = "support@reseller-desk.co.kr"
    demo_desk.run(mail_intake.take_in, "INBOX", 7, 1, raw_mail("kim@newcustomer.example", support, "견적 문의",
                                                                "새 고객입니다"), support)
    demo_desk.run(mail_intake.take_in, "INBOX", 7, 2, raw_mail("spam@ads.example", "support+zz@reseller-desk.co.kr",
                                                                "광고", "광고"), support)
    view = TriageView(demo_desk)
    qtbot.addWidget(view)
    assert view.table.rowCount() == 2
    assert [view.table.item(0, c).text() for c in (1, 3, 4)] == ["kim@newcustomer.example", "견적 문의",
                                                                 "모르는 보낸 사람"]
    assert view.body.text() == "새 고객입니다"
    view.account.setCurrentIndex(view.account.findData(acc_id))
    assert view.request.currentData() is None  # "open a new consulting request"
    before = count(db, SupportRequest)
    qtbot.mouseClick(view.attach_button, Qt.MouseButton.LeftButton)
    assert count(db, SupportRequest) == before + 1 and view.table.rowCount() == 1
    assert "REQ-2026-" in view.status.text()
    assert view.discard("광고 메일") and view.table.rowCount() == 0
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "discard")).one()
        assert entry.after["reason"] == "광고 메일"


def test_settings_connection_test_names_the_failed_step(qtbot, dovecot, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", dovecot.cert)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.field("support_address"), "support@reseller-desk.co.kr")
    assert dialog.mailbox.tag_form.text() == "support+{tag}@reseller-desk.co.kr"
    type_text(qtbot, dialog.field("imap_host"), "127.0.0.1")
    dialog.mailbox.port.setValue(dovecot.tls_port)
    type_text(qtbot, dialog.field("imap_user"), dovecot.user)
    type_text(qtbot, dialog.mailbox.password, "wrong-password")
    qtbot.mouseClick(dialog.mailbox.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mailbox.test_button.isEnabled(), timeout=15000)
    assert dialog.mailbox.result.text().startswith("실패 (로그인)")
    dialog.mailbox.password.clear()
    type_text(qtbot, dialog.mailbox.password, dovecot.password)
    qtbot.mouseClick(dialog.mailbox.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.mailbox.test_button.isEnabled(), timeout=15000)
    assert dialog.mailbox.result.text().startswith("연결됨")
    assert dialog.save()
    saved = Settings()
    assert (saved.get("imap_host"), saved.get("imap_port"), saved.get("support_address")) == (
        "127.0.0.1", dovecot.tls_port, "support@reseller-desk.co.kr")
    assert dovecot.password not in saved.path.read_text()  # the password is in the keyring only (S5)
    from desktop_app.secrets import get_secret
    assert get_secret("imap_password") == dovecot.password


def test_fetching_on_demand_from_the_support_view_takes_the_mail_or_says_why_not(qtbot, demo_desk, db, dovecot,
                                                                                 monkeypatch, backend):
    from imapclient import IMAPClient
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.secrets import set_secret
    from desktop_app.views.support.view import SupportView

    monkeypatch.setenv("SSL_CERT_FILE", dovecot.cert)
    with IMAPClient("127.0.0.1", port=dovecot.port, ssl=False) as c:
        c.login(dovecot.user, dovecot.password)
        folder = f"gui1-{backend}"  # one mail server for the session: each database run has its own folder
        c.create_folder(folder)
        c.append(folder, raw_mail("who@stranger.example", "support@reseller-desk.co.kr", "문의", "안녕하세요"))
    settings = Settings()
    for key, value in (("imap_host", "127.0.0.1"), ("imap_port", dovecot.tls_port), ("imap_user", dovecot.user),
                       ("imap_folder", folder), ("support_address", "support@reseller-desk.co.kr"),
                       ("imap_interval_minutes", 0)):
        settings.set(key, value)
    settings.save()
    set_secret("imap_password", "wrong-password")
    view = SupportView(demo_desk)
    qtbot.addWidget(view)
    view.fetch_mail()
    qtbot.waitUntil(lambda: view.fetcher.job is None, timeout=15000)
    box = view.findChild(QMessageBox, "message")
    assert box is not None and "로그인" in box.text() and dovecot.user in box.text()
    set_secret("imap_password", dovecot.password)
    view.fetch_mail()
    qtbot.waitUntil(lambda: view.fetcher.job is None, timeout=15000)
    assert [t.sender for t in demo_desk.read(mail_intake.waiting_triage)] == ["who@stranger.example"]
