"""Vandaag moves through the days by keyboard: Alt+Left/Right, Home; a free day offers the next
working day; a past day tells what happened, a future day what is planned."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from app_harness import shown_active
from PySide6.QtCore import QDate, Qt

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeAnswer
from ritmeregie.storage import Store
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.vandaag import VandaagWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

TZ = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 3, 26, 9, 0, tzinfo=TZ)


@pytest.fixture
def window(qtbot, controller: RhythmController) -> VandaagWindow:
    win = VandaagWindow(controller)
    return shown_active(qtbot, win)


def test_alt_arrows_move_through_days_and_home_comes_back(qtbot, window: VandaagWindow):
    assert window.navigator.date == FRIDAY
    assert window.tasks_panel.isVisible()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.date == FRIDAY + dt.timedelta(days=1)
    assert window.timeline.blocks() == () or all(
        b.start.date() == FRIDAY + dt.timedelta(days=1) for b in window.timeline.blocks()
    )
    assert not window.tasks_panel.isVisible()
    # Saturday is free: the next working day (Monday) is offered, and taking it shows Monday.
    assert window.navigator.working_button.isVisible()
    window.navigator.working_button.click()
    assert window.navigator.date == dt.date(2027, 3, 29)
    kinds = [b.kind for b in window.timeline.blocks()]
    assert BlockKind.WEEKLY_REVIEW in kinds
    qtbot.keyClick(window.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.navigator.date == dt.date(2027, 3, 28)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Home)
    assert window.navigator.date == FRIDAY
    assert window.tasks_panel.isVisible()
    assert "28-3-2027" not in window.navigator.picker.text()
    # Home on today: the block running now is selected, as before there were other days.
    qtbot.keyClick(window.timeline, Qt.Key.Key_Home)
    selected = window.timeline.selected_block()
    assert selected is not None and selected.contains(dt.datetime(2027, 3, 26, 9, tzinfo=TZ))


def test_a_past_day_tells_what_happened_and_a_future_day_what_is_planned(
    window: VandaagWindow, store: Store
):
    thursday = FRIDAY - dt.timedelta(days=1)
    at = dt.datetime(2027, 3, 25, 9, 0, tzinfo=TZ)
    entry = store.nudge_log.record(at, "block_start", "focus", "Focusblok", at)
    store.nudge_log.answer(entry, NudgeAnswer.STARTED, at)
    store.reflections.save(thursday, "De notulen", "", "Eerder beginnen", 4)
    planned = store.must_dos.add("Jaarplan")
    store.must_dos.defer(planned.id, dt.date(2027, 3, 29))
    window.navigator.on_previous()
    text = window.status_label.text()
    assert "1" in text and "De notulen" in text and "Eerder beginnen" in text
    window.navigator.on_today()
    window.navigator.picker.setDate(QDate(2027, 3, 29))
    assert window.navigator.date == dt.date(2027, 3, 29)
    assert "Jaarplan" in window.status_label.text()


def test_after_work_hours_the_next_working_day_is_offered(
    window: VandaagWindow, clock: ManualClock
):
    assert not window.navigator.working_button.isVisible()  # Friday 09:00: working
    clock.advance(dt.timedelta(hours=8, minutes=30))  # 17:30, after the work hours
    window.on_minute_passed()
    assert window.navigator.working_button.isVisible()
    window.navigator.working_button.click()
    assert window.navigator.date == dt.date(2027, 3, 29)  # over the weekend to Monday
    assert not window.navigator.working_button.isVisible()
