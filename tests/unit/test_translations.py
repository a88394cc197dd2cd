"""The English translation is complete and the shipped .qm is built from the current .ts."""

import importlib.util
import xml.etree.ElementTree as ET

from tests.conftest import ROOT

TS = ROOT / "resources" / "translations" / "reseller_desk_en.ts"


def _tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_text_has_an_english_translation():
    missing = [m.findtext("source") for m in ET.parse(TS).iter("message")
               if not (m.findtext("translation") or "").strip()
               or m.find("translation").get("type") == "unfinished"]
    assert missing == []


def test_the_shipped_qm_is_current(tmp_path):
    built = _tool().build(tmp_path)
    for qm in built:
        assert qm.read_bytes() == (ROOT / "resources" / "translations" / qm.name).read_bytes(), (
            "run: python scripts/translations.py build")


def test_every_marked_text_in_the_code_is_in_the_ts(tmp_path):
    """`translations.py update` over the current code (lupdate for the views, the `texts()` markers elsewhere)
    finds nothing that the .ts lacks and nothing it has in excess."""
    import shutil

    tool = _tool()
    shutil.copy(TS, tmp_path / TS.name)
    tool.update(tmp_path, build_qm=False)
    pairs = lambda path: sorted((c.findtext("name"), m.findtext("source"))
                                for c in ET.parse(path).iter("context") for m in c.iter("message"))
    assert pairs(tmp_path / TS.name) == pairs(TS), "run: python scripts/translations.py update"


def test_every_translation_keeps_the_named_parameters_of_its_source():
    """A service message is rendered with str.format: the English must name the same {parameters}
    (and the views' %1 … the same numbers), or the message would fail or lose a value when shown."""
    import re
    import string

    def names(text):
        fields = {f for _, f, _, _ in string.Formatter().parse(text) if f}
        return fields | set(re.findall(r"%\d", text))

    wrong = [(m.findtext("source"), m.findtext("translation")) for m in ET.parse(TS).iter("message")
             if "{" in m.findtext("source") and names(m.findtext("source")) != names(m.findtext("translation") or "")]
    assert wrong == []
