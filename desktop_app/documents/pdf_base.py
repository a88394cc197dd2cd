"""One base for the PDF documents: the Korean font, styles, A4 page frame, header and footer with page
numbers "n / N", built to bytes. A document supplies its story and its header text."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate

from desktop_app.documents.fonts import BOLD, REGULAR, register

GREY = colors.HexColor("#6b7280")
LINE = colors.HexColor("#9ca3af")
HEAD_BG = colors.HexColor("#e5e7eb")


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=12.5, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10, textColor=GREY),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=20, leading=26, alignment=TA_CENTER),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=15, spaceBefore=6),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "right_bold": ParagraphStyle("right_bold", parent=base, fontName=BOLD, alignment=TA_RIGHT),
    }


def _numbered_canvas(footer_left: str, issued: str = ""):
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps every page until the end, so each footer can say "n / N"."""

        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            if issued:  # the document's own date (not the invariant 2000-01-01, not the printing time)
                stamp = "D:" + issued.replace("-", "") + "000000+09'00'"
                self._doc.setDateFormatter(lambda *_parts: stamp)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, 7.5)
                self.setFillColor(GREY)
                self.drawString(18 * mm, 10 * mm, footer_left)
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{self._pageNumber} / {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(story: list, title: str, footer_left: str, font_path: str = "", issued: str = "") -> bytes:
    """`issued` (YYYY-MM-DD) becomes the PDF's creation and modification date."""
    register(font_path)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author=footer_left, subject=title,
                            invariant=1)  # no timestamp or random id: a re-print is byte for byte the same
    doc.build(story, canvasmaker=_numbered_canvas(footer_left, issued))
    return out.getvalue()
