"""Quotes as a user makes them: one click in the calculator, the preview, printing, saving, and sending to a
real SMTP server on localhost, with a failure kept in the outbox and sent again from there."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from desktop_app.models import OutboxMessage, QuoteRow
from desktop_app.secrets import set_secret
from desktop_app.services import mail
from desktop_app.settings import Settings
from desktop_app.views.common.pdf_pages import print_pdfs
from desktop_app.views.quotes.view import QuotesView
from tests.conftest import count, type_text
from tests.support.smtp import PASSWORD, USER, free_port, smtp_server

DEMO_QUOTES = 1  # the demo holds one quote, for a prospect, expiring in five days (Today, D1)
DEMO_PROSPECT = "(주)가람상사"
DEMO_OUTBOX = 1  # the demo's late incident has its confirmation mail waiting in the outbox (no quote)


def smtp_settings(port):
    st = Settings()
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port), ("smtp_security", "none"),
                       ("smtp_user", USER), ("smtp_from", USER), ("smtp_timeout", 3)):
        st.set(key, value)
    st.save()
    set_secret(mail.PASSWORD_SECRET, PASSWORD)


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def answer_send_dialog(typed: str):
    """Fill the modal recipients dialog once it is shown, and press 보내기."""
    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.typed.setPlainText(typed)
        for check in dialog.checks:
            check.setChecked(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


def account_quote(calc):
    """A change quote for (주)한빛소프트웨어: five more users on its 연구소 site."""
    calc.account.setCurrentIndex(calc.account.findText("(주)한빛소프트웨어"))
    row = next(r for r in calc.grid.rows if r.name.text() == "연구소")
    row.users.setValue(row.users.value() + 5)
    return calc.make_quote()


def result_message(widget) -> QMessageBox:
    boxes = [b for b in widget.findChildren(QMessageBox, "message") if b.isVisible()]
    return boxes[-1] if boxes else None


def test_one_click_makes_a_numbered_quote_and_shows_its_pdf(qtbot, calc, db):
    type_text(qtbot, calc.customer, "(주)바다물산")
    calc.grid.rows[0].users.setValue(20)
    qtbot.mouseClick(calc.quote_button, Qt.MouseButton.LeftButton)
    assert count(db, QuoteRow) == DEMO_QUOTES + 1
    with db.session() as s:
        q = s.query(QuoteRow).filter_by(customer_name="(주)바다물산").one()
        assert (q.number, q.customer_name, q.total) == ("Q-2026-000002", "(주)바다물산", 88_000)
    preview = calc.preview_window
    assert preview is not None and preview.isVisible() and "Q-2026-000002" in preview.windowTitle()
    assert len(preview.page_labels) == 1 and preview.page_labels[0].pixmap().width() > 500
    text = pdf_text(preview.pdf)
    assert "(주)바다물산 귀중" in text and "88,000원" in text and "일금 팔만팔천원정" in text


def test_a_refused_order_makes_no_quote(qtbot, calc, db):
    calc.grid.rows[0].users.setValue(3)  # a paid package needs 10 users (P1)
    assert not calc.quote_button.isEnabled()
    assert count(db, QuoteRow) == DEMO_QUOTES


def test_preview_prints_and_saves(qtbot, calc, tmp_path, monkeypatch):
    calc.quote_button.click()
    preview = calc.preview_window
    target = tmp_path / "saved quote.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    preview.save_button.click()
    assert target.read_bytes() == preview.pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdfs([preview.pdf, preview.pdf], printer) == 2
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 2


def test_sending_from_the_quotes_list_arrives_with_the_attachment(qtbot, calc, demo_desk, db):
    account_quote(calc)
    view = QuotesView(demo_desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    with smtp_server() as (inbox, port):
        smtp_settings(port)
        answer_send_dialog("ceo@hanbit.co.kr")
        view.send().wait()
        qtbot.waitUntil(lambda: result_message(view) is not None, timeout=10_000)
    assert "보냈습니다" in result_message(view).text()
    [msg] = inbox.messages
    assert msg["To"] == "ceo@hanbit.co.kr" and "(주)한빛소프트웨어" in msg["Subject"]
    [attachment] = list(msg.iter_attachments())
    assert "(주)한빛소프트웨어" in pdf_text(attachment.get_content())
    assert view.model.row(0).status == "sent"


def test_a_failed_send_stays_in_the_outbox_and_goes_on_retry(qtbot, calc, demo_desk, db):
    calc.quote_button.click()
    view = QuotesView(demo_desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    smtp_settings(free_port())  # nothing listens there
    answer_send_dialog("buyer@example.co.kr")
    view.send().wait()
    qtbot.waitUntil(lambda: result_message(view) is not None, timeout=10_000)
    box = result_message(view)
    assert "연결할 수 없습니다" in box.text() and "보낼함" in box.text()
    box.close()
    assert view.outbox.row(0).status == "failed" and view.model.row(0).status == "draft"
    with smtp_server() as (inbox, port):
        smtp_settings(port)
        view.outbox_table.selectRow(0)
        view.retry().wait()
        qtbot.waitUntil(lambda: result_message(view) is not None, timeout=10_000)
    assert len(inbox.messages) == 1 and view.outbox.row(0).status == "sent"
    with db.session() as s:
        assert s.query(OutboxMessage).filter(OutboxMessage.quote_id.is_not(None)).one().attempts == 2


def test_typing_a_bad_address_is_refused_at_the_field(qtbot, calc, demo_desk, db):
    from desktop_app.views.quotes.send_dialog import SendQuoteDialog

    calc.quote_button.click()
    dialog = SendQuoteDialog(demo_desk, 1, "subject")
    qtbot.addWidget(dialog)
    dialog.typed.setPlainText("buyer@example.co.kr, not an address")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "not an address" in dialog.error_text("recipients")
    assert count(db, OutboxMessage) == DEMO_OUTBOX


def test_settings_keep_the_smtp_password_in_the_keyring_and_refuse_a_bad_address(qtbot, tmp_path):
    from desktop_app.secrets import get_secret
    from desktop_app.views.settings.dialog import SettingsDialog

    st = Settings(tmp_path / "settings.json")
    dialog = SettingsDialog(st)
    qtbot.addWidget(dialog)
    dialog.field("smtp_host").setText("smtp.example.co.kr")
    dialog.field("smtp_from").setText("sales at example")
    dialog.password.setText("app-password-1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "이메일 주소 형식" in dialog.error_text("smtp_from")
    assert not (tmp_path / "settings.json").exists() and get_secret(mail.PASSWORD_SECRET) is None
    dialog.field("smtp_from").setText("sales@example.co.kr")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert "smtp.example.co.kr" in saved and "app-password-1" not in saved
    assert get_secret(mail.PASSWORD_SECRET) == "app-password-1"
    assert Settings(tmp_path / "settings.json").get("smtp_from") == "sales@example.co.kr"


def test_an_account_quote_holds_only_the_sites_that_change(qtbot, calc, db):
    calc.account.setCurrentIndex(calc.account.findText("(주)한빛소프트웨어"))
    calc.quote_button.click()  # nothing changed yet
    assert "견적에 넣을 것이 없습니다" in result_message(calc).text()
    assert count(db, QuoteRow) == DEMO_QUOTES
    result_message(calc).close()
    account_quote(calc)
    with db.session() as s:
        q = s.query(QuoteRow).order_by(QuoteRow.id.desc()).first()
        assert [site["name"] for site in q.content["priced"]["sites"]] == ["연구소"] and q.total > 0


def test_an_expired_quote_is_refused_then_repriced_and_accepted(qtbot, calc, demo_desk, db):
    import datetime as dt

    from desktop_app import clock
    from desktop_app.models import OrderRow
    from tests.conftest import TODAY

    account_quote(calc)
    clock.fix_today(TODAY + dt.timedelta(days=45))
    view = QuotesView(demo_desk)
    qtbot.addWidget(view)
    assert view.model.row(0).status == "expired"
    view.table.selectRow(0)
    view.accept_action.trigger()
    assert "만료" in result_message(view).text() and "다시 계산" in result_message(view).text()
    result_message(view).close()
    assert count(db, OrderRow) == 0
    view.reprice_action.trigger()
    ours = [(r.revision, r.status) for r in view.model.rows() if r.customer != DEMO_PROSPECT]
    assert ours == [(2, "draft"), (1, "superseded")]
    assert view.selected().revision == 2
    view.accept_action.trigger()
    assert "주문" in result_message(view).text() and count(db, OrderRow) == 1
    assert view.model.row(0).status == "accepted"


def test_editing_a_sent_quote_in_the_calculator_makes_revision_two(qtbot, demo_desk, db, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop_app.services import quotes
    from desktop_app.views.main_window import MainWindow

    w = MainWindow(demo_desk, Settings(tmp_path / "s.json"),
                   QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.nav.setCurrentRow(w.CALCULATOR)
    calc = w.sections[w.CALCULATOR]
    type_text(qtbot, calc.customer, "(주)바다물산")
    calc.grid.rows[0].users.setValue(20)
    calc.add_company()
    calc.grid.rows[1].users.setValue(40)
    first = calc.make_quote()
    demo_desk.run(quotes.mark_sent, first)
    w.show_quote(first)
    view = w.sections[w.QUOTES]
    view.edit_action.trigger()
    assert w.stack.currentWidget() is calc and "Q-2026-000002" in calc.quote_button.text()
    assert [r.users.value() for r in calc.grid.rows] == [20, 40] and calc.customer.text() == "(주)바다물산"
    calc.grid.rows[1].users.setValue(50)
    second = calc.make_quote()
    with db.session() as s:
        old, new = s.get(QuoteRow, first), s.get(QuoteRow, second)
        assert (old.status, new.number, new.revision, new.status) == ("superseded", old.number, 2, "draft")
        assert [x["users"] for x in new.content["order"]["sites"]] == [20, 50]
        assert new.customer_name == "(주)바다물산"
    assert calc.quote_button.text() == "견적서 만들기"


def test_editing_an_account_quote_shows_its_change_on_the_site_row(qtbot, calc, db):
    quote_id = account_quote(calc)
    with db.session() as s:
        wanted = s.get(QuoteRow, quote_id).content["order"]["sites"][0]["users"]
    calc.load_account(None)
    calc.edit_quote(quote_id)
    lab = next(r for r in calc.grid.rows if r.name.text() == "연구소")
    assert calc.account.currentText() == "(주)한빛소프트웨어" and lab.site_id is not None
    assert lab.users.value() == wanted and calc.revising == quote_id


def test_the_order_dialog_makes_a_quote_at_the_order_prices_without_ordering(qtbot, calc, db):
    from desktop_app.models import OrderRow
    from desktop_app.views.calculator.order_dialog import OrderDialog

    calc.account.setCurrentIndex(calc.account.findText("(주)한빛소프트웨어"))
    calc.add_company()
    calc.grid.rows[-1].users.setValue(15)
    dialog = OrderDialog(calc.desk, calc.context, calc.grid.values(), calc.months.value(), "")
    qtbot.addWidget(dialog)
    quote_id = dialog.make_quote()
    assert quote_id is not None and dialog.preview_window.isVisible()
    with db.session() as s:
        q = s.get(QuoteRow, quote_id)
        assert [x["name"] for x in q.content["priced"]["sites"]] == [calc.grid.rows[-1].name.text()]
        assert q.total == calc.panel.result.priced.total and q.customer_name == "(주)한빛소프트웨어"
    assert count(db, OrderRow) == 0


def test_without_a_korean_font_the_preview_says_what_to_install(qtbot, calc, db):
    st = Settings()
    st.set("font_path", "/nowhere/NanumGothic.ttf")
    st.save()
    calc.quote_button.click()
    assert count(db, QuoteRow) == DEMO_QUOTES + 1 and calc.preview_window is None
    assert "한글 글꼴" in result_message(calc).text() and "/nowhere/NanumGothic.ttf" in result_message(calc).text()
