"""The layering rules of architecture.md, enforced by import-linter's contracts ([tool.importlinter] in
pyproject.toml: the layers, no Qt below the views, pure pricing, no SQLAlchemy in the views, no import cycles),
plus the two rules that are not about imports: the views never open sessions or build SQL."""

import re

from tests.conftest import ROOT

PKG = ROOT / "desktop_app"


def lint(config):
    from importlinter.cli import lint_imports

    return lint_imports(config_filename=str(config), no_cache=True)


def test_the_import_contracts_are_kept(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint(ROOT / "pyproject.toml") == 0, "run: .venv/bin/lint-imports"


def test_the_contracts_would_catch_a_cycle_and_qt_in_a_service(tmp_path, monkeypatch):
    """A small package with a cycle between two services and Qt imported by a service breaks both contracts."""
    pkg = tmp_path / "layered"
    (pkg / "services").mkdir(parents=True)
    for path, text in {"__init__.py": "", "services/__init__.py": "",
                       "services/a.py": "from layered.services import b\n",
                       "services/b.py": "def f():\n    from layered.services import a\n",
                       "services/c.py": "import PySide6.QtCore\n"}.items():
        (pkg / path).write_text(text)
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.importlinter]\nroot_package = "layered"\ninclude_external_packages = true\n\n'
                      '[[tool.importlinter.contracts]]\nname = "no cycles"\ntype = "acyclic_siblings"\n'
                      'ancestors = ["layered.services"]\n\n'
                      '[[tool.importlinter.contracts]]\nname = "no Qt"\ntype = "forbidden"\n'
                      'source_modules = ["layered.services"]\nforbidden_modules = ["PySide6"]\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert lint(config) == 1


def test_views_never_open_sessions_or_build_sql():
    for path in sorted((PKG / "views").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert ".session(" not in source and not re.search(r"(?<![.\w])select\(", source), path


def test_views_show_service_messages_only_through_shown():
    """A refusal's text is put into the interface language by views/common/notify.shown (tell() applies it):
    a view that read `exc.message`, a ValidationError's values or a Problem's Korean itself would show Korean
    to an English user."""
    pattern = re.compile(r"\bexc\.message\b|\bexc\.errors\.values\(\)|\bp\.ko\b|\.problems\[0\]\.message\b")
    for path in sorted((PKG / "views").rglob("*.py")):
        if path.name == "notify.py":
            continue
        source = path.read_text(encoding="utf-8")
        assert not pattern.search(source), f"{path.relative_to(ROOT)}: use views.common.notify.shown()"
