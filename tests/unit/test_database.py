"""Opening, migrating and refusing databases; a locked file; a start without Alembic."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from desktop_app import db as dbmod
from desktop_app.errors import DatabaseProblem, ValidationError
from desktop_app.migrations import HEAD, REVISIONS
from desktop_app.models import Account, Base
from desktop_app.services import accounts
from tests.conftest import ROOT, count
from tests.unit.test_accounts_sites import VALID, new_account


def test_revision_list_matches_the_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "desktop_app" / "migrations"))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_heads() == [HEAD]
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == REVISIONS


def test_empty_file_migrates_to_head_with_every_table_of_the_models(db_path):
    from desktop_app.models import load_all

    load_all()  # the tables loaded on first use count too
    database = dbmod.open_database(db_path)
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    database.dispose()
    assert {"invoices", "group_companies", "quotes", "orders"} <= set(Base.metadata.tables) <= tables
    assert dbmod.schema_revision(dbmod.to_url(db_path)) == (HEAD, True)


def test_models_and_migrations_agree(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop_app.models import load_all

    load_all()
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_data_survives_an_upgrade_from_the_first_revision_and_a_backup_is_made(db_path):
    engine = dbmod.make_engine(dbmod.to_url(db_path))
    dbmod.migrate(engine, REVISIONS[0])
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, business_number, ceo_name, address, phone, email, pricing_policy, "
            "term_months, auto_renew, active, uuid, version) VALUES ('옛회사', '2208162517', '', '', '', '', "
            "'legacy', 12, 1, 1, '0123456789abcdef0123456789abcdef', 1)")
        conn.exec_driver_sql(
            "INSERT INTO sites (account_id, name, vendor, package, edition, users, state, admin_name, admin_login, "
            "subdomain, mail_domain, active, uuid, version) VALUES (1, '본사', 'daouoffice', 'standard', 'service', "
            "40, 'active', '김관리', 'admin', 'old-site', '', 1, 'fedcba9876543210fedcba9876543210', 1)")
    engine.dispose()
    database = dbmod.open_database(db_path)
    assert database.backup_path is not None and database.backup_path.exists()
    with database.session() as s:
        acc = s.scalars(select(Account)).one()
        assert (acc.name, acc.pricing_policy.value, acc.term_months) == ("옛회사", "legacy", 12)
        [site] = acc.sites
        assert (site.subdomain, site.users, site.addons, site.extra_storage_tb) == ("old-site", 40, {}, 0)
    with sqlite3.connect(database.backup_path) as bak:
        assert bak.execute("SELECT version_num FROM alembic_version").fetchone()[0] == REVISIONS[0]
    database.dispose()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_path):
    dbmod.open_database(db_path).dispose()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseProblem) as err:
        dbmod.open_database(db_path)
    assert "새로운 버전" in err.value.message and "9999_future" in err.value.message
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.bak-*"))


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(DatabaseProblem) as err:
        dbmod.open_database(path)
    assert "손상" in err.value.message and "--db" in err.value.message
    assert path.read_bytes() == b"this is a text file, not SQLite" * 100


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE things (x)")
    con.close()
    with pytest.raises(DatabaseProblem) as err:
        dbmod.open_database(path)
    assert "만들지 않은" in err.value.message


def test_an_unreadable_location_gets_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseProblem) as err:
        dbmod.open_database(blocker / "sub" / "desk.sqlite3")
    assert "폴더" in err.value.message and "--db" in err.value.message


def test_a_locked_database_refuses_the_save_and_keeps_nothing(desk, db, db_path):
    holder = sqlite3.connect(db_path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as err:
            new_account(desk)
        assert "다른 프로그램이 사용 중" in err.value.message
    finally:
        holder.rollback()
        holder.close()
    assert count(db, Account) == 0


def test_a_failure_half_way_leaves_the_database_as_it_was(desk, db):
    acc = new_account(desk)

    def half_way(s, actor):
        accounts.update_account(s, actor, acc.id, acc.version,
                                accounts.AccountInput(name="바뀐 이름", business_number=VALID))
        raise ValidationError({"name": "late refusal"})

    with pytest.raises(ValidationError):
        desk.run(half_way)
    with db.session() as s:
        assert s.get(Account, acc.id).name == "한빛상사"


def test_a_start_on_a_current_schema_does_not_import_alembic(db_path):
    dbmod.open_database(db_path).dispose()
    code = ("import sys; from desktop_app.db import open_database; d = open_database(sys.argv[1]); "
            "d.is_empty(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(db_path)], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_default_database_lives_in_the_data_folder(tmp_path):
    url = dbmod.to_url(None)
    assert Path(dbmod.sqlite_path(url)).parent == tmp_path / "data"


def test_team_ids_migration_fills_uuids_on_a_sqlite_file_with_data(db_path):
    from alembic import command
    from alembic.config import Config

    from desktop_app.services import demo
    from desktop_app.services.desk import Desk

    database = dbmod.open_database(db_path)
    Desk(database).run(demo.fill_demo)
    with database.engine.connect() as conn:
        # back to 0007 the way SQLite prescribes for table rebuilds: foreign keys off outside the transaction
        # (the later tables that point at support requests go first, but their rows would block the drop)
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        cfg = Config()
        cfg.set_main_option("script_location", str(ROOT / "desktop_app" / "migrations"))
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, "0007_sites_list_index")
    database.dispose()
    dbmod.open_database(db_path).dispose()  # the single workstation migrates its own file (batch mode)
    with sqlite3.connect(db_path) as con:
        posts = [r[0] for r in con.execute("SELECT uuid FROM concurrent_posts")]
        assert len(posts) == 3 and len(set(posts)) == 3 and None not in posts
        wrong = con.execute("SELECT count(*) FROM audit_log a JOIN accounts x ON a.entity = 'account' "
                            "AND x.id = a.entity_id WHERE a.entity_uuid IS NOT x.uuid").fetchone()[0]
        # the demo's support request went with its table in the downgrade to 0007: its audit entry has no row
        assert wrong == 0 and con.execute("SELECT count(*) FROM audit_log WHERE entity_uuid IS NULL "
                                          "AND entity != 'support_request'").fetchone() == (0,)


def test_timestamps_read_back_timezone_aware_in_utc(desk, db):
    import datetime as dt

    from desktop_app.models import AuditEntry
    from desktop_app.services import accounts

    made = desk.run(accounts.create_account, accounts.AccountInput(name="시간 확인", business_number="2208162517"))
    seoul = dt.timezone(dt.timedelta(hours=9))
    with db.session() as s:
        account = s.get(Account, made.id)
        account.updated_at = dt.datetime(2026, 11, 22, 9, 30, tzinfo=seoul)  # 00:30 UTC
    with db.session() as s:
        account = s.get(Account, made.id)
        entry = s.scalars(select(AuditEntry)).first()
        assert account.created_at.utcoffset() == dt.timedelta(0) and entry.at.utcoffset() == dt.timedelta(0)
        assert account.updated_at == dt.datetime(2026, 11, 22, 0, 30, tzinfo=dt.timezone.utc)


def test_a_row_changed_by_a_colleague_during_the_save_is_a_stale_edit_and_nothing_is_kept(desk, db):
    from sqlalchemy import update

    from desktop_app.errors import StaleEdit
    from desktop_app.services import accounts

    made = desk.run(accounts.create_account, accounts.AccountInput(name="동시 수정", business_number="2208162517"))

    def save_after_colleague(s, actor):
        account = s.get(Account, made.id)
        colleague = dbmod.make_engine(db.url)  # another workstation's connection commits meanwhile
        with colleague.begin() as conn:
            conn.execute(update(Account).where(Account.id == made.id)
                         .values(name="동료가 고침", version=Account.version + 1))
        colleague.dispose()
        account.name = "내가 고침"
        account.ceo_name = "김대표"

    with pytest.raises(StaleEdit) as refused:
        desk.run(save_after_colleague)
    assert refused.value.field == "version" and "다른 직원" in refused.value.message
    with db.session() as s:
        kept = s.get(Account, made.id)
        assert (kept.name, kept.ceo_name, kept.version) == ("동료가 고침", "", made.version + 1)


def test_a_unique_value_taken_meanwhile_is_a_conflict_naming_it(desk, db):
    from desktop_app.errors import Conflict
    from desktop_app.models import StaffUser

    owner_login = desk.actor.login

    def add_same_login(s, actor):
        s.add(StaffUser(login=owner_login, name="같은 로그인", is_paa=False, permissions=""))
        s.flush()

    with pytest.raises(Conflict) as refused:
        desk.run(add_same_login)
    assert "login" in refused.value.field and "다른 직원" in refused.value.message
    with db.session() as s:
        assert len(s.scalars(select(StaffUser)).all()) == 1
