"""One declared registry of settings with types and defaults, kept as JSON in the user's config folder.

UI state (window geometry, splitter positions) is not here: the views keep it in QSettings apart.
No secret is ever written here: a database URL's password goes to the keyring (desktop_app/secrets.py) and the
file keeps the URL without it; `database_url()` puts it back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import paths


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str


REGISTRY: dict[str, Setting] = {s.key: s for s in (
    Setting("language", str, "ko", "화면 언어 (ko, en)"),
    Setting("database", str, "", "데이터베이스 파일 또는 URL (비우면 사용자 데이터 폴더)"),
    Setting("last_login", str, "", "마지막으로 로그인한 직원 (비밀번호는 저장하지 않음)"),
    Setting("lock_idle_minutes", int, 15, "이만큼(분) 쓰지 않으면 화면 잠금 (0: 잠그지 않음)"),
    Setting("quote_valid_days", int, 30, "견적 유효 기간(일)"),
    Setting("font_path", str, "", "PDF 한글 글꼴 파일 (비우면 시스템에서 찾음)"),
    Setting("company_name", str, "리셀러데스크 주식회사", "회사 이름 (견적서 머리)"),
    Setting("company_ceo", str, "김대표", "대표자"),
    Setting("company_brn", str, "220-81-62517", "사업자등록번호"),
    Setting("company_address", str, "서울특별시 중구 세종대로 110", "주소"),
    Setting("company_phone", str, "02-1234-0000", "전화"),
    Setting("company_email", str, "sales@reseller-desk.co.kr", "이메일"),
    Setting("company_seal", str, "", "직인 이미지 파일 (선택)"),
    Setting("payment_terms", str, "견적 승인 후 14일 이내 결제 (카드, 계좌이체, 무통장입금)", "결제 조건"),
    Setting("invoice_due_days", int, 14, "청구서 납부 기한(발행일 + 일)"),
    Setting("renewal_lead_days", int, 14, "갱신 청구서를 만료 며칠 전에 발행할지"),
    Setting("bank_account", str, "기업은행 123-456789-01-012 (예금주: 리셀러데스크 주식회사)", "입금 계좌 (청구서)"),
    Setting("smtp_host", str, "", "SMTP 서버"),
    Setting("smtp_port", int, 587, "SMTP 포트"),
    Setting("smtp_security", str, "starttls", "보안 (none, starttls, ssl)"),
    Setting("smtp_user", str, "", "SMTP 사용자 (비밀번호는 키링에)"),
    Setting("smtp_from", str, "", "보내는 주소"),
    Setting("smtp_timeout", int, 20, "SMTP 제한 시간(초)"),
    Setting("support_address", str, "", "지원 메일 주소 (support@…; 컨설팅 프로젝트마다 support+태그@…)"),
    Setting("today_mail", bool, False, "매일 '오늘 할 일' 요약 메일 받기"),
    Setting("today_mail_time", str, "08:00", "요약 메일 시각 (HH:MM)"),
    Setting("today_mail_to", str, "", "요약 메일 받는 주소 (비우면 직원 정보의 내 이메일)"),
    Setting("imap_host", str, "", "지원 메일함 IMAP 서버"),
    Setting("imap_port", int, 993, "IMAP 포트"),
    Setting("imap_security", str, "ssl", "IMAP 보안 (ssl: 바로 TLS, starttls)"),
    Setting("imap_user", str, "", "IMAP 로그인 (비밀번호는 키링에)"),
    Setting("imap_folder", str, "INBOX", "읽을 폴더"),
    Setting("imap_handled_folder", str, "", "처리한 메일을 옮길 폴더 (비우면 서버에 그대로 둠)"),
    Setting("imap_interval_minutes", int, 5, "새 메일 확인 간격(분, 0: 자동으로 확인하지 않음)"),
    Setting("imap_timeout", int, 20, "IMAP 제한 시간(초)"),
    Setting("sla_calendar", str, "KR", "지원 요청 영업일 달력: 공휴일 국가 (holidays 패키지, 대체공휴일 포함)"),
    Setting("sla_business_days", str, "mon,tue,wed,thu,fri", "영업 요일 (mon … sun, 쉼표로 구분)"),
    Setting("sla_business_hours", str, "09:00-18:00", "영업 시간 (HH:MM-HH:MM)"),
)}

LANGUAGES = ("ko", "en")


class Settings:
    def __init__(self, path: Path | None = None):
        self.path = path or paths.config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self.session_only: list[str] = []  # settings whose secret is kept for this session only (no keyring)
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raw = {}  # a damaged settings file falls back to the defaults rather than blocking the start
            for key, value in raw.items():
                spec = REGISTRY.get(key)
                if spec is not None and isinstance(value, spec.type):
                    self._values[key] = value
            if self._keep_secret_apart() == "keyring":
                self.save()  # a password written by an older version leaves the file for the keyring

    def get(self, key: str) -> Any:
        return self._values.get(key, REGISTRY[key].default)

    def set(self, key: str, value: Any) -> None:
        spec = REGISTRY[key]
        if not isinstance(value, spec.type):
            raise TypeError(f"setting {key} takes {spec.type.__name__}")
        self._values[key] = value
        self._keep_secret_apart()

    def _keep_secret_apart(self) -> str | None:
        """Move a password in the database URL to the keyring (or the session); where it went, or None."""
        from desktop_app import secrets

        url = self._values.get("database", "")
        bare, password = secrets.split_url(url)
        if password is None:
            return None
        where = secrets.set_secret(secrets.url_secret_name(bare), password)
        self._values["database"] = bare
        if where == secrets.SESSION and "database" not in self.session_only:
            self.session_only.append("database")
        return where

    def database_url(self) -> str:
        """The database setting with its password from the keyring, for opening it ("" for the default file)."""
        from desktop_app import secrets

        return secrets.with_password(self.get("database"))

    def letterhead(self) -> dict[str, str]:
        """The reseller's letterhead as printed on quotes and invoices."""
        return {k: self.get(f"company_{k}") for k in ("name", "ceo", "brn", "address", "phone", "email", "seal")}

    def save(self) -> None:
        self._keep_secret_apart()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)  # atomic: a crash never leaves half a settings file
