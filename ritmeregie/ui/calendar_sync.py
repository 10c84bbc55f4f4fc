"""Keeps imported layers current while the app runs: subscriptions fetched every N minutes and the
rolling window moved forward once a day.

No polling: one single-shot timer aims at the next moment something is due (a subscription's next
fetch, or a few minutes past the next day boundary for the window), never at a moment already past. Without subscriptions there is no network
traffic at all. The fetch and the reading run in a worker thread; the store is written here, on
the main thread, and every change replans the day.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ritmeregie.calendars import CalendarError, Prepared, Window, note_failure, store_prepared
from ritmeregie.domain.localtime import next_day_start

from .controller import RhythmController

if TYPE_CHECKING:  # the worker thread's code loads with the first fetch, not at start
    from .calendar_import import PrepareThread

log = logging.getLogger("ritmeregie.ui")

ROLL_AFTER_BOUNDARY = dt.timedelta(minutes=5)
MAX_WAIT_MS = 6 * 60 * 60 * 1000  # re-aim at least every six hours (sleep, clock changes)
MIN_WAIT_MS = 1000


class CalendarSync(QObject):
    refreshed = Signal(str)  # layer name
    refresh_failed = Signal(str, str)  # layer name, the one-line reason

    def __init__(self, controller: RhythmController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.on_timer)
        self.thread: PrepareThread | None = None
        self.queue: list[str] = []
        self.fetching: str | None = None
        self._rolled_for: dt.date | None = None
        self._running = False

    # --- life -----------------------------------------------------------------------------------

    def start(self) -> None:
        self._running = True
        self.on_timer()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()
        self.queue.clear()
        if self.thread is not None:
            self.thread.wait(25_000)  # a fetch gives up after its own time-out

    # --- what is due ----------------------------------------------------------------------------

    def on_timer(self) -> None:
        from ritmeregie.calendars.subscriptions import due_subscriptions

        self.roll()
        for source in due_subscriptions(self.controller.store, self.controller.clock.now()):
            if source.name not in self.queue:
                self.queue.append(source.name)
        self._next()

    def roll(self) -> None:
        """Move every layer's cached window forward once a day (from the stored copies)."""
        today = self.controller.today()
        if self._rolled_for == today:
            return
        from ritmeregie.calendars import roll_windows

        self._rolled_for = today
        if roll_windows(self.controller.store, today, self.controller.tz):
            self.controller.replan("calendar window moved")

    def refresh_now(self, name: str) -> None:
        """Fetch one subscription now (the settings page's Refresh)."""
        if name not in self.queue:
            self.queue.append(name)
        self._next()

    def next_wake(self) -> dt.datetime:
        """The next moment something is due: a subscription, or just after the next day boundary
        (when `roll` finds a new day). Never before now: between midnight and the boundary the
        next midnight is already past, and a timer aimed there would poll at its minimum wait."""
        from ritmeregie.calendars.subscriptions import is_due

        c = self.controller
        now = c.clock.now()
        wake = next_day_start(now, c.tz, c.day_boundary()) + ROLL_AFTER_BOUNDARY
        for source in self.controller.store.calendars.sources():
            if not source.url or not source.refresh_minutes:
                continue
            if is_due(source, now):
                return now
            last = source.last_attempt or source.imported or now
            wake = min(wake, last + dt.timedelta(minutes=source.refresh_minutes))
        return max(wake, now)

    def _schedule(self) -> None:
        if not self._running:
            return
        wait = (self.next_wake() - self.controller.clock.now()).total_seconds() * 1000
        self.timer.start(int(min(MAX_WAIT_MS, max(MIN_WAIT_MS, wait))))

    # --- one fetch at a time --------------------------------------------------------------------

    def _next(self) -> None:
        if self.thread is not None:
            return
        while self.queue:
            name = self.queue.pop(0)
            source = self.controller.store.calendars.get(name)
            if source is None or not source.url:
                continue
            self._fetch(source.name, source.url)
            return
        self._schedule()

    def _fetch(self, name: str, url: str) -> None:
        from ritmeregie.calendars.subscriptions import fetch_and_prepare

        window = Window.rolling(self.controller.today())
        tz = self.controller.tz
        from .calendar_import import PrepareThread

        thread = PrepareThread(lambda _progress: fetch_and_prepare(url, name, window, tz), self)
        self.thread = thread
        self.fetching = name
        # Bound slots of this main-thread object: the results arrive queued, on the main thread.
        thread.prepared.connect(self.on_prepared)
        thread.failed.connect(self.on_failed)
        thread.finished.connect(self.on_thread_finished)
        log.info("fetching the calendar %s", name)
        thread.start()

    @Slot(object)
    def on_prepared(self, prepared: Prepared) -> None:
        name = self.fetching or ""
        try:
            store_prepared(self.controller.store, name, prepared)
        except CalendarError as exc:
            self.on_failed(str(exc))
            return
        self.controller.replan("calendar refreshed")
        self.refreshed.emit(name)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        name = self.fetching or ""
        log.warning("%s", message)
        note_failure(self.controller.store, name, message)
        self.refresh_failed.emit(name, message)

    @Slot()
    def on_thread_finished(self) -> None:
        self.fetching = None
        if self.thread is not None:
            self.thread.deleteLater()
            self.thread = None
        if self._running or self.queue:
            self._next()
