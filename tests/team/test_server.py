"""The administrator's commands for a shared database (Y1) and what a workstation does with a database that
is not ready for it; run as a user runs them, against the test PostgreSQL server."""

import os
import subprocess
import sys

import pytest
from sqlalchemy import select, text

from desktop_app import db as dbmod
from desktop_app.errors import DatabaseProblem
from desktop_app.migrations import HEAD
from desktop_app.models import StaffUser
from desktop_app.services.staff import check_password
from tests.conftest import ROOT


def cli(tmp_path, *args, stdin=""):
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env,
                          input=stdin)


@pytest.fixture
def empty_url(pg_server):
    name = pg_server.empty_database()
    yield pg_server.url(name)
    pg_server.drop(name)


def test_init_makes_the_schema_and_the_first_paa_and_refuses_to_run_twice(tmp_path, empty_url):
    with pytest.raises(DatabaseProblem) as not_ready:
        dbmod.open_database(empty_url)  # a workstation never creates the shared schema itself
    assert "server init" in not_ready.value.message
    done = cli(tmp_path, "server", "init", "--db", empty_url, "--admin", "kim.paa", "--name", "김관리",
               "--password-stdin", stdin="correct horse battery\n")
    assert done.returncode == 0, done.stderr
    assert "kim.paa" in done.stdout and HEAD in done.stdout
    database = dbmod.open_database(empty_url)
    with database.session() as s:
        (paa,) = s.scalars(select(StaffUser)).all()
        assert (paa.login, paa.name, paa.is_paa) == ("kim.paa", "김관리", True)
        assert check_password("correct horse battery", paa.password_hash)
    database.dispose()
    again = cli(tmp_path, "server", "init", "--db", empty_url, "--admin", "lee", "--password-stdin",
                stdin="another password\n")
    assert again.returncode == 2 and "비어 있지 않습니다" in again.stderr and "Traceback" not in again.stderr


def test_upgrade_migrates_an_older_shared_database_with_backup_advice_and_keeps_its_data(tmp_path, pg_server):
    from desktop_app.services import demo
    from desktop_app.services.desk import Desk

    name = pg_server.fresh_database()
    url = pg_server.url(name)
    database = dbmod.open_database(url)
    Desk(database).run(demo.fill_demo)
    database.dispose()
    engine = dbmod.make_engine(url)
    with engine.begin() as conn:  # back to the schema before this version: as a server last upgraded then
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(ROOT / "desktop_app" / "migrations"))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007_sites_list_index")
    with pytest.raises(DatabaseProblem) as older:
        dbmod.open_database(url)
    assert "server upgrade" in older.value.message and "0007_sites_list_index" in older.value.message
    done = cli(tmp_path, "server", "upgrade", "--db", url)
    assert done.returncode == 0, done.stderr
    assert "pg_dump" in done.stdout and url in done.stdout and HEAD in done.stdout
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == HEAD
        posts = conn.execute(text("SELECT uuid FROM concurrent_posts")).scalars().all()
        assert len(posts) == 3 and len(set(posts)) == 3 and None not in posts
        missing = conn.scalar(text(
            "SELECT count(*) FROM audit_log a JOIN sites x ON a.entity = 'site' AND x.id = a.entity_id "
            "WHERE a.entity_uuid IS DISTINCT FROM x.uuid"))
        assert missing == 0
        # the demo's support request went with its table in the downgrade: its audit entry has no row to name
        assert conn.scalar(text("SELECT count(*) FROM audit_log WHERE entity_uuid IS NULL "
                                "AND entity != 'support_request'")) == 0
    engine.dispose()
    again = cli(tmp_path, "server", "upgrade", "--db", url)
    assert again.returncode == 0 and "이미 최신" in again.stdout
    pg_server.drop(name)


def test_a_workstation_older_than_the_shared_schema_refuses_and_says_to_update(tmp_path, pg_server):
    name = pg_server.fresh_database()
    url = pg_server.url(name)
    pg_server.admin("UPDATE alembic_version SET version_num = '0099_future'", database=name)
    with pytest.raises(DatabaseProblem) as newer:
        dbmod.open_database(url)
    assert "0099_future" in newer.value.message and "업데이트" in newer.value.message
    refused = cli(tmp_path, "server", "upgrade", "--db", url)
    assert refused.returncode == 2 and "업데이트" in refused.stderr
    assert pg_server.admin("SELECT version_num FROM alembic_version", database=name) == [("0099_future",)]
    pg_server.drop(name)


def test_a_psycopg2_url_or_a_missing_driver_is_a_message_not_a_traceback(tmp_path, pg_server):
    old_driver = cli(tmp_path, "demo", "--db", "postgresql+psycopg2://desk@127.0.0.1/desk")
    assert old_driver.returncode == 2 and "psycopg2" in old_driver.stderr and "postgresql://" in old_driver.stderr
    assert "Traceback" not in old_driver.stderr
    code = ("import sys; sys.modules['psycopg'] = None; from desktop_app.cli import main; "
            "raise SystemExit(main(['demo', '--db', sys.argv[1]]))")
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"))
    no_driver = subprocess.run([sys.executable, "-c", code, pg_server.url("postgres")], cwd=ROOT, env=env,
                               capture_output=True, text=True)
    assert no_driver.returncode == 2 and "reseller-desk[postgres]" in no_driver.stderr
    assert "Traceback" not in no_driver.stderr


def test_connect_keeps_the_url_in_the_settings_and_the_password_in_the_keyring(pg_server, monkeypatch, capsys):
    import io

    from desktop_app import postgres
    from desktop_app.cli import main
    from desktop_app.secrets import get_secret
    from desktop_app.settings import Settings

    name = pg_server.fresh_database()
    url = pg_server.url(name) + "?sslmode=disable"
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-pass\n"))
    assert main(["server", "connect", "--db", url, "--password-stdin"]) == 0
    assert Settings().get("database") == url  # no password in the settings file
    assert get_secret(postgres.secret_name(url)) == "s3cret-pass"
    assert postgres.engine_url(url).password == "s3cret-pass"  # what the workstation connects with
    with_password = url.replace("postgres@", "postgres:pw@")
    assert main(["server", "connect", "--db", with_password]) == 2
    assert "키링" in capsys.readouterr().err and Settings().get("database") == url
    pg_server.drop(name)


def test_the_readme_roles_let_workstations_write_rows_but_not_the_schema(tmp_path, pg_server):
    from desktop_app.services import demo
    from desktop_app.services.desk import Desk

    name = "team_roles"
    pg_server.admin("CREATE ROLE desk_owner LOGIN", "CREATE ROLE desk_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE",
                    f"CREATE DATABASE {name} OWNER desk_owner")
    pg_server.admin(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC", "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                    f"GRANT CONNECT ON DATABASE {name} TO desk_app", "GRANT USAGE ON SCHEMA public TO desk_app",
                    "ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public "
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO desk_app",
                    "ALTER DEFAULT PRIVILEGES FOR ROLE desk_owner IN SCHEMA public "
                    "GRANT USAGE, SELECT ON SEQUENCES TO desk_app", database=name)
    owner_url = f"postgresql://desk_owner@127.0.0.1:{pg_server.port}/{name}"
    app_url = f"postgresql://desk_app@127.0.0.1:{pg_server.port}/{name}"
    try:
        assert cli(tmp_path, "server", "init", "--db", app_url, "--admin", "kim", "--password-stdin",
                   stdin="long enough pw\n").returncode == 2  # the application role cannot make the schema
        done = cli(tmp_path, "server", "init", "--db", owner_url, "--admin", "kim", "--password-stdin",
                   stdin="long enough pw\n")
        assert done.returncode == 0, done.stderr
        database = dbmod.open_database(app_url)
        assert Desk(database).run(demo.fill_demo) > 0  # a workstation writes rows and takes numbers
        with pytest.raises(Exception) as no_ddl, database.engine.begin() as conn:
            conn.execute(text("CREATE TABLE sneaky (id int)"))
        assert "permission denied" in str(no_ddl.value)
        database.dispose()
    finally:
        pg_server.drop(name)
        pg_server.admin("DROP ROLE desk_app", "DROP ROLE desk_owner")


def test_connect_as_a_staff_user_checks_the_sign_in_and_init_upgrade_refuse_as(tmp_path, pg_server, monkeypatch,
                                                                                capsys):
    """`--as` on `server connect` signs in on the shared database before the workstation is set to use it; `server
    init` and `server upgrade` run as the database's owner role (no staff user yet, or an older schema), so a
    staff login given to them is refused, not silently ignored."""
    from desktop_app.cli import main
    from desktop_app.cli.signin import PASSWORD_ENV
    from desktop_app.settings import Settings
    from tests.conftest import OWNER_HASH, OWNER_PASSWORD

    name = pg_server.fresh_database()
    url = pg_server.url(name) + "?sslmode=disable"
    database = dbmod.open_database(url)
    with database.session() as s:
        s.add(StaffUser(login="kim.paa", name="김관리", is_paa=True, permissions="", password_hash=OWNER_HASH))
    login = "kim.paa"
    database.dispose()
    monkeypatch.setenv(PASSWORD_ENV, "not the password")
    assert main(["server", "connect", "--db", url, "--as", login]) == 2
    assert "비밀번호" in capsys.readouterr().err and Settings().get("database") != url  # nothing set
    monkeypatch.setenv(PASSWORD_ENV, OWNER_PASSWORD)
    assert main(["server", "connect", "--db", url, "--as", login]) == 0
    assert f"({login})" in capsys.readouterr().out and Settings().get("database") == url
    for command in (["server", "upgrade", "--db", url, "--as", login], ["--as", login, "server", "upgrade", "--db", url],
                    ["server", "init", "--db", url, "--admin", "lee", "--password-stdin", "--as", login]):
        assert main(command) == 2, command
        err = capsys.readouterr().err
        assert "--as" in err and "소유자" in err, (command, err)
    pg_server.drop(name)
