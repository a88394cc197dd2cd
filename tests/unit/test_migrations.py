"""Upgrades are all or nothing: from every earlier revision with data, killed half-way, on a full disk."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app import db as dbmod
from desktop_app.errors import DatabaseProblem
from desktop_app.migrations import HEAD, REVISIONS
from tests.conftest import ROOT
from tests.support import old_databases as old


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return old.sample_at_head(tmp_path_factory.mktemp("sample") / "head.sqlite3")


def test_the_sample_has_rows_in_every_table(sample):
    con = sqlite3.connect(sample)
    empty = [t for t in old.tables(con) if con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0]
    con.close()
    assert empty == [], f"add rows for {empty} to tests/support/old_databases.py EXTRA_ROWS"


def _dump(path: Path) -> list[str]:
    """Schema and rows as SQL: equal dumps are equal databases (the header's change counter aside)."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_upgrade_from_every_earlier_revision_keeps_every_value(revision, sample, tmp_path):
    path = tmp_path / "old.sqlite3"
    inserted = old.database_at(revision, path, sample)
    assert [t for t, (_cols, rows) in inserted.items() if not rows] == []  # every table of that revision has rows
    database = dbmod.open_database(path)
    database.dispose()
    assert _revision(path) == HEAD
    con = sqlite3.connect(path)
    for table, (cols, rows) in inserted.items():
        after = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall()
        assert after == rows, table
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    assert database.backup_path is not None and _revision(database.backup_path) == revision
    assert [p.name for p in path.parent.iterdir() if ".migrating" in p.name or p.name.endswith(".part")] == []


def test_an_account_site_and_seat_change_at_0002_upgrade_where_0003_failed_before(tmp_path):
    """The reported case: 0003 rebuilt `sites` with foreign keys on and died on the seat change."""
    path = tmp_path / "at2.sqlite3"
    old.big_database_at("0002_licences", path, accounts=1)
    dbmod.open_database(path).dispose()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT site_id, seats_before, seats_after FROM seat_changes ORDER BY id").fetchall() \
            == [(1, 30, 40), (2, 30, 40)]
        assert con.execute("SELECT subdomain, users, extra_storage_tb FROM sites ORDER BY id").fetchall() \
            == [("site000001", 40, 0), ("site000002", 40, 0)]
    con.close()


def test_a_failing_migration_leaves_the_file_untouched_and_names_the_backup(tmp_path, monkeypatch):
    path = tmp_path / "at2.sqlite3"
    old.big_database_at("0002_licences", path, accounts=3)
    before = _dump(path)
    real = dbmod.run_migrations

    def broken(conn, revision="head"):
        real(conn, "0004_quotes")
        conn.exec_driver_sql("INSERT INTO orders (account_id, kind, status, order_date, payment_method, "
                             "terms_accepted, supply, vat, total, snapshot, uuid) VALUES (999, 'new', 'x', "
                             "'2026-01-01', 'card', 1, 0, 0, 0, '{}', 'ab')")  # a dangling foreign key
        real(conn, "head")

    monkeypatch.setattr(dbmod, "run_migrations", broken)
    with pytest.raises(DatabaseProblem) as err:
        dbmod.open_database(path)
    [backup] = list(tmp_path.glob("at2.sqlite3.bak-*"))
    assert "foreign_key_check" in err.value.message and str(backup) in err.value.message
    assert "그대로" in err.value.message and "저장되지 않았습니다" not in err.value.message
    assert _dump(path) == before and _dump(backup) == before
    assert sorted(p.name for p in tmp_path.glob("at2.*")) == sorted(["at2.sqlite3", backup.name, "at2.sqlite3.lock"])
    monkeypatch.undo()
    dbmod.open_database(path).dispose()  # and the next start upgrades it
    assert _revision(path) == HEAD


def test_leftovers_of_a_killed_upgrade_do_not_block_the_next_start(tmp_path):
    path = tmp_path / "at2.sqlite3"
    old.big_database_at("0002_licences", path, accounts=2)
    Path(f"{path}.migrating").write_bytes(b"half a copy")
    Path(f"{path}.migrating-journal").write_bytes(b"junk")
    Path(f"{path}.bak-20261122-101010.part").write_bytes(b"half a backup")
    dbmod.open_database(path).dispose()
    assert _revision(path) == HEAD
    assert sorted(p.name for p in tmp_path.glob("at2.*") if "bak" not in p.name) == ["at2.sqlite3", "at2.sqlite3.lock"]


CHILD = """
import sys
from desktop_app.db import open_database
print('go', flush=True)
open_database(sys.argv[1]).dispose()
print('done', flush=True)
"""


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_an_upgrade_killed_at_random_points_always_leaves_a_file_the_next_start_upgrades(tmp_path):
    template = tmp_path / "template.sqlite3"
    accounts = 10_000
    old.big_database_at("0002_licences", template, accounts=accounts)
    work = tmp_path / "round"
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def start(path: Path) -> tuple[subprocess.Popen, float]:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "go"
        return child, time.monotonic()

    work.mkdir()
    child, t0 = start(_fresh(template, work))
    assert child.stdout.readline().strip() == "done"
    child.wait()
    whole = time.monotonic() - t0  # an uninterrupted upgrade, to spread the kills over
    rng = random.Random(20261122)
    midway = 0
    for _ in range(20):
        shutil.rmtree(work)
        work.mkdir()
        path = _fresh(template, work)
        child, t0 = start(path)
        time.sleep(rng.uniform(0, whole))
        child.kill()
        child.wait()
        if Path(f"{path}.migrating").exists():  # killed while the copy was being migrated
            midway += 1
        database = dbmod.open_database(path)  # never refused: upgraded now if the kill came first
        database.dispose()
        assert _revision(path) == HEAD
        assert (_count(path, "accounts"), _count(path, "seat_changes")) == (accounts, 2 * accounts)
    assert midway >= 5, f"only {midway} of 20 kills landed while the copy was migrated: make the database bigger"


def _fresh(template: Path, folder: Path) -> Path:
    path = folder / "desk.sqlite3"
    shutil.copyfile(template, path)
    return path


# --- a full disk: a small tmpfs of our own (needs root to mount) ---

@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; run as root (as in CI) to test a full disk")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def _leave_free(mount: Path, free: int) -> Path:
    filler = mount / "filler"
    st = os.statvfs(mount)
    size = st.f_bavail * st.f_frsize - free
    with open(filler, "wb") as f:
        f.write(b"\0" * size)
    return filler


@pytest.mark.parametrize("where", ["backup", "migration"])
def test_a_full_disk_during_the_backup_or_the_migration_leaves_the_file_as_it_was(where, small_disk, tmp_path):
    template = tmp_path / "template.sqlite3"
    old.big_database_at("0002_licences", template, accounts=3000)
    size = template.stat().st_size
    path = small_disk / "desk.sqlite3"
    shutil.copyfile(template, path)
    before = _dump(path)
    # backup: not even one copy fits; migration: the backup fits, the migrated copy does not
    filler = _leave_free(small_disk, size // 2 if where == "backup" else size + size // 2)
    with pytest.raises(DatabaseProblem) as err:
        dbmod.open_database(path)
    msg = err.value.message
    assert "디스크가 가득" in msg and "그대로" in msg and "저장되지 않았습니다" not in msg
    assert _dump(path) == before
    backups = list(small_disk.glob("desk.sqlite3.bak-*"))
    if where == "backup":
        assert "백업을 만들지 못했습니다" in msg and backups == []
    else:
        [backup] = backups
        assert str(backup) in msg and _dump(backup) == before
    assert [p.name for p in small_disk.iterdir() if ".migrating" in p.name or p.name.endswith(".part")] == []
    filler.unlink()  # space made: the next start upgrades
    dbmod.open_database(path).dispose()
    assert _revision(path) == HEAD and _count(path, "seat_changes") == 6000
