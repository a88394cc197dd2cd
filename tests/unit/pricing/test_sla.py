"""Support clocks and statuses (domain.md T1, T2), with every due time written out by hand.

Korean holidays used here, as the `holidays` package (KR) lists them and checked against the official calendar:
2026 Chuseok Thu 24 – Sat 26 September (no substitute: the Saturday is not a Sunday); 2026 National Foundation
Day Sat 3 October with its substitute Mon 5 October; 2027 Chuseok Tue 14 – Thu 16 September; 2027 Hangul Day Sat
9 October with its substitute Mon 11 October.
"""

import datetime as dt

from desktop_app.pricing.business_days import BusinessCalendar
from desktop_app.pricing.sla import Event, allowed_moves, clocks, history_problems, move_problem

KST = dt.timezone(dt.timedelta(hours=9))


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=KST)


def one(kind, opened, events, now, **kw):
    (clock,) = clocks(kind, at(opened), events, at(now), **kw)
    return clock


def test_T2_calendar_lists_korean_holidays_and_substitutes():
    cal = BusinessCalendar()
    for day in ("2026-09-24", "2026-09-25", "2026-10-05", "2027-09-14", "2027-09-15", "2027-09-16",
                "2027-10-11", "2026-03-02"):
        assert not cal.is_business_day(dt.date.fromisoformat(day)), day
    for day in ("2026-09-23", "2026-09-28", "2026-10-06", "2027-09-17", "2027-10-12"):
        assert cal.is_business_day(dt.date.fromisoformat(day)), day


def test_T2_consulting_opened_the_day_before_chuseok_2026_is_due_monday_18h():
    c = one("consulting", "2026-09-23T15:00", [], "2026-09-28T10:00")
    assert c.due == at("2026-09-28T18:00") and c.target_minutes is None
    assert c.state == "running" and not c.at_risk
    # business time from opening to due: Wed 15–18 (3 h) + Mon 9–18 (9 h) = 720 min; 80 % = 576 min = Mon 15:36
    assert not one("consulting", "2026-09-23T15:00", [], "2026-09-28T15:30").at_risk
    assert one("consulting", "2026-09-23T15:00", [], "2026-09-28T15:36").at_risk
    replied = one("consulting", "2026-09-23T15:00", [Event(at("2026-09-28T11:00"), reply=True)], "2026-09-29T09:00")
    assert (replied.state, replied.stopped_at) == ("met", at("2026-09-28T11:00"))
    assert one("consulting", "2026-09-23T15:00", [], "2026-09-28T18:00:01").state == "breached"


def test_T2_consulting_before_chuseok_2027_and_over_substitute_holidays():
    assert one("consulting", "2027-09-13T10:00", [], "2027-09-13T10:00").due == at("2027-09-17T18:00")
    assert one("consulting", "2026-10-02T12:00", [], "2026-10-02T12:00").due == at("2026-10-06T18:00")
    assert one("consulting", "2027-10-08T17:59", [], "2027-10-08T18:00").due == at("2027-10-12T18:00")
    # opened late at night on a holiday Saturday: the next business day after that calendar day
    assert one("consulting", "2026-09-26T23:30", [], "2026-09-27T00:00").due == at("2026-09-28T18:00")


def test_T2_business_hours_and_calendar_are_settings():
    from desktop_app.settings import Settings

    settings = Settings()
    assert one("consulting", "2026-09-23T15:00", [], "2026-09-23T15:00",
               calendar=BusinessCalendar.from_settings(settings.get)).due == at("2026-09-28T18:00")
    settings.set("sla_business_hours", "10:00-19:00")
    settings.set("sla_business_days", "mon,tue,wed,thu,fri,sat")
    cal = BusinessCalendar.from_settings(settings.get)
    # Saturday 26 September is a holiday (second day of Chuseok); Saturday 3 October too; Sunday is closed
    assert one("consulting", "2026-09-23T15:00", [], "2026-09-23T15:00", calendar=cal).due == at("2026-09-28T19:00")
    assert one("consulting", "2026-11-20T15:00", [], "2026-11-20T15:00", calendar=cal).due == at("2026-11-21T19:00")


def test_T2_incident_paused_while_waiting_for_the_customer():
    opened = "2026-11-20T09:00"  # severity 3: 8 hours
    waiting = [Event(at("2026-11-20T09:10"), "in_progress"), Event(at("2026-11-20T10:00"), "waiting")]
    c = one("incident", opened, waiting, "2026-11-20T12:00", severity=3)
    assert (c.state, c.paused_minutes, c.due) == ("paused", 120, at("2026-11-20T19:00"))
    back = [*waiting, Event(at("2026-11-20T13:00"), "in_progress")]
    c = one("incident", opened, back, "2026-11-20T19:30", severity=3)
    assert (c.state, c.paused_minutes, c.due) == ("running", 180, at("2026-11-20T20:00"))
    assert c.at_risk  # 7 h 30 of 8 h used
    assert one("incident", opened, back, "2026-11-20T20:00:01", severity=3).state == "breached"
    done = one("incident", opened, [*back, Event(at("2026-11-20T19:59"), "resolved")], "2026-11-21T09:00",
               severity=3)
    assert (done.state, done.stopped_at, done.due) == ("met", at("2026-11-20T19:59"), at("2026-11-20T20:00"))


def test_T2_reopened_request_does_not_count_the_resolved_time():
    opened = "2026-11-20T09:00"  # severity 1: 2 hours
    first = [Event(at("2026-11-20T09:05"), "in_progress"), Event(at("2026-11-20T10:00"), "resolved")]
    c = one("incident", opened, first, "2026-11-20T12:00", severity=1)
    assert (c.state, c.stopped_at, c.due, c.paused_minutes) == ("met", at("2026-11-20T10:00"),
                                                                at("2026-11-20T11:00"), 0)
    reopened = [*first, Event(at("2026-11-21T10:00"), "in_progress")]
    c = one("incident", opened, reopened, "2026-11-21T10:30", severity=1)
    assert (c.state, c.paused_minutes, c.due, c.stopped_at) == ("running", 1440, at("2026-11-21T11:00"), None)
    assert not c.at_risk  # 1 h 30 of 2 h = 75 %
    assert one("incident", opened, reopened, "2026-11-21T10:36", severity=1).at_risk  # 96 min = 80 %
    again = one("incident", opened, [*reopened, Event(at("2026-11-21T10:50"), "resolved")], "2026-11-22T00:00",
                severity=1)
    assert (again.state, again.stopped_at) == ("met", at("2026-11-21T10:50"))


def test_T2_the_sla_request_md_example():
    events = [Event(at("2026-12-24T17:40"), "in_progress"), Event(at("2026-12-24T18:00"), "waiting"),
              Event(at("2026-12-24T19:00"), "in_progress"), Event(at("2026-12-24T22:00"), reply=True),
              Event(at("2026-12-24T22:10"), "resolved")]
    c = one("incident", "2026-12-24T17:30", events, "2026-12-24T23:00", severity=2)
    assert c.to_json() == {"clock": "resolution", "target_minutes": 240, "due": "2026-12-24T22:30:00+09:00",
                           "paused_minutes": 60, "state": "met", "stopped_at": "2026-12-24T22:10:00+09:00"}


def test_T2_response_clocks_of_remote_hands_and_shipping():
    assert one("remote_hands", "2026-11-21T23:55", [], "2026-11-22T00:06").due == at("2026-11-22T00:10")
    assert not one("remote_hands", "2026-11-21T23:55", [], "2026-11-22T00:06").at_risk  # 11 of 15 min
    assert one("remote_hands", "2026-11-21T23:55", [], "2026-11-22T00:07").at_risk  # 12 of 15 = 80 %
    # the response stops at the first status change too, and never pauses
    c = one("remote_hands", "2026-11-21T23:55", [Event(at("2026-11-22T00:09"), "waiting")], "2026-11-22T03:00")
    assert (c.state, c.stopped_at, c.paused_minutes) == ("met", at("2026-11-22T00:09"), 0)
    late = one("shipping", "2026-11-21T08:00", [Event(at("2026-11-21T20:01"), reply=True)], "2026-11-22T00:00")
    assert (late.due, late.state, late.target_minutes) == (at("2026-11-21T20:00"), "breached", 720)


def test_T2_site_visit_confirmation_is_due_at_the_visit():
    visit = at("2026-11-23T14:00")
    ok = one("site_visit", "2026-11-20T10:00", [Event(at("2026-11-21T09:00"), "in_progress")], "2026-11-24T00:00",
             visit_at=visit)
    assert (ok.due, ok.state, ok.target_minutes) == (visit, "met", None)
    assert one("site_visit", "2026-11-20T10:00", [Event(at("2026-11-20T11:00"), reply=True)], "2026-11-23T14:01",
               visit_at=visit).state == "breached"  # a reply does not confirm the visit


def test_T2_cancelling_stops_every_clock():
    waiting = [Event(at("2026-11-20T09:30"), "waiting"), Event(at("2026-11-20T10:00"), "cancelled")]
    c = one("incident", "2026-11-20T09:00", waiting, "2026-11-21T09:00", severity=1)
    assert (c.state, c.stopped_at, c.paused_minutes) == ("met", at("2026-11-20T10:00"), 30)
    v = one("site_visit", "2026-11-20T10:00", [Event(at("2026-11-20T12:00"), "cancelled")], "2026-11-30T00:00",
            visit_at=at("2026-11-23T14:00"))
    assert (v.state, v.stopped_at) == ("met", at("2026-11-20T12:00"))


def test_T1_allowed_moves():
    assert allowed_moves("open") == ("in_progress", "waiting", "resolved", "cancelled")
    assert allowed_moves("waiting") == ("in_progress", "resolved", "cancelled")
    assert allowed_moves("resolved") == ("in_progress", "closed")
    assert allowed_moves("closed") == () and allowed_moves("cancelled") == ()


def test_T1_a_refused_move_names_the_allowed_ones():
    p = move_problem("status", "open", "closed")
    assert p.rule == "T1" and "in_progress, waiting, resolved, cancelled" in p.en and "closed" in p.en
    assert "final" in move_problem("status", "cancelled", "in_progress").en
    assert move_problem("status", "waiting", "in_progress") is None


def test_T1_reopen_only_within_7_days_of_resolving():
    resolved = at("2026-11-20T10:00")
    assert move_problem("status", "resolved", "in_progress", resolved, at("2026-11-27T10:00")) is None
    late = move_problem("status", "resolved", "in_progress", resolved, at("2026-11-27T10:01"))
    assert late.rule == "T1" and "7 days" in late.en and late.en.endswith("closed")


def test_T1_history_problems_name_the_event():
    opened, now = at("2026-11-20T09:00"), at("2026-11-20T12:00")
    events = [Event(at("2026-11-20T08:59"), "in_progress"), Event(at("2026-11-20T10:00"), "closed"),
              Event(at("2026-11-20T09:30"), reply=True), Event(at("2026-11-20T12:01"), reply=True)]
    fields = [(p.field, p.rule) for p in history_problems(opened, events, now)]
    assert fields == [("events[0].at", "T2"), ("events[1].status", "T1"), ("events[2].at", "T2"),
                      ("events[3].at", "T2")]
