"""Keep the translations in step with the code.

  python scripts/translations.py update        # lupdate + service messages: add new texts to the .ts, build .qm
  python scripts/translations.py fill X.json   # set translations from {source or "context|source": text}, then build
  python scripts/translations.py todo          # list the texts that still lack a translation
  python scripts/translations.py build         # lrelease only
  python scripts/translations.py adopt A.ts …  # after a merge: update, then take the translations A.ts … have

The .ts files are the source of truth (edit them with Qt Linguist or `fill`); the .qm files are built from them
and committed, so a checkout runs without the Qt tools. A test checks that the .qm files are current.

Two kinds of source text end up in one .ts: `tr()`/`translate()` in the views (found by lupdate) and messages
marked with `desktop_app.i18n.texts(context)` in services, pricing and the rest (found here with `ast`, since
those modules never import Qt). The .ts carries no line numbers, so edits elsewhere in a file do not touch it.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = {"en": "en_US"}
PACKAGE = ROOT / "desktop_app"


def sources() -> list[str]:
    views = sorted((PACKAGE / "views").rglob("*.py"))
    return [str(p) for p in views] + [str(PACKAGE / "app.py")]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def marked_messages() -> dict[str, list[str]]:
    """{context: [source, …]} for every `_("…")` where `_ = texts("context")`, outside the views."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "views" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        markers: dict[str, str] = {}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "texts"
                    and node.value.args and isinstance(node.value.args[0], ast.Constant)):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        markers[target.id] = node.value.args[0].value
        if not markers:
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in markers
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                bucket = found.setdefault(markers[node.func.id], [])
                if node.args[0].value not in bucket:
                    bucket.append(node.args[0].value)
    return found


def _translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.exists():
        return {}
    kept = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            kept[(name, message.findtext("source"))] = message.find("translation")
    return kept


def _indent(tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")


def update(ts_dir: Path = TS_DIR, build_qm: bool = True) -> None:
    marked = marked_messages()
    for lang, locale in LANGS.items():
        ts = ts_dir / f"reseller_desk_{lang}.ts"
        before = _translations(ts)
        subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-source-language", "ko_KR", "-target-language", locale, "-ts", str(ts)],
                       check=True, capture_output=True)
        tree = ET.parse(ts)
        root = tree.getroot()
        for name, messages in sorted(marked.items()):
            context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
            if context is None:
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = name
            have = {m.findtext("source") for m in context.iter("message")}
            for source in messages:
                if source in have:
                    continue
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                old = before.get((name, source))
                translation = ET.SubElement(message, "translation")
                if old is not None and (old.text or "").strip() and old.get("type") != "unfinished":
                    translation.text = old.text
                else:
                    translation.set("type", "unfinished")
        _indent(tree)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    if build_qm:
        build()


def build(out_dir: Path = TS_DIR) -> list[Path]:
    built = []
    for lang in LANGS:
        ts = TS_DIR / f"reseller_desk_{lang}.ts"
        qm = out_dir / f"reseller_desk_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def todo() -> list[tuple[str, str]]:
    missing = []
    for lang in LANGS:
        for context in ET.parse(TS_DIR / f"reseller_desk_{lang}.ts").iter("context"):
            for m in context.iter("message"):
                t = m.find("translation")
                if t is None or not (t.text or "").strip() or t.get("type") == "unfinished":
                    missing.append((context.findtext("name"), m.findtext("source")))
    return missing


def fill(mapping_file: str) -> None:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    for lang in LANGS:
        ts = TS_DIR / f"reseller_desk_{lang}.ts"
        tree = ET.parse(ts)
        for context in tree.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                # "context|source" keys win over plain "source" keys: one Korean word may need two English ones
                text = mapping.get(f"{name}|{source}", mapping.get(source))
                if text is not None and translation is not None:
                    translation.text = text
                    translation.attrib.pop("type", None)
        _indent(tree)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    build()


def adopt(files: list[str]) -> None:
    """Resolve a merge of the .ts: run `update` over the merged code, then fill every text that lacks English
    from the given versions (e.g. both sides of the merge, `git show :2:…` and `:3:…`)."""
    mapping: dict[str, str] = {}
    for f in files:
        for key, translation in _translations(Path(f)).items():
            if translation is not None and (translation.text or "").strip() and translation.get("type") != "unfinished":
                mapping.setdefault(f"{key[0]}|{key[1]}", translation.text)
    update(build_qm=False)
    missing = {f"{c}|{src}" for c, src in todo()}
    path = TS_DIR / "adopt.json"
    path.write_text(json.dumps({k: v for k, v in mapping.items() if k in missing}, ensure_ascii=False),
                    encoding="utf-8")
    try:
        fill(str(path))
    finally:
        path.unlink()


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd == "update":
        update()
    elif cmd == "build":
        build()
    elif cmd == "fill":
        fill(sys.argv[2])
    elif cmd == "adopt":
        adopt(sys.argv[2:])
    elif cmd == "todo":
        for context, source in todo():
            print(json.dumps(f"{context}|{source}", ensure_ascii=False))
    else:
        raise SystemExit(__doc__)
