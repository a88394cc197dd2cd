"""Issue #4 (7): a quote of 50 companies rendered to PDF in process, against bare ReportLab building the same
table (same font, same cells as plain strings, no letterhead or page numbers); the one-time font registration
is timed apart.

Usage: python benchmarks/bench_quote.py
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
_tmp = tempfile.mkdtemp()
os.environ.setdefault("RESELLER_DESK_CONFIG_DIR", _tmp)
os.environ.setdefault("RESELLER_DESK_DATA_DIR", _tmp)

RUNS = 30


def content() -> dict:
    from desktop_app.pricing.engine import price_order
    from desktop_app.pricing.orders import AddonQty, Order, SiteOrder
    from desktop_app.services.catalog import shipped
    from desktop_app.services.quotes import build_content
    from desktop_app.settings import Settings

    cats = shipped()
    # a group's 50 companies on the monthly term, one in ten with extra storage: three A4 pages
    sites = tuple(SiteOrder(f"계열사{i + 1:02d} 주식회사", ("standard", "premium")[i % 2], 10 + (i * 37) % 400,
                            ("service", "enterprise")[i % 3 == 0], (AddonQty("storage-10gb", int(i % 10 == 0)),))
                  for i in range(50))
    order = Order("daouoffice", 1, sites, dt.date(2026, 11, 22))
    priced = price_order(order, cats)
    st = Settings()
    return build_content(order, priced, cats["daouoffice"], {"name": "(주)한빛그룹", "brn": "220-81-62517"},
                         st.letterhead(), "Q-2026-000001", 1, dt.date(2026, 11, 22), dt.date(2026, 12, 22),
                         st.get("payment_terms"))


def bare(c: dict) -> bytes:
    """What any ReportLab program must do for the same table: one Table, repeated header, plain cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from desktop_app.documents.fonts import REGULAR

    rows = [["항목", "규칙", "금액"]]
    for site in c["priced"]["sites"]:
        rows.append([site["name"], "소계", f"{site['subtotal']:,}원"])
        rows += [[ln["label"], ln.get("rule", ""), f"{ln['amount']:,}원"] for ln in site["lines"]]
    table = Table(rows, colWidths=[114 * mm, 20 * mm, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=18 * mm, invariant=1).build([table])
    return out.getvalue()


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    from desktop_app.documents import fonts

    t = time.perf_counter()
    fonts.register()
    print(f"font registration (once per process): {(time.perf_counter() - t) * 1000:.0f} ms")
    from desktop_app.documents.quote_pdf import render_quote

    c = content()
    ours, base = [], []
    render_quote(c), bare(c)  # warm: imports and first-use caches
    for _ in range(RUNS):  # interleaved, so a drift of the machine hits both alike
        t = time.perf_counter()
        pdf = render_quote(c)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        plain = bare(c)
        base.append(time.perf_counter() - t)
    print(f"quote of 50 companies: {pages(pdf)} pages, median {statistics.median(ours) * 1000:.0f} ms, "
          f"best {min(ours) * 1000:.0f} ms")
    print(f"bare ReportLab, same table: {pages(plain)} pages, median {statistics.median(base) * 1000:.0f} ms, "
          f"best {min(base) * 1000:.0f} ms")
    ratio = statistics.median([o / b for o, b in zip(ours, base)])
    print(f"ratio: median of paired runs {ratio:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
