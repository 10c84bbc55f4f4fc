"""The tray icon, drawn: a ring in the block's colour that empties as the block runs, minutes inside.

Tray hosts (GNOME in particular) show no text next to the icon, so everything the user needs at a
glance lives in the pixmap. Every size is painted at its own device-pixel size rather than scaled
from one master, so lines stay crisp at 16 px and at 2x.

Layout (device pixels, s = icon size): an outer ring, a transparent gap, and a filled disc in the
kind's colour carrying the number. The disc gives the digits a known background, so they read on
light and dark panels alike. Minutes of 100 and more are shown as whole hours with a short hour
suffix ("2h"; Dutch "2u"), because three digits do not fit at 16 px.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from ritmeregie.domain.model import BlockKind

from .palette import NEUTRAL_COLOUR, PAUSED_OPACITY, block_colour, text_colour_on

ICON_SIZES = (16, 22, 24, 32, 48, 64)
# From this many minutes on the number becomes hours.
HOURS_FROM_MINUTES = 100
# The spent part of the ring: the kind's colour, this opaque.
SPENT_OPACITY = 0.25
# Below this many device pixels the icon uses its compact layout (see _Geometry).
COMPACT_BELOW_PX = 24


@dataclass(frozen=True, slots=True)
class TrayIconState:
    """What the icon shows. kind None: no block right now (outside work hours, or a gap)."""

    kind: BlockKind | None
    remaining_fraction: float = 1.0
    minutes_left: int | None = None
    paused: bool = False

    def __post_init__(self) -> None:
        if not 0.0 <= self.remaining_fraction <= 1.0:
            raise ValueError("remaining_fraction lies between 0 and 1")
        if self.minutes_left is not None and self.minutes_left < 0:
            raise ValueError("minutes_left cannot be negative")


def minutes_label(minutes: int) -> str:
    """The number inside the ring: '45', or whole hours ('2h') from 100 minutes on."""
    if minutes < HOURS_FROM_MINUTES:
        return str(minutes)
    hours = math.floor(minutes / 60 + 0.5)
    # The suffix must stay one narrow letter: it shares 16 px with the digits.
    suffix = QCoreApplication.translate("TrayIcon", "h", "hours suffix inside the tray icon")
    return f"{hours}{suffix}"


@dataclass(frozen=True, slots=True)
class _Geometry:
    """Where things go, in device pixels.

    Roomy (24 device px and up): ring, transparent gap, disc. Compact (16-22 px): the disc fills
    the icon and the ring is its rim, because a gap would cost the digits a third of their height.
    """

    size: float
    ring_width: float
    disc_radius: float
    text_radius: float

    @classmethod
    def for_size(cls, size: int) -> _Geometry:
        if size < COMPACT_BELOW_PX:
            ring_width = 1.75
            return cls(float(size), ring_width, size / 2, size / 2 - ring_width)
        ring_width = size * 0.11
        disc_radius = size / 2 - ring_width - size * 0.05
        return cls(float(size), ring_width, disc_radius, disc_radius)

    @property
    def compact(self) -> bool:
        return self.disc_radius >= self.size / 2

    @property
    def centre(self) -> QPointF:
        return QPointF(self.size / 2, self.size / 2)

    @property
    def ring_rect(self) -> QRectF:
        # The pen is centred on the path, so inset by half its width to stay inside the pixmap.
        inset = self.ring_width / 2
        return QRectF(inset, inset, self.size - 2 * inset, self.size - 2 * inset)

    @property
    def disc_rect(self) -> QRectF:
        r = self.disc_radius
        return QRectF(self.size / 2 - r, self.size / 2 - r, 2 * r, 2 * r)


def paint_tray_pixmap(
    state: TrayIconState, logical_size: int, device_pixel_ratio: float
) -> QPixmap:
    """A transparent pixmap of `logical_size` logical pixels at `device_pixel_ratio`."""
    device_size = max(1, round(logical_size * device_pixel_ratio))
    pixmap = QPixmap(device_size, device_size)
    pixmap.fill(Qt.GlobalColor.transparent)
    geometry = _Geometry.for_size(device_size)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if state.kind is None:
            _paint_idle(painter, geometry)
        else:
            _paint_block(painter, geometry, state, state.kind)
    finally:
        painter.end()
    # Set after painting: all geometry above is in device pixels, which keeps the lines crisp.
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def tray_icon(state: TrayIconState) -> QIcon:
    return QIcon(_TrayIconEngine(state))


class _TrayIconEngine(QIconEngine):
    """Paints each size and scale only when a tray host asks for it, then keeps it.

    A tray shows one size; painting all twelve up front cost ~7 ms at start and again every
    minute the number changes (docs/benchmarks.md, idle CPU). Hosts that want every size (a
    StatusNotifierItem) still get them, through availableSizes().
    """

    def __init__(self, state: TrayIconState) -> None:
        super().__init__()
        self._state = state
        self._painted: dict[tuple[int, float], QPixmap] = {}

    def _pixmap(self, size: QSize, ratio: float) -> QPixmap:
        key = (max(1, min(size.width(), size.height())), ratio)
        pixmap = self._painted.get(key)
        if pixmap is None:
            pixmap = self._painted[key] = paint_tray_pixmap(self._state, key[0], ratio)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._pixmap(size, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._pixmap(size, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self._pixmap(rect.size(), ratio))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in ICON_SIZES]

    def clone(self) -> QIconEngine:
        return _TrayIconEngine(self._state)


def _paint_idle(painter: QPainter, geometry: _Geometry) -> None:
    # Calm and quiet: a thin outline ring, nothing to read.
    width = max(1.5, geometry.size * 0.09)
    inset = width / 2
    painter.setPen(QPen(QColor(NEUTRAL_COLOUR), width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(inset, inset, geometry.size - 2 * inset, geometry.size - 2 * inset))


def _paint_block(
    painter: QPainter, geometry: _Geometry, state: TrayIconState, kind: BlockKind
) -> None:
    colour = block_colour(kind)
    if state.paused:
        _paint_ring(painter, geometry, colour, state.remaining_fraction, PAUSED_OPACITY)
        _paint_pause_bars(painter, geometry, colour)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(geometry.disc_rect)
    _paint_ring(painter, geometry, colour, state.remaining_fraction, 1.0)
    if state.minutes_left is not None:
        _paint_number(painter, geometry, minutes_label(state.minutes_left), text_colour_on(colour))


def _paint_ring(
    painter: QPainter, geometry: _Geometry, colour: QColor, remaining: float, opacity: float
) -> None:
    """The remaining part from 12 o'clock clockwise in `colour`, the spent part faint.

    Both arcs are painted with Source composition, so the faint part replaces (rather than
    blends with) whatever lies below it: the compact layout's rim sits on the disc itself.
    """
    remaining_colour = QColor(colour)
    remaining_colour.setAlphaF(opacity)
    spent_colour = QColor(colour)
    spent_colour.setAlphaF(SPENT_OPACITY * opacity)
    # Qt angles are in degrees counter-clockwise from 3 o'clock; clockwise spans are negative.
    twelve = 90.0
    remaining_span = -360.0 * remaining
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for arc_colour, start, span in (
        (remaining_colour, twelve, remaining_span),
        (spent_colour, twelve + remaining_span, -360.0 - remaining_span),
    ):
        if abs(span) < 0.01:
            continue
        pen = QPen(arc_colour, geometry.ring_width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        path = QPainterPath()
        path.arcMoveTo(geometry.ring_rect, start)
        path.arcTo(geometry.ring_rect, start, span)
        painter.drawPath(path)
    painter.restore()


def _paint_pause_bars(painter: QPainter, geometry: _Geometry, colour: QColor) -> None:
    # Full colour on purpose: the faded ring says "not running", the bars say why.
    r = geometry.text_radius
    bar_height = 1.5 * r
    bar_width = max(1.5, 0.45 * r)
    spacing = max(1.0, 0.35 * r)
    top = geometry.size / 2 - bar_height / 2
    left = geometry.size / 2 - spacing / 2 - bar_width
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(QRectF(left, top, bar_width, bar_height))
    painter.drawRect(QRectF(geometry.size / 2 + spacing / 2, top, bar_width, bar_height))


def _paint_number(painter: QPainter, geometry: _Geometry, text: str, colour: QColor) -> None:
    font = _fitted_font(text, geometry)
    painter.setFont(font)
    painter.setPen(colour)
    metrics = QFontMetricsF(font)
    bounds = metrics.tightBoundingRect(text)
    # Centre the ink, not the line box: digits have no descenders, so the line box sits too high.
    origin = geometry.centre - bounds.center()
    # Whole-pixel baseline and left edge: hinted stems then land on pixels instead of between them.
    origin = QPointF(round(origin.x()), round(origin.y()))
    painter.drawText(origin, text)


def _fitted_font(text: str, geometry: _Geometry) -> QFont:
    """The largest bold, condensed font whose ink fits inside the disc's inscribed box."""
    font = QFont()
    font.setBold(True)
    font.setStretch(QFont.Stretch.Condensed)
    font.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    # Two digits sit side by side: the box is wider than it is high.
    max_width = geometry.text_radius * 2 * 0.84
    max_height = geometry.text_radius * 2 * (0.72 if geometry.compact else 0.62)
    pixel_size = max(4, math.floor(max_height * 1.45))
    while pixel_size > 4:
        font.setPixelSize(pixel_size)
        bounds = QFontMetricsF(font).tightBoundingRect(text)
        if bounds.width() <= max_width and bounds.height() <= max_height:
            break
        pixel_size -= 1
    font.setPixelSize(pixel_size)
    return font
