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

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
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
from PySide6.QtWidgets import QToolTip, QWidget

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.services.vocabulary import display_title

from .palette import block_colour, kind_text_colour, paused_colour, text_colour_on
from .timeline_geometry import (
    LABEL_WIDTH_PX,
    SIDE_PAD_PX,
    Placed,
    TimelineBase,
    block_label,
    layer_note,
    time_range,
    utc,
)

RADIUS_PX = 5.0
RESET_BAR_PX = 4.0
# A warm red that reads on light and dark panels alike and is no block kind's colour.
NOW_LINE_COLOUR = "#D64541"
LAYER_FILL_ALPHA = 0.45  # a blocking layer: clearly there, still lighter than the own agenda
CONTEXT_FILL_ALPHA = 0.18  # a context layer: a wash under its hatching
HATCH_ALPHA = 0.6


class TimelineWidget(TimelineBase):
    block_activated = Signal(object)  # Block: Enter or double-click
    block_selected = Signal(object)  # Block | None: the keyboard/mouse selection moved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline of today"))

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

    def _paint_block(self, painter: QPainter, placed: Placed, *, selected: bool) -> None:
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
        if self._now is None or not utc(self._start) <= utc(self._now) <= utc(self._end):
            return
        paused = self._paused_until is not None and utc(self._now) < utc(self._paused_until)
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

    def _index_now(self) -> int | None:
        if not self._placed:
            return None
        if self._now is not None:
            moment = utc(self._now)
            for index, placed in enumerate(self._placed):
                if utc(placed.block.end) > moment:
                    return index
        return 0

    def select_block(self, block: Block | None) -> None:
        index = None if block is None else self._index_of(block)
        self._set_selected(index)

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
