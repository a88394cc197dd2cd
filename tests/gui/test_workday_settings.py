"""Issue 13 item 5: the invoice's bank account, due days and renewal lead days, and the letterhead (company,
CEO, registration number, address, phone, email, seal) are set in the settings and shown on invoices and quotes."""

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import InvoiceRow
from desktop_app.services import billing, invoices, orders, quotes
from desktop_app.settings import Settings
from desktop_app.views.settings.dialog import SettingsDialog
from tests.conftest import TODAY, count, type_text
from tests.support.screens import account_version


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def set_text(qtbot, dialog, key, text):
    edit = dialog.field(key)
    edit.clear()
    type_text(qtbot, edit, text)


def test_letterhead_bank_and_due_days_set_in_the_settings_reach_the_documents(qtbot, demo_desk, db, tmp_path):
    seal = tmp_path / "seal.png"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    assert image.save(str(seal))
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.field("language")  # the first field has the focus
    set_text(qtbot, dialog, "company_name", "Orbit Reseller")
    set_text(qtbot, dialog, "company_ceo", "Park Daepyo")
    set_text(qtbot, dialog, "company_brn", "123-45-67890")  # fails K-BRN: refused at the field
    set_text(qtbot, dialog, "company_address", "Seoul Jung-gu 1")
    set_text(qtbot, dialog, "company_phone", "02-555-0101")
    set_text(qtbot, dialog, "company_email", "billing@orbit.example")
    set_text(qtbot, dialog, "bank_account", "Shinhan 110-222-333444 (Orbit)")
    dialog.field("company_seal").setText(str(seal))
    dialog.numbers["invoice_due_days"].setValue(30)
    dialog.numbers["renewal_lead_days"].setValue(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "검증번호" in dialog.error_text("company_brn")
    assert Settings().get("bank_account") != "Shinhan 110-222-333444 (Orbit)"  # nothing written while wrong
    set_text(qtbot, dialog, "company_brn", "123-45-67891")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    st = Settings()
    assert (st.get("invoice_due_days"), st.get("renewal_lead_days")) == (30, 1)
    assert st.letterhead()["ceo"] == "Park Daepyo"

    # an order's invoice: the bank account, the due date 30 days after the issue date, the letterhead with the CEO
    with db.session() as s:
        from desktop_app.models import Account

        site = s.get(Account, 2).sites[0]
        change = orders.change_from_site(site, users=site.users + 1)
    order = demo_desk.run(orders.place_order, orders.OrderInput(2, changes=[change], terms_accepted=True,
                                                                account_version=account_version(demo_desk, 2)))
    with db.session() as s:
        invoice = s.query(InvoiceRow).filter_by(order_id=order.id).one()
        assert invoice.due_date == TODAY + dt.timedelta(days=30)
        pdf = invoices.invoice_pdf(s, invoice.id)
    text = pdf_text(pdf)
    for expected in ("Orbit Reseller", "Park Daepyo", "123-45-67891", "Seoul Jung-gu 1", "02-555-0101",
                     "billing@orbit.example", "Shinhan 110-222-333444 (Orbit)", "2026-12-22"):
        assert expected in text, expected
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert len(page.images) == 1  # the seal
    # a quote carries the same letterhead
    more = orders.SiteChange(change.site_id, change.package, change.users + 1, change.edition, change.addons)
    quote = demo_desk.run(quotes.quote_for_order, orders.OrderInput(2, changes=[more]), st)
    with db.session() as s:
        qtext = pdf_text(quotes.quote_pdf(s, quote.id))
    assert "Park Daepyo" in qtext and "Orbit Reseller" in qtext
    # renewal lead days: 1 day ahead, the renewal the demo has due within 14 days is not issued yet
    before = count(db, InvoiceRow)
    billing.run(db, TODAY, Settings())
    with db.session() as s:
        assert s.query(InvoiceRow).filter(InvoiceRow.kind == "renewal").count() == 0
    assert count(db, InvoiceRow) >= before


def test_the_bundled_nanum_gothic_is_embedded_unless_another_font_is_chosen(demo_desk, db, tmp_path):
    from desktop_app.documents import fonts
    from desktop_app.paths import RESOURCES

    choice = fonts.find_font("")
    assert choice.regular == str(RESOURCES / "fonts" / "NanumGothic.ttf")
    assert choice.bold == str(RESOURCES / "fonts" / "NanumGothicBold.ttf")
    assert "SIL Open Font License" in (RESOURCES / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    with db.session() as s:
        number = s.query(InvoiceRow).order_by(InvoiceRow.id).first().id
        pdf = invoices.invoice_pdf(s, number)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    names = {str(f["/BaseFont"]).split("+")[-1] for f in page["/Resources"]["/Font"].values()}
    assert {"NanumGothic", "NanumGothicBold"} <= names
    chosen = str(RESOURCES / "fonts" / "NanumGothicBold.ttf")  # another file chosen in the settings wins
    assert fonts.find_font(chosen).regular == chosen
