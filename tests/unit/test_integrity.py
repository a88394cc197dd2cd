"""A damaged database file is refused before anything is written to it, pointing to the last backup; the
thorough check runs only when the file changed outside the application, so start-up stays cheap."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app import db as dbmod
from desktop_app import dbcheck
from desktop_app.errors import DatabaseProblem
from tests.e2e.test_billing_cli import RUN_DATE, cli
from tests.support.databases import demo_file

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_table(path: Path, table: str) -> None:
    """Overwrite the body of the table's root page, as a failing disk or a stray tool would."""
    with sqlite3.connect(path) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * PAGE + 8)
        f.write(b"\xa5" * (PAGE - 8))


@pytest.fixture
def damaged(tmp_path) -> tuple[Path, Path]:
    """The demo database with a backup beside it, then damaged in its named users."""
    path = demo_file(tmp_path / "desk.sqlite3")
    backup = dbmod.backup(path)
    damage_table(path, "named_users")
    return path, backup


def test_a_damaged_file_is_refused_before_a_billing_run_writes_to_it(damaged, tmp_path):
    path, backup = damaged
    before = digest(path)
    done = cli(tmp_path, "billing", "run", "--date", RUN_DATE, "--db", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "손상" in done.stderr and str(backup) in done.stderr and "아무것도 쓰지 않았습니다" in done.stderr
    wal = Path(f"{path}-wal")
    assert digest(path) == before and (not wal.exists() or wal.stat().st_size == 0)


def test_a_damaged_file_is_refused_before_a_quote_is_recorded(damaged, tmp_path):
    from tests.e2e.test_price_cli import DOC_EXAMPLE

    path, backup = damaged
    before = digest(path)
    request = tmp_path / "request.json"
    import json

    request.write_text(json.dumps({k: v for k, v in DOC_EXAMPLE.items() if k != "discount_code"},
                                  ensure_ascii=False), encoding="utf-8")
    done = cli(tmp_path, "quote", str(request), "--pdf", str(tmp_path / "q.pdf"), "--db", str(path))
    assert done.returncode == 2 and str(backup) in done.stderr
    assert digest(path) == before and not (tmp_path / "q.pdf").exists()


def test_a_file_cut_short_is_refused_by_the_header_check(tmp_path):
    path = demo_file(tmp_path / "desk.sqlite3")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - PAGE // 2])
    with pytest.raises(DatabaseProblem) as err:
        dbmod.open_database(path)
    assert "whole number" in err.value.message and "백업이 없습니다" in err.value.message


def test_the_thorough_check_runs_only_when_the_file_changed_outside_the_application(tmp_path, monkeypatch):
    checked: list[Path] = []
    real = dbcheck.quick_check

    def counting(path, timeout):
        checked.append(path)
        return real(path, timeout)

    monkeypatch.setattr(dbcheck, "quick_check", counting)
    path = demo_file(tmp_path / "desk.sqlite3")  # made and closed by the application
    checked.clear()
    dbmod.open_database(path).dispose()
    dbmod.open_database(path).dispose()
    assert checked == []
    with sqlite3.connect(path) as con:  # another program writes to it
        con.execute("UPDATE accounts SET ceo_name = ceo_name || ' ' WHERE id = 1")
    con.close()
    dbmod.open_database(path).dispose()
    assert checked == [path]
    dbmod.open_database(path).dispose()
    assert checked == [path]  # verified and recorded: not again

