"""Small charts painted with QPainter: grouped bars and lines, in the window's own palette.

Why not Qt Charts: QtCharts is not part of PySide6-Essentials (it lives in PySide6-Addons, about
20 MB more to download and to bundle), and three plain charts need only axes, bars, lines and a
legend. Painting them ourselves also keeps them in the system palette (light and dark) and in the
block colours of STYLE.md without styling a second widget toolkit.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MARGIN_PX = 8
LEGEND_SWATCH_PX = 10
MAX_BAR_PX = 36


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    colour: str  # hex, from ui/palette.py
    values: tuple[float, ...]


def nice_ceiling(value: float) -> tuple[float, float]:
    """(top, step) for a y axis that reaches at least `value` in three to five round steps."""
    if value <= 0:
        return 1.0, 1.0
    raw_step = value / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw_step:
            break
    if step < 1 and float(value).is_integer():
        step = 1.0
    return math.ceil(value / step) * step, step


class Chart(QWidget):
    """Axes, grid, legend and an empty state; subclasses paint the data inside `plot_rect`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)
        self.setMouseTracking(True)
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.unit = ""
        self.empty_text = ""
        self._plot = QRectF()
        self._top = 1.0

    def sizeHint(self) -> QSize:
        return QSize(520, 200)

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[Series],
        *,
        unit: str = "",
        empty_text: str = "",
    ) -> None:
        self.labels = tuple(labels)
        self.series = tuple(series)
        self.unit = unit
        self.empty_text = empty_text
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart as text, for screen readers and tooltips: 'label: name value, …'."""
        if self.is_empty():
            return self.empty_text
        parts = []
        for i, label in enumerate(self.labels):
            values = ", ".join(f"{s.name} {_number(s.values[i])}{self.unit}" for s in self.series)
            parts.append(f"{label}: {values}")
        return "; ".join(parts)

    def is_empty(self) -> bool:
        return not self.labels or all(v == 0 for s in self.series for v in s.values)

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = pal.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetricsF(self.font())
        line_h = metrics.height()
        area = QRectF(self.rect()).adjusted(MARGIN_PX, MARGIN_PX, -MARGIN_PX, -MARGIN_PX)
        if len(self.series) > 1:
            self._paint_legend(painter, area, metrics, text)
            area.setTop(area.top() + line_h + 6)
        peak = max((v for s in self.series for v in s.values), default=0.0)
        self._top, step = nice_ceiling(peak)
        ticks = [step * i for i in range(round(self._top / step) + 1)]
        axis_w = max(metrics.horizontalAdvance(_number(t)) for t in ticks) + 6
        self._plot = QRectF(area.left() + axis_w, area.top() + line_h / 2, area.width() - axis_w, 0)
        self._plot.setBottom(area.bottom() - line_h - 4)
        grid = QColor(faint)
        grid.setAlphaF(0.35)
        for tick in ticks:
            y = self.y_of(tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(self._plot.left(), y), QPointF(self._plot.right(), y))
            painter.setPen(faint)
            painter.drawText(
                QRectF(area.left(), y - line_h / 2, axis_w - 6, line_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                _number(tick),
            )
        self._paint_labels(painter, metrics, faint)
        if self.is_empty():
            painter.setPen(faint)
            painter.drawText(self._plot, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            return
        self.paint_data(painter)

    def _paint_legend(
        self, painter: QPainter, area: QRectF, metrics: QFontMetricsF, text: QColor
    ) -> None:
        x = area.left()
        for s in self.series:
            swatch = QRectF(
                x,
                area.top() + (metrics.height() - LEGEND_SWATCH_PX) / 2,
                LEGEND_SWATCH_PX,
                LEGEND_SWATCH_PX,
            )
            painter.fillRect(swatch, QColor(s.colour))
            x += LEGEND_SWATCH_PX + 5
            painter.setPen(text)
            width = metrics.horizontalAdvance(s.name)
            painter.drawText(
                QRectF(x, area.top(), width + 2, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                s.name,
            )
            x += width + 16

    def _paint_labels(self, painter: QPainter, metrics: QFontMetricsF, colour: QColor) -> None:
        if not self.labels:
            return
        slot = self._plot.width() / len(self.labels)
        # Thin the labels out when they would collide (a month of days).
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + 6
        every = max(1, math.ceil(widest / slot))
        painter.setPen(colour)
        for i, label in enumerate(self.labels):
            if i % every:
                continue
            rect = QRectF(
                self._plot.left() + i * slot + slot / 2 - widest / 2,
                self._plot.bottom() + 4,
                widest,
                metrics.height(),
            )
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)

    def y_of(self, value: float) -> float:
        return self._plot.bottom() - (value / self._top) * self._plot.height()

    def slot_rect(self, index: int) -> QRectF:
        slot = self._plot.width() / max(1, len(self.labels))
        return QRectF(self._plot.left() + index * slot, self._plot.top(), slot, self._plot.height())

    def paint_data(self, painter: QPainter) -> None:
        raise NotImplementedError

    # -- tooltips: the values of the slot under the pointer ---------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index is None or self.is_empty():
                QToolTip.hideText()
            else:
                lines = [self.labels[index]] + [
                    f"{s.name}: {_number(s.values[index])}{self.unit}" for s in self.series
                ]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            return True
        return super().event(event)

    def index_at(self, point: QPointF) -> int | None:
        if not self.labels or not self._plot.contains(point):
            return None
        slot = self._plot.width() / len(self.labels)
        return min(len(self.labels) - 1, int((point.x() - self._plot.left()) // slot))


class BarChart(Chart):
    """One bar per series in every slot (grouped), rounded at the top."""

    def paint_data(self, painter: QPainter) -> None:
        count = len(self.series)
        for i in range(len(self.labels)):
            slot = self.slot_rect(i)
            group_w = min(slot.width() * 0.72, MAX_BAR_PX * count)
            bar_w = group_w / count
            left = slot.center().x() - group_w / 2
            for k, s in enumerate(self.series):
                value = s.values[i]
                if value <= 0:
                    continue
                top = self.y_of(value)
                rect = QRectF(
                    left + k * bar_w + 0.5, top, max(1.0, bar_w - 1), self._plot.bottom() - top
                )
                path = QPainterPath()
                radius = min(3.0, rect.width() / 2, rect.height())
                path.addRoundedRect(rect.adjusted(0, 0, 0, radius), radius, radius)
                painter.save()
                painter.setClipRect(rect)
                painter.fillPath(path, QColor(s.colour))
                painter.restore()


class LineChart(Chart):
    """A line with dots per series; slots are the x positions."""

    def paint_data(self, painter: QPainter) -> None:
        base = self.palette().color(QPalette.ColorRole.Base)
        for s in self.series:
            colour = QColor(s.colour)
            points = [
                QPointF(self.slot_rect(i).center().x(), self.y_of(v))
                for i, v in enumerate(s.values)
            ]
            painter.setPen(QPen(colour, 2.0))
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setPen(QPen(colour, 2.0))
            painter.setBrush(base)
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
