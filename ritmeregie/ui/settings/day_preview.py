"""A day of the rhythm as one painted strip: rituals, focus blocks and resets side by side in time.

The settings page shows the weekday being edited; the welcome shows the default day. The plan is
made by the real planner (no agenda) on a reference date without a clock change, in UTC, so the
strip shows wall-clock times exactly as the template says them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ritmeregie.domain.localtime import DEFAULT_DAY_BOUNDARY
from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import RhythmTemplate
from ritmeregie.platform.i18n import format_time
from ritmeregie.services.vocabulary import display_title, kind_name

from ..palette import block_colour, text_colour_on

# Monday 4 January 2027: a week far from any clock change.
REFERENCE_MONDAY = dt.date(2027, 1, 4)
BAR_PX = 30
TICK_PX = 4
SIDE_PX = 6
RADIUS_PX = 4.0
SWATCH_PX = 10
LEGEND_GAP_PX = 14
MIN_LABEL_PX = 26  # a block narrower than this carries no text
# Generated blocks first, then the rituals in the order a day meets them.
LEGEND_ORDER = (
    BlockKind.FOCUS,
    BlockKind.RESET,
    BlockKind.DAGSTART,
    BlockKind.WEEKLY_REVIEW,
    BlockKind.INBOX,
    BlockKind.LUNCH,
    BlockKind.REPORT,
    BlockKind.CALL,
    BlockKind.FRICTION_FRIDAY,
    BlockKind.QUIET_QUARTER,
    BlockKind.REFLECTION,
)


def reference_date(weekday: int) -> dt.date:
    return REFERENCE_MONDAY + dt.timedelta(days=weekday)


def preview_blocks(template: RhythmTemplate, weekday: int) -> tuple[Block, ...]:
    return plan_day(
        reference_date(weekday), template, (), "UTC", boundary=DEFAULT_DAY_BOUNDARY
    ).blocks


def _short(kind: BlockKind) -> str:
    """A label that fits a narrow block: the kind's first word."""
    return kind_name(kind).split()[0]


class DayPreview(QWidget):
    def __init__(self, parent: QWidget | None = None, *, legend: bool = True) -> None:
        super().__init__(parent)
        self._blocks: tuple[Block, ...] = ()
        self._origin = dt.datetime(2027, 1, 4, tzinfo=dt.UTC)
        self._start = 8 * 60
        self._end = 18 * 60
        self._legend = legend
        self._empty_text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(320)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Preview of the day"))
        self._empty_text = self.tr("No plan on this day.")
        self._describe()
        self.updateGeometry()
        self.update()

    # --- data in --------------------------------------------------------------------------------

    def show_day(self, template: RhythmTemplate, weekday: int) -> None:
        self.set_blocks(preview_blocks(template, weekday))

    def set_blocks(self, blocks: tuple[Block, ...]) -> None:
        self._blocks = blocks
        if blocks:
            self._origin = _midnight(min(b.start for b in blocks))
            first = min(self._minutes(b.start) for b in blocks)
            last = max(self._minutes(b.end) for b in blocks)
            # Whole hours around the day, so the ticks land on the hour.
            self._start = first - first % 60
            self._end = last + (-last % 60)
        self._describe()
        self.updateGeometry()
        self.update()

    def blocks(self) -> tuple[Block, ...]:
        return self._blocks

    def legend_kinds(self) -> list[BlockKind]:
        present = {b.kind for b in self._blocks}
        return [kind for kind in LEGEND_ORDER if kind in present]

    # --- geometry -------------------------------------------------------------------------------

    def _minutes(self, instant: dt.datetime) -> int:
        """Minutes since the day's midnight (past 1440 for a block that ends after it)."""
        return int((instant - self._origin).total_seconds() // 60)

    def _bar(self) -> QRectF:
        return QRectF(SIDE_PX, 2, self.width() - 2 * SIDE_PX, BAR_PX)

    def x_for(self, minutes: float) -> float:
        bar = self._bar()
        span = max(1, self._end - self._start)
        return bar.left() + (minutes - self._start) * bar.width() / span

    def block_rect(self, block: Block) -> QRectF:
        bar = self._bar()
        left = self.x_for(self._minutes(block.start))
        right = self.x_for(self._minutes(block.end))
        if block.kind is BlockKind.RESET:
            return QRectF(left, bar.top() + bar.height() * 0.3, right - left, bar.height() * 0.4)
        return QRectF(left, bar.top(), right - left, bar.height())

    def _legend_rows(self, width: float) -> list[list[tuple[BlockKind, float]]]:
        metrics = QFontMetricsF(self.font())
        rows: list[list[tuple[BlockKind, float]]] = [[]]
        used = 0.0
        for kind in self.legend_kinds():
            item = SWATCH_PX + 6 + metrics.horizontalAdvance(kind_name(kind))
            if rows[-1] and used + LEGEND_GAP_PX + item > width:
                rows.append([])
                used = 0.0
            used += (LEGEND_GAP_PX if rows[-1] else 0) + item
            rows[-1].append((kind, item))
        return rows if rows[0] else []

    def _height_for(self, width: float) -> int:
        line = QFontMetricsF(self.font()).height()
        height = 2 + BAR_PX + TICK_PX + line + 4
        if self._legend and self._blocks:
            height += len(self._legend_rows(width - 2 * SIDE_PX)) * (line + 4) + 6
        return int(height + 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        return QSize(560, self._height_for(560))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self._height_for(320))

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        bar = self._bar()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(bar, RADIUS_PX, RADIUS_PX)
        if not self._blocks:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return
        for block in self._blocks:
            self._paint_block(painter, block)
        self._paint_ticks(painter, bar)
        if self._legend:
            self._paint_legend(painter, bar.bottom() + TICK_PX + self.fontMetrics().height() + 10)
        painter.end()

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        rect = self.block_rect(block).adjusted(0.5, 0, -0.5, 0)
        fill = block_colour(block.kind)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS_PX, RADIUS_PX)
        if block.kind in (BlockKind.FOCUS, BlockKind.RESET) or rect.width() < MIN_LABEL_PX:
            return
        metrics = QFontMetricsF(self.font())
        text = display_title(block)
        if metrics.horizontalAdvance(text) > rect.width() - 6:
            text = _short(block.kind)
        if metrics.horizontalAdvance(text) > rect.width() - 6:
            return
        painter.setPen(text_colour_on(fill))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_ticks(self, painter: QPainter, bar: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        label_width = metrics.horizontalAdvance(format_time(dt.time(22, 0))) + 8
        hours = max(1, (self._end - self._start) // 60)
        step = 1
        while bar.width() / hours * step < label_width:
            step += 1
        mid = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(mid, 1))
        for minute in range(self._start, self._end + 1, 60 * step):
            x = self.x_for(minute)
            painter.drawLine(QPointF(x, bar.bottom() + 1), QPointF(x, bar.bottom() + TICK_PX))
            label = format_time(dt.time((minute // 60) % 24, 0))
            width = metrics.horizontalAdvance(label)
            left = min(max(x - width / 2, 0), self.width() - width)
            painter.drawText(
                QRectF(left, bar.bottom() + TICK_PX, width + 1, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for row_index, row in enumerate(self._legend_rows(self.width() - 2 * SIDE_PX)):
            x = float(SIDE_PX)
            y = top + row_index * (line + 4)
            for kind, width in row:
                swatch = QRectF(x, y + (line - SWATCH_PX) / 2, SWATCH_PX, SWATCH_PX)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(block_colour(kind))
                painter.drawRoundedRect(swatch, 2, 2)
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(x + SWATCH_PX + 6, y, width, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    kind_name(kind),
                )
                x += width + LEGEND_GAP_PX

    # --- words for tooltips and screen readers --------------------------------------------------

    def block_at(self, point: QPointF) -> Block | None:
        for block in self._blocks:
            if self.block_rect(block).contains(point):
                return block
        return None

    def _describe(self) -> None:
        if not self._blocks:
            self.setAccessibleDescription(self._empty_text)
            return
        self.setAccessibleDescription(
            "; ".join(
                f"{format_time(b.start.time())}–{format_time(b.end.time())} {display_title(b)}"
                for b in self._blocks
            )
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
                event.ignore()
            else:
                text = (
                    f"{format_time(block.start.time())}–{format_time(block.end.time())}  "
                    f"{display_title(block)}"
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().event(event)


def _midnight(instant: dt.datetime) -> dt.datetime:
    return instant.replace(hour=0, minute=0, second=0, microsecond=0)
