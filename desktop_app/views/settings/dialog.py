"""Application settings: language and database (applied at the next start), quotes and letterhead, and the
SMTP server for sending quotes; the SMTP password goes to the OS keyring, never to the settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from desktop_app.errors import ValidationError
from desktop_app.pricing.business_number import problem as brn_problem
from desktop_app.pricing.names import email_problem
from desktop_app.services.mail import PASSWORD_SECRET, SECURITY
from desktop_app.settings import Settings
from desktop_app.views.common.form import FormDialog

TEXT_KEYS = ("database", "font_path", "company_name", "company_ceo", "company_brn", "company_address",
             "company_phone", "company_email", "company_seal", "payment_terms", "bank_account", "smtp_host",
             "smtp_user", "smtp_from")
NUMBER_KEYS = ("quote_valid_days", "invoice_due_days", "renewal_lead_days", "smtp_port", "smtp_timeout")


class SettingsDialog(FormDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(self.tr("설정"), parent, scroll=True)
        self.settings = settings
        self.numbers: dict[str, QSpinBox] = {}
        self.notice = None  # the message shown when a password could be kept for this session only
        self.language: QComboBox = self.add_field("language", self.tr("화면 언어"),
                                                  self.combo([("한국어", "ko"), ("English", "en")]))
        self.choose(self.language, settings.get("language"))
        self._text("database", self.tr("데이터베이스 (파일 또는 URL)"), self.tr("비우면 사용자 데이터 폴더의 기본 파일"))
        self.lock_minutes = self._number("lock_idle_minutes", self.tr("자동 잠금 (분, 0: 잠그지 않음)"), 0, 480)
        self._header(self.tr("회사 (견적서·청구서 머리)"))
        self._text("company_name", self.tr("회사 이름"))
        self._text("company_ceo", self.tr("대표자"))
        self._text("company_brn", self.tr("사업자등록번호"), "123-45-67891")
        self._text("company_address", self.tr("주소"))
        self._text("company_phone", self.tr("전화"))
        self._text("company_email", self.tr("이메일"))
        self._file("company_seal", self.tr("직인 이미지 (선택)"), self.tr("PNG 또는 JPEG 파일"),
                   self.tr("이미지 (*.png *.jpg *.jpeg)"))
        self._header(self.tr("견적서"))
        self.valid_days = self._number("quote_valid_days", self.tr("견적 유효 기간(일)"), 1, 365)
        self._text("payment_terms", self.tr("결제 조건"))
        self._header(self.tr("청구서"))
        self._text("bank_account", self.tr("입금 계좌"), self.tr("은행 계좌번호 (예금주)"))
        self._number("invoice_due_days", self.tr("납부 기한 (발행일 + 일)"), 0, 365)
        self._number("renewal_lead_days", self.tr("갱신 청구서 발행 (만료 며칠 전)"), 0, 120)
        self._header(self.tr("PDF 글꼴"))
        self._file("font_path", self.tr("한글 글꼴 파일"), self.tr("비우면 함께 설치된 나눔고딕 (.ttf/.ttc)"),
                   self.tr("글꼴 (*.ttf *.ttc *.otf)"))
        self._header(self.tr("메일 (SMTP)"))
        self._text("smtp_host", self.tr("SMTP 서버"), "smtp.example.co.kr")
        self.port = self._number("smtp_port", self.tr("포트"), 1, 65535)
        self.security: QComboBox = self.add_field("smtp_security", self.tr("보안"), self.combo(
            [("STARTTLS", "starttls"), ("SSL/TLS", "ssl"), (self.tr("없음"), "none")]))
        self.choose(self.security, settings.get("smtp_security"))
        self._text("smtp_user", self.tr("사용자"))
        self.password: QLineEdit = self.add_field("smtp_password", self.tr("비밀번호"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("바꿀 때만 입력 (운영체제 키링에 저장)"))
        self._text("smtp_from", self.tr("보내는 주소"))
        self.timeout = self._number("smtp_timeout", self.tr("제한 시간(초)"), 3, 300)
        from desktop_app.views.settings.mailbox import MailboxFields
        from desktop_app.views.settings.today_mail import TodayMailFields

        self.today_mail = TodayMailFields(self)
        self.mailbox = MailboxFields(self)

    def _header(self, text: str) -> None:
        label = QLabel(f"<b>{text}</b>")
        self.form.addRow(label)

    def _text(self, key: str, label: str, placeholder: str = "") -> QLineEdit:
        edit: QLineEdit = self.add_field(key, label, QLineEdit())
        edit.setText(self.settings.get(key))
        edit.setPlaceholderText(placeholder)
        return edit

    def _number(self, key: str, label: str, low: int, high: int) -> QSpinBox:
        box: QSpinBox = self.add_field(key, label, QSpinBox())
        box.setRange(low, high)
        box.setValue(self.settings.get(key))
        self.numbers[key] = box
        return box

    def _file(self, key: str, label: str, placeholder: str, kinds: str) -> QLineEdit:
        """A path typed in or chosen with 찾아보기… (opening in the folder of the current file or the documents)."""
        from desktop_app.views.common.files import open_file_name

        edit = QLineEdit(self.settings.get(key))
        edit.setPlaceholderText(placeholder)
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit, 1)
        browse = QPushButton(self.tr("찾아보기…"))
        browse.setObjectName(f"{key}_browse")
        line.addWidget(browse)

        def choose() -> None:
            path = open_file_name(self, label, kinds, edit.text().strip())
            if path:
                edit.setText(path)
                self.clear_error(key)

        browse.clicked.connect(choose)
        self.add_field(key, label, holder)
        self._fields[key] = edit  # values and errors are about the path itself
        edit.setObjectName(key)
        edit.textEdited.connect(lambda _=None: self.clear_error(key))
        return edit

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {key: self.field(key).text().strip() for key in TEXT_KEYS}
        out.update(language=self.language.currentData(), smtp_security=self.security.currentData())
        out.update({key: box.value() for key, box in self.numbers.items()})
        out.update(self.mailbox.values())
        out.update(self.today_mail.values())
        return out

    @staticmethod
    def problems(values: dict[str, object]) -> dict[str, str]:
        errors: dict[str, str] = {}
        for key in ("company_email", "smtp_from", "support_address"):
            if values[key] and (p := email_problem(str(values[key]))):
                errors[key] = p
        brn = str(values.get("company_brn", ""))
        if brn and (p := brn_problem(brn)):
            errors["company_brn"] = p
        for key in ("font_path", "company_seal"):
            path = str(values[key]).partition("#")[0]
            if path and not Path(path).is_file():
                errors[key] = QCoreApplication.translate("SettingsDialog", "그 파일이 없습니다. 경로를 확인하거나 비워 두세요.")
        from desktop_app.views.settings.today_mail import TodayMailFields

        errors.update(TodayMailFields.problems(values))
        if values["smtp_security"] not in SECURITY:
            errors["smtp_security"] = QCoreApplication.translate("SettingsDialog", "보안 방식을 고르세요.")
        return errors

    def save(self) -> bool:
        from desktop_app.secrets import SESSION, set_secret

        values = self.values()
        if errors := self.problems(values):
            raise ValidationError(errors)  # nothing is written while any field is wrong
        session_only = False
        if self.password.text():
            try:
                session_only = set_secret(PASSWORD_SECRET, self.password.text()) == SESSION
            except Exception as exc:  # a keyring that exists but refuses (locked, denied)
                raise ValidationError({"smtp_password": self.tr("운영체제 키링에 저장하지 못했습니다 (%1). 키링이 "
                                                                "잠겨 있으면 풀고 다시 저장하세요.").replace("%1", str(exc))}) from None
        try:
            session_only = self.mailbox.save_password() or session_only
        except Exception as exc:
            raise ValidationError({"imap_password": self.tr("운영체제 키링에 저장하지 못했습니다 (%1). 키링이 "
                                                            "잠겨 있으면 풀고 다시 저장하세요.").replace("%1", str(exc))}) from None
        try:
            for key, value in values.items():
                self.settings.set(key, value)
        except Exception as exc:  # the database URL's password: same keyring
            raise ValidationError({"database": self.tr("운영체제 키링에 저장하지 못했습니다 (%1). 키링이 "
                                                       "잠겨 있으면 풀고 다시 저장하세요.").replace("%1", str(exc))}) from None
        self.settings.save()
        if session_only or self.settings.session_only:
            self.notice = self._tell_session_only()
        return True

    def _tell_session_only(self):
        """No keyring on this computer: the password is kept for this session only, and the user is told."""
        from PySide6.QtCore import QCoreApplication

        from desktop_app.i18n import translated
        from desktop_app.secrets import SESSION_ONLY
        from desktop_app.views.common.notify import tell

        return tell(self.parentWidget(), self.tr("비밀번호는 이번 실행 동안만"),
                    translated(SESSION_ONLY, QCoreApplication.translate), warning=True)
