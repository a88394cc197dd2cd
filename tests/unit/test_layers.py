"""The layering rules of architecture.md, checked on the import statements of every module."""

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

PKG = ROOT / "desktop_app"


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(folder: str) -> list[Path]:
    return sorted((PKG / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", ["pricing", "models", "services"])
def test_no_qt_below_the_views(folder):
    for path in modules(folder):
        qt = {n for n in imports_of(path) if n.split(".")[0] in {"PySide6", "shiboken6"}}
        assert not qt, f"{path.relative_to(ROOT)} imports {qt}"


def test_pricing_is_pure():
    for path in modules("pricing"):
        bad = {n for n in imports_of(path)
               if n.split(".")[0] == "sqlalchemy" or n.startswith(("desktop_app.models", "desktop_app.services",
                                                                  "desktop_app.db"))}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_views_never_build_sql_or_open_sessions():
    for path in modules("views"):
        bad = {n for n in imports_of(path)
               if n.split(".")[0] == "sqlalchemy" or n in {"desktop_app.db", "sqlite3"}}
        assert not bad, f"{path.relative_to(ROOT)} imports {bad}"
        source = path.read_text(encoding="utf-8")
        assert ".session(" not in source and not re.search(r"(?<![.\w])select\(", source), path


def test_the_layer_checks_would_catch_a_violation(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtWidgets", "sqlalchemy.orm"} <= imports_of(sample)
