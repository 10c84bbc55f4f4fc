"""Keeps imported layers current while the app runs: subscriptions fetched every N minutes and the
rolling window moved forward once a day.

No polling: one single-shot timer aims at the next moment something is due (a subscription's next
fetch, or a few minutes past the next day boundary for the window), never at a moment already
past. Without subscriptions there is no network
traffic at all. Each fetch (with its reading) runs in its own daemon thread — a few at once, so
one slow server does not hold up the other subscriptions — and hands its result back through a
queued signal; the store is written here, on the main thread, and every change replans the day.
Quitting never waits for a fetch: a daemon thread ends with the process (and a fetch ends at its
own deadline anyway, calendars/fetch.py), and no QThread is left to be destroyed while it runs.
A layer whose stored horizon (a year back, two years ahead) is a week short is expanded again from
its stored copy the same way, in a daemon thread, one at a time (issue 14).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ritmeregie.domain.localtime import next_day_start
from ritmeregie.platform.i18n import translate
from ritmeregie.services.calendars import (
    CalendarError,
    Prepared,
    Unchanged,
    Window,
    note_failure,
    store_prepared,
    store_rolled,
)

from .controller import RhythmController

log = logging.getLogger("ritmeregie.ui")
MAX_PARALLEL_FETCHES = 3


class _Results(QObject):
    """Carries a fetch thread's outcome to the main thread (queued: emitted from another thread).

    It has no parent and each thread holds a reference, so it lives as long as a thread that may
    still emit on it, also after the sync that made it is gone."""

    prepared = Signal(str, object)  # layer name, Prepared
    failed = Signal(str, str)  # layer name, the one-line reason
    done = Signal(str)  # layer name


def _fetch_in_thread(results: _Results, name: str, job: Callable[[], Prepared | Unchanged]) -> None:
    try:
        try:
            prepared = job()
        except CalendarError as exc:
            results.failed.emit(name, str(exc))
        except Exception as exc:  # a bug must not take the app down; the log has the details
            log.exception("fetching the calendar %s failed", name)
            results.failed.emit(
                name,
                translate("PrepareThread", "The calendar could not be read ({error}).").format(
                    error=type(exc).__name__
                ),
            )
        else:
            results.prepared.emit(name, prepared)
        results.done.emit(name)
    except RuntimeError:  # the app is gone: nobody is left to tell
        pass


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
        self.queue: list[str] = []
        # The subscriptions being fetched now, each in its own daemon thread.
        self.fetching: dict[str, threading.Thread] = {}
        self._results = _Results()
        self._results.prepared.connect(self.on_prepared, Qt.ConnectionType.QueuedConnection)
        self._results.failed.connect(self.on_failed, Qt.ConnectionType.QueuedConnection)
        self._results.done.connect(self.on_fetch_done, Qt.ConnectionType.QueuedConnection)
        # Layers whose horizon is to be expanded again, and the one being expanded now.
        self.rolls: list[str] = []
        self.rolling: dict[str, threading.Thread] = {}
        self._rolled = _Results()
        self._rolled.prepared.connect(self.on_rolled, Qt.ConnectionType.QueuedConnection)
        self._rolled.failed.connect(self.on_roll_failed, Qt.ConnectionType.QueuedConnection)
        self._rolled.done.connect(self.on_roll_done, Qt.ConnectionType.QueuedConnection)
        self._rolled_for: dt.date | None = None
        self._running = False

    # --- life -----------------------------------------------------------------------------------

    def start(self) -> None:
        self._running = True
        self.on_timer()

    def stop(self) -> None:
        """Stop fetching; a fetch under way is left to its daemon thread and its result dropped."""
        self._running = False
        self.timer.stop()
        self.queue.clear()
        self.fetching.clear()  # what a thread still hands back is dropped (on_* look here)
        self.rolls.clear()
        self.rolling.clear()

    # --- what is due ----------------------------------------------------------------------------

    def on_timer(self) -> None:
        from ritmeregie.services.calendars.subscriptions import due_subscriptions

        self.roll()
        for source in due_subscriptions(self.controller.store, self.controller.clock.now()):
            if source.name not in self.queue:
                self.queue.append(source.name)
        self._next()

    def roll(self) -> None:
        """Once a day: expand again, in a worker, every layer whose horizon is a week short."""
        today = self.controller.today()
        if self._rolled_for == today:
            return
        from ritmeregie.services.calendars import needs_roll

        self._rolled_for = today
        for source in self.controller.store.calendars.sources():
            if needs_roll(source, today) and source.name not in self.rolls:
                self.rolls.append(source.name)
        self._next_roll()

    def _next_roll(self) -> None:
        from ritmeregie.services.calendars import prepare

        while self.rolls and not self.rolling:
            name = self.rolls.pop(0)
            raw = self.controller.store.calendars.raw(name)
            if not raw:
                continue
            data = raw.encode("utf-8")
            window = Window.rolling(self.controller.today())
            tz = self.controller.tz
            thread = threading.Thread(
                target=_fetch_in_thread,
                args=(self._rolled, name, functools.partial(prepare, data, window, tz)),
                name=f"ritmeregie-calendar-horizon-{name}",
                daemon=True,
            )
            self.rolling[name] = thread
            log.info("expanding the calendar %s for a new horizon", name)
            thread.start()

    @Slot(str, object)
    def on_rolled(self, name: str, prepared: Prepared) -> None:
        if name not in self.rolling or self.controller.store.calendars.get(name) is None:
            return  # stopped, or the layer was removed meanwhile
        store_rolled(self.controller.store, name, prepared)
        self.controller.replan("calendar window moved")

    @Slot(str, str)
    def on_roll_failed(self, name: str, message: str) -> None:
        if name not in self.rolling:
            return
        log.warning("calendar %s: the stored copy cannot be expanded: %s", name, message)
        note_failure(self.controller.store, name, message)

    @Slot(str)
    def on_roll_done(self, name: str) -> None:
        if self.rolling.pop(name, None) is not None and self._running:
            self._next_roll()

    def refresh_now(self, name: str) -> None:
        """Fetch one subscription now (the settings page's Refresh)."""
        if name not in self.queue:
            self.queue.append(name)
        self._next()

    def next_wake(self) -> dt.datetime:
        """The next moment something is due: a subscription, or just after the next day boundary
        (when `roll` finds a new day). Never before now: between midnight and the boundary the
        next midnight is already past, and a timer aimed there would poll at its minimum wait."""
        from ritmeregie.services.calendars.subscriptions import is_due

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

    # --- a few fetches at a time ---------------------------------------------------------------

    def _next(self) -> None:
        while self.queue and len(self.fetching) < MAX_PARALLEL_FETCHES:
            name = self.queue.pop(0)
            if name in self.fetching:
                continue  # fetched now; due again later
            source = self.controller.store.calendars.get(name)
            if source is None or not source.url:
                continue
            self._fetch(source.name, source.url)
        if not self.fetching:
            self._schedule()

    def _fetch(self, name: str, url: str) -> None:
        from ritmeregie.services.calendars.subscriptions import fetch_and_prepare

        window = Window.rolling(self.controller.today())
        tz = self.controller.tz
        stored = self.controller.store.calendars.get(name)  # the same bytes cost only a hash
        results = self._results
        thread = threading.Thread(
            target=_fetch_in_thread,
            args=(results, name, lambda: fetch_and_prepare(url, name, window, tz, stored=stored)),
            name=f"ritmeregie-calendar-{name}",
            daemon=True,
        )
        self.fetching[name] = thread
        log.info("fetching the calendar %s", name)
        thread.start()

    @Slot(str, object)
    def on_prepared(self, name: str, prepared: Prepared | Unchanged) -> None:
        if name not in self.fetching:
            return  # stopped meanwhile
        try:
            store_prepared(self.controller.store, name, prepared)
        except CalendarError as exc:
            self.on_failed(name, str(exc))
            return
        if not isinstance(prepared, Unchanged):
            self.controller.replan("calendar refreshed")
        self.refreshed.emit(name)

    @Slot(str, str)
    def on_failed(self, name: str, message: str) -> None:
        if name not in self.fetching:
            return
        log.warning("%s", message)
        note_failure(self.controller.store, name, message)
        self.refresh_failed.emit(name, message)

    @Slot(str)
    def on_fetch_done(self, name: str) -> None:
        if self.fetching.pop(name, None) is None:
            return
        if self._running or self.queue:
            self._next()
