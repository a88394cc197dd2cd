"""The code passes the project's static checks, so the test command runs them: ruff over the package and the
tests (rules in [tool.ruff.lint]), mypy over pricing, models and services ([tool.mypy])."""

import subprocess
import sys

from tests.conftest import ROOT


def test_ruff_is_clean():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "desktop_app", "tests"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_is_clean_on_pricing_models_and_services():
    from mypy import api

    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                      "--cache-dir", str(ROOT / ".mypy_cache")])
    assert status == 0, stdout + stderr
