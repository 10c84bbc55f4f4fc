"""The README's pictures of the Week window, from the running app on the desktop session, in English
and Dutch: the week side by side (with the two imported calendars), and planning next week after
'Spread the open must-dos' on Friday afternoon, as at the end of Frictievrijdag.

    RITMEREGIE_UPDATE_SCREENSHOTS=1 tools/desktop-session .venv/bin/pytest -q -p no:cacheprovider \\
        -m desktop tests/desktop/test_readme_screenshots_week.py
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from readme_days import CARRIED, FRIDAY, POOL, at, say, seed_calendars, seed_tuesday
from readme_shots import *  # noqa: F403  (the fixtures)
from readme_shots import Launch
from readme_texts import assert_no_english_left, shown_texts

from ritmeregie.storage import Store
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.desktop


def _seed(store: Store, clock: object, language: str) -> None:
    seed_tuesday(store, clock, language)  # type: ignore[arg-type]
    seed_calendars(store, clock, language)  # type: ignore[arg-type]


def test_the_week_side_by_side(launch: Launch, language: str) -> None:
    session = launch(at(FRIDAY, 15, 50), _seed)
    window = session.show(WindowKey.WEEK)
    window.resize(1180, 740)  # type: ignore[attr-defined]
    session.settle(window)
    days = window.grid.days()  # type: ignore[attr-defined]
    assert len(days) == 5
    session.capture(window, "week")
    assert_no_english_left(window, language)


def test_planning_next_week(launch: Launch, language: str) -> None:
    session = launch(at(FRIDAY, 15, 50), _seed)
    window = session.show(WindowKey.WEEK, plan_next_week=True)
    window.resize(1180, 620)  # type: ignore[attr-defined]
    planner = window.planner  # type: ignore[attr-defined]
    planner.on_spread()
    monday = planner.lists[0]
    monday.setFocus(Qt.FocusReason.OtherFocusReason)
    monday.setCurrentRow(0)
    QApplication.processEvents()
    session.settle(window)
    texts = shown_texts(window)
    assert say(CARRIED, language) in texts
    assert say(POOL[1][0], language) in texts
    session.capture(window, "week-plan")
    assert_no_english_left(window, language)
