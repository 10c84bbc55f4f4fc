"""Statistics gathered from the store: focus minutes and answered blocks from the nudge log, and
the reflection streak, for a week, a month or any range of days.

The counting rules live in domain/statistics.py; this reads one range from the store (the nudge
log folded per block in SQL, storage/nudges.py) and summarizes it. The Statistics window
(ui/statistics.py) and the benchmark (bench/scale.py) both gather here, so the benchmark measures
the work the window does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ritmeregie.domain.localtime import day_bounds
from ritmeregie.domain.statistics import Statistics, summarize

if TYPE_CHECKING:
    from ritmeregie.storage import Store

__all__ = [
    "TREND_WEEKS",
    "ManagerFocus",
    "Span",
    "manager_focus",
    "period_of",
    "period_statistics",
    "range_statistics",
    "shifted",
    "trend_range",
]

# The trend chart shows this many weeks, ending with the period's last week that has begun.
TREND_WEEKS = 12

DayRange = tuple[dt.date, dt.date]


class Span(StrEnum):
    WEEK = "week"
    MONTH = "month"


def period_of(span: Span, day: dt.date) -> DayRange:
    """The week (Monday to Sunday) or the calendar month holding `day`."""
    if span is Span.WEEK:
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def shifted(span: Span, day: dt.date, steps: int) -> dt.date:
    """A day in the period `steps` periods away (negative: back)."""
    if span is Span.WEEK:
        return day + dt.timedelta(weeks=steps)
    index = day.year * 12 + day.month - 1 + steps
    return dt.date(index // 12, index % 12 + 1, 1)


def trend_range(first: dt.date, last: dt.date, today: dt.date) -> DayRange:
    """The TREND_WEEKS whole weeks ending with the period's last week that has begun (no empty
    future weeks)."""
    trend_end = min(last, max(first, today))
    trend_last = trend_end - dt.timedelta(days=trend_end.weekday()) + dt.timedelta(days=6)
    return trend_last - dt.timedelta(weeks=TREND_WEEKS) + dt.timedelta(days=1), trend_last


def summaries(
    store: Store, ranges: Sequence[DayRange], tz: dt.tzinfo, today: dt.date
) -> list[Statistics]:
    """Each range's statistics, from one read of the store spanning them all."""
    boundary = store.settings.day_boundary()
    start = day_bounds(min(first for first, _ in ranges), tz, boundary)[0]
    last_day = max(last for _, last in ranges)
    end = day_bounds(last_day, tz, boundary)[1]
    blocks = store.nudge_log.block_facts(start, end)
    reflected = store.reflections.dates(until=max(today, last_day))
    workdays = tuple(store.settings.rhythm().days)
    return [
        summarize(
            blocks,
            first,
            last,
            tz,
            reflection_dates=reflected,
            today=today,
            working_weekdays=workdays,
            boundary=boundary,
        )
        for first, last in ranges
    ]


def range_statistics(
    store: Store, first: dt.date, last: dt.date, tz: dt.tzinfo, today: dt.date
) -> Statistics:
    """The days first..last (inclusive)."""
    return summaries(store, [(first, last)], tz, today)[0]


def period_statistics(
    store: Store, first: dt.date, last: dt.date, tz: dt.tzinfo, today: dt.date
) -> tuple[Statistics, Statistics]:
    """A period (what the window's tiles and day chart show) and its trend weeks."""
    period, trend = summaries(store, [(first, last), trend_range(first, last, today)], tz, today)
    return period, trend


@dataclass(frozen=True, slots=True)
class ManagerFocus:
    """The focus time a manager's requests took in a period: those ticked off in it, each at its
    own estimate (one focus block of the rhythm without one, as the week planning counts)."""

    name: str
    focus_minutes: int
    requests: int


def manager_focus(
    store: Store, first: dt.date, last: dt.date, tz: dt.tzinfo
) -> tuple[ManagerFocus, ...]:
    """Focus time per manager for the days first..last, most first; empty with fewer than two
    managers (a single-manager assistant sees none of this). The nudge log does not know which
    request a focus block served, so the requests done and their estimates are the measure."""
    managers = store.managers.all()
    if len(managers) < 2:
        return ()
    boundary = store.settings.day_boundary()
    start = day_bounds(first, tz, boundary)[0]
    end = day_bounds(last, tz, boundary)[1]
    default = int(store.settings.rhythm().focus_minutes)
    minutes = {m.id: 0 for m in managers}
    counts = {m.id: 0 for m in managers}
    for item in store.must_dos.done_between(start, end):
        if item.manager_id in minutes:
            minutes[item.manager_id] += item.estimate_minutes or default
            counts[item.manager_id] += 1
    found = [ManagerFocus(m.name, minutes[m.id], counts[m.id]) for m in managers]
    return tuple(sorted(found, key=lambda f: -f.focus_minutes))
