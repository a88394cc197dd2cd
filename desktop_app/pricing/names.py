"""Shapes of names that the vendors accept: access sub-domain (O4, G1), mail domain, email."""

from __future__ import annotations

import re

from desktop_app.i18n import Text, texts

_ = texts("names")

_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$")
_DOMAIN_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def subdomain_problem(label: str) -> Text | None:
    """O4: lower-case letters, digits, hyphens, 3–63 characters, no hyphen at either end."""
    if not label:
        return _("접속 주소(서브도메인)를 입력하세요.")
    if len(label) < 3 or len(label) > 63:
        return _("접속 주소는 3~63자여야 합니다.")
    if label != label.lower():
        return _("접속 주소에는 영문 소문자만 쓸 수 있습니다.")
    if label.startswith("-") or label.endswith("-"):
        return _("접속 주소는 하이픈(-)으로 시작하거나 끝날 수 없습니다.")
    if not _LABEL.match(label):
        return _("접속 주소에는 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다.")
    return None


def domain_problem(domain: str) -> Text | None:
    """A mail domain such as `example.co.kr`: two or more DNS labels."""
    d = domain.strip().lower().rstrip(".")
    labels = d.split(".")
    if len(d) > 253 or len(labels) < 2:
        return _("메일 도메인은 example.co.kr 처럼 점(.)으로 구분된 도메인이어야 합니다.")
    if not all(_DOMAIN_LABEL.match(part) for part in labels) or labels[-1].isdigit():
        return _("메일 도메인에는 영문, 숫자, 하이픈만 쓸 수 있고, 각 부분은 하이픈으로 시작하거나 끝날 수 없습니다.")
    return None


def email_problem(address: str) -> Text | None:
    a = address.strip()
    if not _EMAIL.match(a):
        return _("이메일 주소 형식이 아닙니다 (예: name@example.co.kr).")
    return domain_problem(a.split("@", 1)[1])
