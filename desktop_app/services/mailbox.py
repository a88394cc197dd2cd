"""The support mailbox over IMAP (T7): its settings, a connection test that says which step failed (host, TLS,
login, folder), and fetching new mail. The network is used outside any transaction; each mail is taken in by
its own transaction (services/mail_intake.py), so a fetch cut off half-way loses nothing and repeats nothing.
Nothing is deleted on the server: with the setting `imap_handled_folder` handled mail is moved there."""

from __future__ import annotations

import imaplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from desktop_app.errors import UserError
from desktop_app.i18n import texts
from desktop_app.services.mail_intake import mark_moved, seen_uids, take_in

_ = texts("mailbox")

PASSWORD_SECRET = "imap_password"
SECURITY = ("ssl", "starttls")


class MailboxError(UserError):
    """A step of reaching the mailbox failed; `field` names it: imap_host, imap_security, imap_login,
    imap_folder, or imap_fetch."""


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    security: str = "ssl"  # ssl: TLS from the first byte (993) | starttls (143)
    user: str = ""
    password: str = ""
    folder: str = "INBOX"
    handled_folder: str = ""  # "": leave mail where it is
    support_address: str = ""
    timeout: float = 20

    @classmethod
    def from_settings(cls, settings: Any, password: str | None) -> ImapConfig:
        return cls(settings.get("imap_host").strip(), settings.get("imap_port"), settings.get("imap_security"),
                   settings.get("imap_user").strip(), password or "", settings.get("imap_folder").strip() or "INBOX",
                   settings.get("imap_handled_folder").strip(), settings.get("support_address").strip(),
                   settings.get("imap_timeout"))

    def problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.host:
            errors["imap_host"] = _("IMAP 서버 주소를 설정에 입력하세요 (예: imap.example.co.kr).")
        if not 1 <= self.port <= 65535:
            errors["imap_port"] = _("포트는 1–65535 사이입니다 (보통 993 SSL/TLS, 143 STARTTLS).")
        if self.security not in SECURITY:
            errors["imap_security"] = _("보안 방식은 ssl(바로 TLS) 또는 starttls 입니다.")
        if not self.user or not self.password:
            errors["imap_login"] = _("IMAP 로그인과 비밀번호를 설정에 입력하세요 (비밀번호는 운영체제 키링에 저장됩니다).")
        if "@" not in self.support_address:
            errors["support_address"] = _("지원 메일 주소를 설정에 입력하세요 (예: support@example.co.kr).")
        return errors


def connect(config: ImapConfig, context: ssl.SSLContext | None = None) -> IMAPClient:
    """Connected and signed in; a failure names its step."""
    where = f"{config.host}:{config.port}"
    if errors := config.problems():
        raise MailboxError(" ".join(errors.values()), next(iter(errors)))
    context = context or ssl.create_default_context()
    try:
        client = IMAPClient(config.host, port=config.port, ssl=config.security == "ssl", ssl_context=context,
                            timeout=config.timeout)
    except ssl.SSLError as exc:
        raise MailboxError(_("{where} 와 TLS 연결을 맺지 못했습니다 ({reason}). 포트와 보안 방식(SSL/TLS, STARTTLS)을 "
                             "확인하세요.", where=where, reason=exc.reason or exc), "imap_security") from exc
    except socket.gaierror as exc:
        raise MailboxError(_("서버 이름 {host} 을(를) 찾을 수 없습니다. 주소와 네트워크 연결을 확인하세요.",
                             host=config.host), "imap_host") from exc
    except TimeoutError as exc:
        raise MailboxError(_("{where} 이(가) {seconds}초 안에 응답하지 않았습니다. 주소, 포트, 보안 방식을 확인하세요.",
                             where=where, seconds=f"{config.timeout:g}"), "imap_host") from exc
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailboxError(_("{where} 에 연결할 수 없습니다 ({reason}). 서버 주소와 포트를 확인하세요.",
                             where=where, reason=exc), "imap_host") from exc
    try:
        if config.security == "starttls":
            try:
                client.starttls(context)
            except ssl.SSLError as exc:
                raise MailboxError(_("{where} 와 STARTTLS 보안 연결을 맺지 못했습니다 ({reason}). 보안 방식을 확인하세요.",
                                     where=where, reason=exc.reason or exc), "imap_security") from exc
            except (IMAPClientError, imaplib.IMAP4.error) as exc:
                raise MailboxError(_("{where} 이(가) STARTTLS 를 지원하지 않습니다 ({reason}). 보안 방식을 SSL/TLS 로 "
                                     "바꾸거나 포트를 확인하세요.", where=where, reason=exc), "imap_security") from exc
        try:
            client.login(config.user, config.password)
        except LoginError as exc:
            raise MailboxError(_("{where} 이(가) 로그인을 거부했습니다. 설정의 IMAP 로그인 '{user}' 와 비밀번호를 "
                                 "확인하세요.", where=where, user=config.user), "imap_login") from exc
    except BaseException:
        _close(client)
        raise
    return client


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection may already be gone
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass


def _select(client: IMAPClient, config: ImapConfig, readonly: bool) -> int:
    try:
        info = client.select_folder(config.folder, readonly=readonly)
    except (IMAPClientError, imaplib.IMAP4.error) as exc:
        raise MailboxError(_("메일함 폴더 '{folder}' 을(를) 열 수 없습니다 ({reason}). 설정의 폴더 이름을 확인하세요.",
                             folder=config.folder, reason=exc), "imap_folder") from exc
    return int(info[b"UIDVALIDITY"])


def check_connection(config: ImapConfig, context: ssl.SSLContext | None = None) -> str:
    """Every step once; the message for the settings dialog. A failure raises MailboxError naming its step."""
    client = connect(config, context)
    try:
        _select(client, config, readonly=True)
        count = len(client.search("ALL"))
        if config.handled_folder and not client.folder_exists(config.handled_folder):
            raise MailboxError(_("처리한 메일을 옮길 폴더 '{folder}' 이(가) 서버에 없습니다. 만들거나 설정을 비우세요.",
                                 folder=config.handled_folder), "imap_folder")
    finally:
        _close(client)
    return _("연결됨: {host} 의 '{folder}' 폴더에 메일 {count}통이 있습니다.", host=config.host,
             folder=config.folder, count=count)


@dataclass
class FetchResult:
    taken: int  # new mails placed (request, message or triage)
    seen_before: int


def fetch_new(desk: Any, config: ImapConfig, context: ssl.SSLContext | None = None,
              batch: int = 20, go_on: Callable[[], bool] = lambda: True) -> FetchResult:
    """New mail of the folder, each taken in its own transaction with its UID. `go_on()` is asked before each
    batch and each mail: False (the application is quitting) stops between two mails; the rest comes next time."""
    client = connect(config, context)
    taken = 0
    try:
        uidvalidity = _select(client, config, readonly=not config.handled_folder)
        try:
            uids = sorted(client.search("ALL"))
        except (IMAPClientError, imaplib.IMAP4.error, OSError) as exc:
            raise _cut(config, exc) from exc
        known = desk.read(seen_uids, config.folder, uidvalidity)
        new = [u for u in uids if u not in known]
        for start in range(0, len(new), batch):
            if not go_on():
                break
            chunk = new[start:start + batch]
            try:
                fetched = client.fetch(chunk, ["BODY.PEEK[]"])  # PEEK: the mail stays unread for people
            except (IMAPClientError, imaplib.IMAP4.error, OSError) as exc:
                raise _cut(config, exc) from exc
            for uid in chunk:
                if not go_on():
                    break
                raw = fetched.get(uid, {}).get(b"BODY[]")
                if raw is None:
                    continue  # gone meanwhile
                seen_id = desk.run(take_in, config.folder, uidvalidity, uid, raw, config.support_address)
                if seen_id is not None:
                    taken += 1
                    if config.handled_folder:
                        client.move([uid], config.handled_folder)
                        desk.run(mark_moved, [seen_id])
        return FetchResult(taken, len(uids) - len(new))
    finally:
        _close(client)


def _cut(config: ImapConfig, exc: BaseException) -> MailboxError:
    return MailboxError(_("{host} 와의 연결이 메일을 받는 중에 끊겼습니다 ({reason}). 받은 메일은 저장되었습니다. 다시 "
                          "받으면 나머지를 받습니다.", host=config.host, reason=exc), "imap_fetch")
