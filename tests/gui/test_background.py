"""The one helper for long work off the GUI thread: results on the GUI thread, a refusal as a message, a bug in a
worker to the crash dialog and the crash log with the worker's traceback, and the newest request winning."""

import threading

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.errors import UserError
from desktop_app.views.common import background


def test_a_result_comes_back_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    job = background.run(parent, lambda: threading.get_ident(), lambda r: seen.append((r, threading.get_ident())),
                         title="t")
    qtbot.waitUntil(lambda: bool(seen))
    worker, gui = seen[0]
    assert worker != gui == threading.get_ident() and job is not None
    # deleted by Qt once finished (it may already be gone: deleteLater can run inside waitUntil's event loop)
    if shiboken6.isValid(job):
        job.wait()
    qtbot.waitUntil(lambda: not shiboken6.isValid(job))


def test_a_refusal_in_a_worker_is_a_message(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def refuse():
        raise UserError("그 청구서를 찾을 수 없습니다.")

    job = background.run(parent, refuse, lambda r: None, title="청구서")
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox, "message")))
    box = next(b for b in parent.findChildren(QMessageBox, "message") if b.isVisible())
    assert box.text() == "그 청구서를 찾을 수 없습니다." and box.icon() == QMessageBox.Icon.Warning
    box.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(job))


def test_a_bug_in_a_worker_goes_to_the_crash_dialog_and_log_with_its_traceback(qtbot, tmp_path, monkeypatch):
    from desktop_app.views.common import crash

    monkeypatch.setattr(crash, "crash_log_path", lambda: tmp_path / "crash.log")
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken_service():
        return {}["missing"]

    job = background.run(parent, broken_service, lambda r: None, title="t")
    qtbot.waitUntil(lambda: bool(crash._open))
    box = crash._open[-1]
    log = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "broken_service" in log and "KeyError: 'missing'" in log  # the worker's own frames
    assert "broken_service" in box.detailedText() and str(tmp_path / "crash.log") in box.text()
    box.done(0)
    qtbot.waitUntil(lambda: not shiboken6.isValid(job) and not crash._open)


def test_a_newer_request_supersedes_an_older_one(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    latest = background.Latest(parent, "t")
    release = threading.Event()
    shown = []

    def slow():
        release.wait(10)
        return "old"

    latest.run(slow, shown.append)
    latest.run(lambda: "newer", shown.append)  # waits for the running one, which is then dropped
    latest.run(lambda: "newest", shown.append)  # replaces the waiting one
    assert latest.busy
    release.set()
    qtbot.waitUntil(lambda: not latest.busy)
    assert shown == ["newest"]
