"""The daily summary mail (D1, issue 19): a staff user who asks for it (settings `today_mail`, at
`today_mail_time`, to `today_mail_to` or else their own address) gets their Today list as text, queued in the
outbox once a day at or after that time. "Once" is kept in the database (the audit log entry written with the
queued message), so a restart or a second workstation does not queue it again."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.i18n import Text, Translate, texts, translated
from desktop_app.models import AuditEntry, OutboxMessage, StaffUser
from desktop_app.pricing.names import email_problem
from desktop_app.services.access import changes
from desktop_app.services.audit import record
from desktop_app.services.scope import bind, no_account, scope_of
from desktop_app.services.today import today_list

_ = texts("today")

ACTION = "queue_today"  # as recorded below (a literal there: the audit-names test reads the source)


def parse_time(text: str) -> dt.time | None:
    """"HH:MM" as a time of day; None when it is not one."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return dt.time(int(hours), int(minutes))


def _summary(s: Session, actor: StaffUser, day: dt.date, translate: Translate | None = None) -> tuple[str, str]:
    """Subject and body: the actor's Today (their account scope, S3) in the language of `translate`
    (None: Korean, the source language)."""
    if not actor.is_paa:
        bind(s, scope_of(s, actor.id))
    try:
        found = today_list(s, day)
    finally:
        bind(s, None)

    def show(value: Text | str) -> str:
        return translated(value, translate) if translate is not None else str(value)

    total = sum(found.count(k) for k in found.groups)
    subject = show(_("[오늘 할 일] {day} {name} 님: {count}건", day=day.isoformat(), name=actor.name, count=total))
    body = [show(_("{name} 님, {day} 오늘 할 일입니다.", name=actor.name, day=day.isoformat())), ""]
    body += [show(line) for line in found.lines()]
    body += ["", show(_("리셀러 데스크의 '오늘' 화면에서 각 항목을 열 수 있습니다. 이 메일은 설정에서 끌 수 있습니다."))]
    return subject, "\n".join(body)


def sent_on(s: Session, staff_id: int, day: dt.date) -> bool:
    """Whether the summary of `day` was already queued for this staff user (on any workstation)."""
    rows = s.scalars(select(AuditEntry.after).where(AuditEntry.staff_id == staff_id, AuditEntry.action == ACTION,
                                                    AuditEntry.entity == "mail"))
    return any((after or {}).get("day") == day.isoformat() for after in rows)


def recipient(actor: StaffUser, configured: str) -> str | None:
    address = configured.strip() or (actor.email or "").strip()
    return address if address and not email_problem(address) else None


# any active user, for themself: the list is read within their own scope
@changes(None, account=no_account)
def queue_summary(s: Session, actor: StaffUser, now: dt.datetime, at: dt.time, to: str = "",
                  translate: Translate | None = None) -> int | None:
    """Queue today's summary when `now` is at or after `at` and it was not queued yet today; the outbox
    message's id, or None when nothing was queued (too early, already done, no address)."""
    if now.time() < at:
        return None
    address = recipient(actor, to)
    if address is None:
        return None
    # the staff row locked (PostgreSQL) so two workstations checking at once queue one mail
    s.execute(select(StaffUser.id).where(StaffUser.id == actor.id).with_for_update())
    day = now.date()
    if sent_on(s, actor.id, day):
        return None
    subject, body = _summary(s, actor, day, translate)
    msg = OutboxMessage(recipients=address, subject=subject[:300], body=body)
    s.add(msg)
    s.flush()
    record(s, actor, "queue_today", "mail", msg.id, None, {"day": day.isoformat(), "to": address})
    return msg.id

