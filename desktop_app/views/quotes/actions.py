"""What one does with a quote from any screen: preview (print, save) and send by email in the background."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.errors import UserError
from desktop_app.services import mail, quotes
from desktop_app.services.desk import Desk
from desktop_app.settings import Settings
from desktop_app.views.common import background
from desktop_app.views.common.notify import shown, tell


def preview(parent: QWidget, desk: Desk, quote_id: int, on_change: Callable[[], None] | None = None):
    """The quote's PDF in a preview window with print, save and send; returns the (non-modal) window."""
    from desktop_app.views.common.pdf_preview import PdfPreview, render_or_tell

    font = Settings().get("font_path")
    pdfs = render_or_tell(parent, lambda: [desk.read(quotes.quote_pdf, quote_id, font)])
    if pdfs is None:
        return None
    row = desk.read(quotes.get_quote, quote_id)
    window = PdfPreview(pdfs[0], QCoreApplication.translate("quote_actions", "견적서 %1").replace("%1", row.number), f"견적서_{row.number}.pdf", parent)
    send = QPushButton(QCoreApplication.translate("quote_actions", "메일 보내기…"))
    send.setObjectName("preview_send")
    send.clicked.connect(lambda: send_quote(window, desk, quote_id, on_change))
    window.add_button(send)
    window.show()
    return window


def send_quote(parent: QWidget, desk: Desk, quote_id: int, on_change: Callable[[], None] | None = None):
    """Ask for recipients, queue the mail, deliver it off the GUI thread, then say how it went."""
    from desktop_app.secrets import get_secret
    from desktop_app.views.quotes.send_dialog import SendQuoteDialog

    row = desk.read(quotes.get_quote, quote_id)
    subject, _ = mail.quote_mail(row.content)
    dialog = SendQuoteDialog(desk, quote_id, subject, parent)
    if not dialog.exec():
        return None
    return deliver(parent, desk, dialog.saved, Settings(), get_secret(mail.PASSWORD_SECRET), on_change)


def send_invoice(parent: QWidget, desk: Desk, invoice_id: int, on_change: Callable[[], None] | None = None):
    """The invoice by email like a quote: recipients asked, queued in the outbox, delivered in the background."""
    from desktop_app.secrets import get_secret
    from desktop_app.services import invoice_mail, invoices
    from desktop_app.views.quotes.send_dialog import SendQuoteDialog

    row = desk.read(invoices.get_invoice, invoice_id)
    subject, _ = invoice_mail.invoice_mail(row.content)
    dialog = SendQuoteDialog(desk, invoice_id, subject, parent, invoice=True)
    if not dialog.exec():
        return None
    return deliver(parent, desk, dialog.saved, Settings(), get_secret(mail.PASSWORD_SECRET), on_change)


def deliver(parent: QWidget, desk: Desk, message_id: int, settings: Settings, password: str | None,
            on_change: Callable[[], None] | None = None) -> background.Job:
    config = mail.SmtpConfig.from_settings(settings, password)
    font = settings.get("font_path")

    def done(reason, exc) -> None:
        if exc is not None and not isinstance(exc, UserError):
            background.failed(parent, QCoreApplication.translate("quote_actions", "메일을 보내지 못했습니다"), exc)
            return
        if exc is not None:
            reason = exc
        if reason is None:
            tell(parent, QCoreApplication.translate("quote_actions", "메일을 보냈습니다"), QCoreApplication.translate("quote_actions", "메일을 보냈습니다."))
        else:
            tell(parent, QCoreApplication.translate("quote_actions", "메일을 보내지 못했습니다"),
                 shown(reason) + "\n\n" + QCoreApplication.translate("quote_actions", "메일은 보낼함에 남아 있습니다. 설정을 고친 뒤 견적 화면의 보낼함에서 다시 보내세요."),
                 warning=True)
        if on_change:
            on_change()

    return background.start(parent, lambda: mail.deliver(desk, message_id, config, font), done)
