"""Scenario 4 — time: DST nights (Europe/Amsterdam, Australia/Sydney, America/Santiago), wall-clock
jumps of ±3 h and a 2-hour suspend, through the app's composition root offscreen.

The app reads a ManualClock; APScheduler (the real NudgeScheduler) reads the real clock, which
time-machine moves in step with it. Time passes minute by minute (no sleeps): every minute the
watchers look and the scheduler runs what is due, as its timer would. Checked: no nudge shown
twice, none outside its minute, at most one catch-up message, the day turns over exactly once per
local day, and the plan is for the right local day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from ledger import Tally

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.nudges import Nudge
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.gui,
    pytest.mark.timeout(300),
    pytest.mark.qt_log_ignore(
        r"This plugin does not support raise\(\)",
        r"This plugin does not support propagateSizeHints\(\)",
    ),
]

STEP = dt.timedelta(minutes=1)
SCENARIO = "4 time (DST, jumps, suspend)"


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> bool:
        self.sent.append((title, message))
        return True


class Day:
    """The running app on a moved clock."""

    def __init__(self, qapp: Any, data_dir: Path, tz: ZoneInfo, start: dt.datetime) -> None:
        self.qapp = qapp
        self.tz = tz
        self.clock = ManualClock(start)
        self.traveller = time_machine.travel(start, tick=False)
        self.coordinates = self.traveller.start()
        self.store = open_store(data_dir, self.clock)
        self.store.settings.set("first_run_done", True)
        self.store.settings.set("nudge_window", False)  # every nudge through the notifier
        self.store.settings.set("timezone", tz.key)
        self.app = RitmeregieApp(self.store, self.clock, tz)
        self.notes = Recorder()
        self.app.notifier._parts = [self.notes]  # the OS-facing parts only
        self.shown: list[tuple[Nudge, dt.datetime]] = []
        self.days: list[dt.date] = []
        self.app.presenter.nudge_shown.connect(lambda n: self.shown.append((n, self.clock.now())))
        self.app.day_watch.day_changed.connect(self.days.append)
        self.app.start()

    def look(self) -> None:
        self.app.wall_watch.check_now()
        self.app.day_watch.check_now()
        self.app.scheduler.check_now()
        self.qapp.processEvents()
        self.qapp.processEvents()  # the missed-nudges flush runs on a zero timer

    def run(self, span: dt.timedelta) -> None:
        end = self.clock.now() + span
        while self.clock.now() < end:
            self.clock.advance(STEP)
            self.coordinates.shift(STEP)
            self.look()

    def jump(self, delta: dt.timedelta) -> None:
        """The wall clock alone moves (NTP, a user, or a suspend: the monotonic clock stops)."""
        self.clock.jump_wall(delta)
        self.coordinates.shift(delta)
        self.look()

    def close(self) -> None:
        self.app.stop()
        for widget in self.qapp.topLevelWidgets():
            widget.close()
        self.app.deleteLater()
        self.qapp.processEvents()
        self.store.close()
        self.traveller.stop()

    def catch_ups(self) -> list[str]:
        return [m for _t, m in self.notes.sent if m.startswith("You missed")]

    def assert_sound(self) -> None:
        keys = [n.key for n, _at in self.shown]
        assert len(keys) == len(set(keys)), "a nudge was shown twice"
        moments = [(n.at, n.kind, n.block.kind) for n, _at in self.shown]
        assert len(moments) == len(set(moments)), "the same moment was shown twice"
        for nudge, at in self.shown:
            late = at - nudge.at.astimezone(dt.UTC)
            assert dt.timedelta(0) <= late <= STEP, f"{nudge.key} shown {late} after its time"
            local = nudge.at.astimezone(self.tz)
            assert local.replace(tzinfo=None) == nudge.at.replace(tzinfo=None) or (
                local.utcoffset() == nudge.at.utcoffset()
            )
        assert len(self.days) == len(set(self.days)), "a day turned over twice"
        assert self.app.controller.plan.date == self.app.controller.today()


@pytest.fixture
def day_factory(qapp: Any, data_dir: Path) -> Iterator[Callable[[ZoneInfo, dt.datetime], Day]]:
    made: list[Day] = []

    def make(tz: ZoneInfo, start: dt.datetime) -> Day:
        made.append(Day(qapp, data_dir, tz, start))
        return made[-1]

    yield make
    for day in made:
        day.close()


DST_NIGHTS = [
    # zone, a Saturday evening before the change, the local dates that must turn over
    ("Europe/Amsterdam", dt.datetime(2027, 3, 27, 20, 0), "04:00"),
    ("Europe/Amsterdam", dt.datetime(2027, 10, 30, 20, 0), "04:00"),
    ("Europe/Amsterdam", dt.datetime(2027, 3, 27, 20, 0), "02:30"),  # a boundary in the gap
    ("Europe/Amsterdam", dt.datetime(2027, 10, 30, 20, 0), "02:30"),  # ... in the repeated hour
    ("Australia/Sydney", dt.datetime(2027, 4, 3, 20, 0), "04:00"),
    ("Australia/Sydney", dt.datetime(2027, 10, 2, 20, 0), "04:00"),
    ("America/Santiago", dt.datetime(2027, 4, 3, 20, 0), "00:00"),  # midnight repeats
    ("America/Santiago", dt.datetime(2027, 9, 4, 20, 0), "00:00"),  # midnight does not exist
]


@pytest.mark.parametrize(
    ("zone_name", "saturday_evening", "boundary"),
    DST_NIGHTS,
    ids=[f"{z.split('/')[1]}-{s:%m-%d}-{b}" for z, s, b in DST_NIGHTS],
)
def test_a_dst_night_and_the_working_day_after_it(
    day_factory: Callable[[ZoneInfo, dt.datetime], Day],
    data_dir: Path,
    zone_name: str,
    saturday_evening: dt.datetime,
    boundary: str,
    ledger: Callable[[str], Tally],
) -> None:
    tz = ZoneInfo(zone_name)
    start = saturday_evening.replace(tzinfo=tz)
    # The boundary setting is read when the app is built; set it on a first store open.
    with open_store(data_dir) as store:
        store.settings.set("day_boundary", boundary)
    day = day_factory(tz, start)

    day.run(dt.timedelta(hours=46))  # until Monday 18:00 local (give or take the DST hour)

    day.assert_sound()
    sunday, monday = start.date() + dt.timedelta(days=1), start.date() + dt.timedelta(days=2)
    assert day.days == [sunday, monday]
    assert day.app.controller.plan.date == monday
    shown_days = {n.at.astimezone(tz).date() for n, _at in day.shown}
    assert shown_days == {monday}, "a working Monday nudges, the weekend does not"
    assert len(day.shown) >= 10
    assert day.catch_ups() == []
    # The daily backup followed the local days too.
    names = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert names == [
        f"daily-{start.date()}.sqlite3",
        f"daily-{sunday}.sqlite3",
        f"daily-{monday}.sqlite3",
    ]
    ledger(SCENARIO).faults_injected += 1


@pytest.mark.parametrize("hours", [3, -3])
def test_a_wall_clock_jump_of_three_hours(
    day_factory: Callable[[ZoneInfo, dt.datetime], Day],
    hours: int,
    ledger: Callable[[str], Tally],
) -> None:
    tz = ZoneInfo("Europe/Amsterdam")
    day = day_factory(tz, dt.datetime(2027, 3, 26, 10, 0, tzinfo=tz))  # a Friday
    day.run(dt.timedelta(hours=1))
    before = len(day.shown)
    assert before > 0

    day.jump(dt.timedelta(hours=hours))
    day.run(dt.timedelta(hours=2))

    day.assert_sound()
    catch_ups = day.catch_ups()
    # Forward: the skipped moments are said at most once (the replan drops them). Back in time:
    # the moments already shown are not shown again (assert_sound), and nothing is "missed".
    assert len(catch_ups) <= 1 if hours > 0 else catch_ups == []
    assert day.app.controller.plan.date == dt.date(2027, 3, 26)
    ledger(SCENARIO).faults_injected += 1


def test_a_two_hour_suspend_gives_one_catch_up_and_no_repeats(
    day_factory: Callable[[ZoneInfo, dt.datetime], Day], ledger: Callable[[str], Tally]
) -> None:
    tz = ZoneInfo("Europe/Amsterdam")
    day = day_factory(tz, dt.datetime(2027, 3, 26, 9, 0, tzinfo=tz))
    day.run(dt.timedelta(minutes=30))

    # Asleep from 09:30 to 11:30: the monotonic clock stands still, the wall clock does not.
    day.jump(dt.timedelta(hours=2))
    day.app.on_resumed()  # what logind's PrepareForSleep(false) leads to
    day.look()
    day.run(dt.timedelta(hours=3))

    day.assert_sound()
    assert len(day.catch_ups()) <= 1
    slept = [
        n
        for n, _at in day.shown
        if dt.datetime(2027, 3, 26, 9, 31, tzinfo=tz)
        < n.at
        < dt.datetime(2027, 3, 26, 11, 30, tzinfo=tz)
    ]
    assert slept == [], "nothing from the sleep is shown as if it were now"
    assert day.app.controller.plan.date == dt.date(2027, 3, 26)
    ledger(SCENARIO).faults_injected += 1


def test_a_jump_over_midnight_plans_the_new_local_day(
    day_factory: Callable[[ZoneInfo, dt.datetime], Day], ledger: Callable[[str], Tally]
) -> None:
    tz = ZoneInfo("Australia/Sydney")
    day = day_factory(tz, dt.datetime(2027, 10, 1, 16, 0, tzinfo=tz))  # Friday afternoon
    day.run(dt.timedelta(minutes=20))
    day.jump(dt.timedelta(days=3))  # to Monday 16:20, over the spring-forward Sunday
    day.run(dt.timedelta(minutes=30))

    day.assert_sound()
    assert day.app.controller.plan.date == dt.date(2027, 10, 4)
    assert len(day.catch_ups()) <= 1
    ledger(SCENARIO).faults_injected += 1
