"""Scenario 4 — time: DST nights (Europe/Amsterdam, Australia/Sydney, America/Santiago), wall-clock
jumps of ±3 h and a 2-hour suspend, through the app's composition root offscreen.

The app reads a ManualClock (the NudgeScheduler judges "now" by it too); APScheduler's own timer
reads the real clock, which time-machine moves in step with it. Time passes minute by minute (no sleeps): every minute the
watchers look and the scheduler runs what is due, as its timer would. Checked: no nudge shown
twice, none outside its minute, at most one catch-up message, the day turns over exactly once per
local day, and the plan is for the right local day.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from ledger import Tally

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.nudges import Nudge, NudgeAnswer, NudgeKind
from ritmeregie.scheduling.qt_scheduler import DEFAULT_MISFIRE_GRACE_SECONDS
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
# A nudge at most this late when the clock jumps (or the machine wakes) still fires, once.
GRACE = dt.timedelta(seconds=DEFAULT_MISFIRE_GRACE_SECONDS)
SCENARIO = "4 time (DST, jumps, suspend)"
ZONE_SCENARIO = "4 time (zone change while running)"


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> bool:
        self.sent.append((title, message))
        return True


class Day:
    """The running app on a moved clock."""

    def __init__(
        self,
        qapp: Any,
        data_dir: Path,
        tz: ZoneInfo,
        start: dt.datetime,
        setting: str | None = None,
        system_zone: Callable[[], str | None] | None = None,
    ) -> None:
        """`setting` is the stored timezone setting (default: `tz`'s name; "" = the system's zone,
        which `system_zone` tells — the platform part a travelling laptop changes under the app)."""
        self.qapp = qapp
        self.tz = tz
        self.clock = ManualClock(start)
        self.traveller = time_machine.travel(start, tick=False)
        self.coordinates = self.traveller.start()
        self.store = open_store(data_dir, self.clock)
        self.store.settings.set("first_run_done", True)
        self.store.settings.set("nudge_window", False)  # every nudge through the notifier
        self.store.settings.set("timezone", tz.key if setting is None else setting)
        self.app = RitmeregieApp(
            self.store, self.clock, tz, system_zone=system_zone or (lambda: None)
        )
        self.notes = Recorder()
        self.app.notifier._parts = [self.notes]  # the OS-facing parts only
        self.shown: list[tuple[Nudge, dt.datetime]] = []
        self.shown_in: list[ZoneInfo] = []  # the zone the app ran in when each was shown
        self.days: list[dt.date] = []
        self.jumps: list[dt.datetime] = []  # the wall-clock moments right after each jump
        self.missed: list[Nudge] = []
        self.app.scheduler.nudges_missed.connect(self.missed.extend)
        self.app.presenter.nudge_shown.connect(self.on_nudge_shown)
        self.app.day_watch.day_changed.connect(self.days.append)
        self.app.start()

    def on_nudge_shown(self, nudge: Nudge) -> None:
        self.shown.append((nudge, self.clock.now()))
        self.shown_in.append(self.app.controller.tz)

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
        self.jumps.append(self.clock.now())
        self.look()

    def close(self) -> None:
        self.app.stop()
        for widget in self.qapp.topLevelWidgets():
            widget.close()
        self.app.deleteLater()
        self.qapp.processEvents()
        self.store.close()
        self.traveller.stop()

    def account(self, t: Tally, faults: int) -> None:
        """Into the ledger: the faults, and every nudge-log row the app wrote for a shown or missed
        moment (a write acknowledged) that is not in the store afterwards (a write lost)."""
        logged = self.store.nudge_log.between(
            dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
        )
        rows = {(e.planned, e.nudge_kind, e.block_kind, e.shown is not None) for e in logged}
        written = [(n, True) for n, _at in self.shown] + [(n, False) for n in self.missed]
        lost = [
            n
            for n, shown in written
            if (n.at.astimezone(dt.UTC), n.kind.value, n.block.kind.value, shown) not in rows
        ]
        assert lost == [], "a shown or missed moment is not in the nudge log"
        t.faults_injected += faults
        t.writes_acknowledged += len(written)
        t.writes_lost += len(lost)

    def catch_ups(self) -> list[str]:
        return [m for _t, m in self.notes.sent if m.startswith("You missed")]

    def assert_sound(self) -> None:
        keys = [n.key for n, _at in self.shown]
        assert len(keys) == len(set(keys)), "a nudge was shown twice"
        moments = [(n.at, n.kind, n.block.kind) for n, _at in self.shown]
        assert len(moments) == len(set(moments)), "the same moment was shown twice"
        # ... nor the same moment of the day by the local clock (a move west replans 08:30 again).
        walls = [
            (n.kind, n.block.kind, n.block.title, n.at.astimezone(tz).replace(tzinfo=None))
            for (n, _at), tz in zip(self.shown, self.shown_in, strict=True)
        ]
        assert len(walls) == len(set(walls)), "the same local moment was shown twice"
        for nudge, at in self.shown:
            late = at - nudge.at.astimezone(dt.UTC)
            # On time (within the minute step), or within the grace right when the clock jumped.
            allowed = GRACE if at in self.jumps else STEP
            assert dt.timedelta(0) <= late <= allowed, f"{nudge.key} shown {late} after its time"
        for (nudge, _at), tz in zip(self.shown, self.shown_in, strict=True):
            # Planned in the zone the app ran in when it was shown.
            assert nudge.at.utcoffset() == nudge.at.astimezone(tz).utcoffset(), nudge.key
        assert len(self.days) == len(set(self.days)), "a day turned over twice"
        assert self.app.controller.plan.date == self.app.controller.today()


@pytest.fixture
def day_factory(qapp: Any, data_dir: Path) -> Iterator[Callable[..., Day]]:
    made: list[Day] = []

    def make(tz: ZoneInfo, start: dt.datetime, **options: Any) -> Day:
        made.append(Day(qapp, data_dir, tz, start, **options))
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
    day_factory: Callable[..., Day],
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
    day.account(ledger(SCENARIO), faults=1)


@pytest.mark.parametrize("hours", [3, -3])
def test_a_wall_clock_jump_of_three_hours(
    day_factory: Callable[..., Day],
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
    # Forward: the skipped moments are said once, together. Back in time: the moments already
    # shown are not shown again (assert_sound), and nothing is "missed".
    if hours > 0:
        # 11:00 to 14:00 skipped: all in one message, also the 13:50 reset and the 13:55 focus
        # (within APScheduler's misfire grace, but minutes late is not "now" any more).
        assert catch_ups == [
            "You missed 5 moments: Focus block 11:30, Lunch 12:30, Focus block 13:00 and 2 more."
        ]
        late = [n.block.kind for n, at in day.shown if at == day.jumps[0]]
        assert late == []
    else:
        assert catch_ups == []
        assert len(day.shown) > before  # 08:00 to 10:00 had not been shown yet
    assert day.app.controller.plan.date == dt.date(2027, 3, 26)
    day.account(ledger(SCENARIO), faults=1)


def test_a_two_hour_suspend_gives_one_catch_up_and_no_repeats(
    day_factory: Callable[..., Day], ledger: Callable[[str], Tally]
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
    # The default day (five-minute dagstart): 10:20 reset, 10:25 focus and 11:00 inbox passed asleep:
    # one message, and each logged as missed (the 09:30 focus came at the start of the sleep, the
    # 11:30 focus on time after it).
    assert day.catch_ups() == [
        "You missed 3 moments: Reset 10:20, Focus block 10:25, Inbox block 11:00."
    ]
    asleep = day.store.nudge_log.between(
        dt.datetime(2027, 3, 26, 9, 31, tzinfo=tz), dt.datetime(2027, 3, 26, 11, 30, tzinfo=tz)
    )
    assert [(e.block_kind, e.answer) for e in asleep] == [
        ("reset", NudgeAnswer.MISSED),
        ("focus", NudgeAnswer.MISSED),
        ("inbox", NudgeAnswer.MISSED),
    ]
    slept = [
        n
        for n, _at in day.shown
        if dt.datetime(2027, 3, 26, 9, 31, tzinfo=tz)
        < n.at
        < dt.datetime(2027, 3, 26, 11, 30, tzinfo=tz)
    ]
    assert slept == [], "nothing from the sleep is shown as if it were now"
    assert day.app.controller.plan.date == dt.date(2027, 3, 26)
    day.account(ledger(SCENARIO), faults=1)


def test_a_frozen_app_wakes_with_one_catch_up_and_no_stale_heads_up(
    day_factory: Callable[..., Day], data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    """Frozen 7 minutes (SIGSTOP, a busy machine): wall and monotonic clock both ran on, so only
    the late wake itself shows the gap. Two overlapping meetings passed their moments meanwhile."""
    tz = ZoneInfo("Europe/Amsterdam")
    with open_store(data_dir) as store:
        store.agenda.add("Kort overleg", at_ams(8, 41), at_ams(8, 47), tz.key)
        store.agenda.add("Voorbereiding MT", at_ams(8, 45), at_ams(9, 15), tz.key)
    day = day_factory(tz, at_ams(8, 0))
    day.run(dt.timedelta(minutes=40))  # until 08:40: Kort overleg's heads-up (08:39) came
    sent_before = len(day.notes.sent)

    frozen = dt.timedelta(minutes=7)  # no look at all while frozen; then the timers fire late
    day.clock.advance(frozen)
    day.coordinates.shift(frozen)
    woke = day.clock.now()
    day.look()

    after_wake = day.notes.sent[sent_before:]
    assert day.catch_ups() == ["You missed 2 moments: Kort overleg 08:41, Voorbereiding MT 08:45."]
    shown_at_wake = [(n.kind, n.block.title) for n, at in day.shown if at == woke]
    # Only what is due now: Kort overleg's end (its DADU prompt); no "in 2 minutes" for the MT.
    assert shown_at_wake == [(NudgeKind.BLOCK_END, "Kort overleg")]
    assert len(after_wake) == 2  # that prompt and the one catch-up: no burst
    day.run(dt.timedelta(minutes=40))
    day.assert_sound()
    ends = [n.block.title for n, _at in day.shown if n.kind is NudgeKind.BLOCK_END]
    assert ends == ["Kort overleg", "Voorbereiding MT"]  # each meeting's DADU prompt came
    day.account(ledger(SCENARIO), faults=1)


def at_ams(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2027, 3, 26, hour, minute, tzinfo=ZoneInfo("Europe/Amsterdam"))


def test_a_jump_over_midnight_plans_the_new_local_day(
    day_factory: Callable[..., Day], ledger: Callable[[str], Tally]
) -> None:
    tz = ZoneInfo("Australia/Sydney")
    day = day_factory(tz, dt.datetime(2027, 10, 1, 16, 0, tzinfo=tz))  # Friday afternoon
    day.run(dt.timedelta(minutes=20))
    day.jump(dt.timedelta(days=3))  # to Monday 16:20, over the spring-forward Sunday
    day.run(dt.timedelta(minutes=30))

    day.assert_sound()
    assert day.app.controller.plan.date == dt.date(2027, 10, 4)
    # Friday's last moments (quiet quarter, reflection) passed during the jump: at most one message.
    assert len(day.catch_ups()) <= 1
    day.account(ledger(SCENARIO), faults=1)


# --- a time-zone change while the app runs ------------------------------------------------------

AMS = ZoneInfo("Europe/Amsterdam")


def local_walls(day: Day, zone_name: str) -> list[dt.datetime]:
    """The local times (naive) of the nudges shown while the app ran in `zone_name`."""
    return [
        n.at.astimezone(tz).replace(tzinfo=None)
        for (n, _at), tz in zip(day.shown, day.shown_in, strict=True)
        if tz.key == zone_name
    ]


def assert_runs_in(day: Day, zone_name: str) -> None:
    app = day.app
    assert app.controller.tz.key == zone_name
    assert getattr(app.scheduler.timezone, "key", None) == zone_name
    assert getattr(app.day_watch.tz, "key", None) == zone_name
    assert app.controller.plan.timezone == zone_name
    assert app.status_data()["timezone"] == zone_name
    # The jobs are the new zone's plan, less the local moments already shown in the old zone.
    upcoming = {n.key: n for n in app.controller.upcoming_nudges()}
    jobs = set(app.scheduler.job_ids())
    assert jobs <= set(upcoming)
    shown_walls = {(n.kind, n.block.kind, n.at.astimezone(tz).replace(tzinfo=None))
                   for (n, _at), tz in zip(day.shown, day.shown_in, strict=True)}  # fmt: skip
    tz = ZoneInfo(zone_name)
    for key in set(upcoming) - jobs:
        n = upcoming[key]
        assert (n.kind, n.block.kind, n.at.astimezone(tz).replace(tzinfo=None)) in shown_walls


def test_the_timezone_setting_changes_to_a_zone_to_the_west(
    day_factory: Callable[..., Day],
    caplog: pytest.LogCaptureFixture,
    ledger: Callable[[str], Tally],
) -> None:
    """Friday 08:00 in Amsterdam; at 11:00 (06:00 in New York, 5 hours behind) the user sets New York.
    The New York day repeats the morning by the clock: nothing already shown comes again."""
    day = day_factory(AMS, dt.datetime(2027, 3, 26, 8, 0, tzinfo=AMS))
    day.run(dt.timedelta(hours=3))
    in_amsterdam = local_walls(day, "Europe/Amsterdam")
    assert dt.datetime(2027, 3, 26, 8, 30) in in_amsterdam  # the day start was shown

    caplog.set_level(logging.INFO)
    day.store.settings.set("timezone", "America/New_York")
    day.run(STEP)  # the next heartbeat sees it

    assert_runs_in(day, "America/New_York")
    assert "time zone changed from Europe/Amsterdam to America/New_York" in caplog.text
    assert day.app.controller.plan.date == dt.date(2027, 3, 26)
    day.run(dt.timedelta(hours=13))  # until 19:01 in New York

    day.assert_sound()
    in_new_york = local_walls(day, "America/New_York")
    assert in_new_york, "the rest of the day nudges in New York"
    # 06:00 to 11:00 in New York is the morning already shown in Amsterdam: nothing twice ...
    assert not set(in_new_york) & set(in_amsterdam)
    # ... and the afternoon comes by the New York clock (13:00 focus, 16:45 reflection).
    assert dt.datetime(2027, 3, 26, 13, 0) in in_new_york
    assert dt.datetime(2027, 3, 26, 16, 45) in in_new_york
    assert day.catch_ups() == []
    assert day.days == []  # still Friday there
    day.account(ledger(ZONE_SCENARIO), faults=1)


def test_the_timezone_setting_changes_to_a_zone_where_it_is_tomorrow(
    day_factory: Callable[..., Day], data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    """Friday 20:00 in Amsterdam; at 21:00 the user sets Tokyo, where it is Saturday 05:00."""
    day = day_factory(AMS, dt.datetime(2027, 3, 26, 20, 0, tzinfo=AMS))
    day.run(dt.timedelta(hours=1))
    day.store.settings.set("timezone", "Asia/Tokyo")
    day.app.follow_timezone()  # what the settings window does after saving: no wait
    day.look()

    assert_runs_in(day, "Asia/Tokyo")
    saturday = dt.date(2027, 3, 27)
    assert day.days == [saturday]
    assert day.app.controller.plan.date == saturday
    assert (data_dir / "backups" / f"daily-{saturday}.sqlite3").exists()
    # Saturday to Monday 09:00 in Tokyo: the weekend is quiet, Monday follows the Tokyo clock.
    day.run(dt.timedelta(hours=52))

    day.assert_sound()
    assert day.days == [saturday, dt.date(2027, 3, 28), dt.date(2027, 3, 29)]
    assert day.app.controller.plan.date == dt.date(2027, 3, 29)
    in_tokyo = local_walls(day, "Asia/Tokyo")
    assert in_tokyo[0] == dt.datetime(2027, 3, 29, 8, 30)
    assert {wall.date() for wall in in_tokyo} == {dt.date(2027, 3, 29)}
    assert day.catch_ups() == []
    day.account(ledger(ZONE_SCENARIO), faults=1)


def test_the_system_zone_changes_under_the_running_app(
    day_factory: Callable[..., Day],
    caplog: pytest.LogCaptureFixture,
    ledger: Callable[[str], Tally],
) -> None:
    """The setting is "" (follow the system); the system moves from Amsterdam to London."""
    system: list[str | None] = ["Europe/Amsterdam"]
    day = day_factory(
        AMS, dt.datetime(2027, 3, 26, 9, 0, tzinfo=AMS), setting="", system_zone=lambda: system[0]
    )
    day.run(dt.timedelta(hours=1))
    caplog.set_level(logging.INFO)

    system[0] = "Europe/London"
    day.run(STEP)

    assert_runs_in(day, "Europe/London")
    assert "time zone changed from Europe/Amsterdam to Europe/London" in caplog.text
    day.run(dt.timedelta(hours=8))
    # A system zone that cannot be read (None) or is not known keeps the zone: never UTC midday.
    system[0] = None
    day.run(STEP)
    assert_runs_in(day, "Europe/London")
    system[0] = "Mars/Olympus_Mons"
    day.run(dt.timedelta(minutes=3))
    assert_runs_in(day, "Europe/London")
    assert caplog.text.count("'Mars/Olympus_Mons' is not known") == 1

    day.assert_sound()
    assert dt.datetime(2027, 3, 26, 16, 45) in local_walls(day, "Europe/London")
    assert day.catch_ups() == []
    day.account(ledger(ZONE_SCENARIO), faults=3)


def test_a_laptop_that_slept_on_a_flight_wakes_up_in_another_zone(
    day_factory: Callable[..., Day], ledger: Callable[[str], Tally]
) -> None:
    """Asleep from 09:30 in Amsterdam to 11:30 in New York (17:30 in Amsterdam): one catch-up
    for what passed in Amsterdam, then the New York afternoon."""
    system = ["Europe/Amsterdam"]
    day = day_factory(
        AMS, dt.datetime(2027, 3, 26, 9, 0, tzinfo=AMS), setting="", system_zone=lambda: system[0]
    )
    day.run(dt.timedelta(minutes=30))

    system[0] = "America/New_York"  # the system's zone is set while the lid is closed
    day.jump(dt.timedelta(hours=8))
    day.app.on_resumed()
    day.look()
    assert_runs_in(day, "America/New_York")
    day.run(dt.timedelta(hours=6))

    day.assert_sound()
    assert len(day.catch_ups()) == 1
    # Focus 13:00 passed in Amsterdam while asleep (said in the catch-up); in New York it is
    # still ahead, and comes.
    assert dt.datetime(2027, 3, 26, 13, 0) in local_walls(day, "America/New_York")
    assert day.app.controller.plan.date == dt.date(2027, 3, 26)
    day.account(ledger(ZONE_SCENARIO), faults=2)
