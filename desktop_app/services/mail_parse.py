"""Reading one mail of the support mailbox (T7): who sent it, to which tag, which request it answers, its text
(HTML-only mail made text) and its attachments. Pure: no database, no network."""

from __future__ import annotations

import email
import email.policy
import html
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

NUMBER = re.compile(r"\[(REQ-\d{4}-\d{6})\]")
MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass
class Attachment:
    filename: str
    content: bytes


@dataclass
class Mail:
    sender: str  # the address, lower case
    sender_name: str
    recipients: list[str]  # To, Cc and Delivered-To addresses, lower case
    subject: str
    message_id: str
    refers_to: list[str]  # In-Reply-To and References, nearest first
    body: str
    attachments: list[Attachment] = field(default_factory=list)

    def request_number(self) -> str | None:
        found = NUMBER.search(self.subject)
        return found.group(1) if found else None


class _Text(HTMLParser):
    """HTML to readable text: paragraphs and line breaks kept, scripts and styles left out."""

    BREAKS = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("p", "div", "tr", "table", "blockquote"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in html.unescape("".join(parser.parts)).splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _ids(value: str | None) -> list[str]:
    return MESSAGE_ID.findall(str(value or ""))


def parse(raw: bytes) -> Mail:
    msg: EmailMessage = email.message_from_bytes(raw, policy=email.policy.default)
    name, address = parseaddr(str(msg.get("From", "")))
    recipients = [a.lower() for _n, a in getaddresses([str(v) for k in ("To", "Cc", "Delivered-To")
                                                        for v in msg.get_all(k, [])]) if a]
    body_part = msg.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        content = body_part.get_content()
        body = html_to_text(content) if body_part.get_content_subtype() == "html" else content.strip()
    attachments = []
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        attachments.append(Attachment(part.get_filename() or "attachment.bin", payload))
    return Mail(sender=address.lower(), sender_name=name, recipients=recipients,
                subject=str(msg.get("Subject", "")).strip(), message_id=str(msg.get("Message-ID", "")).strip(),
                refers_to=list(dict.fromkeys(_ids(msg.get("In-Reply-To")) + list(reversed(_ids(msg.get("References")))))),
                body=body, attachments=attachments)


def tag_of(address: str, support_address: str) -> str | None:
    """`support+{tag}@domain` of the support address `support@domain`: the tag, else None."""
    local, _at, domain = support_address.lower().partition("@")
    got_local, _at2, got_domain = address.lower().partition("@")
    if not local or got_domain != domain or not got_local.startswith(local + "+"):
        return None
    return got_local[len(local) + 1:] or None
