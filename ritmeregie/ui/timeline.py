"""The day as a vertical timeline: hour labels, one rounded block per plan block, a now-line.

Positions are computed on UTC instants (minutes since the view's start), so a 23- or 25-hour
day needs no special case; only the labels are local wall-clock times. The widget paints what
it is given (`set_day`, `set_now`) and never reads a clock itself.

Imported calendars are layers: each in its own colour (`set_layers`), light and outlined so the own
day stays the stronger picture, hatched when the layer only gives context (not blocking), with a
dashed outline and the word "tentative" when the event is tentative. All-day events sit in a band
above the hours instead of filling the whole day. A hidden layer is simply not drawn.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.services.vocabulary import display_title

from .palette import BLOCK_COLOURS, block_colour, kind_text_colour, paused_colour, text_colour_on

MIN_PX_PER_MINUTE = 1.4
MARGIN_MINUTES = 30
LABEL_WIDTH_PX = 52
SIDE_PAD_PX = 10
LANE_GAP_PX = 4
RADIUS_PX = 5.0
RESET_BAR_PX = 4.0
# A warm red that reads on light and dark panels alike and is no block kind's colour.
NOW_LINE_COLOUR = "#D64541"
LAYER_FILL_ALPHA = 0.45  # a blocking layer: clearly there, still lighter than the own agenda
CONTEXT_FILL_ALPHA = 0.18  # a context layer: a wash under its hatching
HATCH_ALPHA = 0.6
ALL_DAY_GAP_PX = 4


def time_range(block: Block) -> str:
    return f"{block.start.strftime('%H:%M')}–{block.end.strftime('%H:%M')}"


def layer_note(block: Block) -> str:
    """'Directie, tentative': which layer an imported block belongs to (empty for own blocks)."""
    if block.source is None or block.kind is not BlockKind.BUSY:
        return ""
    parts = [block.source]
    if block.tentative:
        parts.append(QCoreApplication.translate("TimelineWidget", "tentative"))
    if not block.blocking:
        parts.append(QCoreApplication.translate("TimelineWidget", "context"))
    return ", ".join(parts)


def block_label(block: Block) -> str:
    """'08:40-09:30 Focus block' (with an en dash): tooltips, accessible descriptions and the tests.

    Imported blocks add their layer: '10:00-11:00 MT-overleg (Directie, tentative)'."""
    if block.all_day:
        all_day = QCoreApplication.translate("TimelineWidget", "All day")
        text = f"{all_day} {display_title(block)}"
    else:
        text = f"{time_range(block)} {display_title(block)}"
    note = layer_note(block)
    return f"{text} ({note})" if note else text


def view_range(
    blocks: tuple[Block, ...],
    work: tuple[dt.datetime, dt.datetime] | None,
    fallback: tuple[dt.datetime, dt.datetime],
) -> tuple[dt.datetime, dt.datetime]:
    """Work hours with half an hour either side, widened to every block (agenda items outside
    work hours included); `fallback` for a day without work hours or blocks."""
    margin = dt.timedelta(minutes=MARGIN_MINUTES)
    start, end = (work[0] - margin, work[1] + margin) if work else fallback
    for block in blocks:
        if block.all_day:
            continue  # shown in the band above the hours, not as a whole day of timeline
        if block.start < start:
            start = _floor_half_hour(block.start - dt.timedelta(minutes=15))
        if block.end > end:
            end = _ceil_half_hour(block.end + dt.timedelta(minutes=15))
    return start, end


def _floor_half_hour(instant: dt.datetime) -> dt.datetime:
    return instant.replace(minute=instant.minute - instant.minute % 30, second=0, microsecond=0)


def _ceil_half_hour(instant: dt.datetime) -> dt.datetime:
    floor = _floor_half_hour(instant)
    return floor if floor == instant else floor + dt.timedelta(minutes=30)


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class _Placed:
    block: Block
    lane: int
    lanes: int


def _lanes(blocks: tuple[Block, ...]) -> list[_Placed]:
    """Side-by-side lanes for overlapping blocks (a busy layer under a focus block, say)."""
    placed: list[_Placed] = []
    cluster: list[tuple[Block, int]] = []
    cluster_end: dt.datetime | None = None
    lane_ends: list[dt.datetime] = []

    def flush() -> None:
        width = max((lane for _, lane in cluster), default=-1) + 1
        placed.extend(_Placed(block, lane, width) for block, lane in cluster)

    for block in sorted(blocks, key=lambda b: (_utc(b.start), _utc(b.end))):
        start, end = _utc(block.start), _utc(block.end)
        if cluster_end is not None and start >= cluster_end:
            flush()
            cluster, lane_ends = [], []
        lane = next((i for i, e in enumerate(lane_ends) if e <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((block, lane))
        cluster_end = end if cluster_end is None or start >= cluster_end else max(cluster_end, end)
    flush()
    return placed


class TimelineWidget(QWidget):
    block_activated = Signal(object)  # Block: Enter or double-click
    block_selected = Signal(object)  # Block | None: the keyboard/mouse selection moved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placed: list[_Placed] = []
        self._given: tuple[Block, ...] = ()
        self._all_day: list[Block] = []
        self._layer_colours: dict[str, str] = {}
        self._hidden: frozenset[str] = frozenset()
        self._start = dt.datetime(2000, 1, 1, 8, tzinfo=dt.UTC)
        self._end = self._start + dt.timedelta(hours=10)
        self._tz: dt.tzinfo = dt.UTC
        self._now: dt.datetime | None = None
        self._paused_until: dt.datetime | None = None
        self._selected: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.tr("Timeline of today"))
        self._update_minimum()

    # --- data in --------------------------------------------------------------------------------

    def set_day(
        self, blocks: tuple[Block, ...], start: dt.datetime, end: dt.datetime, tz: dt.tzinfo
    ) -> None:
        self._given = blocks
        self._start, self._end, self._tz = start, end, tz
        self._arrange()

    def set_layers(self, colours: dict[str, str], hidden: frozenset[str] = frozenset()) -> None:
        """Each imported layer's colour (by name) and the layers the legend switched off."""
        self._layer_colours = dict(colours)
        self._hidden = frozenset(hidden)
        self._arrange()

    def _arrange(self) -> None:
        previous = self.selected_block()
        shown = [
            b
            for b in self._given
            if not (b.kind is BlockKind.BUSY and b.source is not None and b.source in self._hidden)
        ]
        self._all_day = [b for b in shown if b.all_day]
        self._placed = _lanes(tuple(b for b in shown if not b.all_day))
        self._selected = None
        if previous is not None:
            self._selected = self._index_of(previous)
        self._update_minimum()
        self._describe()
        self.update()

    def set_now(self, now: dt.datetime, paused_until: dt.datetime | None = None) -> None:
        self._now = now.astimezone(self._tz)
        self._paused_until = paused_until
        self.update()

    # --- queries (the window and the tests) ----------------------------------------------------

    def blocks(self) -> tuple[Block, ...]:
        """The blocks drawn (hidden layers left out): on the hours, then the all-day band."""
        return tuple(p.block for p in self._placed) + tuple(self._all_day)

    def all_day_blocks(self) -> tuple[Block, ...]:
        return tuple(self._all_day)

    def layer_colour(self, block: Block) -> QColor:
        """The colour a block is drawn in: its layer's, or its kind's for the own day."""
        if block.kind is BlockKind.BUSY and block.source is not None:
            return QColor(self._layer_colours.get(block.source, BLOCK_COLOURS[BlockKind.BUSY]))
        return block_colour(block.kind)

    def selected_block(self) -> Block | None:
        return None if self._selected is None else self._placed[self._selected].block

    def select_block(self, block: Block | None) -> None:
        index = None if block is None else self._index_of(block)
        self._set_selected(index)

    def px_per_minute(self) -> float:
        minutes = max(1.0, self._minutes(self._end))
        return max(MIN_PX_PER_MINUTE, (self.height() - 2 * self._pad() - self._band()) / minutes)

    def y_for(self, instant: dt.datetime) -> float:
        return self._band() + self._pad() + self._minutes(instant) * self.px_per_minute()

    def now_y(self) -> float | None:
        return None if self._now is None else self.y_for(self._now)

    def block_rect(self, block: Block) -> QRectF:
        index = self._index_of(block)
        if index is None:
            return QRectF()
        return self._rect(self._placed[index])

    # --- geometry -------------------------------------------------------------------------------

    def _minutes(self, instant: dt.datetime) -> float:
        return (_utc(instant) - _utc(self._start)).total_seconds() / 60

    def _pad(self) -> float:
        return self.fontMetrics().height() / 2 + 4

    def _band(self) -> float:
        """Height of the all-day band above the hours (none without all-day events)."""
        if not self._all_day:
            return 0.0
        lines = 1 if self._all_day_label_fits() else 2
        return self.fontMetrics().height() * lines + 12 + ALL_DAY_GAP_PX

    def _all_day_label_fits(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.tr("All day")) <= LABEL_WIDTH_PX - 8

    def all_day_rect(self, block: Block) -> QRectF:
        try:
            index = self._all_day.index(block)
        except ValueError:
            return QRectF()
        left = LABEL_WIDTH_PX + SIDE_PAD_PX
        width = self.width() - left - SIDE_PAD_PX
        count = len(self._all_day)
        chip = (width - LANE_GAP_PX * (count - 1)) / count
        height = self._band() - ALL_DAY_GAP_PX - 2
        return QRectF(left + index * (chip + LANE_GAP_PX), 2, chip, height)

    def _update_minimum(self) -> None:
        minutes = max(1.0, self._minutes(self._end))
        self.setMinimumHeight(int(minutes * MIN_PX_PER_MINUTE + 2 * self._pad() + self._band()))
        self.setMinimumWidth(LABEL_WIDTH_PX + 2 * SIDE_PAD_PX + 160)

    def sizeHint(self) -> QSize:
        return QSize(420, self.minimumHeight())

    def _rect(self, placed: _Placed) -> QRectF:
        left = LABEL_WIDTH_PX + SIDE_PAD_PX
        width = self.width() - left - SIDE_PAD_PX
        lane_width = (width - LANE_GAP_PX * (placed.lanes - 1)) / placed.lanes
        x = left + placed.lane * (lane_width + LANE_GAP_PX)
        top = self.y_for(placed.block.start)
        bottom = self.y_for(placed.block.end)
        # One pixel of air between touching blocks keeps them apart without looking gappy.
        return QRectF(x, top + 0.5, lane_width, max(2.0, bottom - top - 1.0))

    def _index_of(self, block: Block) -> int | None:
        for index, placed in enumerate(self._placed):
            if placed.block == block:
                return index
        for index, placed in enumerate(self._placed):
            b = placed.block
            if b.agenda_id is not None and b.agenda_id == block.agenda_id:
                return index
            if (b.kind, b.start) == (block.kind, block.start):
                return index
        return None

    def _index_at(self, point: QPointF) -> int | None:
        for index in reversed(range(len(self._placed))):
            if self._rect(self._placed[index]).adjusted(0, -1, 0, 1).contains(point):
                return index
        return None

    # --- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_hours(painter)
        self._paint_all_day(painter)
        for index, placed in enumerate(self._placed):
            self._paint_block(painter, placed, selected=index == self._selected)
        self._paint_now(painter)
        painter.end()

    def _paint_hours(self, painter: QPainter) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.PlaceholderText)
        line = QColor(pal.color(QPalette.ColorRole.Text))
        line.setAlphaF(0.12)
        metrics = self.fontMetrics()
        # The now-pill sits in the label column; an hour label it would half cover is left out.
        now_y = self._now_y_in_view()
        for hour in self.hour_marks():
            y = self.y_for(hour)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(LABEL_WIDTH_PX, y), QPointF(self.width() - SIDE_PAD_PX, y))
            if now_y is not None and abs(y - now_y) < metrics.height() + 4:
                continue
            painter.setPen(text)
            label = hour.astimezone(self._tz).strftime("%H:%M")
            box = QRectF(0, y - metrics.height() / 2, LABEL_WIDTH_PX - 8, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )

    def hour_marks(self) -> list[dt.datetime]:
        """The whole local hours in view. Found on the local clock, not on UTC: in a zone half an
        hour off UTC (or a view starting at 08:30) a whole UTC hour is not a whole local hour."""
        marks: list[dt.datetime] = []
        end = _utc(self._end)
        moment = _utc(self._start)
        while moment <= end:
            local = moment.astimezone(self._tz)
            whole = local.replace(minute=0, second=0, microsecond=0)
            if whole < local:
                moment += dt.timedelta(minutes=60 - local.minute) - dt.timedelta(
                    seconds=local.second, microseconds=local.microsecond
                )
                continue
            marks.append(moment)
            moment += dt.timedelta(hours=1)
        return marks

    def _now_y_in_view(self) -> float | None:
        if self._now is None or not _utc(self._start) <= _utc(self._now) <= _utc(self._end):
            return None
        return self.y_for(self._now)

    def _paint_all_day(self, painter: QPainter) -> None:
        if not self._all_day:
            return
        metrics = self.fontMetrics()
        first = self.all_day_rect(self._all_day[0])
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        # "Hele dag" does not fit the hour column on one line: it wraps (the band is two lines
        # high then) instead of being cut to "Hele …".
        painter.drawText(
            QRectF(0, first.top(), LABEL_WIDTH_PX - 8, first.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            self.tr("All day"),
        )
        for block in self._all_day:
            rect = self.all_day_rect(block)
            self._paint_layer_shape(painter, rect, block)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            inner = rect.adjusted(8, 0, -8, 0)
            note = layer_note(block)
            text = f"{display_title(block)} · {note}" if note else display_title(block)
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
            )

    def _paint_layer_shape(self, painter: QPainter, rect: QRectF, block: Block) -> None:
        """An imported event: a light wash of its layer's colour, hatched when it is context
        only, outlined (dashed when tentative)."""
        colour = self.layer_colour(block)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS_PX, RADIUS_PX)
        fill = QColor(colour)
        alpha = LAYER_FILL_ALPHA if block.blocking else CONTEXT_FILL_ALPHA
        fill.setAlphaF(alpha / 2 if block.tentative else alpha)
        painter.fillPath(path, fill)
        if not block.blocking:
            hatch = QColor(colour)
            hatch.setAlphaF(HATCH_ALPHA)
            painter.fillPath(path, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        pen = QPen(colour, 1.5 if block.tentative else 1.0)
        if block.tentative:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _is_paused(self, block: Block) -> bool:
        if self._paused_until is None or self._now is None:
            return False
        return _utc(block.start) < _utc(self._paused_until) and _utc(block.end) > _utc(self._now)

    def _paint_block(self, painter: QPainter, placed: _Placed, *, selected: bool) -> None:
        block = placed.block
        rect = self._rect(placed)
        colour = block_colour(block.kind)
        paused = self._is_paused(block)
        light = block.kind is BlockKind.BUSY or not block.blocking
        if block.kind is BlockKind.BUSY and block.source is not None:
            self._paint_layer_shape(painter, rect, block)
            text = self.palette().color(QPalette.ColorRole.Text)
            self._paint_text(painter, rect, block, text)
        elif block.kind is BlockKind.RESET:
            bar = QRectF(
                rect.left(), rect.center().y() - RESET_BAR_PX / 2, rect.width(), RESET_BAR_PX
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(paused_colour(block.kind) if paused else colour)
            painter.drawRoundedRect(bar, RESET_BAR_PX / 2, RESET_BAR_PX / 2)
        else:
            path = QPainterPath()
            path.addRoundedRect(rect, RADIUS_PX, RADIUS_PX)
            fill = QColor(colour)
            if paused:
                fill = paused_colour(block.kind)
            elif light:
                fill.setAlphaF(0.30)
            painter.fillPath(path, fill)
            if light:
                hatch = QColor(colour)
                hatch.setAlphaF(0.55)
                painter.fillPath(path, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(colour, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            on_fill = (
                self.palette().color(QPalette.ColorRole.Text)
                if paused or light
                else kind_text_colour(block.kind)
            )
            self._paint_text(painter, rect, block, on_fill)
        if selected:
            outline = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(outline, 2.5 if self.hasFocus() else 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), RADIUS_PX + 2, RADIUS_PX + 2)

    def _paint_text(self, painter: QPainter, rect: QRectF, block: Block, colour: QColor) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        metrics = self.fontMetrics()
        inner = rect.adjusted(8, 1, -8, -1)
        if inner.height() < metrics.height() - 3:
            # A short meeting keeps its title, in a smaller font; shorter still, the tooltip,
            # the description and the agenda list carry it.
            small = QFont(bold)
            small.setPointSizeF(max(6.0, bold.pointSizeF() * 0.75))
            small_metrics = QFontMetrics(small)
            if inner.height() < small_metrics.height() - 4:
                return
            painter.setPen(colour)
            painter.setFont(small)
            text = f"{display_title(block)}  {time_range(block)}"
            painter.drawText(
                inner.adjusted(0, -2, 0, 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            painter.setFont(self.font())
            return
        title = display_title(block)
        times = time_range(block)
        note = layer_note(block)
        if note:
            times = f"{times} · {note}"
        painter.setPen(colour)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if inner.height() >= bold_metrics.height() + metrics.height() + 2:
            box = inner.adjusted(0, 3, 0, 0)
            painter.setFont(bold)
            elided = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(box.width()))
            painter.drawText(box, align, elided)
            painter.setFont(self.font())
            box.setTop(box.top() + bold_metrics.height())
            # A layer's note makes this line long: in a half-width column it must end in "…".
            elided = metrics.elidedText(times, Qt.TextElideMode.ElideRight, int(box.width()))
            painter.drawText(box, align, elided)
            return
        # One line: time range first (it never needs eliding), then the title.
        painter.setFont(self.font())
        time_width = metrics.horizontalAdvance(times + "  ")
        vcenter = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(inner, vcenter, times)
        painter.setFont(bold)
        rest = inner.adjusted(time_width, 0, 0, 0)
        elided = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(rest.width()))
        painter.drawText(rest, vcenter, elided)
        painter.setFont(self.font())

    def _paint_now(self, painter: QPainter) -> None:
        if self._now is None or not _utc(self._start) <= _utc(self._now) <= _utc(self._end):
            return
        paused = self._paused_until is not None and _utc(self._now) < _utc(self._paused_until)
        colour = (
            self.palette().color(QPalette.ColorRole.PlaceholderText)
            if paused
            else QColor(NOW_LINE_COLOUR)
        )
        y = self.y_for(self._now)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(LABEL_WIDTH_PX, y), QPointF(self.width() - SIDE_PAD_PX / 2, y))
        # The time in a pill over the hour labels, so the line never hides a label for long.
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        label = self._now.strftime("%H:%M")
        pill = QRectF(2, y - metrics.height() / 2 - 2, LABEL_WIDTH_PX - 4, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(bold)
        painter.setPen(text_colour_on(colour))
        if paused:
            # A pause mark instead of a dot: two short bars at the line's start.
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            for dx in (0.0, 6.0):
                painter.drawRect(QRectF(LABEL_WIDTH_PX + 2 + dx, y - 7, 3.5, 14))
        else:
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(LABEL_WIDTH_PX + 2, y), 4, 4)
        painter.setFont(self.font())

    # --- interaction ----------------------------------------------------------------------------

    def _set_selected(self, index: int | None) -> None:
        if index == self._selected:
            return
        self._selected = index
        self._describe()
        self.update()
        self.block_selected.emit(self.selected_block())

    def _describe(self) -> None:
        block = self.selected_block()
        self.setAccessibleDescription(block_label(block) if block is not None else "")

    def _index_now(self) -> int | None:
        if not self._placed:
            return None
        if self._now is not None:
            moment = _utc(self._now)
            for index, placed in enumerate(self._placed):
                if _utc(placed.block.end) > moment:
                    return index
        return 0

    def select_now(self) -> None:
        """Select the block running now (or the next one): Home in Vandaag on today."""
        if self._placed:
            self._set_selected(self._index_now())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self._placed)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and count:
            if self._selected is None:
                self._set_selected(self._index_now())
            else:
                step = -1 if key == Qt.Key.Key_Up else 1
                self._set_selected(max(0, min(count - 1, self._selected + step)))
        elif key == Qt.Key.Key_Home and count:
            self._set_selected(self._index_now())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.block_activated.emit(self.selected_block())
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._set_selected(self._index_at(event.position()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if index is not None:
            self._set_selected(index)
            self.block_activated.emit(self._placed[index].block)
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            index = self._index_at(point)
            all_day = [b for b in self._all_day if self.all_day_rect(b).contains(point)]
            if index is not None:
                QToolTip.showText(event.globalPos(), block_label(self._placed[index].block), self)
            elif all_day:
                QToolTip.showText(event.globalPos(), block_label(all_day[0]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
