"""SingleTimerQtScheduler: one wake-up timer, jobs on the Qt thread, explicit misfire grace."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QThread, QTimer

from ritmeregie.scheduling.qt_scheduler import SingleTimerQtScheduler, wait_to_timer_ms

pytestmark = pytest.mark.gui

UTC = dt.UTC
IDLE_JOBS = 20


class CountingStock(QtScheduler):
    """The stock QtScheduler, counting how often it wakes up."""

    wakeups = 0

    def _process_jobs(self) -> None:
        self.wakeups += 1
        super()._process_jobs()


class CountingSingle(SingleTimerQtScheduler):
    wakeups = 0

    def _process_jobs(self) -> None:
        self.wakeups += 1
        super()._process_jobs()


def _exercise(qtbot: Any, scheduler: Any) -> int:
    """Start, add many far-away jobs while running, then let two near jobs fire; count wake-ups."""
    fired: list[str] = []
    scheduler.start()
    try:
        now = dt.datetime.now(UTC)
        for i in range(IDLE_JOBS):
            scheduler.add_job(fired.append, "date", run_date=now + dt.timedelta(hours=1), args=[i])
        # Modify a few as well: every modify while running also wakes the scheduler.
        for i in range(5):
            scheduler.get_jobs()[i].modify(name=f"renamed {i}")
        soon = dt.datetime.now(UTC)
        scheduler.add_job(
            fired.append, "date", run_date=soon + dt.timedelta(seconds=0.3), args=["a"]
        )
        scheduler.add_job(
            fired.append, "date", run_date=soon + dt.timedelta(seconds=0.6), args=["b"]
        )
        qtbot.waitUntil(lambda: fired == ["a", "b"], timeout=5000)
        return int(scheduler.wakeups)
    finally:
        scheduler.remove_all_jobs()
        scheduler.shutdown(wait=False)


def test_single_timer_wakes_far_less_than_the_stock_scheduler(qtbot: Any) -> None:
    stock = CountingStock(timezone=UTC, executors={"default": {"type": "debug"}})
    single = CountingSingle(UTC)

    stock_wakeups = _exercise(qtbot, stock)
    single_wakeups = _exercise(qtbot, single)

    # Fixed: all adds of one event-loop turn share one wake-up, then one per due job (a, b).
    assert single_wakeups <= 4
    # Stock: every add/modify started its own timer chain, and every chain wakes for a and for b.
    assert stock_wakeups >= 5 * single_wakeups


def test_there_is_exactly_one_timer_and_it_is_precise(qtbot: Any) -> None:
    scheduler = SingleTimerQtScheduler(UTC)
    scheduler.start()
    try:
        for i in range(10):
            scheduler.add_job(
                print, "date", run_date=dt.datetime.now(UTC) + dt.timedelta(hours=i + 1)
            )
        qtbot.waitUntil(lambda: scheduler.wake_timer.remainingTime() > 60_000)
        timer = scheduler.wake_timer
        assert timer.isSingleShot()
        assert timer.timerType().name == "PreciseTimer"
        assert len(timer.parent().findChildren(QTimer)) == 1
        # Aimed at the first job (~1 h), not at 0 (a leftover wake-up chain).
        assert 3_500_000 < timer.remainingTime() <= 3_600_000
    finally:
        scheduler.shutdown(wait=False)
    assert not scheduler.wake_timer.isActive()


def test_jobs_run_on_the_qt_thread_with_explicit_defaults(qtbot: Any, qapp: Any) -> None:
    scheduler = SingleTimerQtScheduler(UTC, misfire_grace_seconds=123)
    threads: list[QThread] = []
    scheduler.start()
    try:
        job = scheduler.add_job(lambda: threads.append(QThread.currentThread()), "date")
        assert job.misfire_grace_time == 123
        assert job.coalesce is True
        qtbot.waitUntil(lambda: len(threads) == 1)
        assert threads[0] is qapp.thread()
    finally:
        scheduler.shutdown(wait=False)


@pytest.mark.parametrize(
    ("wait_seconds", "expected_ms"),
    [
        (0, 0),
        (-3.0, 0),
        (0.0001, 1),
        (0.999, 999),
        (0.9991, 1000),
        (1.0, 1000),
        (10**9, 2_147_483_647),
    ],
)
def test_wait_is_rounded_up_so_the_timer_never_wakes_early(
    wait_seconds: float, expected_ms: int
) -> None:
    assert wait_to_timer_ms(wait_seconds) == expected_ms
