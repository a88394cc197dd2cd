"""Today within the staff user's scope (S3, D1): a bookkeeper limited to 한결건설(주) and 푸른숲 디자인 sees only
their items, on the Today list and in `desktop-app today --as LOGIN`; a user with every account and the
`all orders` grant sees all the demo's items, one without that grant not the quote another made. Expected items
written out from the demo of 2026-11-22 (tests/unit/test_today.py)."""

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from desktop_app.db import open_database
from desktop_app.models import Account, Feature
from desktop_app.services import today
from desktop_app.services.desk import Desk
from desktop_app.services.staff import StaffInput, add_user, change_own_password
from tests.conftest import ROOT, TODAY

PASSWORD = "bookkeeper-pw-1"
MINE = {"overdue": 1, "renewals": 2, "trials": 0, "quotes": 0, "storage": 0, "support": 0}
EVERYTHING = {"overdue": 1, "renewals": 4, "trials": 1, "quotes": 1, "storage": 1, "support": 1}


def add_keeper(desk, login="book", limited=True, all_orders=False):
    with desk.db.session() as s:
        ids = frozenset(s.scalars(select(Account.id).where(Account.name.in_(("한결건설(주)", "푸른숲 디자인")))))
    return desk.run(add_user, StaffInput(login, "이경리", frozenset({Feature.PAYMENTS, Feature.INVOICES}),
                                         all_accounts=not limited, account_ids=ids if limited else frozenset(),
                                         all_orders=all_orders), PASSWORD)


def texts(found, group):
    return [str(i.text) for i in found.groups[group]]


def test_a_limited_user_sees_only_the_items_of_their_accounts(demo_desk):
    keeper = Desk(demo_desk.db, add_keeper(demo_desk))
    found = keeper.read(today.today_list, TODAY)
    assert {k: found.count(k) for k in today.GROUPS} == MINE
    [overdue] = texts(found, "overdue")
    assert overdue == "INV-2026-000004 한결건설(주): 미납 62,700원, 납부 기한 2026-10-15 (38일 지남)"
    assert texts(found, "renewals") == ["푸른숲 디자인: 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
                                        "한결건설(주): 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신"]
    assert keeper.read(today.counts, TODAY) == MINE


@pytest.mark.parametrize(("all_orders", "expected"), [
    (True, EVERYTHING),
    # every account but not `all orders`: the prospect's quote the owner made is not theirs (S3)
    (False, {**EVERYTHING, "quotes": 0}),
])
def test_every_account_with_and_without_the_all_orders_grant(demo_desk, all_orders, expected):
    user = Desk(demo_desk.db, add_keeper(demo_desk, "clerk", limited=False, all_orders=all_orders))
    found = user.read(today.today_list, TODAY)
    assert {k: found.count(k) for k in today.GROUPS} == expected
    if all_orders:
        assert texts(found, "quotes") == ["Q-2026-000001 ((주)가람상사): 2026-11-27까지 유효 (5일 남음)"]


def test_the_today_command_as_a_limited_user(tmp_path):
    from tests.support.databases import demo_file

    path = demo_file(tmp_path / "demo.sqlite3")
    db = open_database(path)
    try:
        owner = Desk(db)
        owner.run(change_own_password, "", "owner-password-1")  # S7: the owner's password before a second user
        add_keeper(owner)
    finally:
        db.dispose()
    env = {**os.environ, "RESELLER_DESK_TODAY": TODAY.isoformat(), "RESELLER_DESK_PASSWORD": PASSWORD}
    out = subprocess.run([sys.executable, "-m", "desktop_app", "today", "--db", str(path), "--as", "book"],
                         cwd=ROOT, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "2026-11-22 오늘 할 일",
        "연체된 청구서 (1)",
        "  - INV-2026-000004 한결건설(주): 미납 62,700원, 납부 기한 2026-10-15 (38일 지남)",
        "14일 안에 갱신 (2)",
        "  - 푸른숲 디자인: 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
        "  - 한결건설(주): 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
        "7일 안에 끝나는 체험 (예약 없음) (0)",
        "7일 안에 만료되는 견적 (0)",
        "저장 공간 10% 미만 (0)",
        "위험하거나 넘긴 지원 요청 기한 (0)",
    ]


def test_a_group_lists_its_first_items_and_counts_all_of_them(demo_desk, monkeypatch):
    monkeypatch.setattr(today, "SHOWN", 1)  # the demo's groups are small; a big reseller has 21,703 overdue
    keeper = Desk(demo_desk.db, add_keeper(demo_desk))
    found = keeper.read(today.today_list, TODAY)
    assert texts(found, "renewals") == ["푸른숲 디자인: 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신"]
    assert (found.count("renewals"), found.more("renewals")) == (2, 1)
    assert texts(found, "overdue") == ["INV-2026-000004 한결건설(주): 미납 62,700원, 납부 기한 2026-10-15 (38일 지남)"]
    assert keeper.read(today.counts, TODAY) == MINE  # the navigation counts every item, listed or not
    lines = [str(line) for line in found.lines()]
    assert lines[lines.index("14일 안에 갱신 (2)") + 1:][:2] == ["  - 푸른숲 디자인: 2026-12-01 만료, 9일 남음 — 1개월 자동 갱신",
                                                           "  … 외 1건"]
    monkeypatch.setattr(today, "SHOWN", 0)
    found = keeper.read(today.today_list, TODAY)
    assert (found.groups["overdue"], found.count("overdue")) == ([], 1)  # counted in SQL, none listed
