"""The app's own icon (windows, dialogs, the task bar), crisp at every size and pixel ratio.

One QIcon holds every rendered PNG of resources/icons/hicolor (16 … 512): Qt picks the exact
pixmap for a size at a devicePixelRatio, so nothing is scaled up from a small bitmap on a HiDPI
screen (512 px covers 256 logical px at 2x). The SVG is the fallback when the PNGs are missing:
adding it loads Qt's SVG icon engine, 2 MB of resident memory at start for no visible gain.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ritmeregie.platform.resources import icons_dir

ICON_NAME = "ritmeregie"


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    hicolor = icons_dir() / "hicolor"
    for png in sorted(hicolor.glob(f"*x*/apps/{ICON_NAME}.png")):
        edge = int(png.parent.parent.name.split("x")[0])
        icon.addFile(str(png), QSize(edge, edge))
    svg = icons_dir() / f"{ICON_NAME}.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    if icon.isNull():
        # An installed icon theme may still know it (a distribution package).
        return QIcon.fromTheme(ICON_NAME)
    return icon
