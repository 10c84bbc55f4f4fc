"""Keeps imported layers current while the app runs: subscriptions fetched every N minutes and each
layer's stored horizon moved forward once it is a week short (checked once a day).

No polling: one single-shot timer aims at the next moment something is due (a subscription's next
fetch, or a few minutes past midnight for the window). Without subscriptions there is no network
traffic at all. The fetch, the reading and the expansion (of a fetched file, or of a layer's stored
copy for a new horizon) run in a worker thread, one at a time; the store is written here, on the
main thread, and every change replans the day.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ritmeregie.calendars import (
    CalendarError,
    Prepared,
    Unchanged,
    Window,
    note_failure,
    store_prepared,
    store_rolled,
)
from ritmeregie.domain.localtime import local_instant

from .controller import RhythmController

if TYPE_CHECKING:  # the worker thread's code loads with the first fetch, not at start
    from .calendar_import import Job, PrepareThread

log = logging.getLogger("ritmeregie.ui")

ROLL_AFTER_MIDNIGHT = dt.timedelta(minutes=5)
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
        self.queue: list[str] = []  # subscriptions to fetch
        self.rolls: list[str] = []  # layers whose horizon is to be expanded again
        self.fetching: str | None = None
        self.rolling: str | None = None
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
        self.rolls.clear()
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
        """Queue every layer whose stored horizon is a week short (checked once a day)."""
        today = self.controller.today()
        if self._rolled_for == today:
            return
        from ritmeregie.calendars import needs_roll

        self._rolled_for = today
        for source in self.controller.store.calendars.sources():
            if needs_roll(source, today) and source.name not in self.rolls:
                self.rolls.append(source.name)

    def refresh_now(self, name: str) -> None:
        """Fetch one subscription now (the settings page's Refresh)."""
        if name not in self.queue:
            self.queue.append(name)
        self._next()

    def next_wake(self) -> dt.datetime:
        """The next moment something is due: a subscription, or just after midnight."""
        from ritmeregie.calendars.subscriptions import is_due

        now = self.controller.clock.now()
        tomorrow = self.controller.today() + dt.timedelta(days=1)
        wake = local_instant(tomorrow, dt.time(0), self.controller.tz) + ROLL_AFTER_MIDNIGHT
        for source in self.controller.store.calendars.sources():
            if not source.url or not source.refresh_minutes:
                continue
            if is_due(source, now):
                return now
            last = source.last_attempt or source.imported or now
            wake = min(wake, last + dt.timedelta(minutes=source.refresh_minutes))
        return wake

    def _schedule(self) -> None:
        if not self._running:
            return
        wait = (self.next_wake() - self.controller.clock.now()).total_seconds() * 1000
        self.timer.start(int(min(MAX_WAIT_MS, max(MIN_WAIT_MS, wait))))

    # --- one fetch at a time --------------------------------------------------------------------

    def _next(self) -> None:
        if self.thread is not None:
            return
        while self.rolls:
            name = self.rolls.pop(0)
            raw = self.controller.store.calendars.raw(name)
            if raw:
                self._roll(name, raw)
                return
        while self.queue:
            name = self.queue.pop(0)
            source = self.controller.store.calendars.get(name)
            if source is None or not source.url:
                continue
            self._fetch(source.name, source.url)
            return
        self._schedule()

    def _roll(self, name: str, raw: str) -> None:
        from ritmeregie.calendars import prepare

        window = Window.rolling(self.controller.today())
        tz = self.controller.tz
        data = raw.encode("utf-8")
        self._start(lambda progress: prepare(data, window, tz, progress))
        self.rolling = name
        log.info("expanding the calendar %s for a new horizon", name)

    def _fetch(self, name: str, url: str) -> None:
        from ritmeregie.calendars.subscriptions import fetch_and_prepare

        window = Window.rolling(self.controller.today())
        tz = self.controller.tz
        stored = self.controller.store.calendars.get(name)
        self._start(lambda _progress: fetch_and_prepare(url, name, window, tz, stored=stored))
        self.fetching = name
        log.info("fetching the calendar %s", name)

    def _start(self, job: Job) -> None:
        from .calendar_import import PrepareThread

        thread = PrepareThread(job, self)
        self.thread = thread
        # Bound slots of this main-thread object: the results arrive queued, on the main thread.
        thread.prepared.connect(self.on_prepared)
        thread.failed.connect(self.on_failed)
        thread.finished.connect(self.on_thread_finished)
        thread.start()

    @Slot(object)
    def on_prepared(self, prepared: Prepared | Unchanged) -> None:
        if self.rolling is not None:
            if isinstance(prepared, Prepared) and self.controller.store.calendars.get(self.rolling):
                store_rolled(self.controller.store, self.rolling, prepared)
                self.controller.replan("calendar window moved")
            return
        name = self.fetching or ""
        try:
            store_prepared(self.controller.store, name, prepared)
        except CalendarError as exc:
            self.on_failed(str(exc))
            return
        if not isinstance(prepared, Unchanged):
            self.controller.replan("calendar refreshed")
        self.refreshed.emit(name)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        name = self.fetching or self.rolling or ""
        log.warning("%s", message)
        note_failure(self.controller.store, name, message)
        if self.fetching is not None:
            self.refresh_failed.emit(name, message)

    @Slot()
    def on_thread_finished(self) -> None:
        self.fetching = None
        self.rolling = None
        if self.thread is not None:
            self.thread.deleteLater()
            self.thread = None
        if self._running or self.queue or self.rolls:
            self._next()
