"""Long work off the GUI thread: the one helper for service calls that may take long (list reloads of large
tables, rendering many PDFs, exports, billing runs, mail).

    background.run(self, lambda: self.desk.read(...), self.show_rows, title=self.tr("…"))

`fn` runs on a worker thread; `done(result)` is called on the GUI thread. On failure the default path is the
same for every caller: a `UserError` (a refusal the user can act on) becomes a message, anything else is a bug
and goes to the crash dialog and the crash log with its traceback, exactly as an error on the GUI thread does.
With `progress=` a progress dialog shows and its Stop button asks `fn(report)` to stop between steps.

`Latest` is for reloads: a newer request supersedes an older one, so a slow, stale result never overwrites a
fresh one, and what is on screen stays until the new rows arrive.
"""

from __future__ import annotations

import atexit
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.errors import UserError


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
        except Exception as exc:  # handed to the GUI thread with its traceback; never lost in a thread
            exc.worker_traceback = traceback.format_exc()  # type: ignore[attr-defined]
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
    """Run `fn` on a worker thread; `done(result, exception)` on the GUI thread while `parent` lives. With
    `reports`, `fn(report)` may call `report(done, total)`, which returns False once the user has cancelled.
    Prefer `run()`, which handles the failure the standard way."""
    job = Job(fn, QCoreApplication.instance(), reports)
    relay = _Relay(parent, done)
    job.finished_with.connect(relay.deliver)
    _prune()
    _running.add(job)
    job.finished.connect(job.deleteLater)
    job.start()
    return job


_running: set[Job] = set()  # jobs started; pruned of finished ones at each start (never from a slot)


def _prune() -> None:
    for job in list(_running):
        if not shiboken6.isValid(job):  # finished and deleted by Qt (deleteLater): its wrapper may go
            _running.discard(job)


@atexit.register
def wait_for_running_jobs() -> None:
    """Let running work stop between its steps and finish: at exit (a thread destroyed while it runs aborts
    the process) and before a database is closed under it (tests)."""
    _prune()
    for job in list(_running):
        if shiboken6.isValid(job):
            job.cancelled = True
            job.wait()


def failed(parent: QWidget, title: str, exc: BaseException) -> None:
    """The standard failure path: a refusal is a message; anything else is a bug for the crash dialog and log."""
    if isinstance(exc, UserError):
        from desktop_app.views.common.notify import tell

        tell(parent, title, exc, warning=True)
        return
    from desktop_app.views.common.crash import report_crash

    report_crash(type(exc), exc, exc.__traceback__, getattr(exc, "worker_traceback", None))


def run(parent: QWidget, fn: Callable[..., Any], done: Callable[[Any], None], *, title: str,
        progress: str | None = None, on_error: Callable[[BaseException], None] | None = None) -> Job:
    """`fn` off the GUI thread, `done(result)` on it; failures go the standard way (after `on_error`, if given,
    has cleaned up). With `progress` (the label), a dialog with a Stop button follows `fn(report)`."""
    dialog = None
    if progress is not None:
        dialog = QProgressDialog(progress, _stop_text(), 0, 0, parent)
        dialog.setObjectName("progress")
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(400)

    def finished(result: Any, exc: BaseException | None) -> None:
        if dialog is not None:
            dialog.close()
        if exc is None:
            done(result)
            return
        if on_error is not None:
            on_error(exc)
        failed(parent, title, exc)

    job = start(parent, fn, finished, reports=progress is not None)
    if dialog is not None:
        job.progressed.connect(lambda n, total: (dialog.setMaximum(total), dialog.setValue(n)))
        dialog.canceled.connect(lambda: setattr(job, "cancelled", True))
        job.progress_dialog = dialog  # type: ignore[attr-defined]
    return job


def _stop_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("background", "멈추기")


class Latest(QObject):
    """Requests of one kind (a list's reload) where only the newest counts: an older result that arrives late
    is dropped, and the rows on screen stay until the newest arrives. At most one request runs at a time; while
    it runs, newer requests wait as one (the newest), so a stream of changes (a billing run commits per
    account) never piles up threads and connections."""

    settled = Signal()  # the newest request's result has been shown (or it failed)

    def __init__(self, parent: QWidget, title: str):
        super().__init__(parent)
        self.widget, self.title = parent, title
        self.generation = 0  # the newest request
        self.shown = 0  # the newest request whose result is on screen
        self.running: Job | None = None
        self.waiting: tuple[Callable[[], Any], Callable[[Any], None]] | None = None

    @property
    def busy(self) -> bool:
        return self.shown != self.generation

    def run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> Job | None:
        """Start `fn` now, or after the request already running (which is then superseded)."""
        self.generation += 1
        if self.running is not None:
            self.waiting = (fn, done)
            return None
        return self._start(fn, done, self.generation)

    def _start(self, fn: Callable[[], Any], done: Callable[[Any], None], generation: int) -> Job:
        def finished(result: Any, exc: BaseException | None) -> None:
            self.running = None
            if self.waiting is not None:  # superseded while it ran: the newest request runs now
                (next_fn, next_done), self.waiting = self.waiting, None
                self._start(next_fn, next_done, self.generation)
                return
            if generation != self.generation:
                return
            self.shown = generation
            if exc is None:
                done(result)
            else:
                failed(self.widget, self.title, exc)
            self.settled.emit()

        self.running = start(self.widget, fn, finished)
        return self.running
