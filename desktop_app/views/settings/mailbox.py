"""The support mailbox part of the settings (T7): IMAP server, TLS, login (the password in the OS keyring, S5),
folders, the support address and its plus-tag form, the fetch interval, and a connection test that says which
step failed (host, TLS, login, folder)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from desktop_app.services.mailbox import PASSWORD_SECRET, ImapConfig, MailboxError, check_connection
from desktop_app.views.common import background
from desktop_app.views.common.notify import shown

TEXT_KEYS = ("support_address", "imap_host", "imap_user", "imap_folder", "imap_handled_folder")


class MailboxFields(QObject):
    """Adds its rows to the settings dialog; the dialog saves what values() gives."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog
        dialog._header(self.tr("지원 메일함 (IMAP)"))
        address = dialog._text("support_address", self.tr("지원 메일 주소"), "support@example.co.kr")
        self.tag_form = QLabel()
        self.tag_form.setObjectName("support_tag_form")
        dialog.form.addRow(self.tr("프로젝트별 주소"), self.tag_form)
        address.textChanged.connect(self._show_tag_form)
        self._show_tag_form(address.text())
        dialog._text("imap_host", self.tr("IMAP 서버"), "imap.example.co.kr")
        self.port: QSpinBox = dialog._number("imap_port", self.tr("IMAP 포트"), 1, 65535)
        self.security: QComboBox = dialog.add_field("imap_security", self.tr("IMAP 보안"), dialog.combo(
            [(self.tr("SSL/TLS (바로 암호화, 993)"), "ssl"), (self.tr("STARTTLS (143)"), "starttls")]))
        dialog.choose(self.security, dialog.settings.get("imap_security"))
        dialog._text("imap_user", self.tr("IMAP 로그인"))
        self.password: QLineEdit = dialog.add_field("imap_password", self.tr("IMAP 비밀번호"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("바꿀 때만 입력 (운영체제 키링에 저장)"))
        dialog._text("imap_folder", self.tr("읽을 폴더"), "INBOX")
        dialog._text("imap_handled_folder", self.tr("처리한 메일을 옮길 폴더"), self.tr("비우면 서버에 그대로 둠 (지우지 않음)"))
        self.interval: QSpinBox = dialog._number("imap_interval_minutes", self.tr("새 메일 확인 간격 (분, 0: 수동)"), 0, 1440)
        self.test_button = QPushButton(self.tr("연결 시험"))
        self.test_button.setObjectName("imap_test")
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setObjectName("imap_test_result")
        self.result.setWordWrap(True)
        dialog.form.addRow(self.test_button, self.result)

    def _show_tag_form(self, address: str) -> None:
        local, _at, domain = address.strip().partition("@")
        self.tag_form.setText(f"{local}+{{tag}}@{domain}" if local and domain else "support+{tag}@…")

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {key: self.dialog.field(key).text().strip() for key in TEXT_KEYS}
        out.update(imap_port=self.port.value(), imap_security=self.security.currentData(),
                   imap_interval_minutes=self.interval.value())
        out["imap_folder"] = out["imap_folder"] or "INBOX"
        return out

    def config(self) -> ImapConfig:
        from desktop_app.secrets import get_secret

        v = self.values()
        return ImapConfig(str(v["imap_host"]), int(v["imap_port"]), str(v["imap_security"]), str(v["imap_user"]),
                          self.password.text() or get_secret(PASSWORD_SECRET) or "", str(v["imap_folder"]),
                          str(v["imap_handled_folder"]), str(v["support_address"]),
                          self.dialog.settings.get("imap_timeout"))

    def step_name(self, field: str | None) -> str:
        return {"imap_host": self.tr("서버 연결"), "imap_port": self.tr("서버 연결"), "imap_security": self.tr("TLS"),
                "imap_login": self.tr("로그인"), "imap_folder": self.tr("폴더"),
                "support_address": self.tr("지원 메일 주소")}.get(field or "", self.tr("연결"))

    def test(self) -> background.Job:
        config = self.config()
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("시험하는 중…"))

        def done(message, exc) -> None:
            self.test_button.setEnabled(True)
            if isinstance(exc, MailboxError):
                self.result.setText(self.tr("실패 (%1): %2").replace("%1", self.step_name(exc.field))
                                    .replace("%2", shown(exc)))
            elif exc is not None:
                self.result.setText(self.tr("실패: %1").replace("%1", shown(exc)))
            else:
                self.result.setText(message)

        return background.start(self.dialog, lambda: check_connection(config), done)

    def save_password(self) -> bool:
        """The typed password to the keyring (S5); True when it could be kept for this session only."""
        from desktop_app.secrets import SESSION, set_secret

        return bool(self.password.text()) and set_secret(PASSWORD_SECRET, self.password.text()) == SESSION
