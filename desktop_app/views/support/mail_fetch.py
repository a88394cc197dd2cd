"""Fetching the support mailbox on a worker (T7): once when the support section opens, then on a timer (the
setting `imap_interval_minutes`, 0: never by itself), and on demand. One fetch at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.secrets import get_secret
from desktop_app.services.desk import Desk
from desktop_app.services.mailbox import PASSWORD_SECRET, FetchResult, ImapConfig, fetch_new
from desktop_app.settings import Settings
from desktop_app.views.common import background


class MailFetcher(QObject):
    fetched = Signal(object, object)  # (FetchResult or None, exception or None)

    def __init__(self, desk: Desk, parent: QObject, settings: Callable[[], Settings] = Settings):
        super().__init__(parent)
        self.desk, self._settings = desk, settings
        self.job: background.Job | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.fetch)
        settings_now = settings()
        minutes = settings_now.get("imap_interval_minutes")
        if settings_now.get("imap_host") and minutes > 0:
            self.timer.start(minutes * 60_000)
            QTimer.singleShot(0, self.fetch)  # on start

    def fetch(self) -> background.Job | None:
        if self.job is not None:
            return None  # one at a time: the timer never stacks fetches
        config = ImapConfig.from_settings(self._settings(), get_secret(PASSWORD_SECRET))

        def done(result: FetchResult | None, exc: BaseException | None) -> None:
            self.job = None
            self.fetched.emit(result, exc)

        self.job = background.start(self, lambda: fetch_new(self.desk, config), done)
        return self.job
