"""Keep the translations in step with the code.

  python scripts/translations.py update        # lupdate: add new source texts to the .ts files, then build .qm
  python scripts/translations.py fill X.json   # set translations from {source or "context|source": text}, then build
  python scripts/translations.py build         # lrelease only

The .ts files are the source of truth (edit them with Qt Linguist or `fill`); the .qm files are built from them
and committed, so a checkout runs without the Qt tools. A test checks that the .qm files are current.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = {"en": "en_US"}


def sources() -> list[str]:
    views = sorted((ROOT / "desktop_app" / "views").rglob("*.py"))
    return [str(p) for p in views] + [str(ROOT / "desktop_app" / "app.py")]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def update() -> None:
    for lang, locale in LANGS.items():
        ts = TS_DIR / f"reseller_desk_{lang}.ts"
        subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-source-language", "ko_KR",
                        "-target-language", locale, "-ts", str(ts)], check=True)
    build()


def build(out_dir: Path = TS_DIR) -> list[Path]:
    built = []
    for lang in LANGS:
        ts = TS_DIR / f"reseller_desk_{lang}.ts"
        qm = out_dir / f"reseller_desk_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


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
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    build()


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd == "update":
        update()
    elif cmd == "build":
        build()
    elif cmd == "fill":
        fill(sys.argv[2])
    else:
        raise SystemExit(__doc__)
