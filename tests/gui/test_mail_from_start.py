"""The support mailbox is read from the application's start (T7, issue 16): the main window with a configured
mailbox takes in a customer's mail delivered to the real Dovecot on its own, on a worker, while the support
section has never been opened; the timer fetches again; quitting stops the fetcher."""

import datetime as dt
import email.policy
from email.message import EmailMessage

from imapclient import IMAPClient
from PySide6.QtCore import QSettings
from sqlalchemy import select

from desktop_app import clock
from desktop_app.models import Account
from desktop_app.models.support import ConsultingProject, SupportRequest
from desktop_app.secrets import set_secret
from desktop_app.settings import Settings
from desktop_app.views.main_window import MainWindow

KST = dt.timezone(dt.timedelta(hours=9))
SUPPORT = "support@reseller-desk.co.kr"


def deliver(dovecot, folder, sender, to, subject, body):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m.set_content(body)
    with IMAPClient("127.0.0.1", port=dovecot.port, ssl=False) as c:
        c.login(dovecot.user, dovecot.password)
        if not c.folder_exists(folder):
            c.create_folder(folder)
        c.append(folder, m.as_bytes(policy=email.policy.SMTP))


def titles(db):
    with db.session() as s:
        return sorted(s.scalars(select(SupportRequest.title).where(SupportRequest.kind == "consulting")))


def test_the_main_window_takes_in_mail_from_the_start_without_the_support_section(qtbot, demo_desk, db, dovecot,
                                                                                  monkeypatch, tmp_path, backend):
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 10, 0, tzinfo=KST))
    monkeypatch.setenv("SSL_CERT_FILE", dovecot.cert)
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        s.add(ConsultingProject(account_id=acc.id, name="한빛 컨설팅", status="active",
                                started_on=dt.date(2026, 11, 1), mail_tag="hb7k2q"))
        customer = acc.email.lower()
    folder = f"start-{backend}"  # one mail server for the session: each database run has its own folder
    deliver(dovecot, folder, customer, "support+hb7k2q@reseller-desk.co.kr", "백업 정책 상담", "백업 주기를 정하고 싶습니다.")
    settings = Settings(tmp_path / "settings.json")
    for key, value in (("imap_host", "127.0.0.1"), ("imap_port", dovecot.tls_port), ("imap_user", dovecot.user),
                       ("imap_folder", folder), ("support_address", SUPPORT), ("imap_interval_minutes", 2)):
        settings.set(key, value)
    set_secret("imap_password", dovecot.password)

    window = MainWindow(demo_desk, settings, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: titles(db) == ["백업 정책 상담"], timeout=15000)  # fetched at start, by itself
    assert window.SUPPORT not in window.sections  # the support section was never opened
    assert window.mail.timer.isActive() and window.mail.timer.interval() == 2 * 60_000  # the setting, in ms
    qtbot.waitUntil(lambda: window.mail.job is None, timeout=15000)

    # the next tick of the timer takes the next mail, again on a worker
    deliver(dovecot, folder, customer, "support+hb7k2q@reseller-desk.co.kr", "계정 추가 문의", "3명 추가하려 합니다.")
    with qtbot.waitSignal(window.mail.fetched, timeout=15000) as fetched:
        window.mail.timer.timeout.emit()
        assert window.mail.job is not None  # started on a worker; the GUI thread goes on
    result, exc = fetched.args
    assert exc is None and (result.taken, result.seen_before) == (1, 1)
    assert titles(db) == ["계정 추가 문의", "백업 정책 상담"]
    assert window.SUPPORT not in window.sections

    # opened now, the support section lists both and shares the window's fetcher
    window.nav.setCurrentRow(window.SUPPORT)
    view = window.sections[window.SUPPORT]
    assert view.fetcher is window.mail
    shown = {view.model.row(r).title for r in range(view.model.rowCount())}
    assert {"백업 정책 상담", "계정 추가 문의"} <= shown

    # a new interval saved in the settings is taken at once; 0 means never by itself
    settings.set("imap_interval_minutes", 0)
    assert window.mail.configure() is False and not window.mail.timer.isActive()
    settings.set("imap_interval_minutes", 1)
    assert window.mail.configure() and window.mail.timer.interval() == 60_000

    # quitting while a fetch runs: it is stopped and waited for before the window is gone, then nothing more
    deliver(dovecot, folder, customer, "support+hb7k2q@reseller-desk.co.kr", "라이선스 문의", "기간을 묻습니다.")
    job = window.mail.fetch()
    assert job is not None
    window.close()
    assert job.isFinished() and window.mail.job is None
    assert not window.mail.timer.isActive() and window.mail.fetch() is None
