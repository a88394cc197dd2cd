"""On PostgreSQL an upgrade is one transaction (DDL is transactional): a failure at any step leaves the
shared database exactly at its old revision, with its data; the next upgrade then goes through."""

import pytest
from sqlalchemy import inspect, text

from desktop_app import db as dbmod
from desktop_app import server
from desktop_app.errors import DatabaseProblem
from desktop_app.migrations import HEAD, REVISIONS


@pytest.fixture
def url_at_0002(pg_server):
    name = pg_server.empty_database()
    url = pg_server.url(name)
    engine = dbmod.make_engine(url)
    dbmod.migrate(engine, "0002_licences")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO accounts (name, business_number, ceo_name, address, phone, email, pricing_policy, "
            "term_months, auto_renew, active, uuid, version) VALUES ('한빛상사', '2208162517', '김대표', '', '', '', "
            "'legacy', 12, true, true, '0123456789abcdef0123456789abcdef', 1)"))
        conn.execute(text(
            "INSERT INTO sites (account_id, name, vendor, package, edition, users, state, admin_name, admin_login, "
            "subdomain, mail_domain, active, uuid, version) VALUES (1, '본사', 'daouoffice', 'standard', 'service', "
            "40, 'active', '김관리', 'admin', 'hanbit', '', true, 'fedcba9876543210fedcba9876543210', 1)"))
        conn.execute(text(
            "INSERT INTO seat_changes (site_id, changed_on, seats_before, seats_after, reason, uuid, version) "
            "VALUES (1, '2026-05-01', 30, 40, '증원', 'aedcba9876543210fedcba9876543210', 1)"))
    engine.dispose()
    yield url
    pg_server.drop(name)


def _state(url):
    engine = dbmod.make_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            seats = conn.execute(text("SELECT seats_before, seats_after FROM seat_changes")).all()
    finally:
        engine.dispose()
    return revision, tables, seats


def test_a_failure_after_the_last_migration_step_rolls_every_step_back(url_at_0002, monkeypatch):
    real = dbmod.run_migrations

    def fails_at_the_end(conn, revision="head"):
        real(conn, revision)  # every migration ran, in this transaction
        conn.execute(text("SELECT no_such_column FROM accounts"))

    monkeypatch.setattr(dbmod, "run_migrations", fails_at_the_end)
    with pytest.raises(DatabaseProblem):
        server.upgrade(url_at_0002)
    revision, tables, seats = _state(url_at_0002)
    assert revision == "0002_licences" and seats == [(30, 40)]
    assert not tables & {"orders", "quotes", "invoices", "discount_codes"}  # nothing of 0003 and later stayed
    monkeypatch.undo()
    server.upgrade(url_at_0002)
    assert _state(url_at_0002)[0] == HEAD == REVISIONS[-1]
    assert _state(url_at_0002)[2] == [(30, 40)]
