"""Issue 13 items 9 and 13: the calculator's account list is sorted and searchable; a quote for a prospect
carries the registration number, CEO, address and email typed in; a free-package company shows as 무료 N명."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.models import QuoteRow
from tests.conftest import count, type_text


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the offscreen platform's popup
def test_the_account_list_is_sorted_and_found_by_typing(qtbot, calc):
    names = [calc.account.itemText(i) for i in range(1, calc.account.count())]
    assert names == sorted(names) and len(names) == 8
    completer = calc.account.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    calc.account.lineEdit().clear()
    type_text(qtbot, calc.account.lineEdit(), "정밀")
    completer.setCompletionPrefix("정밀")
    assert completer.completionCount() == 1 and completer.currentCompletion() == "대성정밀 주식회사"
    completer.activated.emit("대성정밀 주식회사")
    assert calc.context is not None and calc.context.name == "대성정밀 주식회사"


def test_a_prospect_quote_carries_the_details_and_a_free_company_shows_as_free(qtbot, calc, db, monkeypatch):
    monkeypatch.setattr("desktop_app.views.quotes.actions.preview", lambda *a, **k: None)
    row = calc.grid.rows[0]
    row.package.setCurrentIndex(row.package.findData("free"))
    row.users.setValue(5)
    row.addon_spins["storage-10gb"].setValue(1)
    fields = calc.prospect
    type_text(qtbot, fields.edits["name"], "Saessak Trading")
    qtbot.mouseClick(fields.more, Qt.MouseButton.LeftButton)
    assert fields.edits["brn"].isVisible()
    type_text(qtbot, fields.edits["brn"], "123-45-67890")  # fails the check digit (K-BRN)
    type_text(qtbot, fields.edits["ceo"], "Lee Saessak")
    type_text(qtbot, fields.edits["email"], "ceo@saessak.example")
    type_text(qtbot, fields.edits["address"], "Busan Haeundae 7")
    before = count(db, QuoteRow)
    assert calc.make_quote() is None
    assert "검증번호" in fields.error.text() and fields.edits["brn"].styleSheet()
    assert count(db, QuoteRow) == before  # nothing made
    fields.edits["brn"].clear()
    type_text(qtbot, fields.edits["brn"], "1234567891")
    quote_id = calc.make_quote()
    with db.session() as s:
        quote = s.get(QuoteRow, quote_id)
        assert quote.content["customer"] == {"name": "Saessak Trading", "brn": "123-45-67891", "ceo": "Lee Saessak",
                                             "email": "ceo@saessak.example", "address": "Busan Haeundae 7"}
        from desktop_app.services import quotes

        pdf = quotes.quote_pdf(s, quote_id)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Saessak Trading 귀중", "123-45-67891", "Lee Saessak", "Busan Haeundae 7", "ceo@saessak.example",
                     "무료 5명", "대표자"):
        assert expected in text, expected
