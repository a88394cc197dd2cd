"""The daily summary mail in the window (D1): the setting (on/off, time, address) in the settings dialog, and a
window started after that time queues the signed-in user's Today once and the outbox delivers it to a real SMTP
server on localhost. The fixed clock reads 09:00 of 2026-11-22."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from desktop_app.models import AuditEntry, StaffUser
from desktop_app.secrets import set_secret
from desktop_app.services import mail
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.main_window import MainWindow
from tests.support.smtp import PASSWORD, USER, smtp_server


def test_the_setting_is_chosen_in_the_settings_dialog(qtbot, tmp_path):
    from desktop_app.views.settings.dialog import SettingsDialog

    st = Settings(tmp_path / "settings.json")
    dialog = SettingsDialog(st)
    qtbot.addWidget(dialog)
    box = dialog.today_mail.enabled
    assert not box.isChecked() and not dialog.field("today_mail_time").isEnabled()
    box.setChecked(True)
    assert dialog.field("today_mail_time").isEnabled() and dialog.field("today_mail_time").text() == "08:00"
    dialog.field("today_mail_time").setText("25:00")
    dialog.field("today_mail_to").setText("me at example")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "HH:MM" in dialog.error_text("today_mail_time")
    assert "이메일 주소 형식" in dialog.error_text("today_mail_to")
    assert not (tmp_path / "settings.json").exists()  # nothing is written while a field is wrong
    dialog.field("today_mail_time").setText("07:30")
    dialog.field("today_mail_to").setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = Settings(tmp_path / "settings.json")
    assert (saved.get("today_mail"), saved.get("today_mail_time"), saved.get("today_mail_to")) == (True, "07:30", "")


def test_a_window_started_after_the_time_sends_todays_summary_once(qtbot, demo_desk, tmp_path):
    with demo_desk.db.session() as s:
        s.get(StaffUser, demo_desk.actor.id).email = "owner@reseller-desk.co.kr"
        user = s.get(StaffUser, demo_desk.actor.id)
        s.flush()
        s.expunge(user)
    desk = Desk(demo_desk.db, user)
    with smtp_server() as (inbox, port):
        st = Settings(tmp_path / "settings.json")
        for key, value in (("today_mail", True), ("today_mail_time", "08:00"), ("smtp_host", "127.0.0.1"),
                           ("smtp_port", port), ("smtp_security", "none"), ("smtp_user", USER),
                           ("smtp_from", USER), ("smtp_timeout", 5)):
            st.set(key, value)
        set_secret(mail.PASSWORD_SECRET, PASSWORD)
        ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        w = MainWindow(desk, st, ui)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.daily_mail.delivered, timeout=20000) as sent:
            w.show()
        assert sent.args[1] is None
        [msg] = inbox.messages
        assert msg["To"] == "owner@reseller-desk.co.kr"
        assert msg["Subject"] == "[오늘 할 일] 2026-11-22 root 님: 9건"
        body = msg.get_body(("plain",)).get_content()
        assert "  - Q-2026-000001 ((주)가람상사): 2026-11-27까지 유효 (5일 남음)" in body
        # a second window (a restart, another workstation) at the same day queues nothing more
        again = MainWindow(desk, st, ui)
        qtbot.addWidget(again)
        assert again.daily_mail.check() is None
        assert w.daily_mail.check() is None
    with demo_desk.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "queue_today")) == 1


def test_an_english_user_gets_the_summary_in_english(qapp, demo_desk):
    from PySide6.QtCore import QCoreApplication

    from desktop_app.app import install_translators
    from desktop_app.services import today_mail
    from tests.unit.test_today_mail import AT, MORNING, queued, signed_in

    desk = signed_in(demo_desk)
    kept = install_translators(qapp, "en")
    assert kept, "the English .qm file did not load"
    try:
        desk.run(today_mail.queue_summary, MORNING, AT, "", QCoreApplication.translate)
    finally:
        for t in kept:
            qapp.removeTranslator(t)
        install_translators(qapp, "ko")
    [(_to, subject, body)] = queued(desk)
    assert subject == "[Today] 2026-11-22 for root: 9 items"
    lines = body.splitlines()
    assert lines[0] == "root, here is what needs attention on 2026-11-22."
    assert lines[-1] == "Open each item from the Today screen of Reseller Desk. You can turn this mail off in the settings."
    assert "Q-2026-000001" in body and "(주)가람상사" in body
