"""The daily summary mail of Today (D1, issue 19): its text on the demo of 2026-11-22 written out by hand, queued
once a day at or after the chosen time (kept in the database: a restart or a second workstation does not queue
it again), delivered by the outbox to a real SMTP server on localhost."""

import datetime as dt

from sqlalchemy import select

from desktop_app.models import AuditEntry, OutboxMessage, StaffUser
from desktop_app.services import mail, today_mail
from desktop_app.services.desk import Desk
from desktop_app.services.mail import SmtpConfig
from tests.conftest import TODAY
from tests.support.smtp import PASSWORD, USER, smtp_server

AT = dt.time(8, 0)
MORNING = dt.datetime.combine(TODAY, dt.time(8, 30))
OWNER = "owner@reseller-desk.co.kr"

# the demo's Today of 2026-11-22 (tests/unit/test_today.py), as the mail's lines; the overdue amount is half of
# the October NAVER usage bill of 한결건설(주) (125,400원, half paid), the support line's due time follows the clock
HEAD = ["root 님, 2026-11-22 오늘 할 일입니다.", "",
        "연체된 청구서 (1)",
        "  - INV-2026-000004 한결건설(주): 미납 62,700원, 납부 기한 2026-10-15 (38일 지남)",
        "14일 안에 갱신 (4)",
        "  - (주)다온물산: 2026-11-28 만료, 6일 남음 — 1개월 자동 갱신",
        "  - 푸른숲 디자인: 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
        "  - 한결건설(주): 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
        "  - 온누리 헬스케어: 2026-12-06 만료, 14일 남음 — 1개월 자동 갱신",
        "7일 안에 끝나는 체험 (예약 없음) (1)",
        "  - 온누리 (온누리 헬스케어): 체험이 2026-11-27에 끝납니다 (5일 남음). 요금제를 예약하지 않으면 데이터가 삭제됩니다",
        "7일 안에 만료되는 견적 (1)",
        "  - Q-2026-000001 ((주)가람상사): 2026-11-27까지 유효 (5일 남음)",
        "저장 공간 10% 미만 (1)",
        "  - 온누리 (온누리 헬스케어): 공유 저장 공간 537GB 중 7GB 남음 (1%)",
        "위험하거나 넘긴 지원 요청 기한 (1)"]
TAIL = ["", "리셀러 데스크의 '오늘' 화면에서 각 항목을 열 수 있습니다. 이 메일은 설정에서 끌 수 있습니다."]


def signed_in(desk, address=OWNER) -> Desk:
    """The demo's owner with an email address, as a window signed in on one workstation would hold them."""
    with desk.db.session() as s:
        s.get(StaffUser, desk.actor.id).email = address
    with desk.db.session() as s:
        user = s.get(StaffUser, desk.actor.id)
        s.expunge(user)
    return Desk(desk.db, user)


def queued(desk):
    with desk.db.session() as s:
        ids = select(AuditEntry.entity_id).where(AuditEntry.action == "queue_today")
        return [(m.recipients, m.subject, m.body) for m in s.scalars(select(OutboxMessage).where(
            OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id))]


def test_the_summary_holds_the_users_today_as_text(demo_desk):
    desk = signed_in(demo_desk)
    assert desk.run(today_mail.queue_summary, MORNING, AT) is not None
    [(to, subject, body)] = queued(desk)
    assert to == OWNER
    assert subject == "[오늘 할 일] 2026-11-22 root 님: 9건"
    lines = body.splitlines()
    assert lines[:len(HEAD)] == HEAD
    support = lines[len(HEAD)]
    assert support.startswith("  - REQ-2026-000001 미래교육재단: 해결 기한 2026-11-22 ") and support.endswith(" 지남")
    assert lines[len(HEAD) + 1:] == TAIL


def test_queued_once_a_day_at_or_after_its_time_across_restarts_and_workstations(demo_desk):
    desk = signed_in(demo_desk)
    assert desk.run(today_mail.queue_summary, MORNING.replace(hour=7, minute=59), AT) is None  # too early
    assert queued(desk) == []
    assert desk.run(today_mail.queue_summary, MORNING.replace(hour=8, minute=0), AT) is not None  # at the time
    assert desk.run(today_mail.queue_summary, MORNING.replace(hour=17), AT) is None  # later the same day
    other = signed_in(demo_desk)  # a restart, or the same user on a second workstation: a new Desk
    assert other.run(today_mail.queue_summary, MORNING.replace(hour=9), AT) is None
    assert len(queued(desk)) == 1
    with desk.db.session() as s:  # the record is in the database, with the day
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "queue_today")).all()
        assert entry.after == {"day": "2026-11-22", "to": OWNER}
    tomorrow = MORNING + dt.timedelta(days=1)
    assert other.run(today_mail.queue_summary, tomorrow, AT) is not None
    assert [subject[:24] for _to, subject, _body in queued(desk)] == ["[오늘 할 일] 2026-11-22 root",
                                                                     "[오늘 할 일] 2026-11-23 root"]


def test_no_address_queues_nothing_and_a_chosen_address_wins(demo_desk):
    desk = signed_in(demo_desk, address="")
    assert desk.run(today_mail.queue_summary, MORNING, AT) is None
    assert queued(desk) == []
    assert desk.run(today_mail.queue_summary, MORNING, AT, "team@reseller-desk.co.kr") is not None
    assert queued(desk)[0][0] == "team@reseller-desk.co.kr"


def test_the_outbox_delivers_it_to_the_smtp_server(demo_desk, db):
    desk = signed_in(demo_desk)
    message_id = desk.run(today_mail.queue_summary, MORNING, AT)
    with smtp_server() as (inbox, port):
        assert mail.deliver(desk, message_id, SmtpConfig("127.0.0.1", port, "none", USER, PASSWORD, USER, 5)) is None
    [(sender, rcpts)] = inbox.envelopes
    assert sender == USER and rcpts == [OWNER]
    [msg] = inbox.messages
    assert msg["Subject"] == "[오늘 할 일] 2026-11-22 root 님: 9건"
    body = msg.get_body(("plain",)).get_content().splitlines()
    assert body[:len(HEAD)] == HEAD and body[-1] == TAIL[-1]
    with desk.db.session() as s:
        assert s.get(OutboxMessage, message_id).status == "sent"
