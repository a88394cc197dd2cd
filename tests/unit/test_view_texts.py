"""Issue 14: every Korean text a view shows goes through the translations (self.tr / QCoreApplication.translate),
so the English interface shows no stray Korean — tooltips, placeholders and amounts in won included. A Korean
string literal in views/ outside tr() is refused unless it is listed here with the reason it is not shown text."""

import ast
import re
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[2] / "desktop_app" / "views"
HANGUL = re.compile(r"[가-힣]")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}  # the last two: marked, translated where shown
ALLOWED = {
    ("calculator/parties.py", "고객"): "compares with the stored default customer name (data, not a label)",
    ("invoices/payment_dialog.py", "원"): "stripped from a typed amount (input parsing)",
    ("invoices/view.py", "청구서_"): "the default file name of a Korean invoice PDF",
    ("quotes/actions.py", "견적서_"): "the default file name of a Korean quote PDF",
    ("settings/dialog.py", "한국어"): "the language's own name in the language chooser",
    ("support/view.py", "지원요청.xlsx"): "the default export file name",
}


def untranslated() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(VIEWS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
        docstrings = {n.body[0].value for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                      and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and HANGUL.search(node.value)):
                continue
            if node in docstrings:
                continue
            up, inside_tr = node, False
            while up in parents and not inside_tr:
                up = parents[up]
                if isinstance(up, ast.Call):
                    f = up.func
                    inside_tr = (f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")) in TRANSLATING
            if not inside_tr:
                found.add((path.relative_to(VIEWS).as_posix(), node.value))
    return found


def test_no_korean_text_in_views_outside_the_translations():
    stray = untranslated() - set(ALLOWED)
    assert not stray, f"Korean shown without tr(): {sorted(stray)}"


def test_the_scan_finds_an_untranslated_tooltip(tmp_path, monkeypatch):
    """The scan itself: a tooltip written as a plain literal is found, one inside self.tr() is not."""
    global VIEWS
    (tmp_path / "x.py").write_text('w.setToolTip("잠겨 있습니다")\nw.setPlaceholderText(self.tr("이름"))\n'
                                   'w.setText(f"{n:,}원")\n', encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["VIEWS"]), "VIEWS", tmp_path)
    assert untranslated() == {("x.py", "잠겨 있습니다"), ("x.py", "원")}
