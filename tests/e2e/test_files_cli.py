"""Files the commands read and write: a read-only command never makes a database, and an export writes every
name, control characters included."""

from __future__ import annotations

import sqlite3

from openpyxl import load_workbook

from tests.e2e.test_billing_cli import RUN_DATE, cli, many_accounts_due


def test_invoices_export_refuses_a_database_path_that_does_not_exist(tmp_path):
    missing = tmp_path / "typo" / "dsek.sqlite3"
    done = cli(tmp_path, "invoices", "export", "--xlsx", str(tmp_path / "out.xlsx"), "--db", str(missing))
    assert done.returncode == 2 and str(missing) in done.stderr and "없습니다" in done.stderr
    assert not missing.exists() and not missing.parent.exists() and not (tmp_path / "out.xlsx").exists()
    assert "Traceback" not in done.stderr


def test_price_with_a_code_refuses_a_database_path_that_does_not_exist(tmp_path):
    from tests.e2e.test_price_cli import DOC_EXAMPLE, price

    missing = tmp_path / "nowhere.sqlite3"
    done = price(DOC_EXAMPLE, tmp_path, "--db", str(missing))
    assert done.returncode == 2 and str(missing) in done.stderr and not missing.exists()


def test_a_name_with_control_characters_is_exported_visibly_instead_of_failing_the_export(tmp_path):
    path = tmp_path / "desk.sqlite3"
    names = ["벨\x07상사", "이스케이프\x1b[31m무역", "널\x00회사", "평범한 회사"]
    many_accounts_due(path, len(names), names)
    assert cli(tmp_path, "billing", "run", "--date", RUN_DATE, "--db", str(path)).returncode == 0
    out = tmp_path / "invoices.xlsx"
    done = cli(tmp_path, "invoices", "export", "--xlsx", str(out), "--db", str(path))
    assert done.returncode == 0, done.stderr
    got = sorted(r[2] for r in load_workbook(out)["청구서"].iter_rows(min_row=2, values_only=True))
    assert got == sorted(["벨\u2407상사", "이스케이프\u241b[31m무역", "널\u2400회사", "평범한 회사"])
    with sqlite3.connect(path) as con:  # the names themselves are as typed
        assert con.execute("SELECT count(*) FROM accounts WHERE name = ?", ("벨\x07상사",)).fetchone()[0] == 1
    con.close()
