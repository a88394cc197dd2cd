"""The command line as a user runs it: demo data into a fresh file, refused into a full one."""

import subprocess
import sys

from tests.conftest import ROOT


def run(*args, env_dir):
    import os

    env = dict(os.environ, RESELLER_DESK_DATA_DIR=str(env_dir / "data"),
               RESELLER_DESK_CONFIG_DIR=str(env_dir / "config"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=120)


def test_demo_fills_an_empty_database_then_refuses_a_second_time(tmp_path):
    target = tmp_path / "demo.sqlite3"
    first = run("demo", "--db", str(target), env_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "8개" in first.stdout
    second = run("demo", "--db", str(target), env_dir=tmp_path)
    assert second.returncode == 2
    assert "이미 데이터가 있어" in second.stderr
    assert "Traceback" not in second.stderr


def test_demo_into_the_default_data_folder(tmp_path):
    assert run("demo", env_dir=tmp_path).returncode == 0
    assert (tmp_path / "data" / "reseller-desk.sqlite3").exists()


def test_a_database_that_cannot_be_used_is_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database " * 50)
    out = run("demo", "--db", str(bad), env_dir=tmp_path)
    assert out.returncode == 2
    assert "손상" in out.stderr and "Traceback" not in out.stderr
