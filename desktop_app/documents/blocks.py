"""Building blocks shared by the quote and invoice PDFs: label/value tables, amount rows, the company table.

Cells are plain strings when they fit their column (ReportLab lays those out several times faster than a
Paragraph) and wrapping Paragraphs only when they do not.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Image, Paragraph, Table, TableStyle

from desktop_app.documents.fonts import BOLD, REGULAR
from desktop_app.documents.pdf_base import HEAD_BG, LINE

WIDTH = 174 * mm  # A4 less the margins
GROUP_BG = colors.HexColor("#f3f4f6")
SIZE = 9


def para(text: Any, style) -> Paragraph:
    return Paragraph(escape(str(text)), style)


def cell(text: str, style, width: float) -> Any:
    """A plain string when it fits the column, a wrapping Paragraph when it does not."""
    if stringWidth(text, style.fontName, style.fontSize) <= width - 8:
        return text
    return para(text, style)


def won(n: int) -> str:
    return f"{n:,}원"


def label_table(pairs: list[tuple[str, str]], widths: tuple[float, float], st: dict,
                bold_rows: tuple[int, ...] = ()) -> Table:
    """Labels in bold on the left, values on the right (a letterhead or customer block)."""
    rows = [[label, cell(value, st["bold"] if i in bold_rows else st["base"], widths[1])]
            for i, (label, value) in enumerate(pairs)]
    style = [("FONT", (0, 0), (0, -1), BOLD, SIZE), ("FONT", (1, 0), (1, -1), REGULAR, SIZE),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("FONT", (1, i), (1, i), BOLD, SIZE) for i in bold_rows]
    table = Table(rows, colWidths=list(widths))
    table.setStyle(TableStyle(style))
    return table


def amounts_table(rows: list[tuple[str, int, bool]]) -> Table:
    """(label, amount, bold) rows right-aligned under the lines; the last row is the total, ruled above."""
    data = [[label, won(amount)] for label, amount, _ in rows]
    style = [("FONT", (0, 0), (-1, -1), REGULAR, SIZE), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
             ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black)]
    style += [("FONT", (0, i), (-1, i), BOLD, SIZE) for i, (_, _, bold) in enumerate(rows) if bold]
    table = Table(data, colWidths=[WIDTH - 50 * mm, 50 * mm])
    table.setStyle(TableStyle(style))
    return table


def free_label(site: dict[str, Any]) -> str:
    """A company on the free package shows as such, with its users (free up to 9 users)."""
    users = site.get("users")
    return f"무료 {users:,}명" if users else "무료"


def companies_table(sites: list[dict[str, Any]], st: dict) -> Table:
    """One table for all companies: a row per company with its subtotal, its lines under it; the header
    repeats on every page, so a long group document stays readable. Rule ids (P4, C5 …) are the staff's
    words: a customer's document never shows them."""
    label_width = WIDTH - 40 * mm
    rows: list[list[Any]] = [["항목", "금액"]]
    style = [("FONT", (0, 0), (-1, 0), BOLD, SIZE), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
             ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE), ("FONT", (0, 1), (-1, -1), REGULAR, SIZE),
             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for site in sites:
        at = len(rows)
        rows.append([cell(site["name"] + "  (소계)", st["bold"], label_width), won(site["subtotal"])])
        style += [("FONT", (0, at), (-1, at), BOLD, SIZE), ("BACKGROUND", (0, at), (-1, at), GROUP_BG),
                  ("LINEABOVE", (0, at), (-1, at), 0.4, LINE)]
        lines = site["lines"]
        if site.get("package") == "free" or not lines:  # a free company shows as such, not only by its add-on
            lines = [{"label": free_label(site), "amount": 0}, *lines]
        for ln in lines:
            rows.append([cell(ln["label"], st["base"], label_width - 10), won(ln["amount"])])
        style.append(("LEFTPADDING", (0, at + 1), (0, at + len(lines)), 14))
    table = Table(rows, colWidths=[label_width, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def letterhead_block(pairs: list[tuple[str, str]], lh: dict[str, str], st: dict) -> Table:
    """The customer block on the left, the reseller (supplier) boxed on the right, the seal beside it."""
    supplier = [("공급자", lh["name"])] + [(label, lh[key]) for key, label in (
        ("ceo", "대표자"), ("brn", "사업자등록번호"), ("address", "주소"), ("phone", "전화"), ("email", "이메일")) if lh.get(key)]
    blocks: list[Any] = [label_table(pairs, (27 * mm, 57 * mm), st, bold_rows=(3,)),
                         label_table(supplier, (27 * mm, 53 * mm), st, bold_rows=(0,))]
    if lh.get("seal"):
        try:
            blocks.append(Image(lh["seal"], width=16 * mm, height=16 * mm))
        except OSError:
            pass  # a missing seal image is left out; the letterhead still prints
    head = Table([blocks], colWidths=[86 * mm, 82 * mm] + ([16 * mm] if len(blocks) == 3 else []))
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 0.6, LINE)]))
    return head


def total_box(words: str, total: int, st: dict) -> Table:
    box = Table([["합계 금액 (부가세 포함)", para(f"{words} (₩{total:,})", st["bold"])]],
                colWidths=[50 * mm, WIDTH - 50 * mm])
    box.setStyle(TableStyle([("FONT", (0, 0), (0, 0), BOLD, 9), ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                             ("BACKGROUND", (0, 0), (0, 0), HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return box
