"""Fetching the support mailbox on a worker (T7), from the application's start: the main window owns one
fetcher, which fetches once at start and then on a timer (the setting `imap_interval_minutes`, 0: never by
itself) whenever a mailbox is configured, whether or not the support section was ever opened; the support
section fetches on demand through the same fetcher. One fetch at a time; `stop()` (on quit) ends the timer and
lets a running fetch stop between two mails before the database is closed."""

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
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.fetch)
        if self.configure():
            QTimer.singleShot(0, self.fetch)  # on start

    def configure(self) -> bool:
        """(Re)read the interval from the settings (after they were saved): True when fetching by itself."""
        settings_now = self._settings()
        minutes = settings_now.get("imap_interval_minutes")
        if settings_now.get("imap_host").strip() and minutes > 0 and not self.stopped:
            self.timer.start(minutes * 60_000)
            return True
        self.timer.stop()
        return False

    def fetch(self) -> background.Job | None:
        if self.job is not None or self.stopped:
            return None  # one at a time: the timer never stacks fetches
        config = ImapConfig.from_settings(self._settings(), get_secret(PASSWORD_SECRET))

        def done(result: FetchResult | None, exc: BaseException | None) -> None:
            self.job = None
            self.fetched.emit(result, exc)

        def work(report: Callable[[int, int], bool]) -> FetchResult:
            return fetch_new(self.desk, config, go_on=lambda: report(0, 0))

        self.job = background.start(self, work, done, reports=True)
        return self.job

    def stop(self) -> None:
        """On quit: no further fetch; a running one stops between two mails and is waited for."""
        self.stopped = True
        self.timer.stop()
        job, self.job = self.job, None
        if job is not None:
            import shiboken6

            if shiboken6.isValid(job):
                job.cancelled = True
                job.wait()
