"""Everything that reads 'now' takes a clock, so tests can move time without sleeping."""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current instant, timezone-aware (UTC)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (used to see wall-clock jumps)."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock tests move by hand; wall and monotonic time advance together unless told otherwise."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(dt.UTC)
        self._monotonic = 1000.0

    def now(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, delta: dt.timedelta) -> None:
        self._now += delta
        self._monotonic += delta.total_seconds()

    def jump_wall(self, delta: dt.timedelta) -> None:
        """Move only the wall clock, as a user or NTP changing the time does."""
        self._now += delta
