"""The invoice (청구서) and credit note as an A4 PDF, from the invoice's frozen content only (I2)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from desktop_app.documents.blocks import amounts_table, companies_table, letterhead_block, para, total_box
from desktop_app.documents.fonts import register
from desktop_app.documents.pdf_base import build_pdf, styles


def invoice_story(c: dict[str, Any]) -> list:
    st = styles()
    cu = c["customer"]
    customer = [("청구서 번호", c["number"]), ("발행일", c["issue_date"]), ("납부 기한", c["due_date"]),
                ("받는 분", f"{cu['name']} 귀중")]
    customer += [(label, cu[key]) for key, label in (("brn", "사업자등록번호"), ("ceo", "대표자"),
                                                      ("address", "주소")) if cu.get(key)]
    story: list = [Paragraph(c["title"], st["title"]), Spacer(0, 4 * mm),
                   letterhead_block(customer, c["letterhead"], st), Spacer(0, 5 * mm),
                   total_box(("-" if c["total"] < 0 else "") + c["total_in_words"], c["total"], st)]
    facts = []
    if c.get("period"):
        facts.append(f"청구 기간: {c['period'][0]} ~ {c['period'][1]}")
    if c.get("corrects"):
        facts.append(f"정정 대상: {c['corrects']}")
    if facts:
        story += [Spacer(0, 3 * mm), para(" · ".join(facts), st["small"])]
    story += [Spacer(0, 2 * mm), companies_table(c["sites"], st)]
    rows = [("할인코드", -c["code_discount"], False)] if c.get("code_discount") else []
    rows += [("공급가액", c["supply"], True), ("부가세 (10%)", c["vat"], False), ("합계", c["total"], True)]
    story += [Spacer(0, 4 * mm), KeepTogether([amounts_table(rows), Spacer(0, 2 * mm),
                                               para(f"금액: {c['total_in_words']} (₩{c['total']:,})", st["bold"])])]
    story += [Spacer(0, 5 * mm), Paragraph("안내", st["h2"])]
    if c["kind"] != "credit":
        story += [para(f"납부 기한 {c['due_date']} 까지 아래 계좌로 입금하거나 카드로 결제해 주세요.", st["base"]),
                  para(f"입금 계좌: {c['bank']}", st["base"])]
    if c.get("notes"):
        story.append(para(c["notes"], st["base"]))
    return story


def render_invoice(content: dict[str, Any], font_path: str = "") -> bytes:
    register(font_path)
    return build_pdf(invoice_story(content), f"청구서 {content['number']}",
                     f"{content['letterhead']['name']} · {content['number']}", font_path,
                     content.get("issue_date", ""))
