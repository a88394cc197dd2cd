"""Quotes: gapless numbers, frozen content (K2), revisions, expiry, and the PDF read back (M4)."""

import datetime as dt
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.models import QuoteRow
from desktop_app.pricing.orders import CurrentSite, Order, SiteOrder
from desktop_app.services import catalog, quotes
from desktop_app.settings import Settings
from tests.conftest import TODAY
from tests.support.versions import shown

ORDER = Order("daouoffice", 12, (SiteOrder("회사1", "standard", 20, "service"),
                                 SiteOrder("연구소", "premium", 35, "enterprise")), TODAY)
CUSTOMER = {"name": "(주)한빛소프트웨어", "brn": "220-81-62517", "email": "admin@hanbit.co.kr"}


def make(desk, order=ORDER, account_id=1):
    st = Settings()
    return desk.run(quotes.create_quote, order, CUSTOMER, st.letterhead(), 30, st.get("payment_terms"), account_id)


def test_numbers_are_gapless_per_year(demo_desk):
    assert [make(demo_desk).number for _ in range(3)] == ["Q-2026-000002", "Q-2026-000003", "Q-2026-000004"]


def test_pdf_shows_korean_names_totals_and_words(demo_desk, tmp_path):
    q = make(demo_desk)
    pdf = demo_desk.read(quotes.quote_pdf, q.id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "견 적 서" in text and "(주)한빛소프트웨어" in text and "연구소" in text
    assert f"{q.total:,}원" in text and q.content["priced"]["total_in_words"] in text
    assert "연간 계약 할인 5%" in text and "1 / 1" in text
    assert not any(rule in text for rule in ("P1", "P2", "P3", "P4", "P5", "C5", "K-BRN"))  # staff's words only
    assert PdfReader(io.BytesIO(pdf)).metadata["/CreationDate"].startswith("D:20261122")  # the issue date
    if shutil.which("pdftoppm"):
        path = tmp_path / "q.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "20", "-gray", "-png", str(path), str(tmp_path / "page")], check=True)
        png = (tmp_path / "page-1.png").read_bytes()
        assert len(png) > 2000  # a blank page compresses to a few hundred bytes


def test_k2_a_reprint_after_a_price_change_is_identical(demo_desk):
    q = make(demo_desk)
    before = demo_desk.read(quotes.quote_pdf, q.id)
    demo_desk.run(catalog.add_price_version, "daouoffice", TODAY, {("licence", "service/standard"): 9_999})
    assert demo_desk.read(quotes.quote_pdf, q.id) == before


def test_editing_a_sent_quote_makes_a_new_revision(demo_desk, db):
    q = make(demo_desk)
    demo_desk.run(quotes.mark_sent, q.id)
    st = Settings()
    new = demo_desk.run(quotes.revise_quote, q.id, shown(demo_desk, QuoteRow, q.id), ORDER, st.letterhead(), 30, st.get("payment_terms"))
    assert (new.number, new.revision) == (q.number, 2)
    with db.session() as s:
        assert s.get(QuoteRow, q.id).status == "superseded"


def test_an_expired_quote_must_be_repriced_before_it_is_accepted(demo_desk):
    q = make(demo_desk)
    clock.fix_today(TODAY + dt.timedelta(days=31))
    with pytest.raises(UserError) as err:
        demo_desk.run(quotes.accept_quote, q.id, shown(demo_desk, QuoteRow, q.id))
    assert "만료" in err.value.message
    clock.fix_today(TODAY)
    fresh = make(demo_desk)
    order = demo_desk.run(quotes.accept_quote, fresh.id, shown(demo_desk, QuoteRow, fresh.id))
    assert order.total == fresh.total and order.snapshot["priced"]["supply"] == fresh.supply


def test_every_character_of_a_change_quote_is_in_the_font(demo_desk):
    """A glyph the font lacks prints as an empty box: check every text the PDF shows."""
    from desktop_app.documents.fonts import missing_glyphs

    change = Order("daouoffice", 12, (SiteOrder("연구소", "premium", 25, "enterprise",
                                                current=CurrentSite("premium", 20, "enterprise")),
                                      SiteOrder("회사9", "standard", 30, "service")), TODAY,
                   expires_on=TODAY + dt.timedelta(days=200))
    q = make(demo_desk, change)

    def strings(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)
        elif isinstance(value, str):
            yield value

    pdf = demo_desk.read(quotes.quote_pdf, q.id)
    printed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)  # the template's words too
    assert missing_glyphs("".join(strings(q.content)) + printed) == set()


def test_an_expired_quote_is_repriced_into_a_new_revision_at_todays_prices(demo_desk, db):
    q = make(demo_desk)
    demo_desk.run(quotes.mark_sent, q.id)
    demo_desk.run(catalog.add_price_version, "daouoffice", TODAY + dt.timedelta(days=10),
                  {("licence", "service/standard"): 4_500})
    clock.fix_today(TODAY + dt.timedelta(days=40))
    new = demo_desk.run(quotes.reprice_quote, q.id, shown(demo_desk, QuoteRow, q.id), Settings())
    assert (new.number, new.revision, new.status) == (q.number, 2, "draft")
    assert new.total > q.total  # 20 users at 4,500 instead of 4,000
    assert quotes.order_from_json(new.content["order"], TODAY) == quotes.order_from_json(q.content["order"], TODAY)
    with db.session() as s:
        assert s.get(QuoteRow, q.id).status == "superseded"
    assert demo_desk.run(quotes.accept_quote, new.id, shown(demo_desk, QuoteRow, new.id)).total == new.total


def test_a_repriced_draft_keeps_its_number_and_the_old_row_stays_as_a_tombstone(demo_desk, db):
    q = make(demo_desk)
    st = Settings()
    cheaper = Order("daouoffice", 12, (SiteOrder("회사1", "standard", 10, "service"),), TODAY)
    new = demo_desk.run(quotes.revise_quote, q.id, shown(demo_desk, QuoteRow, q.id), cheaper, st.letterhead(), 30, st.get("payment_terms"))
    assert (new.number, new.revision, new.status) == (q.number, 1, "draft")
    with db.session() as s:
        old = s.get(QuoteRow, q.id)
        assert old is not None and old.status == "discarded"  # not deleted: a replica can sync the tombstone
    listed = demo_desk.read(quotes.quote_rows)
    assert [(r.id, r.number) for r in listed if r.number == q.number] == [(new.id, q.number)]  # the tombstone unlisted
    with pytest.raises(UserError) as refused:
        demo_desk.run(quotes.mark_sent, q.id)
    assert refused.value.field == "quote" and q.number in refused.value.message
