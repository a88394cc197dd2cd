"""D1: what needs a person today, on the demo data of 2026-11-22 (the fixed clock), written out by hand from the
demo's accounts; the edges of each window (C4 14 days, W2 7 days, quotes 7 days, I3 past due, W4 10 %)."""

import datetime as dt
import subprocess
import sys

from desktop_app import clock
from desktop_app.models import Account
from desktop_app.services import accounts, invoices, search, today
from desktop_app.settings import Settings
from tests.conftest import ROOT, TODAY
from tests.support.versions import shown


def texts(found, group):
    return [str(i.text) for i in found.groups[group]]


def test_demo_today_lists_each_group(demo_desk):
    found = demo_desk.read(today.today_list, TODAY)
    # the NAVER usage bill of 2026-10-01, half paid, due 14 days later (I3: 2026-10-15), 38 days ago
    [overdue] = texts(found, "overdue")
    assert overdue.startswith("INV-2026-000004 한결건설(주): 미납 ") and overdue.endswith(
        "원, 납부 기한 2026-10-15 (38일 지남)")
    assert texts(found, "renewals") == [
        "(주)다온물산: 2026-11-28 만료, 6일 남음 — 1개월 자동 갱신",
        "푸른숲 디자인: 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
        "한결건설(주): 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
        "온누리 헬스케어: 2026-12-06 만료, 14일 남음 — 1개월 자동 갱신",  # the 14th day is in (C4)
    ]
    assert texts(found, "trials") == [
        "온누리 (온누리 헬스케어): 체험이 2026-11-27에 끝납니다 (5일 남음). 요금제를 예약하지 않으면 데이터가 삭제됩니다"]
    assert texts(found, "quotes") == ["Q-2026-000001 ((주)가람상사): 2026-11-27까지 유효 (5일 남음)"]
    # Collabo with 25 users includes 512 GB + 25 GB; 530 GB used leaves 7 GB, 1 % (W4: under 10 %)
    assert texts(found, "storage") == ["온누리 (온누리 헬스케어): 공유 저장 공간 537GB 중 7GB 남음 (1%)"]
    # the demo's incident of severity 1, opened three hours before: its two-hour resolution clock is past due
    [late] = texts(found, "support")
    assert late.startswith("REQ-2026-000001 미래교육재단: 해결 기한 ") and late.endswith(" 지남")
    assert [(i.kind, i.action) for i in found.groups["overdue"]] == [("invoice", "pay")]
    assert found.groups["trials"][0].action == "reserve" and found.groups["quotes"][0].action == "reprice"


def test_a_reservation_takes_a_trial_off_the_list(demo_desk):
    from desktop_app.models import Site
    from desktop_app.services import naver_sites

    with demo_desk.db.session() as s:
        site_id = s.query(Site).filter_by(subdomain="onnuri-health").one().id
    demo_desk.run(naver_sites.reserve_conversion, site_id, shown(demo_desk, Site, site_id), "collabo")
    assert demo_desk.read(today.today_list, TODAY).groups["trials"] == []


def test_window_edges(desk):
    acc = desk.run(accounts.create_account, accounts.AccountInput(
        name="경계상사", business_number="220-81-62517", auto_renew=True,
        expires_on=TODAY + dt.timedelta(days=15)))
    assert desk.read(today.today_list, TODAY).groups["renewals"] == []  # the 15th day is out

    def due(days_ago):
        def make(s, actor):
            return invoices.issue(s, actor, s.get(Account, acc.id), "manual", [], 10000,
                                  TODAY - dt.timedelta(days=14 + days_ago), Settings(), due_days=14).number
        return desk.run(make)

    on_due_date = due(0)
    one_day_late = due(1)
    numbers = [i.text.params["number"] for i in desk.read(today.today_list, TODAY).groups["overdue"]]
    assert numbers == [one_day_late]  # I3: overdue is past the due date, not on it
    assert on_due_date not in numbers


def test_search_finds_named_users_invoices_and_business_numbers(demo_desk):
    hits = demo_desk.read(search.search, "user003@hanbit-lab")
    assert [(h.kind, h.title, h.detail) for h in hits] == [("named_user", "강서윤 <user003@hanbit-lab.co.kr>", "연구소")]
    hits = demo_desk.read(search.search, "INV-2026-000004")
    assert [(h.kind, h.title) for h in hits] == [("invoice", "INV-2026-000004")]
    assert demo_desk.read(search.search, "INV-2026_000004") == []  # in a number, _ is itself, not a wildcard
    hits = demo_desk.read(search.search, "hangyeol")
    assert ("site", "한결건설 (hangyeol)") in [(h.kind, h.title) for h in hits]
    hits = demo_desk.read(search.search, "%")
    assert hits == []  # one character searches nothing; a LIKE wildcard is a plain character


def test_today_command_prints_the_same_list(tmp_path):
    from tests.support.databases import demo_file

    path = demo_file(tmp_path / "demo.sqlite3")
    out = subprocess.run([sys.executable, "-m", "desktop_app", "today", "--db", str(path)], cwd=ROOT,
                         capture_output=True, text=True, env={**__import__("os").environ,
                                                               "RESELLER_DESK_TODAY": TODAY.isoformat()})
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "2026-11-22 오늘 할 일"
    assert "연체된 청구서 (1)" in lines and "14일 안에 갱신 (4)" in lines
    assert "  - Q-2026-000001 ((주)가람상사): 2026-11-27까지 유효 (5일 남음)" in lines
    assert clock.today() == TODAY
