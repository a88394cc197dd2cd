"""Editing a request after it was opened (issue 15): type fields, title, description, assignee; the version the
screen showed is checked; the change is in the audit log; the clocks follow (T2). Expected values by hand."""

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app import clock
from desktop_app.errors import StaleEdit, UserError, ValidationError
from desktop_app.models import Account, AuditEntry, Feature, Site
from desktop_app.models.support import SupportRequest
from desktop_app.services import support, support_list
from desktop_app.services.desk import Desk
from desktop_app.services.staff import add_regular_user
from desktop_app.services.support import RequestInput, Visitor
from desktop_app.services.support_edit import RequestEdit, edit_request

KST = dt.timezone(dt.timedelta(hours=9))


def at(text):
    return dt.datetime.fromisoformat(text).replace(tzinfo=KST)


def set_now(text):
    moment = at(text)
    clock.set_clock(lambda: moment)


def hanbit(db):
    with db.session() as s:
        acc = s.scalars(select(Account).where(Account.name == "(주)한빛소프트웨어")).one()
        return acc.id, s.scalars(select(Site.id).where(Site.account_id == acc.id).order_by(Site.id)).first()


def row_of(desk, req_id):
    (row,) = desk.read(support_list.rows_by_id, [req_id])
    return row


def version(db, req_id):
    with db.session() as s:
        return s.get(SupportRequest, req_id).version


def test_T2_a_lower_severity_number_moves_the_incident_resolution_due_time(demo_desk, db):
    set_now("2026-11-22T10:00")
    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("incident", acc, "메일 발송 장애", site_id=site, severity=3))
    cal = support_list.business_calendar()
    (c,) = row_of(demo_desk, req.id).clocks(at("2026-11-22T10:30"), cal)
    assert c.due == at("2026-11-22T18:00")  # severity 3: 8 hours from 10:00
    set_now("2026-11-22T10:30")
    demo_desk.run(edit_request, req.id, version(db, req.id), RequestEdit("메일 발송 전면 장애", severity=1))
    (c,) = row_of(demo_desk, req.id).clocks(at("2026-11-22T11:40"), cal)
    # severity 1: 2 hours from the opening (10:00), not from the edit; at 11:40, 100 of 120 minutes used
    assert (c.due, c.state, c.at_risk) == (at("2026-11-22T12:00"), "running", True)
    with db.session() as s:
        req_now = s.get(SupportRequest, req.id)
        assert (req_now.title, req_now.severity) == ("메일 발송 전면 장애", 1)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "support_request",
                                                   AuditEntry.action == "edit")).one()
        assert entry.before == {"title": "메일 발송 장애", "severity": 3}
        assert entry.after == {"title": "메일 발송 전면 장애", "severity": 1}


def test_the_fields_of_each_type_are_edited(demo_desk, db):
    acc, site = hanbit(db)
    ship = demo_desk.run(support.open_request, RequestInput("shipping", acc, "서버 입고", direction="in",
                                                            carrier="CJ대한통운", expected_on=dt.date(2026, 11, 24)))
    demo_desk.run(edit_request, ship.id, version(db, ship.id),
                  RequestEdit("서버 출고", direction="out", carrier="한진택배", tracking_number="5123-4567-8901",
                              expected_on=dt.date(2026, 11, 26)))
    visit = demo_desk.run(support.open_request, RequestInput("site_visit", acc, "방문", site_id=site,
                                                             visit_at=at("2026-11-23T14:00"),
                                                             visitors=[Visitor("홍길동", "010-1234-5678")]))
    demo_desk.run(edit_request, visit.id, version(db, visit.id),
                  RequestEdit("방문 (변경)", visit_at=at("2026-11-24T10:30"),
                              visitors=[Visitor("홍길동", "010-1234-5678"), Visitor("김철수", "010-2222-3333")]))
    hands = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "재부팅", site_id=site))
    demo_desk.run(edit_request, hands.id, version(db, hands.id),
                  RequestEdit("예약 재부팅", "새벽에", scheduled_at=at("2026-11-23T03:00")))
    with db.session() as s:
        sh, vi, rh = (s.get(SupportRequest, r.id) for r in (ship, visit, hands))
        assert (sh.direction, sh.carrier, sh.tracking_number, sh.expected_on) == (
            "out", "한진택배", "5123-4567-8901", dt.date(2026, 11, 26))
        assert support.aware(vi.visit_at) == at("2026-11-24T10:30")
        assert vi.visitors == [{"name": "홍길동", "phone": "010-1234-5678"}, {"name": "김철수", "phone": "010-2222-3333"}]
        assert (rh.title, rh.description, support.aware(rh.scheduled_at)) == ("예약 재부팅", "새벽에",
                                                                              at("2026-11-23T03:00"))
    # the site visit's confirmation clock is due at the new visit start
    (c,) = row_of(demo_desk, visit.id).clocks(at("2026-11-22T09:30"), support_list.business_calendar())
    assert (c.clock, c.due) == ("confirmation", at("2026-11-24T10:30"))


def test_a_stale_edit_is_refused_and_nothing_is_written(demo_desk, db):
    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("incident", acc, "장애", site_id=site, severity=3))
    seen = version(db, req.id)  # both users' screens show this version
    kim = Desk(db, demo_desk.run(add_regular_user, "kim", "김지원", {Feature.SUPPORT}))
    kim.run(edit_request, req.id, seen, RequestEdit("장애 (김지원)", severity=2))
    with pytest.raises(StaleEdit) as err:
        demo_desk.run(edit_request, req.id, seen, RequestEdit("장애 (관리자)", severity=4))
    assert err.value.field == "version"
    with db.session() as s:
        row = s.get(SupportRequest, req.id)
        assert (row.title, row.severity) == ("장애 (김지원)", 2)
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "edit")).all()) == 1


def test_a_closed_or_cancelled_request_is_not_edited_T1(demo_desk, db):
    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("remote_hands", acc, "재부팅", site_id=site))
    demo_desk.run(support.change_status, req.id, "cancelled")
    with pytest.raises(UserError) as err:
        demo_desk.run(edit_request, req.id, version(db, req.id), RequestEdit("다른 제목"))
    assert err.value.field == "status" and "취소" in err.value.message and "T1" in err.value.message
    with db.session() as s:
        assert s.get(SupportRequest, req.id).title == "재부팅"


def test_an_edit_is_checked_like_a_new_request(demo_desk, db):
    acc, site = hanbit(db)
    req = demo_desk.run(support.open_request, RequestInput("incident", acc, "장애", site_id=site, severity=3))
    with pytest.raises(ValidationError) as err:
        demo_desk.run(edit_request, req.id, version(db, req.id), RequestEdit("", severity=5))
    assert set(err.value.errors) == {"title", "severity"}
    with db.session() as s:
        assert s.get(SupportRequest, req.id).severity == 3
