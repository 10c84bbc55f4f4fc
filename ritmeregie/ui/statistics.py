"""The Statistics window: focus minutes and answered blocks from the nudge log, and the reflection streak.

A week or a month at a time (Previous / Next / This period). The gathering is
services/statistics.py (the counting rules: domain/statistics.py); this window shows the period
and its trend weeks and paints them with ui/charts.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.statistics import Statistics
from ritmeregie.services.statistics import (
    TREND_WEEKS,
    ManagerFocus,
    Span,
    manager_focus,
    period_of,
    period_statistics,
    shifted,
)
from ritmeregie.services.vocabulary import month_name

from .charts import BarChart, LineChart, Series
from .controller import RhythmController
from .palette import BLOCK_COLOURS

if TYPE_CHECKING:
    from .app import RitmeregieApp

STARTED_COLOUR = BLOCK_COLOURS[BlockKind.FOCUS]
SNOOZED_COLOUR = BLOCK_COLOURS[BlockKind.DAGSTART]
SKIPPED_COLOUR = BLOCK_COLOURS[BlockKind.FRICTION_FRIDAY]
MISSED_COLOUR = BLOCK_COLOURS[BlockKind.INBOX]
# Room left for the window's frame and title bar when sizing it to the screen.
TITLE_BAR_PX = 64


class Tile(QFrame):
    """One number with its caption (focus time, blocks started, streak)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel(self)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.setAccessibleName(caption)

    def set_value(self, text: str, detail: str = "") -> None:
        self.value_label.setText(text)
        self.setToolTip(detail)
        self.setAccessibleDescription(f"{text}. {detail}".strip())


class StatisticsWindow(QWidget):
    def __init__(self, controller: RhythmController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.span = Span.WEEK
        self.anchor = controller.today()
        self.stats: Statistics | None = None
        self.setWindowTitle(self.tr("Statistics — ritmeregie"))
        # Tall enough for three charts, never taller than the screen (they shrink to fit).
        available = self.screen().availableGeometry().height() - TITLE_BAR_PX
        self.resize(760, min(900, available))
        self._build()
        self.refresh()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ &Previous"), self)
        self.previous_button.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.next_button = QPushButton(self.tr("&Next ▶"), self)
        self.next_button.setToolTip(self.tr("Next period (Alt+Right)"))
        self.current_button = QPushButton(self.tr("&This week"), self)
        self.period_label = QLabel(self)
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_label.setFont(font)
        # Radio buttons: one Tab stop for the pair, the arrow keys switch (and a screen reader
        # hears "one of two").
        self.week_button = QRadioButton(self.tr("&Week"), self)
        self.month_button = QRadioButton(self.tr("&Month"), self)
        self.span_group = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            self.span_group.addButton(button)
        self.week_button.setChecked(True)
        self.week_button.setAccessibleName(self.tr("Show a week"))
        self.month_button.setAccessibleName(self.tr("Show a month"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.current_button.clicked.connect(self.on_current)
        self.week_button.toggled.connect(lambda on: self._span_toggled(on, Span.WEEK))
        self.month_button.toggled.connect(lambda on: self._span_toggled(on, Span.MONTH))

        top = QHBoxLayout()
        top.addWidget(self.period_label, 1)
        top.addWidget(self.week_button)
        top.addWidget(self.month_button)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.current_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)

        self.focus_tile = Tile(self.tr("focus time"), self)
        self.started_tile = Tile(self.tr("blocks started"), self)
        self.streak_tile = Tile(self.tr("reflection streak (working days)"), self)
        tiles = QGridLayout()
        for column, tile in enumerate((self.focus_tile, self.started_tile, self.streak_tile)):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)

        # Several managers: whose work the focus time went to (hidden for a single manager).
        self.managers_heading = self._heading(self.tr("Focus time per manager"))
        self.managers_label = QLabel(self)
        self.managers_label.setWordWrap(True)
        self.managers_label.setAccessibleName(self.tr("Focus time per manager"))
        self.managers_label.setToolTip(
            self.tr("The requests done in this period, each at its estimate.")
        )
        self.focus_chart = BarChart(self.tr("Focus minutes per day"), self)
        self.blocks_chart = BarChart(self.tr("Blocks per day"), self)
        self.trend_chart = LineChart(self.tr("Focus minutes per week"), self)
        self.focus_heading = self._heading(self.tr("Focus minutes per day"))
        self.blocks_heading = self._heading(self.tr("Blocks per day"))
        self.trend_heading = self._heading(
            self.tr("Focus minutes per week, last {weeks} weeks").format(weeks=TREND_WEEKS)
        )
        note = QLabel(
            self.tr(
                "Focus time counts the minutes of focus blocks you started, from the moment you "
                "started. A block counts once: started, skipped or missed; snoozed counts blocks "
                "you postponed at least once. The streak counts working days with a reflection; "
                "today counts once it is written."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # No scroll area: the charts shrink to fit (a scroll area would ask the wrapped note for
        # its preferred height and always scroll).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addSpacing(4)
        layout.addLayout(tiles)
        layout.addWidget(self.managers_heading)
        layout.addWidget(self.managers_label)
        for heading, chart in (
            (self.focus_heading, self.focus_chart),
            (self.blocks_heading, self.blocks_chart),
            (self.trend_heading, self.trend_chart),
        ):
            layout.addSpacing(6)
            layout.addWidget(heading)
            layout.addWidget(chart, 1)
        layout.addSpacing(6)
        layout.addWidget(note)

        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.setTabOrder(self.week_button, self.month_button)
        self.setTabOrder(self.month_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.current_button)
        self.setTabOrder(self.current_button, self.next_button)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # -- behaviour -------------------------------------------------------------------------------

    def set_context(
        self, span: str | None = None, date: dt.date | None = None, **_: object
    ) -> None:
        if span is not None:
            self.set_span(Span(span))
        if date is not None:
            self.anchor = date
            self.refresh()

    @Slot()
    def on_current(self) -> None:
        self.anchor = self.controller.today()
        self.refresh()

    def step(self, steps: int) -> None:
        self.anchor = shifted(self.span, self.anchor, steps)
        self.refresh()

    def _span_toggled(self, on: bool, span: Span) -> None:
        if on and self.span is not span:
            self.set_span(span)

    def set_span(self, span: Span) -> None:
        self.span = span
        (self.week_button if span is Span.WEEK else self.month_button).setChecked(True)
        self.current_button.setText(
            self.tr("&This week") if span is Span.WEEK else self.tr("&This month")
        )
        self.refresh()

    @Slot(object, object)
    def on_nudge_answered(self, _nudge: object, _answer: object) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        first, last = period_of(self.span, self.anchor)
        c = self.controller
        self.stats, trend = period_statistics(c.store, first, last, c.tz, c.today())
        self._show(self.stats, trend)
        self._show_managers(manager_focus(c.store, first, last, c.tz))

    def _show_managers(self, focus: tuple[ManagerFocus, ...]) -> None:
        self.managers_heading.setVisible(bool(focus))
        self.managers_label.setVisible(bool(focus))
        self.managers_label.setText(
            " · ".join(
                self.tr("{name}: {time} ({count} done)").format(
                    name=f.name, time=self._duration(f.focus_minutes), count=f.requests
                )
                for f in focus
            )
        )

    def _show(self, stats: Statistics, trend: Statistics) -> None:
        self.period_label.setText(self._period_text(stats.first, stats.last))
        self.next_button.setEnabled(stats.last < self.controller.today())
        totals = stats.totals
        self.focus_tile.set_value(
            self._duration(totals.focus_minutes),
            self.tr("{minutes} minutes of started focus blocks").format(
                minutes=totals.focus_minutes
            ),
        )
        self.started_tile.set_value(
            str(totals.started),
            self.tr("snoozed {snoozed} · skipped {skipped} · missed {missed}").format(
                snoozed=totals.snoozed, skipped=totals.skipped, missed=totals.missed
            ),
        )
        self.streak_tile.set_value(
            str(stats.streak),
            self.tr("consecutive working days with a reflection, up to today"),
        )
        empty = self.tr("No focus blocks started in this period yet.")
        self.focus_chart.set_data(
            [self._day_label(d.date) for d in stats.days],
            [
                Series(
                    self.tr("Focus"),
                    STARTED_COLOUR,
                    tuple(float(d.counts.focus_minutes) for d in stats.days),
                )
            ],
            unit=self.tr(" min"),
            empty_text=empty,
        )
        if self.span is Span.WEEK:
            labels = [self._day_label(d.date) for d in stats.days]
            counts = [d.counts for d in stats.days]
            self.blocks_heading.setText(self.tr("Blocks per day"))
            self.blocks_chart.setAccessibleName(self.tr("Blocks per day"))
        else:
            labels = [self.tr("wk {week}").format(week=w.week) for w in stats.weeks]
            counts = [w.counts for w in stats.weeks]
            self.blocks_heading.setText(self.tr("Blocks per week"))
            self.blocks_chart.setAccessibleName(self.tr("Blocks per week"))
        self.blocks_chart.set_data(
            labels,
            [
                Series(self.tr("Started"), STARTED_COLOUR, tuple(float(c.started) for c in counts)),
                Series(self.tr("Snoozed"), SNOOZED_COLOUR, tuple(float(c.snoozed) for c in counts)),
                Series(self.tr("Skipped"), SKIPPED_COLOUR, tuple(float(c.skipped) for c in counts)),
                Series(self.tr("Missed"), MISSED_COLOUR, tuple(float(c.missed) for c in counts)),
            ],
            empty_text=self.tr("No answered blocks in this period yet."),
        )
        self.trend_chart.set_data(
            [self.tr("wk {week}").format(week=w.week) for w in trend.weeks],
            [
                Series(
                    self.tr("Focus"),
                    STARTED_COLOUR,
                    tuple(float(w.counts.focus_minutes) for w in trend.weeks),
                )
            ],
            unit=self.tr(" min"),
            empty_text=self.tr("No focus blocks started in these weeks yet."),
        )

    # -- words -------------------------------------------------------------------------------------

    def _period_text(self, first: dt.date, last: dt.date) -> str:
        if self.span is Span.MONTH:
            return f"{month_name(first.month)} {first.year}"
        week = first.isocalendar().week
        if first.month == last.month:
            days = f"{first.day}–{last.day} {month_name(last.month)} {last.year}"
        else:
            days = (
                f"{first.day} {month_name(first.month)} – "
                f"{last.day} {month_name(last.month)} {last.year}"
            )
        return self.tr("Week {week} · {days}").format(week=week, days=days)

    def _day_label(self, day: dt.date) -> str:
        if self.span is Span.MONTH:
            return str(day.day)
        return f"{self.locale().dayName(day.isoweekday(), self.locale().FormatType.ShortFormat)} {day.day}"

    def _duration(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if hours == 0:
            return self.tr("{minutes} min").format(minutes=rest)
        return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)


def open_statistics(
    app: RitmeregieApp, span: str | None = None, date: dt.date | None = None, **_context: object
) -> StatisticsWindow:
    window = StatisticsWindow(app.controller)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    presenter = getattr(app, "presenter", None)
    if presenter is not None:
        # A nudge answered while the window is open changes today's numbers.
        presenter.nudge_answered.connect(window.on_nudge_answered)
    if span is not None or date is not None:
        window.set_context(span=span, date=date)
    return window
