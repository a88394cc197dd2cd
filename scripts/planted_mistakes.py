"""Plant each money mistake that issue 11 lists, one at a time, and check that the unit tests catch it.

Usage: .venv/bin/python scripts/planted_mistakes.py     (about two minutes; not part of CI)
Each mistake is a one-line edit of the production code; the file is restored after each run, also on Ctrl+C.
Exit status 1 when a mistake goes unnoticed. scripts/mutation.sh does the same systematically with mutmut."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/unit/pricing", "tests/unit/test_billing_runs.py", "tests/unit/test_order_rules.py",
         "tests/unit/test_invoice_rules.py", "tests/unit/test_billing.py", "tests/unit/test_orders.py"]

# (what the issue calls it, file, text to replace, the mistake)
MISTAKES = [
    ("per-licence add-on line deleted", "desktop_app/pricing/engine.py",
     '            lines.append(Line("addon", users * addon.unit_price * months, "", a.product, users,\n'
     '                              addon.unit_price, months))',
     "            pass"),
    ("one-time add-on line deleted", "desktop_app/pricing/engine.py",
     '                lines.append(Line("addon", a.quantity * addon.unit_price, "", a.product, a.quantity,\n'
     '                                  addon.unit_price))',
     "                pass"),
    ("a.quantity - have.get(...) -> +", "desktop_app/pricing/engine.py",
     "a.quantity - have.get(a.product, 0)", "a.quantity + have.get(a.product, 0)"),
    ("users < b.low -> <=", "desktop_app/pricing/engine.py", "if users < b.low:", "if users <= b.low:"),
    ("a change ordered on the expiry day charged 0", "desktop_app/pricing/engine.py",
     "if order.date <= order.expires_on:", "if order.date < order.expires_on:"),
    ("a site ordered on the expiry day opens active", "desktop_app/pricing/contract.py",
     "if expiry is None or expiry < order_date:", "if expiry is None or expiry <= order_date:"),
    ("renewals drop every add-on", "desktop_app/services/billing.py",
     "x.edition, renewed(x.addons))", "x.edition, ())"),
    ("W4 extra storage never billed", "desktop_app/services/billing.py",
     "        if site.extra_storage_tb:", "        if False:"),
    ("W1 daily counts never recorded", "desktop_app/services/billing.py",
     "        _count_today(s, site, run_date)", "        pass"),
    ("the usage bill leaves out the month's last day", "desktop_app/services/billing.py",
     "UsageCount.day <= last", "UsageCount.day < last"),
    ("a renewal invoice issued two days early", "desktop_app/pricing/billing.py",
     "dt.timedelta(days=lead_days)", "dt.timedelta(days=lead_days + 2)"),
    ("pending sites never become active (C4)", "desktop_app/services/billing.py",
     "            site.state, changed = SiteState.ACTIVE, changed + 1", "            pass"),
    ("sites of non-renewing accounts never expire (C3)", "desktop_app/services/billing.py",
     '        new = "expired"  # C3: no renewal; the term simply ends', "        return changed"),
    ("a partial payment moves the expiry", "desktop_app/services/invoices.py",
     'if row.status == "paid" and row.kind == "renewal":', 'if row.kind == "renewal":'),
    ("a payment moves the expiry backwards", "desktop_app/services/invoices.py",
     "account.expires_on is None or account.expires_on < row.period_to", "True"),
    ("payments on a void invoice accepted", "desktop_app/pricing/billing.py",
     'if status == "void":', "if False:"),
    ("credit-note lines printed positive", "desktop_app/services/invoices.py",
     '[{**ln, "amount": -ln["amount"]}', '[{**ln, "amount": ln["amount"]}'),
    ("an invoice shown overdue on its due date", "desktop_app/pricing/billing.py",
     "due_date < today else status", "due_date <= today else status"),
    ("a code refused on its first valid day", "desktop_app/pricing/validation.py",
     "order.date < code.valid_from", "order.date <= code.valid_from"),
]


def caught(path: Path, old: str, new: str) -> bool:
    original = path.read_text(encoding="utf-8")
    if original.count(old) != 1:
        raise SystemExit(f"{path}: the text to replace is not there once; update {__file__}:\n{old}")
    try:
        path.write_text(original.replace(old, new), encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *TESTS],
                             cwd=ROOT, capture_output=True, text=True)
        return out.returncode == 1
    finally:
        path.write_text(original, encoding="utf-8")


def main() -> int:
    missed = []
    for name, file, old, new in MISTAKES:
        ok = caught(ROOT / file, old, new)
        print(f"{'caught' if ok else 'MISSED'}  {name}  ({file})", flush=True)
        if not ok:
            missed.append(name)
    print(f"\n{len(MISTAKES) - len(missed)} of {len(MISTAKES)} planted mistakes caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
