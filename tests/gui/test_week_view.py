"""The Week window: the week side by side, and planning next week by keyboard and by dragging,
saved on every move (Tuesday 2027-03-23 in Europe/Amsterdam, the default rhythm)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from app_harness import shown_active
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from ritmeregie.domain.model import BlockKind
from ritmeregie.storage import Store
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.week_planner import MIME
from ritmeregie.ui.week_view import WeekWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

TZ = ZoneInfo("Europe/Amsterdam")
TUESDAY = dt.date(2027, 3, 23)
NEXT_MONDAY = dt.date(2027, 3, 29)


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 3, 23, 10, 0, tzinfo=TZ)


@pytest.fixture
def window(qtbot, controller: RhythmController) -> WeekWindow:
    win = WeekWindow(controller)
    win.resize(1100, 760)
    return shown_active(qtbot, win)


def test_the_week_shows_working_days_with_free_focus_and_an_overfull_day(
    window: WeekWindow, store: Store
):
    start = dt.datetime(2027, 3, 24, 8, 30, tzinfo=TZ)
    store.agenda.add("Heidag", start, start.replace(hour=17), TZ.key, BlockKind.MEETING)
    short = dt.datetime(2027, 3, 25, 11, 45, tzinfo=TZ)
    store.agenda.add("Belletje Karin", short, short + dt.timedelta(minutes=15), TZ.key)
    window.refresh()
    days = window.grid.days()
    assert [d.day.date for d in days] == [TUESDAY + dt.timedelta(days=n) for n in range(-1, 4)]
    wednesday, thursday = days[2], days[3]
    assert wednesday.day.overfull and wednesday.day.free_focus_minutes == 0
    assert not thursday.day.overfull and thursday.day.free_focus_minutes > 0
    assert "12" in window.title.text()
    # A short meeting keeps its title: the block under the pointer is found for its tooltip.
    window.tabs.setCurrentIndex(0)
    window.grid.repaint()
    call = next(b for b in thursday.blocks if b.title == "Belletje Karin")
    rect = next(r for r, b in window.grid._rects if b == call)
    assert window.grid.block_at(rect.center()) == call
    window.move_week(7)
    assert window.grid.days()[0].day.date == NEXT_MONDAY


def test_alt_arrows_move_a_must_do_between_days_and_it_is_saved(qtbot, window, store: Store):
    item = store.must_dos.add("Notulen uitwerken", deadline=dt.date(2027, 3, 31))
    window.tabs.setCurrentWidget(window.planner)
    window.planner.on_spread()
    assert store.must_dos.get(item.id).planned_for == NEXT_MONDAY
    monday = window.planner.lists[0]
    monday.setFocus()
    monday.setCurrentRow(0)
    qtbot.keyClick(monday, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert store.must_dos.get(item.id).planned_for == NEXT_MONDAY + dt.timedelta(days=1)
    tuesday = window.planner.lists[1]
    assert tuesday.hasFocus() and tuesday.currentItem() is not None
    qtbot.keyClick(tuesday, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert store.must_dos.get(item.id).planned_for == NEXT_MONDAY
    # Saved as a "next week" plan: it stays off this week's lists, and its day's dagstart has it.
    start = dt.datetime(2027, 3, 29, 4, tzinfo=TZ)
    titles = [m.title for m in store.must_dos.for_day(NEXT_MONDAY, start, start.replace(day=30))]
    assert titles == ["Notulen uitwerken"]
    assert item.id not in [m.id for m in store.must_dos.pool(TUESDAY)]


def test_dropping_a_must_do_on_a_day_plans_it_there(window: WeekWindow, store: Store):
    item = store.must_dos.add("Reis boeken")
    window.tabs.setCurrentWidget(window.planner)
    window.planner.refresh()
    friday = window.planner.lists[4]
    assert friday.day == dt.date(2027, 4, 2)
    data = QMimeData()
    data.setData(MIME, str(item.id).encode())
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    friday.dropEvent(drop)
    assert store.must_dos.get(item.id).planned_for == dt.date(2027, 4, 2)
    assert [friday.item(i).data(Qt.ItemDataRole.UserRole) for i in range(friday.count())] == [
        item.id
    ]
    still_open = window.planner.lists[-1]
    assert still_open.day is None and still_open.count() == 0


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_the_weekly_review_and_friction_friday_open_planning_next_week(qtbot, data_dir: Path):
    from every_window import shell_app

    from ritmeregie.ui.window_keys import WindowKey

    with shell_app(data_dir) as app:
        review = app.show_window(WindowKey.WEEKLY_REVIEW)
        review.plan_button.click()
        week = app.windows.get(WindowKey.WEEK)
        assert week is not None and week.tabs.currentWidget() is week.planner
        week.tabs.setCurrentIndex(0)
        friday = app.show_window(WindowKey.FRICTION_FRIDAY)
        friday.plan_button.click()
        assert app.windows.get(WindowKey.WEEK) is week
        assert week.tabs.currentWidget() is week.planner
