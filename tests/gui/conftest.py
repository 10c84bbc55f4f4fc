"""Every widget test: the `gui` marker, the running-app fixture, and a check that nothing is left.

One way to build the app: `make_app(now)` for a started app; `running` (the app on the module's
`now`, built but not started) with `clock`, `store` and `controller` for a window opened on its own.
A module sets its moment by overriding the `now` fixture.

A test that leaves a Tray unstopped, a window open or a QTimer running fails: such a leftover fires
inside a later test (a tray's minute timer redrawing a menu already deleted) and makes the suite
depend on the order and the hour it runs at. The check stops what it finds, so one leak is reported
once, by the test that caused it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from app_harness import AMS, LIVE_APPS, LIVE_TRAYS, AppUnderTest, leftovers, watch_instances
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store
from ritmeregie.ui.controller import RhythmController

GUI_DIR = Path(__file__).resolve().parent

watch_instances()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def make_app(qapp: QApplication, data_dir: Path) -> Iterator[Callable[..., AppUnderTest]]:
    """Build the app on a ManualClock at `now` (started unless `started=False`); the teardown
    stops it, its tray, its timers and its windows, and closes its store."""
    made: list[AppUnderTest] = []

    def make(now: dt.datetime, *, tz: ZoneInfo = AMS, started: bool = True) -> AppUnderTest:
        folder = data_dir if not made else data_dir.with_name(f"{data_dir.name}-{len(made)}")
        folder.mkdir(exist_ok=True)
        under_test = AppUnderTest(folder, now, tz)
        made.append(under_test)
        if started:
            under_test.start()
            under_test.notes.sent.clear()
        return under_test

    yield make
    for under_test in made:
        under_test.close()


@pytest.fixture
def now() -> dt.datetime:
    """The moment the test's day stands at (a Friday morning); a module overrides this fixture."""
    return dt.datetime(2027, 3, 26, 9, 0, tzinfo=AMS)


@pytest.fixture
def running(make_app: Callable[..., AppUnderTest], now: dt.datetime) -> AppUnderTest:
    """The app on a ManualClock at `now`, built but not started (no scheduler, tray or watches
    running): the store, clock and controller a window under test is opened on."""
    return make_app(now, started=False)


@pytest.fixture
def clock(running: AppUnderTest) -> ManualClock:
    return running.clock


@pytest.fixture
def store(running: AppUnderTest) -> Store:
    return running.store


@pytest.fixture
def controller(running: AppUnderTest) -> RhythmController:
    return running.app.controller


@pytest.fixture
def settled(qtbot: Any, running: AppUnderTest) -> Callable[[], None]:
    """Wait for the replan that follows the test's own writes (one, 50 ms after them)."""

    def wait() -> None:
        qtbot.waitUntil(lambda: not running.app.store_changes.pending)

    return wait


@pytest.fixture(autouse=True)
def nothing_left_behind() -> Iterator[None]:
    LIVE_APPS.clear()
    LIVE_TRAYS.clear()
    before = {id(w) for w in QApplication.topLevelWidgets()} if QApplication.instance() else set()
    yield
    if QApplication.instance() is None:
        return
    found = leftovers(before)
    LIVE_APPS.clear()
    LIVE_TRAYS.clear()
    if found:
        pytest.fail("left behind by this test:\n  " + "\n  ".join(found), pytrace=False)
