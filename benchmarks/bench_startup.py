"""Issue #2 (a) and (c): cold start to the main window on the large database, as a ratio to a bare
PySide6 window plus the SQLAlchemy import measured in the same run; and peak memory.

Usage: python benchmarks/bench_startup.py [--runs 7] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import ensure


def one(mode: str, db: Path | None, env: dict[str, str]) -> tuple[float, float]:
    env = dict(env, BENCH_T0=repr(time.perf_counter()))
    # perf_counter is CLOCK_MONOTONIC on Linux, shared by parent and child, so the child's reading
    # includes interpreter start-up and every import.
    out = subprocess.run([sys.executable, str(HERE / "_start_child.py"), mode, *([str(db)] if db else [])],
                         env=env, capture_output=True, text=True, check=True)
    seconds, peak = out.stdout.split()
    return float(seconds), float(peak)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-bytecode", action="store_true",
                    help="keep PYTHONDONTWRITEBYTECODE as set (our modules compiled at every start)")
    args = ap.parse_args()
    db = ensure()
    tmp = tempfile.mkdtemp()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               RESELLER_DESK_CONFIG_DIR=tmp, RESELLER_DESK_DATA_DIR=tmp)
    if not args.no_bytecode:
        # an installed application starts from bytecode (pip compiles it; the site-packages the bare window
        # imports have theirs): with PYTHONDONTWRITEBYTECODE set in this environment our ~300 modules were
        # compiled from source at every start. The warm-up starts below write the bytecode to a scratch cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(tmp, "pycache")
    one("bare", None, env), one("app", db, env)  # warm the OS file cache (and the bytecode cache) for both
    bare, app, peaks = [], [], []
    for _ in range(args.runs):
        bare.append(one("bare", None, env)[0])
        t, peak = one("app", db, env)
        app.append(t)
        peaks.append(peak)
    # This machine drifts between a fast and a slow mode (whole runs 40 % apart), so each app start is
    # compared with the bare start just before it, and the median of those paired ratios is the figure.
    paired = statistics.median(x / y for x, y in zip(app, bare))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window + SQLAlchemy import: median {b * 1000:.0f} ms, best {min(bare) * 1000:.0f} ms")
    print(f"Reseller Desk main window on 10,000 accounts: median {a * 1000:.0f} ms, best {min(app) * 1000:.0f} ms")
    print(f"ratio: median of paired runs {paired:.2f}x, of best runs {min(app) / min(bare):.2f}x "
          f"(target <= 1.5x)")
    print(f"peak memory: {max(peaks):.0f} MB (target <= 300 MB)")


if __name__ == "__main__":
    main()
