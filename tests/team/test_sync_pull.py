"""Pull (Y3): the change sequence stamped by the server, windows of finished transactions, the scope."""

import pytest
from sqlalchemy import func, select, text

from desktop_app.db import open_database
from desktop_app.models import Account, NamedUser, QuoteRow, Site, StaffUser, SyncState, Workstation
from desktop_app.services.scope import scope_of
from desktop_app.sync.pull import pull
from tests.team.sync_support import PAA_PASSWORD, SALES_PASSWORD, make_replica, prepare


@pytest.fixture
def team(shared):
    return shared, prepare(shared)


def test_every_insert_and_update_on_the_server_takes_the_next_number_of_one_sequence(team):
    url, _who = team
    db = open_database(url)
    try:
        with db.session() as s:
            a1, a2 = s.scalars(select(Account).order_by(Account.id).limit(2))
            before = (a1.change_seq, a2.change_seq)
            assert None not in before  # rows there before the migration or made since: all stamped
            a2.phone = "02-555-0102"
            s.flush()
            a1.phone = "02-555-0101"
            s.flush()
            s.refresh(a1)
            s.refresh(a2)
            assert a1.change_seq == a2.change_seq + 1 > max(before)
            xid = s.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar()
            assert a1.change_xid == a2.change_xid == xid
    finally:
        db.dispose()


def test_a_transaction_with_the_lower_sequence_that_commits_last_is_not_skipped(team, tmp_path):
    url, who = team
    local_path = tmp_path / "laptop.sqlite3"
    make_replica(url, local_path, who["paa"], PAA_PASSWORD)
    server, local = open_database(url), open_database(local_path)
    try:
        with server.session() as s:
            ids = list(s.scalars(select(Account.id).order_by(Account.id).limit(2)))
            me = s.scalar(select(StaffUser.id).where(StaffUser.login == who["paa"]))
            scope = scope_of(s, me)
        slow, quick = server.engine.connect(), server.engine.connect()
        try:
            slow.begin()
            slow.execute(text("UPDATE accounts SET phone = '02-111-1111' WHERE id = :id"), {"id": ids[0]})
            slow_seq = slow.execute(text("SELECT change_seq FROM accounts WHERE id = :id"), {"id": ids[0]}).scalar()
            with quick.begin():
                quick.execute(text("UPDATE accounts SET phone = '02-222-2222' WHERE id = :id"), {"id": ids[1]})
            quick_seq = quick.execute(text("SELECT change_seq FROM accounts WHERE id = :id"),
                                      {"id": ids[1]}).scalar()
            assert slow_seq < quick_seq  # the later commit holds the lower number
            pull(server, local, scope, me)  # the slow one is still running: neither is taken yet
            with local.session() as s:
                phones = dict(s.execute(select(Account.id, Account.phone).where(Account.id.in_(ids))).all())
            assert phones[ids[0]] != "02-111-1111" and phones[ids[1]] != "02-222-2222"
            slow.commit()
        finally:
            slow.close()
            quick.close()
        pull(server, local, scope, me)
        with local.session() as s:
            phones = dict(s.execute(select(Account.id, Account.phone).where(Account.id.in_(ids))).all())
            seqs = dict(s.execute(select(Account.id, Account.change_seq).where(Account.id.in_(ids))).all())
            assert s.scalar(select(func.count()).select_from(SyncState).where(SyncState.key == "window_hi")) == 0
        assert phones == {ids[0]: "02-111-1111", ids[1]: "02-222-2222"}
        assert seqs == {ids[0]: slow_seq, ids[1]: quick_seq}  # the replica keeps the server's numbers
    finally:
        server.dispose()
        local.dispose()


def test_a_replica_of_a_user_limited_to_two_accounts_holds_only_those(team, tmp_path, monkeypatch, capsys):
    from desktop_app.cli.main import main

    url, who = team
    local_path = tmp_path / "sales.sqlite3"
    monkeypatch.setenv("RESELLER_DESK_PASSWORD", SALES_PASSWORD)
    assert main(["replica", "init", "--server", url, "--db", str(local_path), "--as", "sales"]) == 0
    code = capsys.readouterr().out.split("워크스테이션 ")[1].split(",")[0]
    server, local = open_database(url), open_database(local_path)
    try:
        with server.session() as s:
            assert s.scalar(select(Workstation.code).where(Workstation.staff_id == s.scalar(
                select(StaffUser.id).where(StaffUser.login == "sales")))) == code
            assert s.scalar(select(func.count()).select_from(Account)) > 2
            sites_of_two = set(s.scalars(select(Site.uuid).where(Site.account_id.in_(who["two"]))))
            users_of_two = set(s.scalars(select(NamedUser.uuid).join(Site, Site.id == NamedUser.site_id)
                                         .where(Site.account_id.in_(who["two"]))))
        assert code.startswith("W") and len(code) == 3 and sites_of_two and users_of_two
        with local.session() as s:
            assert sorted(s.scalars(select(Account.id))) == sorted(who["two"])
            assert set(s.scalars(select(Site.uuid))) == sites_of_two
            assert set(s.scalars(select(NamedUser.uuid))) == users_of_two
            assert all(a in who["two"] for a in s.scalars(select(QuoteRow.account_id)) if a is not None)
            hashes = dict(s.execute(select(StaffUser.login, StaffUser.password_hash)).all())
        assert hashes["sales"] and all(h is None for login, h in hashes.items() if login != "sales")
    finally:
        server.dispose()
        local.dispose()
