"""APScheduler 3.x on the Qt event loop, with one wake-up timer and jobs on the Qt thread.

The stock `QtScheduler` stores the return value of `QTimer.singleShot()` (always None), so it can
never stop a pending wake-up: each add/modify/resume while running starts one more self-repeating
timer chain. It also truncates the interval to whole milliseconds, so it wakes a little early,
finds nothing due and re-arms at 0 ms. This subclass owns exactly one single-shot QTimer and rounds
the interval up, so the scheduler wakes once per due moment.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from typing import Any

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)

# QTimer takes a signed 32-bit millisecond interval (~24.8 days); a later wake-up re-arms then.
MAX_TIMER_MS = 2_147_483_647
# A nudge that is more than this late (busy UI, suspend) is reported as missed, not shown late.
DEFAULT_MISFIRE_GRACE_SECONDS = 600


def wait_to_timer_ms(wait_seconds: float) -> int:
    """Milliseconds for a wake-up `wait_seconds` away, rounded up so the timer never fires early."""
    if wait_seconds <= 0:
        return 0
    return min(math.ceil(wait_seconds * 1000), MAX_TIMER_MS)


class _WakeTimer(QObject):
    """Owns the scheduler's single timer; restarts it on its own thread whoever asks."""

    restart_requested = Signal(object)  # wait in ms, or None to stop

    def __init__(self, on_timeout: Any) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(on_timeout)
        # APScheduler may call wakeup() from a worker thread (a job adding a job); a QTimer may only
        # be started from its own thread, so such requests travel as a queued signal.
        self.restart_requested.connect(self.on_restart_requested)

    @Slot(object)
    def on_restart_requested(self, wait_ms: int | None) -> None:
        if wait_ms is None:
            self.timer.stop()
        else:
            self.timer.start(wait_ms)

    def request(self, wait_ms: int | None) -> None:
        if QThread.currentThread() is self.thread():
            self.on_restart_requested(wait_ms)
        else:
            self.restart_requested.emit(wait_ms)


class SingleTimerQtScheduler(QtScheduler):
    """A QtScheduler with one cancellable wake-up timer and jobs run on the Qt thread.

    Create it on the Qt main thread. `executors` and `job_defaults` are fixed: the `debug` executor
    runs job functions inside the timer's timeout (the Qt thread), `coalesce` folds a backlog into
    one run and `misfire_grace_time` is explicit (APScheduler's default of 1 s would silently drop a
    nudge after any hiccup).
    """

    def __init__(
        self,
        timezone: dt.tzinfo,
        *,
        misfire_grace_seconds: int = DEFAULT_MISFIRE_GRACE_SECONDS,
        **options: Any,
    ) -> None:
        self._wake = _WakeTimer(self._process_jobs)
        super().__init__(
            timezone=timezone,
            executors={"default": {"type": "debug"}},
            job_defaults={"misfire_grace_time": misfire_grace_seconds, "coalesce": True},
            **options,
        )

    @property
    def wake_timer(self) -> QTimer:
        """The one timer this scheduler wakes with (exposed for tests and diagnostics)."""
        return self._wake.timer

    def process_due_now(self) -> None:
        """Run (or report missed) every job that is due, now, on the calling thread.

        Unlike `wakeup()`, which only arms a zero timer, this settles the due jobs before it returns,
        so a caller about to remove jobs first lets them fire or be reported missed.
        """
        self._process_jobs()

    def _start_timer(self, wait_seconds: float | None) -> None:
        if wait_seconds is None:
            self._wake.request(None)
        else:
            self._wake.request(wait_to_timer_ms(wait_seconds))

    def _stop_timer(self) -> None:
        self._wake.request(None)

    def _process_jobs(self) -> None:
        wait_seconds = super(QtScheduler, self)._process_jobs()
        if self.running:
            self._start_timer(wait_seconds)
        else:
            self._stop_timer()
