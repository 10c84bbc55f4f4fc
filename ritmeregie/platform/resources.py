"""Where the shipped resources (translations, icons) live, in a source tree and in an installed wheel."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent  # ritmeregie/, from ritmeregie/platform/
    # In the package, next to it (a source tree, a PyInstaller bundle), or where a wheel put them.
    installed = Path(sys.prefix) / "share" / "ritmeregie"
    for candidate in (package / "resources", package.parent / "resources", installed):
        if (candidate / "i18n").is_dir():
            return candidate
    return package.parent / "resources"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"
