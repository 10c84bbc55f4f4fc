"""services/statistics.py: one way to gather statistics from the store, for the window and the
benchmark alike — by the store's day boundary, with the reflection streak."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.services.statistics import (
    TREND_WEEKS,
    Span,
    period_of,
    period_statistics,
    range_statistics,
    shifted,
    trend_range,
)
from ritmeregie.storage import NudgeAnswer, Store, open_store

AMS = ZoneInfo("Europe/Amsterdam")
WEDNESDAY = dt.date(2027, 6, 9)


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    clock = ManualClock(dt.datetime(2027, 6, 11, 12, 0, tzinfo=AMS))
    with open_store(data_dir, clock) as opened:
        yield opened


def _focus(store: Store, start: dt.datetime, minutes: int) -> None:
    end = start + dt.timedelta(minutes=minutes)
    log_id = store.nudge_log.record(
        start, "block_start", "focus", "Focus", start, block_start=start, block_end=end
    )
    store.nudge_log.answer(log_id, NudgeAnswer.STARTED, start)


def test_a_block_before_the_day_boundary_counts_for_the_day_before(store: Store):
    """Focus from 02:00 on Thursday belongs to Wednesday's day (boundary 04:00), as in Vandaag."""
    _focus(store, dt.datetime(2027, 6, 9, 10, 0, tzinfo=AMS), 50)
    _focus(store, dt.datetime(2027, 6, 10, 2, 0, tzinfo=AMS), 25)
    stats = range_statistics(store, WEDNESDAY, WEDNESDAY + dt.timedelta(days=1), AMS, WEDNESDAY)
    minutes = {d.date: d.counts.focus_minutes for d in stats.days}
    assert minutes == {WEDNESDAY: 75, WEDNESDAY + dt.timedelta(days=1): 0}


def test_a_period_and_its_trend_weeks(store: Store):
    _focus(store, dt.datetime(2027, 6, 9, 10, 0, tzinfo=AMS), 50)
    _focus(store, dt.datetime(2027, 5, 12, 10, 0, tzinfo=AMS), 25)  # four weeks earlier
    store.reflections.save(dt.date(2027, 6, 8), "goed", "", "", None)
    store.reflections.save(WEDNESDAY, "goed", "", "", None)
    first, last = period_of(Span.WEEK, WEDNESDAY)
    period, trend = period_statistics(store, first, last, AMS, WEDNESDAY)
    assert (period.first, period.last) == (dt.date(2027, 6, 7), dt.date(2027, 6, 13))
    assert period.totals.focus_minutes == 50 and period.streak == 2
    assert len(trend.weeks) == TREND_WEEKS
    assert trend.totals.focus_minutes == 75


def test_periods_and_their_neighbours():
    assert period_of(Span.MONTH, WEDNESDAY) == (dt.date(2027, 6, 1), dt.date(2027, 6, 30))
    assert shifted(Span.MONTH, dt.date(2027, 1, 31), -1) == dt.date(2026, 12, 1)
    assert shifted(Span.WEEK, WEDNESDAY, 2) == WEDNESDAY + dt.timedelta(weeks=2)
    # The trend ends with the period's last week that has begun: for a future month its first.
    future = period_of(Span.MONTH, dt.date(2027, 8, 15))
    assert trend_range(*future, today=WEDNESDAY)[1] == dt.date(2027, 8, 1)  # a Sunday
    assert trend_range(dt.date(2027, 6, 1), dt.date(2027, 6, 30), WEDNESDAY)[1] == dt.date(
        2027, 6, 13
    )


def test_focus_per_manager_counts_their_requests_done_in_the_period(store: Store):
    from ritmeregie.services.statistics import ManagerFocus, manager_focus

    anna = store.managers.add("Anna")
    week = period_of(Span.WEEK, WEDNESDAY)
    assert manager_focus(store, *week, AMS) == ()  # one manager: none of this
    bert = store.managers.add("Bert")
    store.managers.add("Carla")
    for title, who, minutes in (
        ("Notitie RvC", anna.id, 90),
        ("Reis boeken", anna.id, None),  # no estimate: one focus block of the rhythm (50)
        ("Offertes", bert.id, 30),
        ("Eigen klus", None, 120),  # her own must-do: nobody's focus time
    ):
        item = store.must_dos.add(title, manager_id=who, estimate_minutes=minutes)
        store.must_dos.done(item.id)
    store.must_dos.add("Nog open", manager_id=bert.id, estimate_minutes=200)
    assert manager_focus(store, *week, AMS) == (
        ManagerFocus("Anna", 140, 2),
        ManagerFocus("Bert", 30, 1),
        ManagerFocus("Carla", 0, 0),
    )
    last_week = period_of(Span.WEEK, WEDNESDAY - dt.timedelta(days=7))
    assert [f.focus_minutes for f in manager_focus(store, *last_week, AMS)] == [0, 0, 0]
