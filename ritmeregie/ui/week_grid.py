"""The week side by side: one column per day, time running down, each block in its kind's colour
(the managers' layers in their layer colour, washed), a head per day with its free focus time and
a mark on an overfull day, and the must-do's planned for the day under it.

Painted in one widget (no child per block): a week holds a few hundred blocks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.week import WeekDay
from ritmeregie.services.vocabulary import display_title, weekday_name

from .palette import block_colour, text_colour_on

HOUR_PX = 46
HEAD_PX = 58
AXIS_PX = 44
COLUMN_MIN_PX = 120
OVERFULL_COLOUR = "#C0392B"
FIRST_HOUR, LAST_HOUR = 8, 18  # widened to fit what the week holds


@dataclass(frozen=True, slots=True)
class GridDay:
    day: WeekDay
    must_dos: tuple[str, ...]
    blocks: tuple[Block, ...]  # what to draw (hidden layers left out)


def day_head(date: dt.date) -> str:
    """'Maandag 29-3': a head, so capitalised (the Dutch weekday names are lower case)."""
    name = weekday_name(date)
    return f"{name[:1].upper()}{name[1:]} {date.day}-{date.month}"


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


class WeekGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[GridDay, ...] = ()
        self._today: dt.date | None = None
        self._layer_colours: dict[str, str] = {}
        self._hours = (FIRST_HOUR, LAST_HOUR)
        self._rects: list[tuple[QRectF, Block]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Week overview"))

    def set_week(
        self,
        days: tuple[GridDay, ...],
        layer_colours: dict[str, str],
        today: dt.date | None = None,
    ) -> None:
        self._days = days
        self._today = today
        self._layer_colours = layer_colours
        first, last = FIRST_HOUR, LAST_HOUR
        for grid_day in days:
            for b in grid_day.blocks:
                if not b.all_day:
                    first = min(first, b.start.hour)
                    last = max(last, b.end.hour + (1 if b.end.minute else 0))
        self._hours = (first, min(last, 24))
        self.updateGeometry()
        self.update()

    def days(self) -> tuple[GridDay, ...]:
        return self._days

    def _must_do_px(self) -> int:
        most = max((len(d.must_dos) for d in self._days), default=0)
        return (most + 1) * (self.fontMetrics().height() + 4) + 8

    def sizeHint(self) -> QSize:
        hours = self._hours[1] - self._hours[0]
        width = AXIS_PX + max(len(self._days), 1) * COLUMN_MIN_PX
        return QSize(width, HEAD_PX + hours * HOUR_PX + self._must_do_px())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # --- geometry -------------------------------------------------------------------------------

    def _column(self, index: int) -> QRectF:
        width = (self.width() - AXIS_PX - 8) / max(len(self._days), 1)
        top = HEAD_PX
        height = (self._hours[1] - self._hours[0]) * self._hour_px()
        return QRectF(AXIS_PX + index * width, top, width, height)

    def _hour_px(self) -> float:
        """At least HOUR_PX; taller when the window has room, so short blocks keep a title."""
        hours = max(self._hours[1] - self._hours[0], 1)
        return max(HOUR_PX, (self.height() - HEAD_PX - self._must_do_px()) / hours)

    def _y(self, moment: dt.datetime) -> float:
        minutes = (moment.hour - self._hours[0]) * 60 + moment.minute
        return HEAD_PX + minutes * self._hour_px() / 60

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = pal.color(QPalette.ColorRole.Mid)
        self._rects = []
        # Hour lines and labels, on whole hours.
        for hour in range(self._hours[0], self._hours[1] + 1):
            y = HEAD_PX + (hour - self._hours[0]) * self._hour_px()
            painter.setPen(QPen(faint, 0.6))
            painter.drawLine(QPointF(AXIS_PX - 4, y), QPointF(self.width() - 8, y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 9, AXIS_PX - 8, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        for index, grid_day in enumerate(self._days):
            column = self._column(index)
            self._paint_head(painter, grid_day, column)
            # Her own plan first, the managers' layers over its right half.
            for block in sorted(grid_day.blocks, key=lambda b: b.source is not None):
                self._paint_block(painter, block, column)
            self._paint_must_dos(painter, grid_day, column)
        painter.end()

    def _paint_head(self, painter: QPainter, grid_day: GridDay, column: QRectF) -> None:
        day = grid_day.day
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        over = bool(day.overfull)
        painter.setPen(
            QColor(OVERFULL_COLOUR) if over else self.palette().color(QPalette.ColorRole.WindowText)
        )
        name = day_head(day.date)
        if day.date == self._today:
            # Today's head sits on a soft band of the highlight colour: "you are here".
            band = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            band.setAlphaF(0.15)
            painter.fillRect(column.adjusted(0, -HEAD_PX + 2, 0, -column.height() - 4), band)
        painter.drawText(
            column.adjusted(4, -HEAD_PX + 4, -4, 0).toRect(),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            name,
        )
        painter.setFont(self.font())
        line = self.tr("free {time}").format(time=hours_text(day.free_focus_minutes))
        if over:
            line = self.tr("overfull · free {time}").format(time=hours_text(day.free_focus_minutes))
        all_day = [b.title for b in grid_day.blocks if b.all_day]
        if all_day:
            line += " · " + ", ".join(all_day)
        metrics = self.fontMetrics()
        painter.drawText(
            QRectF(
                column.left() + 4,
                column.top() - HEAD_PX + 8 + metrics.height(),
                column.width() - 8,
                metrics.height() * 2 + 2,
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(column.width() - 8)),
        )

    def _paint_block(self, painter: QPainter, block: Block, column: QRectF) -> None:
        if block.all_day or block.kind is BlockKind.RESET:
            return
        top, bottom = self._y(block.start), self._y(block.end)
        rect = QRectF(column.left() + 3, top + 1, column.width() - 6, max(bottom - top - 2, 3))
        layer = block.source is not None and block.kind is BlockKind.BUSY
        fill = QColor(self._layer_colours.get(block.source or "", "")) if layer else None
        if fill is None or not fill.isValid():
            fill = block_colour(block.kind)
        if layer:
            fill.setAlphaF(0.45 if block.blocking else 0.25)
            rect.setLeft(rect.left() + rect.width() / 2)  # a layer sits beside her own plan
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        self._rects.append((rect, block))
        font = QFont(self.font())
        if rect.height() < self.fontMetrics().height():
            font.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if rect.height() >= metrics.height() - 3:
            painter.setPen(
                text_colour_on(fill)
                if not layer
                else self.palette().color(QPalette.ColorRole.WindowText)
            )
            label = display_title(block)
            painter.drawText(
                rect.adjusted(4, 0, -2, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(rect.width() - 6)),
            )
        painter.setFont(self.font())

    def _paint_must_dos(self, painter: QPainter, grid_day: GridDay, column: QRectF) -> None:
        metrics = self.fontMetrics()
        y = column.bottom() + 8
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for title in grid_day.must_dos:
            painter.drawText(
                QRectF(column.left() + 4, y, column.width() - 8, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(
                    "☐ " + title, Qt.TextElideMode.ElideRight, int(column.width() - 8)
                ),
            )
            y += metrics.height() + 4

    # --- tooltips: a short block keeps its title ------------------------------------------------

    def block_at(self, point: QPointF) -> Block | None:
        for rect, block in self._rects:
            if rect.contains(point):
                return block
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
                event.ignore()
                return True
            when = f"{block.start:%H:%M}–{block.end:%H:%M}"
            source = f" ({block.source})" if block.source else ""
            QToolTip.showText(event.globalPos(), f"{when}  {display_title(block)}{source}", self)
            return True
        return super().event(event)
