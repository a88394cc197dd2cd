"""Issue 13 item 15: invoices by email like quotes (the PDF attached, through the outbox, retried from it), and
every mail carries a Date: header; read back from a real SMTP server on localhost."""

import email.utils

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.models import InvoiceRow, OutboxMessage
from desktop_app.secrets import set_secret
from desktop_app.services import invoices, mail
from desktop_app.settings import Settings
from desktop_app.views.invoices.view import InvoicesView
from desktop_app.views.quotes.send_dialog import SendQuoteDialog
from desktop_app.views.quotes.view import QuotesView
from tests.conftest import TODAY
from tests.support.smtp import PASSWORD, USER, free_port, smtp_server


def smtp_settings(port: int) -> None:
    st = Settings()
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port), ("smtp_security", "none"),
                       ("smtp_user", USER), ("smtp_from", USER), ("smtp_timeout", 3)):
        st.set(key, value)
    st.save()
    set_secret(mail.PASSWORD_SECRET, PASSWORD)


def test_an_invoice_goes_by_email_with_its_pdf_and_a_failure_is_retried_from_the_outbox(qtbot, demo_desk, db,
                                                                                      monkeypatch):
    with db.session() as s:
        invoice = s.query(InvoiceRow).filter(InvoiceRow.status != "void").order_by(InvoiceRow.id).first()
        invoice_id, number = invoice.id, invoice.number
    view = InvoicesView(demo_desk)
    qtbot.addWidget(view)
    view.show()
    view.select_invoice(invoice_id)
    seen = {}

    def drive(dialog):
        seen["title"] = dialog.windowTitle()
        seen["suggested"] = [c.property("address") for c in dialog.checks if c.isChecked()]
        dialog.typed.setPlainText("billing@customer.example")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(SendQuoteDialog, "exec", drive)
    smtp_settings(free_port())  # nobody listens there: the first try fails and stays in the outbox
    assert view.send() is not None

    def status(invoice_id=invoice_id):
        with db.session() as s:
            msg = s.query(OutboxMessage).filter_by(invoice_id=invoice_id).one_or_none()
            return msg.status if msg else None

    qtbot.waitUntil(lambda: status() == "failed", timeout=10_000)
    with db.session() as s:
        msg = s.query(OutboxMessage).filter_by(invoice_id=invoice_id).one()
        assert msg.status == "failed" and "연결할 수 없습니다" in msg.last_error
        assert number in msg.subject and msg.recipients.endswith("billing@customer.example")
        message_id = msg.id
    assert seen["title"] == "청구서 메일 보내기" and seen["suggested"]
    with smtp_server() as (inbox, port):
        smtp_settings(port)
        quotes_view = QuotesView(demo_desk)
        qtbot.addWidget(quotes_view)
        row = next(i for i, r in enumerate(quotes_view.outbox.rows()) if r.id == message_id)
        quotes_view.outbox_table.selectRow(row)
        assert quotes_view.retry() is not None
        qtbot.waitUntil(lambda: status() == "sent", timeout=10_000)
    [received] = inbox.messages
    assert number in received["Subject"]
    assert email.utils.parsedate_to_datetime(received["Date"]).date() >= TODAY.replace(year=2000)
    [attachment] = list(received.iter_attachments())
    assert attachment.get_filename() == f"청구서_{number}.pdf"
    assert attachment.get_content() == demo_desk.read(invoices.invoice_pdf, invoice_id)
    body = received.get_body(("plain",)).get_content()
    assert number in body and "입금 계좌" in body
    with db.session() as s:
        msg = s.get(OutboxMessage, message_id)
        assert (msg.status, msg.attempts) == ("sent", 2)


def test_a_quote_mail_carries_a_date_header(demo_desk):
    from tests.unit.test_mail import config, queued

    _q, mid = queued(demo_desk)
    with smtp_server() as (inbox, port):
        assert mail.deliver(demo_desk, mid, config(port)) is None
    [received] = inbox.messages
    assert received["Date"] and email.utils.parsedate_to_datetime(received["Date"]) is not None
