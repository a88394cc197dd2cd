"""An unexpected error is a bug: its traceback goes to the crash log and a dialog says where the log is. Used by
the application's exception hook (errors on the GUI thread) and by background.failed (errors in a worker)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app import APP_ID, APP_NAME, paths

log = logging.getLogger(APP_ID)
_open: list[QMessageBox] = []  # the dialogs shown, kept alive while open


def crash_log_path():
    return paths.data_dir() / "crash.log"


def report_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 worker_traceback: str | None = None) -> QMessageBox:
    """Write the traceback (the worker's own, when the error came from a worker thread) to the crash log and
    show the crash dialog with it as the details. The dialog does not block the caller."""
    text = worker_traceback or "".join(traceback.format_exception(exc_type, exc, tb))
    log_path = crash_log_path()
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as f:
            f.write(text + "\n")
    except OSError:
        pass
    if sys.__stderr__ is not None:
        sys.__stderr__.write(text)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QCoreApplication.translate("app", "예기치 못한 오류가 났습니다. 작업은 저장되지 않았을 수 있습니다.\n"
                                                        "오류 내용을 %1 에 저장했습니다.").replace("%1", str(log_path)))
    box.setObjectName("crash")
    box.setDetailedText(text)
    box.finished.connect(lambda _r: _open.remove(box) if box in _open else None)
    _open.append(box)
    box.open()
    return box
