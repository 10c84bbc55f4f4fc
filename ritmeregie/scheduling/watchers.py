"""The reasons to rebuild the day's jobs: a wall-clock jump, a new day, a new time zone, a resume
from sleep.

Each watcher has `check_now()` so tests (and the app, after another watcher fired) can ask for a
check without waiting for a timer.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.localtime import UnknownTimezoneError, day_bounds, local_date, zone

from .sleep_watch import SleepWatch

__all__ = ["DayWatch", "SleepWatch", "WallClockWatch", "ZoneWatch", "day_of", "next_day_boundary"]

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2_147_483_647


class WallClockWatch(QObject):
    """Sees the wall clock move against the monotonic clock.

    A user or NTP setting the time shows up as a jump; so does a suspend on Linux, where the
    monotonic clock stops while asleep and the wall clock does not. Each jump is reported once:
    the new offset becomes the baseline. A heartbeat that comes far too late by the monotonic
    clock itself is a gap (a frozen process, a starved machine): reported as `gap_seen`.
    """

    HEARTBEAT_MS = 30_000
    DEFAULT_THRESHOLD_SECONDS = 90.0

    clock_jumped = Signal(float)  # seconds the wall clock moved beyond the monotonic clock (+/-)
    # The app did not run for a while although both clocks did (SIGSTOP, a very busy machine):
    # seconds since the previous look, well beyond the heartbeat.
    gap_seen = Signal(float)
    # After every look, jump or not: other cheap checks (the time zone) ride on this heartbeat.
    checked = Signal()

    def __init__(
        self,
        clock: Clock,
        *,
        threshold_seconds: float = DEFAULT_THRESHOLD_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._threshold_seconds = threshold_seconds
        self._offset_seconds = self._current_offset()
        self._last_look = clock.monotonic()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(self.HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.check_now)

    def start(self) -> None:
        self._offset_seconds = self._current_offset()
        self._last_look = self._clock.monotonic()
        self._heartbeat.start()

    def stop(self) -> None:
        self._heartbeat.stop()

    @Slot()
    def check_now(self) -> None:
        offset = self._current_offset()
        jump = offset - self._offset_seconds
        looked = self._clock.monotonic()
        since_last = looked - self._last_look
        self._last_look = looked
        if abs(jump) > self._threshold_seconds:
            self._offset_seconds = offset
            log.info("wall clock jumped %+.0f s against the monotonic clock", jump)
            self.clock_jumped.emit(jump)
        elif since_last > self.HEARTBEAT_MS / 1000 + self._threshold_seconds:
            # Both clocks ran on but this process did not look: it was frozen or starved.
            log.info("no heartbeat for %.0f s: the app did not run meanwhile", since_last)
            self.gap_seen.emit(since_last)
        self.checked.emit()

    def _current_offset(self) -> float:
        return self._clock.now().timestamp() - self._clock.monotonic()


class ZoneWatch(QObject):
    """Sees the time zone the app should run in change: the user's setting or the system's zone.

    `zone_name` answers which zone applies now (an IANA name), or None when it cannot tell (the
    answer is then ignored, never taken for UTC). It is asked on `check_now()` — the app calls that
    on the wall-clock heartbeat and on resume, so there is no timer of its own. The first answer
    (at `start()`) is the baseline; each later change is reported once as `zone_changed(name)`.
    The receiver compares with the zone it runs in: a change back to that zone may need nothing.
    """

    zone_changed = Signal(str)  # the new zone's IANA name

    def __init__(
        self, zone_name: Callable[[], str | None], *, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._zone_name = zone_name
        self._current: str | None = None
        self._refused: set[str] = set()  # unknown names, logged once each

    @property
    def current(self) -> str | None:
        """The zone name last seen (None before `start()` or while it could not be told)."""
        return self._current

    def start(self) -> None:
        self._current = self._valid(self._zone_name())

    @Slot()
    def check_now(self) -> None:
        name = self._valid(self._zone_name())
        if name is None or name == self._current:
            return
        # From None too: a zone that could not be read at start (the app fell back) and now can.
        log.info("time zone changed from %s to %s", self._current or "unknown", name)
        self._current = name
        self.zone_changed.emit(name)

    def _valid(self, name: str | None) -> str | None:
        if not name:
            return None
        try:
            return zone(name).key
        except UnknownTimezoneError:
            if name not in self._refused:
                self._refused.add(name)
                log.warning("time zone %r is not known; staying in %s", name, self._current)
            return None


def next_day_boundary(
    instant: dt.datetime, tz: dt.tzinfo, boundary: dt.time = dt.time(0)
) -> dt.datetime:
    """The first day boundary strictly after `instant`, as a UTC instant.

    DST-safe: a boundary in the spring-forward gap falls on the first instant after the gap, one in
    the repeated autumn hour on its first occurrence; days may be 23 or 25 hours long.
    """
    _, end = day_bounds(day_of(instant, tz, boundary), tz, boundary)
    return end


def day_of(instant: dt.datetime, tz: dt.tzinfo, boundary: dt.time = dt.time(0)) -> dt.date:
    """The local day an instant belongs to: the day whose bounds contain it.

    `local_date` subtracts the boundary in wall-clock time, which can land one day off in the
    repeated autumn hour when the boundary lies inside it; the bounds settle it.
    """
    date = local_date(instant, tz, boundary)
    start, end = day_bounds(date, tz, boundary)
    while instant >= end:
        date += dt.timedelta(days=1)
        start, end = day_bounds(date, tz, boundary)
    while instant < start:
        date -= dt.timedelta(days=1)
        start, end = day_bounds(date, tz, boundary)
    return date


class DayWatch(QObject):
    """Emits `day_changed` when the local day (with its configurable boundary) turns over.

    One single-shot timer aims at the next boundary and is re-armed after it fires and after every
    `check_now()`; connect `WallClockWatch.clock_jumped` to `on_clock_jumped`, because a Qt timer
    runs on the monotonic clock and is late by the length of a suspend.
    """

    day_changed = Signal(object)  # the new local dt.date

    def __init__(
        self,
        clock: Clock,
        tz: dt.tzinfo,
        *,
        boundary: dt.time = dt.time(0),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz
        self._boundary = boundary
        self._day = day_of(clock.now(), tz, boundary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check_now)
        self._armed_for: dt.datetime | None = None

    @property
    def day(self) -> dt.date:
        return self._day

    @property
    def tz(self) -> dt.tzinfo:
        return self._tz

    def set_timezone(self, tz: dt.tzinfo) -> None:
        """Count days in `tz` from now on. The local day may differ there: then `day_changed` is
        emitted (forwards or back), and a started watch aims at the new zone's next boundary."""
        self._tz = tz
        self.check_now()

    @property
    def armed_for(self) -> dt.datetime | None:
        """The boundary (UTC) the timer aims at, or None when stopped."""
        return self._armed_for

    def start(self) -> None:
        self._day = day_of(self._clock.now(), self._tz, self._boundary)
        self._arm()

    def stop(self) -> None:
        self._timer.stop()
        self._armed_for = None

    @Slot()
    def check_now(self) -> None:
        today = day_of(self._clock.now(), self._tz, self._boundary)
        if today != self._day:
            self._day = today
            log.info("day changed to %s", today)
            self.day_changed.emit(today)
        if self._armed_for is not None:  # started: aim at the (possibly new) next boundary
            self._arm()

    @Slot(float)
    def on_clock_jumped(self, _jump_seconds: float) -> None:
        self.check_now()

    def _arm(self) -> None:
        now = self._clock.now()
        self._armed_for = next_day_boundary(now, self._tz, self._boundary)
        wait_seconds = (self._armed_for - now).total_seconds()
        # Rounded up: waking a moment early would only find the same day and re-arm.
        self._timer.start(min(math.ceil(wait_seconds * 1000), MAX_TIMER_MS))
