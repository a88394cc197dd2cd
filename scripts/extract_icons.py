"""Extract the navigation icons as SVG files from the Phosphor icon font (MIT licence), as shipped in the
QtAwesome wheel, into resources/icons/. A developer's tool, run once when the set changes:

    pip install fonttools qtawesome      # in a scratch environment
    python scripts/extract_icons.py PATH/TO/qtawesome/fonts

The application loads the SVG files only (no icon font, no QtAwesome at run time)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen
from fontTools.ttLib import TTFont

ICONS = ("calendar-check", "buildings", "calculator", "file-text", "receipt", "tree-structure", "ticket", "tag",
         "warning-circle", "lifebuoy", "users-three", "clipboard-text")
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main(fonts: Path) -> None:
    font = TTFont(fonts / "phosphor-1.3.0.ttf")
    charmap = json.loads((fonts / "phosphor-charmap-1.3.0.json").read_text())
    cmap = font.getBestCmap()
    glyphs = font.getGlyphSet()
    units = font["head"].unitsPerEm
    ascent = font["hhea"].ascent
    OUT.mkdir(parents=True, exist_ok=True)
    for name in ICONS:
        glyph = cmap[int(charmap[name], 16)]
        pen = SVGPathPen(glyphs)
        glyphs[glyph].draw(TransformPen(pen, (1, 0, 0, -1, 0, ascent)))  # font y up -> SVG y down
        width = glyphs[glyph].width
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {units}">'
               f'<path fill="#374151" d="{pen.getCommands()}"/></svg>\n')
        (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
        print(name, glyph)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
