"""Finding and registering a Korean TrueType font for ReportLab (the PDF embeds it)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from desktop_app.paths import RESOURCES

REGULAR, BOLD = "KoreanRegular", "KoreanBold"

# NanumGothic (SIL OFL 1.1, resources/fonts/OFL.txt) ships with the application, so PDFs look the same on
# every workstation; the system's fonts are only a fallback for an installation without it.
BUNDLED = RESOURCES / "fonts"

# (regular, bold) candidates, the bundled font first; a .ttc names its face index after '#'
CANDIDATES: list[tuple[str, str]] = [
    (str(BUNDLED / "NanumGothic.ttf"), str(BUNDLED / "NanumGothicBold.ttf")),
    ("/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
    ("/usr/share/fonts/nanum/NanumGothic.ttf", "/usr/share/fonts/nanum/NanumGothicBold.ttf"),
    ("/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc#1", "/usr/share/fonts/truetype/noto/NotoSansCJK-Bold.ttc#1"),
    ("C:/Windows/Fonts/malgun.ttf", "C:/Windows/Fonts/malgunbd.ttf"),
    ("/System/Library/Fonts/AppleSDGothicNeo.ttc#0", "/System/Library/Fonts/AppleSDGothicNeo.ttc#6"),
    ("/Library/Fonts/AppleGothic.ttf", "/Library/Fonts/AppleGothic.ttf"),
    (str(Path.home() / "Library/Fonts/NanumGothic.ttf"), str(Path.home() / "Library/Fonts/NanumGothicBold.ttf")),
]


class FontMissing(Exception):
    def __init__(self, tried: list[str]):
        self.tried = tried
        hint = {"linux": "sudo apt-get install fonts-nanum", "win32": "맑은 고딕(malgun.ttf)이 있는지 확인",
                "darwin": "나눔고딕을 설치"}.get(sys.platform, "나눔고딕을 설치")
        super().__init__(
            "한글 글꼴을 찾지 못해 PDF를 만들 수 없습니다. " + hint + "하거나, 설정에서 한글 TrueType 글꼴 파일"
            "(.ttf/.ttc)을 고르세요. 찾아본 곳: " + ", ".join(tried))


@dataclass(frozen=True)
class FontChoice:
    regular: str
    bold: str


def _split(spec: str) -> tuple[str, int]:
    path, _, index = spec.partition("#")
    return path, int(index or 0)


def find_font(chosen: str = "") -> FontChoice:
    """The font file the user chose in the settings, else the bundled NanumGothic (else a system font)."""
    if chosen:
        if Path(_split(chosen)[0]).is_file():
            return FontChoice(chosen, chosen)
        raise FontMissing([chosen])
    tried = []
    for regular, bold in CANDIDATES:
        tried.append(_split(regular)[0])
        if Path(_split(regular)[0]).is_file():
            return FontChoice(regular, bold if Path(_split(bold)[0]).is_file() else regular)
    raise FontMissing(tried)


_registered: FontChoice | None = None


def register(chosen: str = "") -> FontChoice:
    """Register the Korean font with ReportLab once per process (it is parsed once, then reused)."""
    global _registered
    choice = find_font(chosen)
    if _registered == choice:
        return choice
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, spec in ((REGULAR, choice.regular), (BOLD, choice.bold)):
        path, index = _split(spec)
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    _registered = choice
    return choice


def missing_glyphs(text: str, chosen: str = "") -> set[str]:
    """Characters the registered Korean font cannot draw (they would print as empty boxes)."""
    from reportlab.pdfbase import pdfmetrics

    register(chosen)
    cmap = pdfmetrics.getFont(REGULAR).face.charToGlyph
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in cmap}
