"""Issue #20 (2): opening every section on the large database — the longest GUI-thread stall while each opens,
the time until its work is done (no background job left), and the memory after all of them are open.

Uses bench_stalls' heartbeat (a 5 ms QTimer on the GUI thread). Memory: resident set (VmRSS) after every section
has been opened, and the peak (ru_maxrss), against a bare window with the same imports measured in the same run.

Usage: python benchmarks/bench_sections.py     (targets: stall <= 100 ms, open <= 300 ms, memory <= 300 MB)
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_stalls import Heartbeat, flow  # noqa: E402  (sets the offscreen platform and a private config folder)
from generate import ensure  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def idle() -> bool:
    from shiboken6 import isValid

    from desktop_app.views.common import background

    return not any(isValid(job) and job.isRunning() for job in list(background._running))


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import build

    path = ensure()
    app = QApplication.instance() or QApplication(sys.argv)
    started = time.perf_counter()
    window = build(str(path))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(f"database: {path}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"window shown in {(time.perf_counter() - started) * 1000:.0f} ms, {rss_mb():.0f} MB resident")
    beat = Heartbeat()
    for row in range(window.nav.count()):
        name = window.nav.item(row).text().split("\n")[0]
        flow(app, beat, f"open section {row}: {name}", lambda r=row: window.nav.setCurrentRow(r),
             lambda r=row: window.stack.currentIndex() == r and idle())
        print(f"{'':58s} resident {rss_mb():5.0f} MB")
    app.processEvents()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory after opening every section: {rss_mb():.0f} MB resident, peak {peak:.0f} MB (target <= 300 MB)")
    beat.timer.stop()
    window.close()


if __name__ == "__main__":
    main()
