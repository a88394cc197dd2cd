"""Run a slow call (network, large export) off the GUI thread and get its result back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot


class Job(QThread):
    finished_with = Signal(object, object)  # (result, exception or None), delivered on the GUI thread
    progressed = Signal(int, int)  # (done, total), for a progress dialog

    def __init__(self, fn: Callable[..., Any], parent: QObject | None = None, reports: bool = False):
        super().__init__(parent)
        self._fn, self._reports = fn, reports
        self.cancelled = False  # set from the GUI thread; the work reads it between steps

    def report(self, done: int, total: int) -> bool:
        """Called by the work on its thread: passes the count on and says whether to go on."""
        self.progressed.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self._fn(self.report) if self._reports else self._fn()
        except Exception as exc:  # handed to the GUI thread, which shows it; never lost in a thread
            self.finished_with.emit(None, exc)
        else:
            self.finished_with.emit(result, None)


class _Relay(QObject):
    """Delivers a job's result to `done` while `parent` lives; a view closed meanwhile gets nothing (Qt drops
    the connection with the relay), and the thread itself, owned by the application, is never destroyed
    while it runs."""

    def __init__(self, parent: QObject, done: Callable[[Any, BaseException | None], None]):
        super().__init__(parent)
        self._done = done

    @Slot(object, object)
    def deliver(self, result: Any, exc: BaseException | None) -> None:
        try:
            self._done(result, exc)
        finally:
            self.deleteLater()


def start(parent: QObject, fn: Callable[..., Any], done: Callable[[Any, BaseException | None], None],
          reports: bool = False) -> Job:
    """Run `fn` on a worker thread; with `reports`, `fn(report)` may call `report(done, total)`, which returns
    False once the user has cancelled."""
    job = Job(fn, QCoreApplication.instance(), reports)
    relay = _Relay(parent, done)
    job.finished_with.connect(relay.deliver)
    _running.add(job)
    job.finished.connect(lambda: _running.discard(job))
    job.finished.connect(job.deleteLater)
    job.start()
    return job


_running: set[Job] = set()


def settle(timeout_ms: int = 30_000) -> None:
    """Wait for every running job and deliver its result (before the database goes away: tests, quitting)."""
    for job in list(_running):
        job.wait(timeout_ms)
    QCoreApplication.processEvents()
