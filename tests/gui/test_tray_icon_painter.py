"""The drawn tray icon, checked pixel by pixel on offscreen images (and saved for a human to look at)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from ritmeregie.domain.model import BlockKind
from ritmeregie.ui.palette import (
    BLOCK_COLOURS,
    NEUTRAL_COLOUR,
    block_colour,
    contrast_ratio,
    kind_text_colour,
    paused_colour,
)
from ritmeregie.ui.tray_icon_painter import (
    ICON_SIZES,
    TrayIconState,
    minutes_label,
    paint_tray_pixmap,
    tray_icon,
)

pytestmark = pytest.mark.gui


def _image(state: TrayIconState, size: int, ratio: float = 1.0) -> QImage:
    return (
        paint_tray_pixmap(state, size, ratio).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    )


def _ring_pixel(image: QImage, clock_degrees: float, ring_width: float) -> QColor:
    """The pixel in the middle of the ring at a clock angle (0 = 12 o'clock, clockwise)."""
    size = image.width()
    radius = size / 2 - ring_width / 2
    angle = math.radians(clock_degrees)
    x = size / 2 + radius * math.sin(angle)
    y = size / 2 - radius * math.cos(angle)
    return image.pixelColor(int(x), int(y))


def _ring_width(size: int) -> float:
    return 1.75 if size < 24 else size * 0.11


def _close(a: QColor, b: QColor, tolerance: int = 4) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.mark.parametrize("kind", list(BlockKind))
@pytest.mark.parametrize("size", [16, 32, 64])
def test_ring_at_twelve_is_the_kinds_colour(qapp, kind: BlockKind, size: int) -> None:
    image = _image(TrayIconState(kind, 0.9, 45), size)
    pixel = _ring_pixel(image, 8, _ring_width(size))
    assert pixel.alpha() >= 250
    assert _close(pixel, block_colour(kind)), (pixel.name(), BLOCK_COLOURS[kind])


@pytest.mark.parametrize("size", [16, 32, 64])
def test_spent_part_of_the_ring_is_faint(qapp, size: int) -> None:
    # 80 % of the block gone: the remaining arc runs from 12 to about 1 o'clock; 9 o'clock is spent.
    image = _image(TrayIconState(BlockKind.FOCUS, 0.2, 10), size)
    spent = _ring_pixel(image, 270, _ring_width(size))
    still = _ring_pixel(image, 20, _ring_width(size))
    assert spent.alpha() < 128
    assert still.alpha() >= 250
    full = _image(TrayIconState(BlockKind.FOCUS, 1.0, 50), size)
    assert _ring_pixel(full, 270, _ring_width(size)).alpha() >= 250


def test_paused_looks_different_from_running(qapp) -> None:
    running = _image(TrayIconState(BlockKind.FOCUS, 0.6, 30), 32)
    paused = _image(TrayIconState(BlockKind.FOCUS, 0.6, 30, paused=True), 32)
    assert running != paused
    faded = _ring_pixel(paused, 8, _ring_width(32))
    assert abs(faded.alphaF() - paused_colour(BlockKind.FOCUS).alphaF()) < 0.05
    # The pause bars sit left and right of the centre in the full colour; the centre itself is empty.
    centre = paused.pixelColor(16, 16)
    assert centre.alpha() == 0
    bar = paused.pixelColor(16 - 3, 16)
    assert _close(bar, block_colour(BlockKind.FOCUS)) and bar.alpha() >= 250


def test_two_times_scale_has_twice_the_device_pixels(qapp) -> None:
    state = TrayIconState(BlockKind.RESET, 0.5, 3)
    one = paint_tray_pixmap(state, 22, 1.0)
    two = paint_tray_pixmap(state, 22, 2.0)
    assert (one.width(), one.height()) == (22, 22)
    assert (two.width(), two.height()) == (44, 44)
    assert two.devicePixelRatio() == 2.0
    assert two.deviceIndependentSize().toSize() == QSize(22, 22)


@pytest.mark.parametrize("kind", [BlockKind.FOCUS, BlockKind.DAGSTART, BlockKind.MEETING])
@pytest.mark.parametrize("size", [16, 64])
def test_digits_are_drawn_in_the_text_colour(qapp, kind: BlockKind, size: int) -> None:
    text = kind_text_colour(kind)
    assert contrast_ratio(text, block_colour(kind)) >= 4.4

    def text_pixels(minutes: int | None) -> int:
        image = _image(TrayIconState(kind, 1.0, minutes), size)
        lo, hi = size // 4, size - size // 4
        return sum(
            _close(image.pixelColor(x, y), text, 24) for x in range(lo, hi) for y in range(lo, hi)
        )

    assert text_pixels(None) == 0
    assert text_pixels(45) >= size // 2
    assert text_pixels(150) >= size // 2


def test_no_block_is_a_quiet_outline(qapp) -> None:
    image = _image(TrayIconState(None), 32)
    assert image.pixelColor(16, 16).alpha() == 0
    edge = image.pixelColor(16, 1)
    assert _close(edge, QColor(NEUTRAL_COLOUR)) and edge.alpha() >= 250
    corners = [image.pixelColor(x, y).alpha() for x, y in ((0, 0), (31, 0), (0, 31), (31, 31))]
    assert corners == [0, 0, 0, 0]


def test_minutes_label_switches_to_hours_from_one_hundred(qapp) -> None:
    assert minutes_label(0) == "0"
    assert minutes_label(99) == "99"
    assert minutes_label(100) == "2h"
    assert minutes_label(150) == "3h"
    assert minutes_label(480) == "8h"


def test_icon_holds_every_size_at_both_scales(qapp) -> None:
    icon = tray_icon(TrayIconState(BlockKind.INBOX, 0.5, 12))
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)
    hidpi = icon.pixmap(QSize(32, 32), 2.0)
    assert hidpi.devicePixelRatio() == 2.0
    assert hidpi.width() == 64


def test_state_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        TrayIconState(BlockKind.FOCUS, 1.5, 10)
    with pytest.raises(ValueError):
        TrayIconState(BlockKind.FOCUS, 0.5, -1)


def test_renders_for_review(qapp, artifacts_dir: Path) -> None:
    """Every kind at 16, 32 and 64 px, running, paused, and the no-block look: test-artifacts/icons/."""
    folder = artifacts_dir / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for size in (16, 32, 64):
        for kind in BlockKind:
            for look, state in (
                ("running", TrayIconState(kind, 0.7, 35)),
                ("paused", TrayIconState(kind, 0.7, 35, paused=True)),
            ):
                assert paint_tray_pixmap(state, size, 1.0).save(
                    str(folder / f"{kind.value}-{look}-{size}.png")
                )
                written += 1
        assert paint_tray_pixmap(TrayIconState(None), size, 1.0).save(
            str(folder / f"none-{size}.png")
        )
        written += 1
    assert written == 3 * (2 * len(BlockKind) + 1)
