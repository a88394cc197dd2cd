"""Search everywhere (Ctrl+K): one text finds accounts, sites, named users, quotes and invoices, grouped by kind.

Each kind is one indexed-or-bounded query with a small LIMIT, so a keystroke costs a few milliseconds even on a
big book; numbers (Q-…, INV-…, CN-…) match by prefix, which the unique indexes serve."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.i18n import Text, texts
from desktop_app.models import Account, InvoiceRow, NamedUser, QuoteRow, Site

_ = texts("search")

PER_KIND = 8
KINDS: dict[str, Text] = {
    "account": _("고객 계정"), "site": _("사이트"), "named_user": _("사용자"), "quote": _("견적"),
    "invoice": _("청구서"),
}


@dataclass(frozen=True)
class Hit:
    kind: str  # account, site, named_user, quote, invoice
    record_id: int
    title: str
    detail: str
    account_id: int | None
    site_id: int | None = None


def _escaped(text: str) -> str:
    """`text` as a literal inside LIKE (with escape "\\"): % and _ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(text: str) -> str:
    return f"%{_escaped(text)}%"


def search(s: Session, text: str, per_kind: int = PER_KIND) -> list[Hit]:
    text = text.strip()
    if len(text) < 2:
        return []
    like = _like(text.lower())
    digits = "".join(c for c in text if c.isascii() and c.isdigit())
    hits: list[Hit] = []
    if text.upper().startswith(("Q-", "INV-", "CN-")):
        prefix = _escaped(text.upper()) + "%"
        for q in s.execute(select(QuoteRow.id, QuoteRow.number, QuoteRow.revision, QuoteRow.customer_name,
                                  QuoteRow.account_id)
                           .where(QuoteRow.number.like(prefix, escape="\\")).order_by(QuoteRow.number.desc(),
                                                                         QuoteRow.revision.desc())
                           .limit(per_kind)):
            hits.append(Hit("quote", q.id, f"{q.number} r{q.revision}", q.customer_name, q.account_id))
        for i in s.execute(select(InvoiceRow.id, InvoiceRow.number, InvoiceRow.total, InvoiceRow.account_id,
                                  Account.name).join(Account, Account.id == InvoiceRow.account_id)
                           .where(InvoiceRow.number.like(prefix, escape="\\")).order_by(InvoiceRow.number.desc())
                           .limit(per_kind)):
            hits.append(Hit("invoice", i.id, i.number, f"{i.name} · {i.total:,}", i.account_id))
        return hits
    conditions = [func.lower(Account.name).like(like, escape="\\")]
    if len(digits) >= 3 and len(digits) == len(text.replace("-", "").strip()):
        conditions.append(Account.business_number.like(f"%{digits}%"))
    for a in s.execute(select(Account.id, Account.name, Account.business_number).where(or_(*conditions))
                       .order_by(Account.name).limit(per_kind)):
        brn = a.business_number
        hits.append(Hit("account", a.id, a.name, f"{brn[:3]}-{brn[3:5]}-{brn[5:]}", a.id))
    for x in s.execute(select(Site.id, Site.name, Site.subdomain, Site.account_id, Account.name.label("account"))
                       .join(Account, Account.id == Site.account_id)
                       .where(or_(func.lower(Site.name).like(like, escape="\\"),
                                  Site.subdomain.like(like, escape="\\"),
                                  func.lower(Site.mail_domain).like(like, escape="\\"),
                                  func.lower(Site.admin_login).like(like, escape="\\")))
                       .order_by(Site.name).limit(per_kind)):
        hits.append(Hit("site", x.id, f"{x.name} ({x.subdomain})", x.account, x.account_id, x.id))
    for u in s.execute(select(NamedUser.id, NamedUser.name, NamedUser.email, NamedUser.site_id, Site.account_id,
                              Site.name.label("site"))
                       .join(Site, Site.id == NamedUser.site_id)
                       .where(or_(func.lower(NamedUser.email).like(like, escape="\\"),
                                  func.lower(NamedUser.name).like(like, escape="\\")))
                       .limit(per_kind)):
        hits.append(Hit("named_user", u.id, f"{u.name} <{u.email}>", u.site, u.account_id, u.site_id))
    return hits
