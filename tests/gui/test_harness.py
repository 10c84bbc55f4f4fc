"""The gui harness itself: the marker, the running-app fixture, and the leak check that fails a
test leaving a Tray, a window or a running QTimer behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from app_harness import AMS, LIVE_TRAYS, AppUnderTest, flush_deletes, leftovers
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ritmeregie.ui.tray import Tray

SATURDAY_10 = dt.datetime(2027, 6, 12, 10, 0, tzinfo=AMS)


def test_tests_here_are_marked_gui_without_saying_so(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is not None


def test_a_tray_left_running_is_found_and_stopped(make_app: Callable[..., AppUnderTest]) -> None:
    running = make_app(SATURDAY_10, started=False)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    tray = Tray(running.app.controller, running.app)
    assert tray in LIVE_TRAYS and tray.next_redraw_ms() > 0
    found = leftovers(before)
    assert any("Tray that was never stopped" in f for f in found), found
    assert tray.stopped and tray.next_redraw_ms() == -1
    assert leftovers(before) == [], "reported once, then stopped"


def test_a_window_or_timer_left_behind_is_found(qapp: Any) -> None:
    before = {id(w) for w in QApplication.topLevelWidgets()}
    window = QWidget()
    window.setWindowTitle("Vergeten venster")
    timer = QTimer(window)
    timer.start(60_000)
    window.show()
    found = leftovers(before)
    assert any("Vergeten venster" in f for f in found), found
    assert any("active QTimer" in f for f in found), found
    assert not shiboken6.isValid(timer) or not timer.isActive()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]


def test_a_torn_down_tray_stops_its_minute_timer(make_app: Callable[..., AppUnderTest]) -> None:
    """The menu deleted before the tray was stopped: no redraw may reach its deleted actions."""
    running = make_app(SATURDAY_10, started=False)
    tray = Tray(running.app.controller, running.app)
    tray.menu.deleteLater()
    flush_deletes()
    assert tray.stopped and tray.next_redraw_ms() == -1
    running.app.controller.replan("after the menu went")  # must not touch the deleted menu
    tray.stop()


@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
)
def test_the_running_app_leaves_nothing_once_closed(make_app: Callable[..., AppUnderTest]) -> None:
    before = {id(w) for w in QApplication.topLevelWidgets()}
    running = make_app(SATURDAY_10)  # offscreen there is no tray: Today shows instead
    timers: list[QObject] = [t for t in running.app.findChildren(QTimer) if t.isActive()]
    assert timers, "a started app has its watches armed"
    running.close()
    assert leftovers(before) == []
