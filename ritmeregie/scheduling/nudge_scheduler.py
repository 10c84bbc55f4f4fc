"""One APScheduler job per upcoming nudge; jobs only emit Qt signals.

The day plan is the source of truth and jobs are derived from it, so `replace()` is called with the
whole list of nudges on every rebuild. Past nudges take one path, whether they were added late or
the wake came late (a suspend, a frozen process, a busy machine): each moment is judged when it
comes due (domain.nudges.timeliness): a heads-up for a block that has started is dropped, a start
or end more than `late_grace` late is collected with APScheduler's own misfires (older than
`misfire_grace_seconds`) into one `nudges_missed` list per scheduler round, so the app shows a
single catch-up instead of a storm.

A rebuild after a suspend or a clock jump gets a plan that no longer lists the moments that passed
meanwhile; `replace()` therefore first lets the scheduler settle every job that is already due
(fire it, or report it missed) and only then drops the jobs the plan no longer wants.

Done moments are remembered by instant (a clock set back replays instants already shown), and shown
ones also by local wall-clock time in the zone the app ran in (after a move west the day's plan
lists "Dagstart 08:30" again, at a later instant). A moment matching either is not scheduled again.
A missed one is remembered by instant only: "Focus 13:00", missed asleep on a flight west, is still
ahead at 13:00 where the laptop wakes up.

"Now" is the injected clock's, as everywhere in the app: a snooze counts from it, a moment is judged
late or on time by it, and the memory of done moments ages by it. APScheduler's own wake-up timer
runs on the wall clock (it has no clock to inject); with the SystemClock the two are the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    JobExecutionEvent,
)
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.nudges import LATE_GRACE, Nudge, Timeliness, gathered, timeliness

from .qt_scheduler import DEFAULT_MISFIRE_GRACE_SECONDS, SingleTimerQtScheduler

log = logging.getLogger(__name__)

SNOOZE_PREFIX = "snooze:"
# Moments already shown or missed are remembered this long, so a rebuild that still lists them
# (right after they fired, or after the clock was set back) never shows them twice.
DONE_MEMORY = dt.timedelta(days=2)

# A moment's identity: plan or snooze, nudge kind, block kind, then the block's start and the
# nudge's time as UTC instants; or, by the local clock, the block's title too and both times as
# naive wall-clock times in the app's zone (the title keeps two agenda items apart there).
Moment = tuple[bool, str, str, str | None, dt.datetime, dt.datetime]


def moments_of(job_id: str, nudge: Nudge, tz: dt.tzinfo) -> tuple[Moment, Moment]:
    """The nudge's identity by instant and by local wall-clock time in `tz`."""
    what = (job_id.startswith(SNOOZE_PREFIX), nudge.kind.value, nudge.block.kind.value)
    start, at = nudge.block.start, nudge.at
    by_instant = (*what, None, start.astimezone(dt.UTC), at.astimezone(dt.UTC))
    by_wall = (
        *what,
        nudge.block.title,
        start.astimezone(tz).replace(tzinfo=None),
        at.astimezone(tz).replace(tzinfo=None),
    )
    return by_instant, by_wall


class NudgeScheduler(QObject):
    """Schedules nudges on the Qt event loop. Use from the Qt main thread only."""

    nudge_due = Signal(object)  # Nudge
    nudges_missed = Signal(list)  # list[Nudge], oldest first
    # Internal: a missed job reported from wherever APScheduler dispatched the event.
    _job_missed = Signal(str)

    def __init__(
        self,
        timezone: dt.tzinfo,
        *,
        clock: Clock,
        misfire_grace_seconds: int = DEFAULT_MISFIRE_GRACE_SECONDS,
        late_grace: dt.timedelta = LATE_GRACE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        # APScheduler's grace only says whether a late job still runs; whether its moment is
        # still news is decided here, per moment, on the Qt thread (domain.nudges.timeliness).
        self._late_grace = late_grace
        self._scheduler = SingleTimerQtScheduler(
            timezone, misfire_grace_seconds=misfire_grace_seconds
        )
        self._scheduler.add_listener(
            self._on_scheduler_event, EVENT_JOB_MISSED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR
        )
        self._payloads: dict[str, Nudge] = {}  # job id -> nudge
        self._done: dict[Moment, dt.datetime] = {}  # moment -> when (UTC) it was due
        self._pending_missed: list[Nudge] = []
        self._settling = False
        # Missed jobs of one scheduler round arrive one by one; a zero-delay timer flushes them
        # as one list once control is back in the event loop.
        self._missed_flush = QTimer(self)
        self._missed_flush.setSingleShot(True)
        self._missed_flush.setInterval(0)
        self._missed_flush.timeout.connect(self.on_missed_flush)
        self._job_missed.connect(self.on_job_missed)

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._missed_flush.stop()

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def check_now(self) -> None:
        """Look for due jobs now (after resume or a clock jump the wake-up timer is off)."""
        if self._scheduler.running:
            self._scheduler.wakeup()

    @property
    def timezone(self) -> dt.tzinfo:
        timezone: dt.tzinfo = self._scheduler.timezone  # APScheduler ships no types
        return timezone

    def set_timezone(self, timezone: dt.tzinfo) -> None:
        """Follow a new time zone. Jobs hold aware instants, so they stay right; the zone names
        the local wall-clock time of moments done from now on (and of snoozes), and the next
        `replace()` brings the plan's new moments. Settle due jobs before switching."""
        self._scheduler.timezone = timezone

    def settle_due(self) -> None:
        """Fire every due job that is at most the misfire grace late; report older ones missed.

        Synchronous, unlike `check_now()`: call it before anything removes jobs, so a moment that
        passed during a suspend or a clock jump is never dropped without a word.
        """
        if not self._scheduler.running or self._settling:
            return  # a job that replans while it runs must not settle inside the settling
        self._settling = True
        try:
            self._scheduler.process_due_now()
        finally:
            self._settling = False

    # -- jobs ------------------------------------------------------------------------------------

    def replace(self, nudges: Sequence[Nudge]) -> None:
        """Make the plan's jobs exactly `nudges` (one job per `nudge.key`); snoozes are kept.

        Idempotent: a nudge whose job already exists at the same moment is left alone, and a nudge
        that already fired or was missed is not scheduled again. Jobs already due are settled
        first (see `settle_due`), so the rebuild never drops a passed moment unreported.
        """
        self.settle_due()
        self._forget_old_done()
        wanted = {n.key: n for n in nudges}
        for job in self._scheduler.get_jobs():
            if job.id.startswith(SNOOZE_PREFIX):
                continue
            nudge = wanted.get(job.id)
            if nudge is None or self._payloads.get(job.id) != nudge:
                self._remove(job.id)
        existing = {job.id for job in self._scheduler.get_jobs()}
        for key, nudge in wanted.items():
            if key in existing or self._is_done(key, nudge):
                continue
            self._add(key, nudge)

    def snooze(self, nudge: Nudge, minutes: float) -> Nudge:
        """Show `nudge` again `minutes` from now; returns the rescheduled nudge (same key).

        A second snooze of the same nudge moves the first rather than adding another.
        """
        at = self._clock.now().astimezone(self.timezone) + dt.timedelta(minutes=minutes)
        snoozed = dataclasses.replace(nudge, at=at)
        job_id = SNOOZE_PREFIX + nudge.key
        for moment in moments_of(job_id, snoozed, self.timezone):
            self._done.pop(moment, None)
        self._add(job_id, snoozed)
        return snoozed

    def clear(self) -> None:
        """Remove every job, snoozes included."""
        for job in self._scheduler.get_jobs():
            self._remove(job.id)

    def job_count(self) -> int:
        return len(self._scheduler.get_jobs())

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self._scheduler.get_jobs())

    def next_run_time(self) -> dt.datetime | None:
        times = [
            # Before start() jobs are pending and have no next_run_time yet.
            getattr(job, "next_run_time", None) or job.trigger.run_date
            for job in self._scheduler.get_jobs()
        ]
        return min(times, default=None)

    def _add(self, job_id: str, nudge: Nudge) -> None:
        self._payloads[job_id] = nudge
        self._scheduler.add_job(
            self._emit_due,
            DateTrigger(run_date=nudge.at, timezone=self._scheduler.timezone),
            args=(job_id,),
            id=job_id,
            name=job_id,
            replace_existing=True,
        )

    def _remove(self, job_id: str) -> None:
        self._payloads.pop(job_id, None)
        self._scheduler.remove_job(job_id)

    def _remember_done(self, job_id: str, nudge: Nudge, *, shown: bool) -> None:
        self._remember_parts(job_id, nudge.parts, shown=shown)

    def _remember_parts(self, job_id: str, parts: Sequence[Nudge], *, shown: bool) -> None:
        for part in parts:  # every moment on the card, should a replan group them anew
            by_instant, by_wall = moments_of(job_id, part, self.timezone)
            for moment in (by_instant, by_wall) if shown else (by_instant,):
                self._done[moment] = part.at.astimezone(dt.UTC)

    def _is_done(self, job_id: str, nudge: Nudge) -> bool:
        return any(m in self._done for m in moments_of(job_id, nudge, self.timezone))

    def _forget_old_done(self) -> None:
        horizon = self._clock.now() - DONE_MEMORY
        self._done = {k: at for k, at in self._done.items() if at >= horizon}

    # -- APScheduler callbacks (may run outside the Qt thread with another executor) ------------

    def _emit_due(self, job_id: str) -> None:
        """A job's moment came due; after any gap (a freeze, a suspend, a busy machine) the wake
        comes late, so each moment on the card is judged: still news (shown), a heads-up for what
        has started (dropped), or too late to show as now (into the one catch-up)."""
        nudge = self._payloads.pop(job_id, None)
        if nudge is None:
            return
        fresh = self._sort_out(nudge, self._clock.now())
        self._remember_parts(job_id, fresh, shown=True)
        self._remember_parts(job_id, [p for p in nudge.parts if p not in fresh], shown=False)
        if fresh:
            self.nudge_due.emit(gathered(fresh)[0])

    def _sort_out(self, nudge: Nudge, now: dt.datetime) -> list[Nudge]:
        """The parts of `nudge` still to show now; missed ones are queued for the catch-up."""
        fresh = []
        for part in nudge.parts:
            verdict = timeliness(part, now, self._late_grace)
            if verdict is Timeliness.ON_TIME:
                fresh.append(part)
            elif verdict is Timeliness.MISSED:
                log.info("nudge %s missed (due %s, now %s)", part.key, part.at, now)
                self._pending_missed.append(part)
                self._missed_flush.start()
            else:
                log.info("heads-up %s dropped: its block has started", part.key)
        return fresh

    def _on_scheduler_event(self, event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            log.info("nudge %s missed (was due %s)", event.job_id, event.scheduled_run_time)
            self._job_missed.emit(event.job_id)
        elif event.code == EVENT_JOB_ERROR:
            log.error("nudge job %s failed: %r", event.job_id, event.exception)
        else:
            nudge = self._payloads.pop(event.job_id, None)
            if nudge is not None:
                self._remember_done(event.job_id, nudge, shown=True)

    # -- Qt thread -------------------------------------------------------------------------------

    @Slot(str)
    def on_job_missed(self, job_id: str) -> None:
        nudge = self._payloads.pop(job_id, None)
        if nudge is None:
            return
        self._remember_done(job_id, nudge, shown=False)
        now = self._clock.now()
        for part in nudge.parts:
            if timeliness(part, now, self._late_grace) is Timeliness.STALE:
                log.info("heads-up %s dropped: its block has started", part.key)
                continue
            self._pending_missed.append(part)
        self._missed_flush.start()

    @Slot()
    def on_missed_flush(self) -> None:
        missed = sorted(self._pending_missed, key=lambda n: n.at)
        self._pending_missed = []
        if missed:
            self.nudges_missed.emit(missed)
