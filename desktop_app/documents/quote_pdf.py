"""The quote (견적서) as an A4 PDF, from the quote's frozen content only."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.documents.fonts import BOLD, REGULAR, register
from desktop_app.documents.pdf_base import HEAD_BG, LINE, build_pdf, styles

WIDTH = 174 * mm  # A4 less the margins


def _p(text: Any, style) -> Paragraph:
    return Paragraph(escape(str(text)), style)


def _won(n: int) -> str:
    return f"{n:,}원"


def _site_table(site: dict[str, Any], st: dict) -> Table:
    rows = [[_p("항목", st["bold"]), _p("규칙", st["bold"]), _p("금액", st["right_bold"])]]
    for ln in site["lines"]:
        rows.append([_p(ln["label"], st["base"]), _p(ln.get("rule", ""), st["small"]),
                     _p(_won(ln["amount"]), st["right"])])
    if not site["lines"]:
        rows.append([_p("무료 (P1)", st["base"]), "", _p(_won(0), st["right"])])
    rows.append([_p(f"{site['name']} 소계", st["bold"]), "", _p(_won(site["subtotal"]), st["right_bold"])])
    table = Table(rows, colWidths=[WIDTH - 60 * mm, 20 * mm, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.6, LINE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, LINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def quote_story(c: dict[str, Any]) -> list:
    st = styles()
    lh, cu, pr = c["letterhead"], c["customer"], c["priced"]
    story: list = [Paragraph("견 적 서", st["title"]), Spacer(0, 4 * mm)]
    number = c["number"] + (f" (개정 {c['revision']})" if c.get("revision", 1) > 1 else "")
    left = [[_p("견적 번호", st["bold"]), _p(number, st["base"])],
            [_p("견적일", st["bold"]), _p(c["issue_date"], st["base"])],
            [_p("유효 기간", st["bold"]), _p(f"{c['valid_until']} 까지", st["base"])],
            [_p("받는 분", st["bold"]), _p(f"{cu['name']} 귀중", st["bold"])]]
    for key, label in (("brn", "사업자등록번호"), ("ceo", "대표자"), ("address", "주소"), ("email", "이메일")):
        if cu.get(key):
            left.append([_p(label, st["bold"]), _p(cu[key], st["base"])])
    right = [[_p("공급자", st["bold"]), _p(lh["name"], st["bold"])]]
    for key, label in (("brn", "사업자등록번호"), ("address", "주소"), ("phone", "전화"), ("email", "이메일")):
        if lh.get(key):
            right.append([_p(label, st["bold"]), _p(lh[key], st["base"])])
    seal = lh.get("seal")
    blocks = [Table(left, colWidths=[27 * mm, 57 * mm]), Table(right, colWidths=[27 * mm, 53 * mm])]
    if seal:
        try:
            blocks.append(Image(seal, width=16 * mm, height=16 * mm))
        except OSError:
            pass  # a missing seal image is left out; the letterhead still prints
    head = Table([blocks], colWidths=[86 * mm, 82 * mm] + ([16 * mm] if len(blocks) == 3 else []))
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 0.6, LINE)]))
    story += [head, Spacer(0, 5 * mm)]
    total = Table([[_p("합계 금액 (부가세 포함)", st["bold"]),
                    _p(f"{pr['total_in_words']} (₩{pr['total']:,})", st["bold"])]],
                  colWidths=[50 * mm, WIDTH - 50 * mm])
    total.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black), ("BACKGROUND", (0, 0), (0, 0), HEAD_BG),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [total, Spacer(0, 3 * mm)]
    term = "12개월" if c["term_months"] == 12 else "1개월 자동 결제"
    story.append(_p(f"계약 기간: {term} · 산정 기간: {c['months']}개월 · 가격 정책: {c['policy_name']} · "
                    f"가격표: {c['catalog_name']} ({c['catalog_version']} 부터)", st["small"]))
    for site in pr["sites"]:
        story += [Paragraph(escape(site["name"]), st["h2"]), _site_table(site, st)]
    rows = []
    if pr["code_discount"]:
        rows.append([_p(f"할인코드 {c.get('discount_code') or ''} (P5)", st["base"]), _p(_won(-pr["code_discount"]), st["right"])])
    rows += [[_p("공급가액", st["bold"]), _p(_won(pr["supply"]), st["right_bold"])],
             [_p("부가세 (10%)", st["base"]), _p(_won(pr["vat"]), st["right"])],
             [_p("합계", st["bold"]), _p(_won(pr["total"]), st["right_bold"])]]
    totals = Table(rows, colWidths=[WIDTH - 50 * mm, 50 * mm])
    totals.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
                                ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    story += [Spacer(0, 4 * mm), KeepTogether([totals, Spacer(0, 2 * mm),
                                               _p(f"금액: {pr['total_in_words']} (₩{pr['total']:,})", st["bold"])])]
    story += [Spacer(0, 5 * mm), Paragraph("안내", st["h2"]),
              _p(f"이 견적은 {c['valid_until']} 까지 유효합니다. 가격은 원 단위이며 부가세는 공급가액의 10%입니다.",
                 st["base"]),
              _p(f"결제 조건: {c['payment_terms']}", st["base"])]
    if c.get("notes"):
        story.append(_p(c["notes"], st["base"]))
    return story


def render_quote(content: dict[str, Any], font_path: str = "") -> bytes:
    register(font_path)  # before the story: its paragraphs measure text in the font
    return build_pdf(quote_story(content), f"견적서 {content['number']}",
                     f"{content['letterhead']['name']} · 견적서 {content['number']}", font_path)


__all__ = ["BOLD", "render_quote"]
