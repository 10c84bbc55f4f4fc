"""One colour per block kind (STYLE.md), shared by the tray icon, Vandaag and the charts.

Colours are kept as hex strings so the table stays immutable and comparable; `block_colour`
turns them into fresh QColor objects (QColor is mutable, so never hand out a shared one).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtGui import QColor

from ritmeregie.domain.model import BlockKind

BLOCK_COLOURS: Mapping[BlockKind, str] = MappingProxyType(
    {
        BlockKind.FOCUS: "#2F6FB3",
        BlockKind.RESET: "#3E9C6B",
        BlockKind.DAGSTART: "#E0A526",
        BlockKind.INBOX: "#7A8591",
        BlockKind.MEETING: "#5B5F66",
        # Busy layers from other calendars: the meeting grey mixed 30 % towards white, so the
        # own agenda stays the darker, more important layer.
        BlockKind.BUSY: "#8C9094",
        BlockKind.CALL: "#5B5F66",
        BlockKind.LUNCH: "#B0B7BF",
        BlockKind.QUIET_QUARTER: "#7C5CBF",
        BlockKind.FRICTION_FRIDAY: "#D9703A",
        BlockKind.REFLECTION: "#2A9D9D",
        BlockKind.WEEKLY_REVIEW: "#2A9D9D",
    }
)

# "No block right now": a mid grey that reads on light and on dark panels alike.
NEUTRAL_COLOUR = "#8C939C"

PAUSED_OPACITY = 0.35

# Text on a fill: whichever of these gives the higher WCAG contrast ratio.
LIGHT_TEXT = "#FFFFFF"
DARK_TEXT = "#1E1E1E"


def block_colour(kind: BlockKind) -> QColor:
    return QColor(BLOCK_COLOURS[kind])


def paused_colour(kind: BlockKind) -> QColor:
    """The kind's colour at 35 % opacity: faded on any background, still recognisably its hue."""
    colour = block_colour(kind)
    colour.setAlphaF(PAUSED_OPACITY)
    return colour


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(fill: QColor | str) -> QColor:
    """White or near-black, whichever contrasts more with `fill` (e.g. digits on a kind's disc)."""
    fill_colour = QColor(fill)
    light, dark = QColor(LIGHT_TEXT), QColor(DARK_TEXT)
    return (
        light if contrast_ratio(fill_colour, light) >= contrast_ratio(fill_colour, dark) else dark
    )


def kind_text_colour(kind: BlockKind) -> QColor:
    return text_colour_on(BLOCK_COLOURS[kind])
