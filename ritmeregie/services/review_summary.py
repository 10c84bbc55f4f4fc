"""The facts of a weekly review, gathered from the store (no Qt: the dialog renders them, tests
read them directly).

A review is about the week starting its Monday (domain/review.py `review_week` picks which, from
the day it is opened): "last week" is the seven days before that Monday, "coming week" its
working days — the own agenda and the imported calendars (the managers' layers) — and the
deadlines falling anywhere in that week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import day_bounds
from ritmeregie.domain.model import AgendaItem
from ritmeregie.domain.review import (
    AgendaLine,
    Deadline,
    OpenAction,
    WeeklySummary,
    energy_average,
    pick_highlights,
    working_days,
)
from ritmeregie.services.calendars import layer_items
from ritmeregie.storage import FrictionStatus, Store


def build_summary(store: Store, tz: ZoneInfo, week: dt.date, notes: str = "") -> WeeklySummary:
    """Gather the facts for the review of the week starting `week` (a Monday)."""
    last_first = week - dt.timedelta(days=7)
    last_last = week - dt.timedelta(days=1)
    boundary = store.settings.day_boundary()
    last_start, last_end = (
        day_bounds(last_first, tz, boundary)[0],
        day_bounds(week, tz, boundary)[0],
    )
    coming_last = week + dt.timedelta(days=6)

    done = [m.title for m in store.must_dos.done_between(last_start, last_end)]
    actions = [
        OpenAction(record.meeting_title, record.meeting_date, row.action, row.owner, row.deadline)
        for record in store.dadu.with_open_actions(last_first, last_last)
        for row in record.rows
    ]
    fixed = [
        f.text
        for f in store.frictions.all()
        if f.status is FrictionStatus.FIXED
        and f.resolved is not None
        and last_start <= f.resolved < last_end
    ]
    reflections = store.reflections.between(last_first, last_last)
    days = working_days(week, store.settings.rhythm().days.keys())
    deadlines = [
        Deadline(m.deadline, m.title)
        for m in store.must_dos.deadlines_between(week, coming_last)
        if m.deadline is not None
    ]
    return WeeklySummary(
        week=week,
        done_must_dos=tuple(done),
        open_actions=tuple(actions),
        fixed_frictions=tuple(fixed),
        highlights=pick_highlights((r.date, r.satisfied) for r in reflections),
        energy_average=energy_average(r.energy for r in reflections),
        agenda=tuple(coming_agenda(store, tz, days)),
        deadlines=tuple(deadlines),
        notes=notes,
    )


def coming_agenda(store: Store, tz: ZoneInfo, days: Iterable[dt.date]) -> list[AgendaLine]:
    """The own agenda and the imported layers on the given days, in time order; an item over
    several days is named once, on the first of them."""
    boundary = store.settings.day_boundary()  # a meeting at 00:30 belongs to the evening before
    bounds = [(day, *day_bounds(day, tz, boundary)) for day in sorted(days)]
    if not bounds:
        return []
    start, end = bounds[0][1], bounds[-1][2]
    own = [item for item in store.agenda.between(start, end) if item.source is None]
    items: list[AgendaItem] = own + layer_items(store, start, end, tz)
    lines: list[tuple[dt.datetime, bool, AgendaLine]] = []
    for item in items:
        first = next(
            (
                day_start
                for _day, day_start, day_end in bounds
                if _overlaps(item, day_start, day_end)
            ),
            None,
        )
        if first is None:
            continue  # only on days off
        shown_from = max(item.start.astimezone(dt.UTC), first)
        line = AgendaLine(
            shown_from.astimezone(tz),
            item.end.astimezone(tz),
            item.title,
            source=item.source,
            all_day=item.all_day,
        )
        lines.append((shown_from, item.source is not None, line))
    lines.sort(key=lambda entry: (entry[0], entry[1], entry[2].title))
    return [line for _at, _layer, line in lines]


def _overlaps(item: AgendaItem, start: dt.datetime, end: dt.datetime) -> bool:
    return item.start.astimezone(dt.UTC) < end and item.end.astimezone(dt.UTC) > start
