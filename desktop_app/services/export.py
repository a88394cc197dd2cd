"""The filtered invoice list as an Excel workbook (I4), written in openpyxl's write-only (streaming) mode.

Text that a spreadsheet would take for a formula (=, +, -, @ first) is written as a text cell with a quote
prefix: a customer name like "=HYPERLINK(…)" stays text, never a formula (CSV/formula injection). Control
characters that the file format cannot hold (a name pasted with a BEL or an ESC in it) are written as their
visible Unicode control pictures (U+2400 + code, e.g. ␇), so one odd name never makes the whole export fail."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.files import replace_file
from desktop_app.services.invoices import InvoiceFilter, invoice_rows

RISKY = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 cannot hold C0 controls other than tab, newline and carriage return (openpyxl refuses them)
UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
HEADER = ("청구서 번호", "종류", "고객", "발행일", "납부 기한", "합계(원)", "결제(원)", "미수금(원)", "상태")
STATUS_NAMES = {"unpaid": "미결제", "partial": "부분 결제", "paid": "결제 완료", "overdue": "연체", "void": "취소"}
KIND_NAMES = {"order": "주문", "renewal": "갱신", "usage": "사용량", "credit": "정정(취소)"}
WIDTHS = (18, 10, 28, 12, 12, 14, 14, 14, 10)


def printable(text: str) -> str:
    """`text` with every control character the workbook cannot hold shown as its control picture."""
    return UNWRITABLE.sub(lambda m: chr(0x2400 + ord(m.group())), text)


def safe(ws: Any, value: Any) -> Any:
    """A risky string becomes a text cell with a quote prefix; everything else is written as it is."""
    if isinstance(value, str):
        value = printable(value)
    if isinstance(value, str) and value.startswith(RISKY):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value


def write_rows(path: str, title: str, header: Iterable[str], rows: Iterable[Iterable[Any]],
               widths: Iterable[int] = ()) -> int:
    """Stream rows into a new workbook, written whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append([safe(ws, h) for h in header])
    n = 0
    for row in rows:
        ws.append([safe(ws, v) for v in row])
        n += 1
    replace_file(path, wb.save)
    return n


def invoice_cells(rows: Iterable[Any]) -> Iterable[tuple[Any, ...]]:
    for r in rows:
        yield (r.number, KIND_NAMES.get(r.kind, r.kind), r.account, r.issue_date, r.due_date, r.total, r.paid,
               max(r.total - r.paid, 0) if r.status != "void" else 0, STATUS_NAMES.get(r.status, r.status))


def export_invoices(s: Session, f: InvoiceFilter, path: str) -> int:
    return write_rows(path, "청구서", HEADER, invoice_cells(invoice_rows(s, f)), WIDTHS)
