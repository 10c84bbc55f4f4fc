"""Shared set-up for the meeting and friction ritual tests: a real app on a ManualClock.

Friday 2027-03-26 in Europe/Amsterdam with the default rhythm (day start 08:30, friction Friday
in the afternoon). The app is started (real scheduler on real time, so nothing planned on the
2027 clock fires by itself); the OS notification parts are replaced by a recorder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from app_harness import AppUnderTest
from app_harness import focused as focused  # the tests' one helper, re-exported

from ritmeregie.domain.clock import ManualClock
from ritmeregie.ui.app import RitmeregieApp

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)

# Qt raises every tool window it shows; the offscreen platform cannot and says so.
QT_LOG_IGNORE = (
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
)


def at(hour: int, minute: int = 0, date: dt.date = FRIDAY) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=AMS)


@contextmanager
def running_app(data_dir: Path, now: dt.datetime) -> Iterator[tuple[RitmeregieApp, ManualClock]]:
    under_test = AppUnderTest(data_dir, now, AMS)
    app = under_test.app
    app.notes = under_test.notes  # type: ignore[attr-defined]
    under_test.start()
    under_test.notes.sent.clear()
    try:
        yield app, under_test.clock
    finally:
        under_test.close()  # the app, its tray, timers and windows, then the store
