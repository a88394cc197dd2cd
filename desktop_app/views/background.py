"""Run a slow call (network, large export) off the GUI thread and get its result back on it."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal


class Job(QThread):
    finished_with = Signal(object, object)  # (result, exception or None), delivered on the GUI thread

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which shows it; never lost in a thread
            self.finished_with.emit(None, exc)
        else:
            self.finished_with.emit(result, None)


def start(parent: QObject, fn: Callable[[], Any], done: Callable[[Any, BaseException | None], None]) -> Job:
    job = Job(fn, parent)
    job.finished_with.connect(done)
    job.finished.connect(job.deleteLater)
    job.start()
    return job
