"""Icons from Phosphor Icons (MIT, resources/icons/LICENSE.txt), shipped as SVG files with the package."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.paths import RESOURCES

ICONS = RESOURCES / "icons"


def icon(name: str) -> QIcon:
    """The named icon (a file name in resources/icons without .svg); an empty icon when it is missing."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
