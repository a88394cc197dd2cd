"""Issue #12 (3): how long the GUI thread stalls in the long flows, on the large database.

A heartbeat QTimer ticks every 5 ms on the GUI thread while each flow runs (the action itself is started from
the event loop, as a click would be); the longest gap between two ticks is the longest time the window could
not repaint or take input. Flows: opening the invoices section and changing its filters on 100,000 invoices,
a billing run (stopped after 300 accounts with its Stop button), saving 40 invoices as PDFs, exporting the
filtered list, and a change arriving from elsewhere (MainWindow.changed) while the accounts list is shown.

Usage: python benchmarks/bench_stalls.py            (target: no stall over 100 ms)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp()
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", _tmp)
os.environ.setdefault("RESELLER_DESK_DATA_DIR", _tmp)

from bench_billing import fill_invoices  # noqa: E402
from generate import ensure  # noqa: E402

TICK_MS = 5


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0


def flow(app, beat: Heartbeat, name: str, action, done, timeout: float = 600.0) -> None:
    """Start `action` from the event loop (as a click does), run the loop until `done()`; print the longest gap."""
    from PySide6.QtCore import QEventLoop, QTimer

    started = time.perf_counter()
    beat.reset()
    QTimer.singleShot(0, action)
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    while not done():
        if time.perf_counter() - started > timeout:
            raise SystemExit(f"{name}: not done after {timeout} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    app.processEvents()
    beat.tick()
    total = time.perf_counter() - started
    flag = "" if beat.longest * 1000 <= 100 else "   <-- over 100 ms"
    print(f"{name:58s} longest GUI stall {beat.longest * 1000:7.1f} ms   (flow {total:6.2f} s){flag}")


def main() -> None:
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from desktop_app import clock
    from desktop_app.app import build
    from desktop_app.changes import Changes

    path = fill_invoices(ensure(), 100_000)
    clock.fix_today(dt.date(2027, 11, 22))  # a year on: every auto-renew account is due for renewal
    app = QApplication.instance() or QApplication(sys.argv)
    window = build(str(path))
    window.resize(1400, 850)
    window.show()
    app.processEvents()
    beat = Heartbeat()
    print(f"database: {path} (10,000 accounts, 30,000 sites, 100,000 invoices); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    idle_until = time.perf_counter() + 5
    flow(app, beat, "idle: nothing running (the machine's own gaps)", lambda: None,
         lambda: time.perf_counter() > idle_until)

    flow(app, beat, "invoices: open the section (3 queries)", lambda: window.nav.setCurrentRow(window.INVOICES),
         lambda: window.INVOICES in window.sections and not window.sections[window.INVOICES].loads.busy)
    view = window.sections[window.INVOICES]
    for label, combo, value in (("status: unpaid", view.status, "unpaid"), ("status: paid", view.status, "paid"),
                                ("status: all", view.status, ""), ("customer: one", view.account, 17),
                                ("customer: all", view.account, None)):
        flow(app, beat, f"invoices: filter {label}", lambda c=combo, v=value: c.setCurrentIndex(c.findData(v)),
             lambda: not view.loads.busy)

    boxes = lambda: [b for b in view.findChildren(QMessageBox, "message") if b.isVisible()]  # noqa: E731
    for b in boxes():
        b.close()

    def billing_run() -> None:
        job = view.billing_run()
        job.progressed.connect(lambda n, total: n >= 300 and setattr(job, "cancelled", True))

    flow(app, beat, "billing run (10,000 accounts, stopped after 300)", billing_run, lambda: bool(boxes()))
    for b in boxes():
        b.close()
    flow(app, beat, "invoices: reload after the run", view.reload, lambda: not view.loads.busy)

    renewals = [i for i, r in enumerate(view.model.rows()) if r.kind == "renewal" and r.issue_date == clock.today()]
    view.table.clearSelection()
    from PySide6.QtCore import QItemSelectionModel

    for i in renewals[:40]:
        view.table.selectionModel().select(view.model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
    out = Path(_tmp) / "pdfs"
    out.mkdir()
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(out))  # type: ignore[method-assign]
    view.saved_paths = []
    flow(app, beat, f"save {len(renewals[:40])} invoices as PDFs (made on a worker)", view.save_selected,
         lambda: len(view.saved_paths) == len(renewals[:40]))

    target = Path(_tmp) / "all.xlsx"
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(target), ""))  # type: ignore[method-assign]
    flow(app, beat, "export the list to Excel (100,000+ invoices)", view.export, lambda: bool(boxes()))
    for b in boxes():
        b.close()

    window.nav.setCurrentRow(window.ACCOUNTS)
    app.processEvents()
    accounts_view = window.accounts
    before = accounts_view.model.rowCount()
    flow(app, beat, "a change arrives: accounts list shown (10,000 rows)",
         lambda: window.changed.emit(Changes(frozenset({"sites"}), {}, "W02")),
         lambda: window._pending is None and not accounts_view.loads.busy)
    assert accounts_view.model.rowCount() == before
    beat.timer.stop()
    window.close()


if __name__ == "__main__":
    main()
