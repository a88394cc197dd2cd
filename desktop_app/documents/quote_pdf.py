"""The quote (견적서) as an A4 PDF, from the quote's frozen content only."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop_app.documents.blocks import amounts_table, companies_table, letterhead_block, para, total_box
from desktop_app.documents.fonts import BOLD, register
from desktop_app.documents.pdf_base import build_pdf, styles


def quote_story(c: dict[str, Any]) -> list:
    st = styles()
    lh, cu, pr = c["letterhead"], c["customer"], c["priced"]
    number = c["number"] + (f" (개정 {c['revision']})" if c.get("revision", 1) > 1 else "")
    customer = [("견적 번호", number), ("견적일", c["issue_date"]), ("유효 기간", f"{c['valid_until']} 까지"),
                ("받는 분", f"{cu['name']} 귀중")]
    customer += [(label, cu[key]) for key, label in (("brn", "사업자등록번호"), ("ceo", "대표자"),
                                                      ("address", "주소"), ("email", "이메일")) if cu.get(key)]
    term = "12개월" if c["term_months"] == 12 else "1개월 자동 결제"
    story: list = [Paragraph("견 적 서", st["title"]), Spacer(0, 4 * mm), letterhead_block(customer, lh, st),
                   Spacer(0, 5 * mm), total_box(pr["total_in_words"], pr["total"], st), Spacer(0, 3 * mm),
                   para(f"계약 기간: {term} · 산정 기간: {c['months']}개월 · 가격 정책: {c['policy_name']} · "
                        f"가격표: {c['catalog_name']} ({c['catalog_version']} 부터)", st["small"]),
                   Spacer(0, 2 * mm), companies_table(pr["sites"], st)]
    rows = [(f"할인코드 {c.get('discount_code') or ''}", -pr["code_discount"], False)] if pr["code_discount"] else []
    rows += [("공급가액", pr["supply"], True), ("부가세 (10%)", pr["vat"], False), ("합계", pr["total"], True)]
    story += [Spacer(0, 4 * mm), KeepTogether([amounts_table(rows), Spacer(0, 2 * mm),
                                               para(f"금액: {pr['total_in_words']} (₩{pr['total']:,})", st["bold"])])]
    story += [Spacer(0, 5 * mm), Paragraph("안내", st["h2"]),
              para(f"이 견적은 {c['valid_until']} 까지 유효합니다. 가격은 원 단위이며 부가세는 공급가액의 10%입니다.",
                   st["base"]),
              para(f"결제 조건: {c['payment_terms']}", st["base"])]
    if c.get("notes"):
        story.append(para(c["notes"], st["base"]))
    return story


def render_quote(content: dict[str, Any], font_path: str = "") -> bytes:
    register(font_path)  # before the story: its paragraphs measure text in the font
    return build_pdf(quote_story(content), f"견적서 {content['number']}",
                     f"{content['letterhead']['name']} · 견적서 {content['number']}", font_path,
                     content.get("issue_date", ""))


__all__ = ["BOLD", "render_quote"]
