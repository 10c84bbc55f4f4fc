"""The Statistics window on a real store: the numbers, the week/month switch, navigation, the charts.

Today is Friday 2027-03-26, 17:00 in Europe/Amsterdam (ISO week 12: 22 to 28 March).
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from app_harness import AppUnderTest, focused, shown_active
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import NudgeAnswer, Store
from ritmeregie.ui.charts import BarChart, LineChart, Series, nice_ceiling
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.statistics import STARTED_COLOUR, Span, StatisticsWindow, open_statistics

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

TZ = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 3, day, hour, minute, tzinfo=TZ)


def _block(
    store: Store,
    start: dt.datetime,
    minutes: int,
    answers: list[tuple[NudgeAnswer, int]],
    kind: str = "focus",
) -> None:
    """One block: a start nudge per answer, answered `delay` minutes after the block's start."""
    end = start + dt.timedelta(minutes=minutes)
    for answer, delay in answers:
        moment = start + dt.timedelta(minutes=delay)
        log_id = store.nudge_log.record(
            moment, "block_start", kind, kind, moment, block_start=start, block_end=end
        )
        store.nudge_log.answer(log_id, answer, moment)


@pytest.fixture
def now() -> dt.datetime:
    return at(26, 17)


@pytest.fixture
def store(running: AppUnderTest) -> Store:
    """The running app's store with this module's records."""
    opened = running.store
    _block(opened, at(22, 9), 50, [(NudgeAnswer.STARTED, 0)])
    _block(opened, at(22, 10), 50, [(NudgeAnswer.SNOOZED, 0), (NudgeAnswer.STARTED, 5)])
    _block(opened, at(22, 11), 30, [(NudgeAnswer.SKIPPED, 0)], kind="inbox")
    _block(opened, at(23, 9), 50, [(NudgeAnswer.MISSED, 0)])
    _block(opened, at(26, 13), 25, [(NudgeAnswer.STARTED, 0)])
    _block(opened, at(19, 9), 50, [(NudgeAnswer.STARTED, 0)])  # the week before
    for day in (24, 25):
        opened.reflections.save(dt.date(2027, 3, day), "goed", "", "", 3)
    return opened


@pytest.fixture
def window(qtbot, store: Store, controller: RhythmController) -> StatisticsWindow:
    win = StatisticsWindow(controller)
    return shown_active(qtbot, win)


def test_this_week_in_numbers(window: StatisticsWindow) -> None:
    assert window.period_label.text() == "Week 12 · 22–28 March 2027"
    assert window.focus_tile.value_label.text() == "2 h 0 min"  # 50 + 45 + 25
    assert window.started_tile.value_label.text() == "3"
    assert "snoozed 1 · skipped 1 · missed 1" in window.started_tile.toolTip()
    assert window.streak_tile.value_label.text() == "2"  # Wed and Thu; today's is still to come
    (focus,) = window.focus_chart.series
    assert focus.values == (95, 0, 0, 0, 25, 0, 0)
    assert window.focus_chart.labels[0] == "Mon 22"
    started, snoozed, skipped, missed = window.blocks_chart.series
    assert started.values == (2, 0, 0, 0, 1, 0, 0)
    assert snoozed.values == (1, 0, 0, 0, 0, 0, 0)
    assert skipped.values == (1, 0, 0, 0, 0, 0, 0)
    assert missed.values == (0, 1, 0, 0, 0, 0, 0)
    (trend,) = window.trend_chart.series
    assert trend.values[-2:] == (50, 120)
    assert window.trend_chart.labels[-1] == "wk 12"
    assert not window.next_button.isEnabled()  # nothing to see in the future


def test_reflection_today_extends_the_streak(window: StatisticsWindow, store: Store) -> None:
    store.reflections.save(dt.date(2027, 3, 26), "vandaag ook", "", "", None)
    window.on_nudge_answered(None, None)
    assert window.streak_tile.value_label.text() == "3"


def test_month_by_keyboard_groups_blocks_per_week(qtbot, window: StatisticsWindow) -> None:
    # Offscreen key events pass the shortcut map (no Alt+M here): the arrow moves within the
    # Week/Month pair and chooses, as radio buttons do.
    assert window.month_button.shortcut().toString() == "Alt+M"
    window.week_button.setFocus()
    qtbot.keyClick(window.week_button, Qt.Key.Key_Right)
    assert focused(window) is window.month_button
    assert window.span is Span.MONTH
    assert window.period_label.text() == "March 2027"
    assert window.current_button.text() == "&This month"
    assert window.focus_tile.value_label.text() == "2 h 50 min"
    assert len(window.focus_chart.labels) == 31 and window.focus_chart.labels[0] == "1"
    assert window.blocks_chart.labels == ("wk 9", "wk 10", "wk 11", "wk 12", "wk 13")
    assert window.blocks_heading.text() == "Blocks per week"
    assert window.blocks_chart.series[0].values == (0, 0, 1, 3, 0)
    # The trend stops at the week of today, not at the month's last (future) week.
    assert window.trend_chart.labels[-1] == "wk 12"


def test_previous_and_next_by_keyboard(qtbot, window: StatisticsWindow) -> None:
    qtbot.keyClick(focused(window), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.period_label.text() == "Week 11 · 15–21 March 2027"
    assert window.focus_tile.value_label.text() == "50 min"
    assert window.streak_tile.value_label.text() == "2"  # the streak is always up to today
    assert window.next_button.isEnabled()
    qtbot.keyClick(focused(window), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.focus_chart.is_empty()
    assert "No focus blocks" in window.focus_chart.accessibleDescription()
    qtbot.keyClick(focused(window), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(focused(window), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.period_label.text().startswith("Week 12")
    window.step(-5)
    window.current_button.click()
    assert window.period_label.text().startswith("Week 12")


def _pixels_like(widget: QWidget, colour: str) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    target = QColor(colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if all(
                abs(a - b) <= 4
                for a, b in zip(pixel.getRgb()[:3], target.getRgb()[:3], strict=True)
            ):
                found += 1
    return found


def test_bars_are_painted_in_the_focus_colour(window: StatisticsWindow) -> None:
    assert _pixels_like(window.focus_chart, STARTED_COLOUR) > 50
    window.step(-2)  # an empty week
    assert _pixels_like(window.focus_chart, STARTED_COLOUR) == 0


def test_charts_follow_a_dark_palette(qtbot) -> None:
    chart = BarChart("test")
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#E8EAED"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9AA0A6"))
    chart.setPalette(palette)
    chart.setAutoFillBackground(True)
    chart.resize(400, 200)
    chart.set_data(["a", "b"], [Series("x", "#2F6FB3", (3, 5)), Series("y", "#E0A526", (1, 0))])
    assert _pixels_like(chart, "#E8EAED") > 0  # the legend in the palette's text colour
    assert _pixels_like(chart, "#2F6FB3") > 0 and _pixels_like(chart, "#E0A526") > 0
    assert chart.describe() == "a: x 3, y 1; b: x 5, y 0"


def test_line_chart_and_axis_steps(qtbot) -> None:
    chart = LineChart("trend")
    qtbot.addWidget(chart)
    chart.resize(300, 160)
    chart.set_data(["1", "2", "3"], [Series("f", "#2F6FB3", (0, 90, 45))], unit=" min")
    assert _pixels_like(chart, "#2F6FB3") > 10
    assert chart.index_at(chart.slot_rect(1).center()) == 1
    assert nice_ceiling(0) == (1.0, 1.0)
    assert nice_ceiling(3) == (3.0, 1.0)
    assert nice_ceiling(95) == (100.0, 25.0)
    assert nice_ceiling(820) == (1000.0, 250.0)


def test_open_statistics_and_accessible_names(
    qtbot, store: Store, controller: RhythmController
) -> None:
    app = SimpleNamespace(controller=controller, presenter=None)
    window = open_statistics(app, span="month", date=dt.date(2027, 2, 10))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.period_label.text() == "February 2027"
    for widget in (
        window.focus_chart,
        window.blocks_chart,
        window.trend_chart,
        window.focus_tile,
        window.started_tile,
        window.streak_tile,
        window.week_button,
        window.month_button,
    ):
        assert widget.accessibleName()
    assert window.focus_chart.describe() == "No focus blocks started in this period yet."


def test_the_app_opens_one_statistics_window_and_refreshes_it_on_an_answer(
    qapp, store: Store, clock: ManualClock
) -> None:
    from ritmeregie.domain.model import Block, BlockKind
    from ritmeregie.domain.nudges import Nudge, NudgeKind
    from ritmeregie.ui.app import RitmeregieApp
    from ritmeregie.ui.window_keys import WindowKey

    app = RitmeregieApp(store, clock, TZ)
    try:
        window = app.show_window(WindowKey.STATISTICS)
        assert isinstance(window, StatisticsWindow)
        assert app.show_window(WindowKey.STATISTICS, span="month") is window
        assert window.span is Span.MONTH
        _block(store, at(26, 14), 50, [(NudgeAnswer.STARTED, 0)])
        block = Block(BlockKind.INBOX, at(26, 14), at(26, 14, 50), "Inbox")
        app.presenter.nudge_answered.emit(
            Nudge(block.start, NudgeKind.BLOCK_START, block), NudgeAnswer.SKIPPED
        )
        assert window.focus_tile.value_label.text() == "3 h 40 min"
        window.close()
        qapp.processEvents()
    finally:
        app.deleteLater()
        qapp.processEvents()


def test_focus_time_per_manager_shows_with_two_managers(
    window: StatisticsWindow, store: Store
) -> None:
    assert window.managers_label.isHidden()  # a single-manager assistant sees none of this
    anna = store.managers.add("Anna")
    store.managers.add("Bert")
    done = store.must_dos.add("Notitie RvC", manager_id=anna.id, estimate_minutes=90)
    store.must_dos.done(done.id)
    window.refresh()
    assert not window.managers_label.isHidden()
    assert window.managers_label.text() == "Anna: 1 h 30 min (1 done) · Bert: 0 min (0 done)"
    window.step(-1)  # the week before: nothing done yet
    assert window.managers_label.text() == "Anna: 0 min (0 done) · Bert: 0 min (0 done)"
