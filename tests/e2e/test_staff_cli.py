"""Issue #14 on the command line, as a new user would try it: the owner sets a password (S7), adds a support
engineer and a bookkeeper limited to two accounts; each runs commands as themselves (`--as`)."""

import os
import sqlite3
import subprocess
import sys

from openpyxl import load_workbook

from tests.conftest import ROOT
from tests.support.databases import demo_file

OWNER_PW = "owner-secret-12"
SUPPORT_PW = "support-secret-1"
BOOK_PW = "bookkeeper-pw-1"


def cli(tmp_path, *args, password=None, stdin=None):
    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(tmp_path / "data"),
               RESELLER_DESK_CONFIG_DIR=str(tmp_path / "config"), RESELLER_DESK_TODAY="2026-11-22")
    env.pop("RESELLER_DESK_PASSWORD", None)
    if password is not None:
        env["RESELLER_DESK_PASSWORD"] = password
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env,
                          input=stdin if stdin is not None else "")


def rows(path, sql):
    with sqlite3.connect(path) as c:
        return c.execute(sql).fetchall()


def test_staff_sign_in_permissions_and_scope_on_the_command_line(tmp_path):
    db = str(demo_file(tmp_path / "desk.sqlite3"))
    owner = rows(db, "SELECT login FROM staff_users")[0][0]
    as_owner = ("--db", db, "--as", owner)

    # S7: the password-less owner runs commands as today, but must set a password before adding a second user
    r = cli(tmp_path, "staff", "add", "cs", "--name", "지원엔지니어", "--features", "support", "--password-stdin",
            "--db", db, stdin=SUPPORT_PW + "\n")
    assert r.returncode == 2 and "S7" in r.stderr
    assert rows(db, "SELECT count(*) FROM staff_users") == [(1,)]
    r = cli(tmp_path, "staff", "password", owner, "--password-stdin", "--db", db, stdin=OWNER_PW + "\n")
    assert r.returncode == 0, r.stderr

    r = cli(tmp_path, "staff", "add", "cs", "--name", "지원엔지니어", "--features", "support", "--password-stdin",
            *as_owner, password=OWNER_PW, stdin=SUPPORT_PW + "\n")
    assert r.returncode == 0, r.stderr
    r = cli(tmp_path, "staff", "add", "book", "--name", "이경리", "--features", "payments,invoices",
            "--accounts", "한결건설(주),푸른숲 디자인", "--password-stdin", *as_owner, password=OWNER_PW,
            stdin=BOOK_PW + "\n")
    assert r.returncode == 0, r.stderr

    # a second user exists: without --as every command refuses and says how to sign in
    r = cli(tmp_path, "staff", "list", "--db", db)
    assert r.returncode == 2 and "--as" in r.stderr
    r = cli(tmp_path, "staff", "list", *as_owner, password=OWNER_PW)
    assert r.returncode == 0
    assert "book\t이경리\tinvoices,payments\t푸른숲 디자인,한결건설(주)\town-orders\tactive" in r.stdout.splitlines()
    assert "cs\t지원엔지니어\tsupport\t*\town-orders\tactive" in r.stdout.splitlines()

    # the bookkeeper exports only the invoices of their two accounts; the PAA's export has every one
    out = tmp_path / "book.xlsx"
    r = cli(tmp_path, "invoices", "export", "--xlsx", str(out), "--db", db, "--as", "book", password=BOOK_PW)
    assert r.returncode == 0, r.stderr
    customers = [row[2] for row in load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert customers == ["한결건설(주)"] * 5

    # outside one's permissions: exit 2, the permission named, nothing changed
    before = rows(db, "SELECT count(*) FROM invoices")
    r = cli(tmp_path, "billing", "run", "--date", "2026-11-22", "--db", db, "--as", "cs", password=SUPPORT_PW)
    assert r.returncode == 2 and "인보이스" in r.stderr
    assert rows(db, "SELECT count(*) FROM invoices") == before
    r = cli(tmp_path, "staff", "add", "x", "--name", "엑스", "--password-stdin", "--db", db, "--as", "book",
            password=BOOK_PW, stdin="another-pw-123\n")
    assert r.returncode == 2 and "직원" in r.stderr
    assert rows(db, "SELECT count(*) FROM staff_users") == [(3,)]

    # a wrong password is refused; the PAA's reset makes the user choose a new one first
    r = cli(tmp_path, "staff", "list", "--db", db, "--as", "book", password="wrong-password")
    assert r.returncode == 2 and "4번 더" in r.stderr
    r = cli(tmp_path, "staff", "password", "book", "--password-stdin", *as_owner, password=OWNER_PW,
            stdin="temporary-pw-1\n")
    assert r.returncode == 0, r.stderr
    r = cli(tmp_path, "invoices", "export", "--xlsx", str(out), "--db", db, "--as", "book", password="temporary-pw-1")
    assert r.returncode == 2 and "staff password book" in r.stderr
    r = cli(tmp_path, "staff", "password", "book", "--password-stdin", "--db", db, "--as", "book",
            password="temporary-pw-1", stdin="my-own-password-1\n")
    assert r.returncode == 0, r.stderr

    # deactivated: refused at the next command
    r = cli(tmp_path, "staff", "deactivate", "cs", *as_owner, password=OWNER_PW)
    assert r.returncode == 0, r.stderr
    r = cli(tmp_path, "invoices", "export", "--xlsx", str(out), "--db", db, "--as", "cs", password=SUPPORT_PW)
    assert r.returncode == 2 and "비활성화" in r.stderr

    # the audit log has who did what
    log = rows(db, "SELECT s.login, a.action, a.entity FROM audit_log a JOIN staff_users s ON s.id = a.staff_id "
                   "WHERE a.entity = 'staff_user' ORDER BY a.id")
    assert log == [(owner, "change_password", "staff_user"), (owner, "create", "staff_user"),
                   (owner, "create", "staff_user"), (owner, "reset_password", "staff_user"),
                   ("book", "change_password", "staff_user"), (owner, "deactivate", "staff_user")]


def test_the_last_paa_cannot_be_deactivated_from_the_command_line(tmp_path):
    db = str(demo_file(tmp_path / "desk.sqlite3"))
    owner = rows(db, "SELECT login FROM staff_users")[0][0]
    r = cli(tmp_path, "staff", "deactivate", owner, "--db", db)
    assert r.returncode == 2 and "S1" in r.stderr
    assert rows(db, "SELECT active FROM staff_users") == [(1,)]
