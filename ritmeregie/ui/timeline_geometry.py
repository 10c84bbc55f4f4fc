"""The timeline's arithmetic: the view's range, lanes for overlapping blocks, each block's
rectangle, and the words a block is known by (tooltips, accessible descriptions, the tests).

Positions are computed on UTC instants (minutes since the view's start); see timeline.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.services.vocabulary import display_title

from .palette import BLOCK_COLOURS, block_colour

MIN_PX_PER_MINUTE = 1.4
MARGIN_MINUTES = 30
LABEL_WIDTH_PX = 52
SIDE_PAD_PX = 10
LANE_GAP_PX = 4
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


def utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Placed:
    block: Block
    lane: int
    lanes: int


def _lanes(blocks: tuple[Block, ...]) -> list[Placed]:
    """Side-by-side lanes for overlapping blocks (a busy layer under a focus block, say)."""
    placed: list[Placed] = []
    cluster: list[tuple[Block, int]] = []
    cluster_end: dt.datetime | None = None
    lane_ends: list[dt.datetime] = []

    def flush() -> None:
        width = max((lane for _, lane in cluster), default=-1) + 1
        placed.extend(Placed(block, lane, width) for block, lane in cluster)

    for block in sorted(blocks, key=lambda b: (utc(b.start), utc(b.end))):
        start, end = utc(block.start), utc(block.end)
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


class TimelineBase(QWidget):
    """The timeline's data and geometry: which blocks, in which lane, at which y (no painting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placed: list[Placed] = []
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

    def hour_marks(self) -> list[dt.datetime]:
        """The whole local hours in view. Found on the local clock, not on UTC: in a zone half an
        hour off UTC (or a view starting at 08:30) a whole UTC hour is not a whole local hour."""
        marks: list[dt.datetime] = []
        end = utc(self._end)
        moment = utc(self._start)
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

    # --- geometry -------------------------------------------------------------------------------

    def _minutes(self, instant: dt.datetime) -> float:
        return (utc(instant) - utc(self._start)).total_seconds() / 60

    def _pad(self) -> float:
        return self.fontMetrics().height() / 2 + 4

    def _band(self) -> float:
        """Height of the all-day band above the hours (none without all-day events)."""
        if not self._all_day:
            return 0.0
        lines = 1 if self._all_day_label_fits() else 2
        return self.fontMetrics().height() * lines + 12 + ALL_DAY_GAP_PX

    def _all_day_label_fits(self) -> bool:
        return (
            self.fontMetrics().horizontalAdvance(
                QCoreApplication.translate("TimelineWidget", "All day")
            )
            <= LABEL_WIDTH_PX - 8
        )

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

    def _rect(self, placed: Placed) -> QRectF:
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

    def _now_y_in_view(self) -> float | None:
        if self._now is None or not utc(self._start) <= utc(self._now) <= utc(self._end):
            return None
        return self.y_for(self._now)

    def _is_paused(self, block: Block) -> bool:
        if self._paused_until is None or self._now is None:
            return False
        return utc(block.start) < utc(self._paused_until) and utc(block.end) > utc(self._now)

    def _describe(self) -> None:
        block = self.selected_block()
        self.setAccessibleDescription(block_label(block) if block is not None else "")
