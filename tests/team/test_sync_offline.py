"""Offline work on two replicas (Y3–Y6): the network cut, quotes and edits made on both laptops while a
colleague edits on the server, the network back, both synced: every quote on the server under its own
offline number, the conflicting edit waiting for a decision, nothing lost or applied twice."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop_app.cli.main import main
from desktop_app.db import open_database
from desktop_app.models import (
    Account,
    AppliedOperation,
    NamedUser,
    QueuedOperation,
    QuoteRow,
    Site,
    SyncConflict,
)
from desktop_app.pricing.orders import Order, SiteOrder
from desktop_app.services import accounts, sites
from desktop_app.services.desk import Desk
from desktop_app.services.signin import sign_in
from desktop_app.sync import queue
from tests.conftest import TODAY
from tests.support.tcp_proxy import Relay
from tests.team.sync_support import PAA_PASSWORD, SALES_PASSWORD, make_replica, prepare

ORDER = Order("daouoffice", 12, (SiteOrder("회사1", "standard", 20, "service"),), TODAY)
LETTERHEAD = {"name": "리셀러"}


@pytest.fixture
def network(shared):
    """The shared database reached through a relay the test can cut: (direct URL, relayed URL, relay, who)."""
    who = prepare(shared)
    relay = Relay(make_url(shared).port).start()
    relayed = make_url(shared).set(port=relay.port).render_as_string(hide_password=False)
    yield shared, relayed, relay, who
    relay.stop()


def offline_desk(path, login, password):
    db = open_database(path)
    return db, Desk(db, sign_in(db, login, password))


def account_input(a: Account) -> accounts.AccountInput:
    return accounts.AccountInput(a.name, a.business_number, a.ceo_name, a.address, a.phone, a.email,
                                 a.pricing_policy.value, a.term_months, a.auto_renew, a.expires_on)


def sync_cli(path, login, password, monkeypatch, *extra):
    monkeypatch.setenv("RESELLER_DESK_PASSWORD", password)
    return main(["sync", "--db", str(path), *(["--as", login] if login else []), *extra])


def quote_offline(desk, account_id):
    return desk.run(queue.create_quote, ORDER, {"name": "(주)한빛"}, LETTERHEAD, 30, "선불", account_id)


def edit_offline(desk, account_id, **changes):
    a = desk.read(lambda s: s.get(Account, account_id))
    return desk.run(queue.update_account, account_id, a.version, replace(account_input(a), **changes))


def test_two_laptops_offline_then_synced_keep_every_quote_and_list_the_one_conflict(network, tmp_path, monkeypatch,
                                                                                  capsys):
    direct, relayed, relay, who = network
    first, second = who["two"]
    paa_path, sales_path = tmp_path / "paa.sqlite3", tmp_path / "sales.sqlite3"
    code_a = make_replica(relayed, paa_path, who["paa"], PAA_PASSWORD)
    code_b = make_replica(relayed, sales_path, "sales", SALES_PASSWORD)
    assert code_a != code_b

    relay.stop()  # the network is cut
    assert sync_cli(sales_path, "sales", SALES_PASSWORD, monkeypatch) == 2
    assert "연결할 수 없습니다" in capsys.readouterr().err
    db_a, desk_a = offline_desk(paa_path, who["paa"], PAA_PASSWORD)
    db_b, desk_b = offline_desk(sales_path, "sales", SALES_PASSWORD)
    try:
        qa1, qa2 = quote_offline(desk_a, first), quote_offline(desk_a, None)
        qb = quote_offline(desk_b, second)
        edit_offline(desk_a, second, phone="02-700-0002")  # nobody else touches it: applied
        site = desk_a.read(lambda s: s.scalars(select(Site).where(Site.account_id == second, Site.active)).first())
        desk_a.run(queue.update_site, site.id, site.version, replace(sites.site_input(site), admin_name="오프관리"))
        edit_offline(desk_b, first, ceo_name="박오프")  # the colleague changes this account meanwhile: conflict
        site_id = desk_b.read(lambda s: s.scalar(select(Site.id).where(Site.account_id == second, Site.active)))
        added = desk_b.run(queue.add_named_user, site_id, "오프라인 사용자", "offline.user@hanbit.co.kr")
        numbers = [qa1.number, qa2.number, qb.number]
        assert numbers == [f"Q-{TODAY.year}-{code_a}-0001", f"Q-{TODAY.year}-{code_a}-0002",
                           f"Q-{TODAY.year}-{code_b}-0001"]
        added_uuid = added.uuid
    finally:
        db_a.dispose()
        db_b.dispose()
    assert sync_cli(sales_path, None, "", monkeypatch, "--status") == 0
    assert capsys.readouterr().out.splitlines() == ["상태: 오프라인", "대기 중인 작업: 3", "결정이 필요한 충돌: 0"]

    server = open_database(direct)  # a colleague at the office, on the server
    try:
        colleague = Desk(server, sign_in(server, who["paa"], PAA_PASSWORD))
        theirs = colleague.read(lambda s: s.get(Account, first))
        colleague.run(accounts.update_account, first, theirs.version, replace(account_input(theirs),
                                                                              ceo_name="이서버", address="부산"))
        relay.start()  # the network is back
        assert sync_cli(paa_path, who["paa"], PAA_PASSWORD, monkeypatch) == 0
        assert sync_cli(sales_path, "sales", SALES_PASSWORD, monkeypatch) == 0
        assert sync_cli(sales_path, "sales", SALES_PASSWORD, monkeypatch) == 0  # again: nothing twice
        capsys.readouterr()

        with server.session() as s:
            on_server = list(s.scalars(select(QuoteRow.number).where(QuoteRow.number.in_(numbers))))
            assert sorted(on_server) == sorted(numbers)  # all there, each once
            a_first, a_second = s.get(Account, first), s.get(Account, second)
            assert (a_first.ceo_name, a_first.address) == ("이서버", "부산")  # not overwritten silently
            assert a_second.phone == "02-700-0002"
            assert s.get(Site, site.id).admin_name == "오프관리"
            assert s.scalar(select(NamedUser.email).where(NamedUser.uuid == added_uuid)) == "offline.user@hanbit.co.kr"
            outcomes = dict(s.execute(select(AppliedOperation.outcome, func.count())
                                      .group_by(AppliedOperation.outcome)).all())
        assert outcomes == {"applied": 6, "conflict": 1}

        local = open_database(sales_path)
        try:
            with local.session() as s:
                conflicts = list(s.scalars(select(SyncConflict)))
                states = sorted(s.scalars(select(QueuedOperation.state)))
                assert s.get(Account, first).ceo_name == "이서버"  # the replica shows the server's data
                assert s.scalar(select(func.count()).select_from(QuoteRow).where(QuoteRow.number == qb.number)) == 1
            assert states == ["applied", "applied", "conflict"]
            assert [(c.kind, c.reason) for c in conflicts] == [("update_account", "changed")]
            assert conflicts[0].fields["ceo_name"] == {"mine": "박오프", "theirs": "이서버"}
        finally:
            local.dispose()
        assert sync_cli(sales_path, None, "", monkeypatch, "--status") == 0
        assert capsys.readouterr().out.splitlines() == ["상태: 온라인", "대기 중인 작업: 0", "결정이 필요한 충돌: 1"]
        assert sync_cli(sales_path, None, "", monkeypatch, "--conflicts") == 0
        listed = capsys.readouterr().out
        assert "update_account" in listed and "박오프" in listed and "이서버" in listed
    finally:
        server.dispose()


def test_a_user_deactivated_on_the_server_stays_deactivated_when_an_offline_edit_of_it_comes_up(network, tmp_path,
                                                                                               monkeypatch):
    from desktop_app.models import UserStatus
    from desktop_app.services import licences

    direct, relayed, relay, who = network
    path = tmp_path / "sales.sqlite3"
    make_replica(relayed, path, "sales", SALES_PASSWORD)
    relay.stop()
    db, desk = offline_desk(path, "sales", SALES_PASSWORD)
    try:
        user = desk.read(lambda s: s.scalars(select(NamedUser).join(Site, Site.id == NamedUser.site_id).where(
            Site.account_id.in_(who["two"]), NamedUser.status == UserStatus.ACTIVE).order_by(NamedUser.id)).first())
        desk.run(queue.update_named_user, user.id, user.version, "이름 고침", user.email)
    finally:
        db.dispose()
    server = open_database(direct)
    try:
        paa = Desk(server, sign_in(server, who["paa"], PAA_PASSWORD))
        paa.run(licences.set_named_user_active, user.id, user.version, False)
        relay.start()
        assert sync_cli(path, "sales", SALES_PASSWORD, monkeypatch) == 0
        with server.session() as s:
            there = s.get(NamedUser, user.id)
            assert (there.status, there.name) == (UserStatus.INACTIVE, user.name)
    finally:
        server.dispose()
    local = open_database(path)
    try:
        with local.session() as s:
            here = s.get(NamedUser, user.id)
            conflict = s.scalars(select(SyncConflict)).one()
        assert (here.status, here.name) == (UserStatus.INACTIVE, user.name)
        assert (conflict.kind, conflict.reason) == ("update_named_user", "deactivated")
        assert conflict.fields["name"] == {"mine": "이름 고침", "theirs": user.name}
    finally:
        local.dispose()
