"""The files a Linux desktop reads about ritmeregie: the menu entry, AppStream metainfo, the icon set.

No Qt here: PNG and ICO headers are read with struct, the validators are Debian's own tools.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = LINUX / "ritmeregie.desktop"
METAINFO = LINUX / "nl.ritmeregie.Ritmeregie.metainfo.xml"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_colour_type(data: bytes) -> int:
    return data[25]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no hints either


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="Debian package appstream")
def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_and_menu_entry_agree() -> None:
    root = ET.parse(METAINFO).getroot()
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    entry = dict(
        line.split("=", 1) for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines()[1:]
    )
    assert root.findtext("icon[@type='stock']") == entry["Icon"] == "ritmeregie"
    assert root.findtext("provides/binary") == entry["Exec"].split()[0] == "ritmeregie"
    categories = [c.text for c in root.iter("category")]
    assert categories == [c for c in entry["Categories"].split(";") if c]


@pytest.mark.parametrize("size", PNG_SIZES)
def test_every_icon_size_is_a_png_of_that_size_with_transparency(size: int) -> None:
    data = (ICONS / "hicolor" / f"{size}x{size}" / "apps" / "ritmeregie.png").read_bytes()
    assert png_size(data) == (size, size)
    assert png_colour_type(data) == 6  # RGBA: the round icon sits on transparency


def test_the_scalable_icon_is_the_source_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / "ritmeregie.svg"
    assert scalable.read_bytes() == (ICONS / "ritmeregie.svg").read_bytes()


def test_the_windows_icon_holds_the_sizes_windows_asks_for() -> None:
    data = (ICONS / "ritmeregie.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        edge = width or 256
        assert (width or 256) == (height or 256)
        assert png_size(data[offset : offset + length]) == (edge, edge)
        sizes.add(edge)
    assert {16, 24, 32, 48, 256} <= sizes
