#!/usr/bin/env bash
# Mutation testing of the money code (issue 11): plants small mistakes (mutmut) in desktop_app/pricing/,
# services/billing.py, services/invoices.py and services/orders.py, runs the unit tests that reach each one,
# and prints per file how many were caught (killed / total). Not part of CI: it takes long.
#
# Usage: scripts/mutation.sh [FILE...]     e.g. scripts/mutation.sh desktop_app/pricing/engine.py
#        (default: every file above, one after the other; the configuration is [tool.mutmut] in pyproject.toml)
# Env:   MUTMUT_CHILDREN=2  parallel test processes (the default; keep it at the machine's free cores)
#        MUTATION_CLEAN=1   start from scratch (otherwise mutants/ is kept: mutmut re-copies tests/, maps only the
#                           new tests and re-checks every mutant of the files named; use it after changing
#                           production code)
#        MUTATION_REPORT_ONLY=1  print the scores of the last run without running anything
# Result: the score table on stdout, the survivors under each file; logs in mutants/run-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."

py=.venv/bin/python
mutmut=.venv/bin/mutmut
[ -x "$mutmut" ] || { echo "mutmut is missing: run scripts/setup.sh --test"; exit 2; }

if [ $# -gt 0 ]; then
    files=("$@")
else
    files=(desktop_app/pricing/*.py desktop_app/services/billing.py desktop_app/services/invoices.py
           desktop_app/services/orders.py)
fi

if [ -z "${MUTATION_REPORT_ONLY:-}" ]; then
    [ -z "${MUTATION_CLEAN:-}" ] || rm -rf mutants
    for f in "${files[@]}"; do
        case "$f" in */__init__.py) continue ;; esac
        module=${f%.py}
        module=${module//\//.}
        log="mutants/run-${module}.log"
        mkdir -p mutants
        echo "mutmut: $f" >&2
        # one file at a time, never more than one mutmut: the machine is shared
        "$mutmut" run --max-children "${MUTMUT_CHILDREN:-2}" "${module}.*" >"$log" 2>&1 || {
            echo "mutmut failed on $f; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    done
fi

"$py" - "${files[@]}" <<'EOF'
"""Score per file from mutmut's result files (mutants/<file>.meta): killed / total."""
import json
import sys
from pathlib import Path

KILLED = {1, 3, 24, -24, 36, 37, 152, 255}  # failed tests, a pytest crash, a time-out, the type check
rows, survivors = [], {}
for name in sys.argv[1:]:
    if name.endswith("__init__.py"):
        continue
    meta = Path("mutants") / (name + ".meta")
    if not meta.exists():
        rows.append((name, 0, 0, "not run"))
        continue
    codes = json.loads(meta.read_text())["exit_code_by_key"]
    killed = sum(1 for c in codes.values() if c in KILLED)
    left = sorted(k for k, c in codes.items() if c not in KILLED)
    survivors[name] = [(k, codes[k]) for k in left]
    rows.append((name, killed, len(codes), f"{100 * killed / len(codes):.1f} %" if codes else "no mutants"))
width = max(len(r[0]) for r in rows) if rows else 10
print(f"{'file':<{width}}  killed / total  score")
for name, killed, total, score in rows:
    print(f"{name:<{width}}  {killed:>6} / {total:<5}  {score}")
all_killed, all_total = sum(r[1] for r in rows), sum(r[2] for r in rows)
if all_total:
    print(f"{'all':<{width}}  {all_killed:>6} / {all_total:<5}  {100 * all_killed / all_total:.1f} %")
status = {0: "survived", 33: "no test reaches it", 5: "no tests", 34: "skipped", None: "not checked"}
for name, left in survivors.items():
    if left:
        print(f"\nleft in {name} (see one with: .venv/bin/mutmut show NAME):")
        for key, code in left:
            print(f"  {key}  {status.get(code, f'exit {code}')}")
EOF
