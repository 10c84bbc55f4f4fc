"""The rebuild triggers: wall-clock jumps, day boundaries (DST nights) and logind's sleep signal."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from ritmeregie.domain.clock import ManualClock, SystemClock
from ritmeregie.scheduling.watchers import (
    DayWatch,
    SleepWatch,
    WallClockWatch,
    ZoneWatch,
    day_of,
    next_day_boundary,
)

pytestmark = pytest.mark.gui

AMS = ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC


def ams(*args: int, fold: int = 0) -> dt.datetime:
    return dt.datetime(*args, tzinfo=AMS, fold=fold)  # type: ignore[misc]


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)  # type: ignore[misc]


# --- WallClockWatch -------------------------------------------------------------------------------


def test_heartbeat_is_at_most_a_minute() -> None:
    assert 0 < WallClockWatch.HEARTBEAT_MS <= 60_000


def test_wall_clock_jumps_are_reported_once_each(qapp: Any) -> None:
    clock = ManualClock(utc(2027, 3, 1, 9))
    watch = WallClockWatch(clock)
    jumps: list[float] = []
    watch.clock_jumped.connect(jumps.append)

    clock.jump_wall(dt.timedelta(hours=3))
    watch.check_now()
    watch.check_now()
    assert jumps == [10_800.0]

    clock.jump_wall(dt.timedelta(hours=-3))
    watch.check_now()
    watch.check_now()
    assert jumps == [10_800.0, -10_800.0]


def test_time_passing_normally_or_small_drift_is_not_a_jump(qapp: Any) -> None:
    clock = ManualClock(utc(2027, 3, 1, 9))
    watch = WallClockWatch(clock, threshold_seconds=90)
    jumps: list[float] = []
    watch.clock_jumped.connect(jumps.append)
    for _ in range(10):
        clock.advance(dt.timedelta(hours=1))
        watch.check_now()
    clock.jump_wall(dt.timedelta(seconds=60))  # NTP nudging the clock is no reason to rebuild
    watch.check_now()
    assert jumps == []


def test_a_frozen_process_is_a_gap_not_a_jump(qapp: Any) -> None:
    """SIGSTOP or a starved machine: wall and monotonic clock both run on, the heartbeat does
    not. Only the late look itself shows it."""
    clock = ManualClock(utc(2027, 3, 1, 9))
    watch = WallClockWatch(clock)
    jumps: list[float] = []
    gaps: list[float] = []
    watch.clock_jumped.connect(jumps.append)
    watch.gap_seen.connect(gaps.append)
    for _ in range(4):  # heartbeats on time
        clock.advance(dt.timedelta(milliseconds=WallClockWatch.HEARTBEAT_MS))
        watch.check_now()
    clock.advance(dt.timedelta(minutes=7))
    watch.check_now()
    watch.check_now()  # reported once
    assert gaps == [420.0]
    assert jumps == []


def test_heartbeat_timer_runs_with_the_real_clock(qtbot: Any) -> None:
    watch = WallClockWatch(SystemClock())
    jumps: list[float] = []
    watch.clock_jumped.connect(jumps.append)
    watch.start()
    assert watch._heartbeat.isActive()
    assert watch._heartbeat.interval() == WallClockWatch.HEARTBEAT_MS
    watch.check_now()
    watch.stop()
    assert jumps == []
    assert not watch._heartbeat.isActive()


def test_every_look_is_announced_jump_or_not(qapp: Any) -> None:
    clock = ManualClock(utc(2027, 3, 1, 9))
    watch = WallClockWatch(clock)
    order: list[str] = []
    watch.clock_jumped.connect(lambda _s: order.append("jumped"))
    watch.checked.connect(lambda: order.append("checked"))
    watch.check_now()
    clock.jump_wall(dt.timedelta(hours=2))
    watch.check_now()
    # The jump is handled first; the cheap checks riding on the heartbeat come after it.
    assert order == ["checked", "jumped", "checked"]


# --- ZoneWatch ------------------------------------------------------------------------------------


def test_zone_watch_reports_each_change_once(qapp: Any, caplog: pytest.LogCaptureFixture) -> None:
    answer: list[str | None] = ["Europe/Amsterdam"]
    watch = ZoneWatch(lambda: answer[0])
    changes: list[str] = []
    watch.zone_changed.connect(changes.append)
    watch.check_now()  # before start: no baseline yet, so the first answer is a change from None
    assert changes == ["Europe/Amsterdam"]
    changes.clear()
    watch.start()
    watch.check_now()
    assert changes == []

    caplog.set_level(logging.INFO)
    answer[0] = "Asia/Tokyo"
    watch.check_now()
    watch.check_now()
    assert changes == ["Asia/Tokyo"]
    assert watch.current == "Asia/Tokyo"
    assert "time zone changed from Europe/Amsterdam to Asia/Tokyo" in caplog.text

    answer[0] = "Europe/Amsterdam"
    watch.check_now()
    assert changes == ["Asia/Tokyo", "Europe/Amsterdam"]


def test_zone_watch_keeps_the_zone_when_it_cannot_tell(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    answer: list[str | None] = ["Europe/Amsterdam"]
    watch = ZoneWatch(lambda: answer[0])
    changes: list[str] = []
    watch.zone_changed.connect(changes.append)
    watch.start()
    for unclear in (None, "", "Not/A_Zone", "Not/A_Zone", "../etc/passwd"):
        answer[0] = unclear
        watch.check_now()
    assert changes == []
    assert watch.current == "Europe/Amsterdam"
    assert caplog.text.count("'Not/A_Zone' is not known") == 1


def test_zone_watch_learns_a_zone_it_could_not_read_at_start(qapp: Any) -> None:
    answer: list[str | None] = [None]
    watch = ZoneWatch(lambda: answer[0])
    changes: list[str] = []
    watch.zone_changed.connect(changes.append)
    watch.start()
    assert watch.current is None
    answer[0] = "Europe/Amsterdam"
    watch.check_now()
    assert changes == ["Europe/Amsterdam"]


# --- day boundaries (pure) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "boundary", "expected"),
    [
        # Spring forward, 2027-03-28 02:00 -> 03:00: the day is 23 hours long.
        (ams(2027, 3, 27, 12), dt.time(0), utc(2027, 3, 27, 23)),
        (ams(2027, 3, 28, 0, 30), dt.time(0), utc(2027, 3, 28, 22)),
        (ams(2027, 3, 28, 3, 0), dt.time(0), utc(2027, 3, 28, 22)),
        # A boundary inside the gap falls on the first instant after it (03:00 CEST).
        (ams(2027, 3, 27, 12), dt.time(2, 30), utc(2027, 3, 28, 1)),
        (ams(2027, 3, 28, 1, 59), dt.time(2, 30), utc(2027, 3, 28, 1)),
        (ams(2027, 3, 28, 3, 0), dt.time(2, 30), utc(2027, 3, 29, 0, 30)),
        # Fall back, 2027-10-31 03:00 -> 02:00: the day is 25 hours long.
        (ams(2027, 10, 30, 12), dt.time(0), utc(2027, 10, 30, 22)),
        (ams(2027, 10, 31, 2, 30, fold=0), dt.time(0), utc(2027, 10, 31, 23)),
        (ams(2027, 10, 31, 2, 30, fold=1), dt.time(0), utc(2027, 10, 31, 23)),
        # A boundary in the repeated hour means its first occurrence, and only that one.
        (ams(2027, 10, 30, 12), dt.time(2, 30), utc(2027, 10, 31, 0, 30)),
        (ams(2027, 10, 31, 2, 20, fold=1), dt.time(2, 30), utc(2027, 11, 1, 1, 30)),
        (ams(2027, 10, 31, 2, 40, fold=1), dt.time(2, 30), utc(2027, 11, 1, 1, 30)),
    ],
)
def test_next_day_boundary_on_dst_nights(
    instant: dt.datetime, boundary: dt.time, expected: dt.datetime
) -> None:
    found = next_day_boundary(instant, AMS, boundary)
    assert found == expected
    assert found > instant
    # The boundary really is where the day changes.
    assert day_of(found, AMS, boundary) == day_of(instant, AMS, boundary) + dt.timedelta(days=1)
    assert day_of(found - dt.timedelta(microseconds=1), AMS, boundary) == day_of(
        instant, AMS, boundary
    )


def test_dst_days_are_23_and_25_hours_long() -> None:
    spring = next_day_boundary(ams(2027, 3, 28, 12), AMS) - next_day_boundary(
        ams(2027, 3, 27, 12), AMS
    )
    autumn = next_day_boundary(ams(2027, 10, 31, 12), AMS) - next_day_boundary(
        ams(2027, 10, 30, 12), AMS
    )
    assert spring == dt.timedelta(hours=23)
    assert autumn == dt.timedelta(hours=25)


# --- DayWatch -------------------------------------------------------------------------------------


def test_day_watch_emits_after_the_boundary_and_rearms(qapp: Any) -> None:
    clock = ManualClock(ams(2027, 3, 27, 23, 59))
    watch = DayWatch(clock, AMS)
    days: list[dt.date] = []
    watch.day_changed.connect(days.append)
    watch.start()
    assert watch.armed_for == utc(2027, 3, 27, 23)
    assert 0 < watch._timer.remainingTime() <= 60_000

    watch.check_now()  # still the 27th
    assert days == []

    clock.advance(dt.timedelta(minutes=2))
    watch.check_now()
    assert days == [dt.date(2027, 3, 28)]
    assert watch.armed_for == utc(2027, 3, 28, 22)  # the 23-hour day
    watch.check_now()
    assert days == [dt.date(2027, 3, 28)]

    # A wall-clock jump back over midnight means the previous day again, and a new aim.
    clock.jump_wall(dt.timedelta(hours=-3))
    watch.on_clock_jumped(-10_800.0)
    assert days == [dt.date(2027, 3, 28), dt.date(2027, 3, 27)]
    assert watch.armed_for == utc(2027, 3, 27, 23)
    watch.stop()
    assert watch.armed_for is None


def test_day_watch_follows_a_new_zone(qapp: Any) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    clock = ManualClock(ams(2027, 3, 26, 20, 0))  # Friday evening; Saturday 04:00 in Tokyo
    watch = DayWatch(clock, AMS)
    days: list[dt.date] = []
    watch.day_changed.connect(days.append)
    watch.start()

    watch.set_timezone(ZoneInfo("Europe/Berlin"))  # another zone, the same day: nothing to say
    assert days == []
    assert watch.armed_for == utc(2027, 3, 26, 23)

    watch.set_timezone(tokyo)
    assert watch.tz is tokyo
    assert days == [dt.date(2027, 3, 27)]
    assert watch.armed_for == utc(2027, 3, 27, 15)  # Tokyo's next midnight

    watch.set_timezone(AMS)  # back: the day before again
    assert days == [dt.date(2027, 3, 27), dt.date(2027, 3, 26)]
    assert watch.armed_for == utc(2027, 3, 26, 23)
    watch.stop()


class _NearMidnightClock:
    """The real clocks, with the wall clock shifted so that local midnight is `lead` away."""

    def __init__(self, lead: dt.timedelta) -> None:
        real = dt.datetime.now(UTC)
        midnight = next_day_boundary(real, AMS)
        self._shift = (midnight - lead) - real
        self._system = SystemClock()

    def now(self) -> dt.datetime:
        return self._system.now() + self._shift

    def monotonic(self) -> float:
        return self._system.monotonic()


def test_day_watch_timer_really_fires_at_the_boundary(qtbot: Any) -> None:
    clock = _NearMidnightClock(lead=dt.timedelta(milliseconds=800))
    watch = DayWatch(clock, AMS)
    before = watch.day
    watch.start()
    with qtbot.waitSignal(watch.day_changed, timeout=5000) as blocker:
        pass
    assert blocker.args == [before + dt.timedelta(days=1)]
    assert watch._timer.isActive()  # re-armed for the next midnight
    watch.stop()


# --- SleepWatch -----------------------------------------------------------------------------------


def test_sleep_watch_without_a_system_bus_is_a_quiet_no_op(qapp: Any) -> None:
    watch = SleepWatch()
    if QDBusConnection.systemBus().isConnected():
        pytest.skip("this machine has a system bus; the no-bus path cannot be shown here")
    assert watch.available is False


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """A private dbus-daemon standing in for the system bus; stopped by its PID."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(dir=tmp_path))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains about fd limits when not allowed to raise them
        text=True,
    )
    try:
        assert daemon.stdout is not None
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


def test_sleep_watch_follows_logind_prepare_for_sleep(qtbot: Any, private_bus: str) -> None:
    watcher_bus = QDBusConnection.connectToBus(private_bus, "ritmeregie-test-watcher")
    logind_bus = QDBusConnection.connectToBus(private_bus, "ritmeregie-test-logind")
    try:
        assert logind_bus.registerService("org.freedesktop.login1")
        watch = SleepWatch(watcher_bus)
        assert watch.available

        def prepare_for_sleep(going: bool) -> None:
            message = QDBusMessage.createSignal(
                "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
            )
            message.setArguments([going])
            assert logind_bus.send(message)

        with qtbot.waitSignal(watch.went_to_sleep, timeout=5000):
            prepare_for_sleep(True)
        with qtbot.waitSignal(watch.resumed, timeout=5000):
            prepare_for_sleep(False)
    finally:
        QDBusConnection.disconnectFromBus("ritmeregie-test-watcher")
        QDBusConnection.disconnectFromBus("ritmeregie-test-logind")
