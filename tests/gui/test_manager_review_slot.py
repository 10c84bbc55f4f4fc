"""A manager's weekly review slot on the real app (offscreen, ManualClock): with two managers the
Monday holds Anna's slot instead of the rhythm's review, and its nudge's Start opens the weekly
review filtered to Anna.

Monday 2027-03-29 in Europe/Amsterdam; the default rhythm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ritual_app import AMS, Running

from ritmeregie.domain.model import BlockKind
from ritmeregie.ui.rituals.weekly_review import WeeklyReviewDialog
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

MON = dt.date(2027, 3, 29)


@pytest.fixture
def running(qapp: Any, data_dir: Path) -> Iterator[Running]:
    app = Running(data_dir, dt.datetime.combine(MON, dt.time(8, 40), tzinfo=AMS))
    app.store.managers.add("Bert", review_weekday=1, review_time=dt.time(14, 0))
    app.store.managers.add("Anna", review_weekday=0, review_time=dt.time(10, 0))
    app.start()
    app.app.controller.replan("managers added")
    app.notes.sent.clear()  # offscreen there is no tray, and the app says so once
    yield app
    app.close()


def test_the_slots_nudge_opens_the_review_filtered_to_its_manager(running: Running) -> None:
    block = running.block(BlockKind.WEEKLY_REVIEW)
    assert (block.start.strftime("%H:%M"), block.manager and block.manager.name) == (
        "10:00",
        "Anna",
    )
    running.start_nudge(BlockKind.WEEKLY_REVIEW)
    dialog = running.window(WindowKey.WEEKLY_REVIEW)
    assert isinstance(dialog, WeeklyReviewDialog)
    anna = running.store.managers.find("Anna")
    assert anna is not None
    assert dialog.manager_box.currentData() == anna.id
    # The manager's own summary, not the whole week's.
    assert "Their calendar in the coming week" in dialog.summary_view.toPlainText()


def test_an_open_review_turns_to_the_slots_manager(running: Running) -> None:
    dialog = running.app.show_window(WindowKey.WEEKLY_REVIEW)
    assert isinstance(dialog, WeeklyReviewDialog)
    assert dialog.manager_box.currentData() is None  # the whole week
    running.start_nudge(BlockKind.WEEKLY_REVIEW)
    anna = running.store.managers.find("Anna")
    assert anna is not None
    assert running.window(WindowKey.WEEKLY_REVIEW) is dialog
    assert dialog.manager_box.currentData() == anna.id
