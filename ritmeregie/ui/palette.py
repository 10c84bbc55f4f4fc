"""One colour per block kind (STYLE.md), shared by the tray icon, Vandaag and the charts.

Colours are kept as hex strings so the table stays immutable and comparable; `block_colour`
turns them into fresh QColor objects (QColor is mutable, so never hand out a shared one).

The kind colours read on light and on dark; the window palette follows the system's light/dark
scheme through SchemeFollower (below).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
        # STYLE.md gave the weekly review the reflection's teal; side by side in a week they
        # read as one ritual, so it has its own raspberry (no other kind is near it).
        BlockKind.WEEKLY_REVIEW: "#B5446E",
        # The after-lunch verslag: a soft olive, near none of the others.
        BlockKind.REPORT: "#8A7F3A",
        # The DADU minutes after a meeting: the meeting's grey turned towards the focus blue,
        # so it reads as the meeting's tail and as her own time.
        BlockKind.DADU: "#4E6E81",
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


# --- light and dark ---------------------------------------------------------------------------------
#
# Qt 6.5+ reports the system's colour scheme (QStyleHints.colorScheme) and on most desktops switches
# the palette itself. Where the style cannot (Qt's generic themes, an older Windows style) the
# window would stay light in a dark desktop; SchemeFollower then sets the calm palette below, and
# takes it away again when the system turns light.

# (window, base, alternate base, text, mid) per scheme; highlight is the focus blue in both.
_SCHEME_GREYS: Mapping[bool, tuple[str, str, str, str, str]] = MappingProxyType(
    {
        False: ("#F3F3F2", "#FFFFFF", "#F7F7F6", "#1E1E1E", "#B8BBBF"),
        True: ("#2B2D30", "#1F2023", "#26282B", "#E6E6E6", "#5A5E64"),
    }
)
HIGHLIGHT_COLOUR = BLOCK_COLOURS[BlockKind.FOCUS]
DARK_HIGHLIGHT_COLOUR = "#4A8AD0"  # the focus blue, lighter, so selected rows read on dark


def scheme_palette(dark: bool) -> QPalette:
    """A complete palette for light or dark: system-neutral greys, the focus blue as highlight."""
    window, base, alternate, text, mid = _SCHEME_GREYS[dark]
    palette = QPalette(QColor(window))
    roles = QPalette.ColorRole
    palette.setColor(roles.Window, QColor(window))
    palette.setColor(roles.WindowText, QColor(text))
    palette.setColor(roles.Base, QColor(base))
    palette.setColor(roles.AlternateBase, QColor(alternate))
    palette.setColor(roles.Text, QColor(text))
    palette.setColor(roles.Button, QColor(window))
    palette.setColor(roles.ButtonText, QColor(text))
    palette.setColor(roles.ToolTipBase, QColor(base))
    palette.setColor(roles.ToolTipText, QColor(text))
    palette.setColor(roles.Mid, QColor(mid))
    palette.setColor(roles.PlaceholderText, QColor("#8C939C"))
    highlight = QColor(DARK_HIGHLIGHT_COLOUR if dark else HIGHLIGHT_COLOUR)
    palette.setColor(roles.Highlight, highlight)
    palette.setColor(roles.HighlightedText, text_colour_on(highlight))
    palette.setColor(roles.Link, highlight)
    disabled = QColor(text)
    disabled.setAlphaF(0.45)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    return relative_luminance(palette.color(QPalette.ColorRole.Window)) < 0.5


class SchemeFollower(QObject):
    """Keeps the app's palette in step with the system's light/dark scheme and says when it turned.

    `scheme_changed(dark)` fires after the palette changed, so listeners that paint into pixmaps
    (the tray icon) redraw with the new colours; widgets repaint themselves on the palette change.
    """

    scheme_changed = Signal(bool)

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._overridden = False
        app.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
        self.apply(app.styleHints().colorScheme())

    @property
    def dark(self) -> bool:
        return palette_is_dark(self._app.palette())

    @Slot(Qt.ColorScheme)
    def on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        before = self.dark
        self.apply(scheme)
        if self.dark != before or scheme is not Qt.ColorScheme.Unknown:
            for widget in QApplication.topLevelWidgets():
                widget.update()
            self.scheme_changed.emit(self.dark)

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """Make the palette match `scheme` when the style did not (Unknown: leave it alone)."""
        if scheme is Qt.ColorScheme.Unknown:
            return
        want_dark = scheme is Qt.ColorScheme.Dark
        if self._overridden:
            QApplication.setPalette(self._standard_palette())
            self._overridden = False
        if palette_is_dark(self._app.palette()) != want_dark:
            QApplication.setPalette(scheme_palette(want_dark))
            self._overridden = True

    def _standard_palette(self) -> QPalette:
        style = QApplication.style()
        return style.standardPalette() if style is not None else QPalette()
