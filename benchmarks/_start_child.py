"""One cold start, run in a fresh process by bench_startup.py.

mode `app`: Reseller Desk's main window on the given database; mode `bare`: a bare PySide6 window plus the
SQLAlchemy import, the floor any Qt + SQLAlchemy application pays. Prints the seconds from the interpreter's
start to the window shown and painted, and the peak resident memory in MB.
"""

from __future__ import annotations

import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> None:
    mode, db = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    if mode == "bare":
        import sqlalchemy
        import sqlalchemy.orm  # noqa: F401

        window = QMainWindow()
        window.resize(1280, 800)
    else:
        from desktop_app.app import build

        window = build(db)
    window.show()
    app.processEvents()
    window.grab()  # make sure one full paint happened
    elapsed = time.perf_counter() - float(os.environ["BENCH_T0"])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.4f} {peak_mb:.1f}")
    if mode != "bare":
        # close as the application does on exit (not timed): the database is left recorded as verified, so the
        # next start is an ordinary one, not the start after a crash that runs PRAGMA quick_check first
        # (desktop_app/dbcheck.py; ~0.5 s on the large database)
        window.close()
        window.desk.db.dispose()


if __name__ == "__main__":
    main()
