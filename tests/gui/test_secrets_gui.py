"""With no keyring on the computer: sending a quote works without a password, and a password typed in the
settings is kept for this session only, with the user told so (S5)."""

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from desktop_app.secrets import get_secret
from desktop_app.services import mail
from desktop_app.settings import Settings
from desktop_app.views.quotes.view import QuotesView
from tests.gui.test_quotes_gui import account_quote, answer_send_dialog, result_message
from tests.support.smtp import smtp_server


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())


def test_a_quote_is_sent_without_a_keyring_when_the_server_needs_no_password(qtbot, calc, demo_desk, no_keyring):
    account_quote(calc)
    view = QuotesView(demo_desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    with smtp_server(login=False) as (inbox, port):
        st = Settings()
        for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port), ("smtp_security", "none"),
                           ("smtp_from", "sales@reseller-desk.co.kr"), ("smtp_timeout", 3)):
            st.set(key, value)
        st.save()
        answer_send_dialog("ceo@hanbit.co.kr")
        view.send().wait()
        qtbot.waitUntil(lambda: result_message(view) is not None, timeout=10_000)
    assert "보냈습니다" in result_message(view).text()
    [msg] = inbox.messages
    assert msg["To"] == "ceo@hanbit.co.kr"


def test_the_settings_keep_a_password_for_the_session_only_and_say_so(qtbot, tmp_path, no_keyring):
    from desktop_app.views.settings.dialog import SettingsDialog

    window = QWidget()
    qtbot.addWidget(window)
    st = Settings(tmp_path / "settings.json")
    dialog = SettingsDialog(st, window)
    dialog.field("smtp_host").setText("smtp.example.co.kr")
    dialog.field("smtp_from").setText("sales@example.co.kr")
    dialog.field("database").setText("postgresql+psycopg://desk:db-secret-9@db.example.co.kr/reseller")
    dialog.password.setText("app-password-1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.notice is not None and dialog.notice.isVisible()
    assert "키링이 없어" in dialog.notice.text() and "이번 실행 동안만" in dialog.notice.text()
    saved = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert "app-password-1" not in saved and "db-secret-9" not in saved and "smtp.example.co.kr" in saved
    assert get_secret(mail.PASSWORD_SECRET) == "app-password-1"
    assert "db-secret-9" in Settings(tmp_path / "settings.json").database_url()
    dialog.notice.close()
