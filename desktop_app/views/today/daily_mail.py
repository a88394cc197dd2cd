"""The daily summary mail in the window (D1): every minute, when the setting is on and its time has come, the
signed-in user's Today is queued in the outbox (services/today_mail.py keeps it to once a day in the database)
and the outbox delivers it in the background; a failure leaves it in the outbox to send again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.services import mail, today_mail
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.common import background

MINUTE_MS = 60_000


class DailyMail(QObject):
    queued = Signal(int)  # the outbox message's id
    delivered = Signal(int, object)  # the id and None when sent, else the reason (kept in the outbox)

    def __init__(self, desk: Desk, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.desk, self.settings = desk, settings
        self.timer = QTimer(self)
        self.timer.setInterval(MINUTE_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(0, self.check)  # a start after the time of day sends the day's summary at once

    def check(self) -> int | None:
        """Queue and send today's summary when it is due; the message id, or None when nothing was due."""
        if not self.settings.get("today_mail"):
            return None
        at = today_mail.parse_time(self.settings.get("today_mail_time"))
        if at is None:
            return None
        try:
            message_id = self.desk.run(today_mail.queue_summary, clock.now().astimezone(clock.SEOUL), at,
                                       self.settings.get("today_mail_to"), QCoreApplication.translate)
        except UserError:  # signed out or deactivated meanwhile: nothing to send
            return None
        if message_id is None:
            return None
        self.queued.emit(message_id)
        from desktop_app.secrets import get_secret

        config = mail.SmtpConfig.from_settings(self.settings, get_secret(mail.PASSWORD_SECRET))
        font = self.settings.get("font_path")
        background.start(self, lambda: mail.deliver(self.desk, message_id, config, font),
                         lambda reason, exc: self.delivered.emit(message_id, exc if exc is not None else reason))
        return message_id
