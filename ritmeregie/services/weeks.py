"""A week from the store, and next week's spread saved back (Qt-free: the CLI and the windows).

A must-do counts its own estimate (a request's minutes); one without counts as one focus block of
the rhythm (`default_estimate_minutes`). The spread is saved as each must-do's planned day, the way
"next week" deferral does (planned_for = deferred_to = the day): that day's list — what its
dagstart shows first — then holds it, and until then it stays out of the earlier days' lists.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import day_bounds
from ritmeregie.domain.model import AgendaItem
from ritmeregie.domain.week import (
    Candidate,
    Spread,
    WeekPlan,
    plan_week,
    spread_week,
    week_dates,
)
from ritmeregie.services.today import dadu_minutes, planning_rhythm
from ritmeregie.storage.records import MustDo

if TYPE_CHECKING:
    from ritmeregie.storage import Store


def default_estimate_minutes(store: Store) -> int:
    return int(store.settings.rhythm().focus_minutes)


def week_agenda(store: Store, date: dt.date, tz: ZoneInfo) -> list[AgendaItem]:
    """The own agenda and every calendar layer over the week holding `date`."""
    from ritmeregie.services.calendars import layer_items

    dates = week_dates(date)
    boundary = store.settings.day_boundary()
    start, _ = day_bounds(dates[0], tz, boundary)
    _, end = day_bounds(dates[-1], tz, boundary)
    items: list[AgendaItem] = list(store.agenda.between(start, end))
    items += layer_items(store, start, end, tz)
    return items


def planned_must_dos(store: Store, date: dt.date) -> dict[dt.date, list[MustDo]]:
    """Open must-do's planned on each day of the week holding `date`."""
    dates = week_dates(date)
    days: dict[dt.date, list[MustDo]] = {d: [] for d in dates}
    for item in store.must_dos.open():
        if item.planned_for in days:
            days[item.planned_for].append(item)
    return days


def load_week(
    store: Store, date: dt.date, tz: ZoneInfo
) -> tuple[WeekPlan, dict[dt.date, list[MustDo]]]:
    agenda = week_agenda(store, date, tz)
    must_dos = planned_must_dos(store, date)
    estimate = default_estimate_minutes(store)
    taken = {
        day: sum(m.estimate_minutes or estimate for m in items) for day, items in must_dos.items()
    }
    week = plan_week(
        date,
        planning_rhythm(store),
        lambda _day: agenda,
        tz,
        taken,
        boundary=store.settings.day_boundary(),
        dadu_minutes=dadu_minutes(store),
    )
    return week, must_dos


def next_week_date(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7)


def spread_next_week(store: Store, week_date: dt.date, today: dt.date, tz: ZoneInfo) -> Spread:
    """Open must-do's over the free focus time of the week holding `week_date` (days before today
    take nothing). Must-do's on a list from today until that week (chosen for this week) and those
    planned after it stay where they are; overdue ones and unplanned ones are spread."""
    dates = week_dates(week_date)
    agenda = week_agenda(store, week_date, tz)
    week = plan_week(
        week_date,
        planning_rhythm(store),
        lambda _day: agenda,
        tz,
        boundary=store.settings.day_boundary(),
        dadu_minutes=dadu_minutes(store),
    )
    capacity = {d.date: (d.focus_minutes if d.date >= today else 0) for d in week.days}
    candidates = [
        Candidate(
            m.id,
            m.title,
            urgent=m.urgent,
            important=m.important,
            deadline=m.deadline,
            minutes=m.estimate_minutes or None,
            pinned=m.planned_for if m.planned_for in capacity and m.planned_for >= today else None,
        )
        for m in store.must_dos.open()
        if m.planned_for is None or m.planned_for < today or dates[0] <= m.planned_for <= dates[-1]
    ]
    return spread_week(capacity, candidates, default_estimate_minutes(store))


def save_spread(store: Store, spread: Spread) -> None:
    """Each placed must-do planned on its day (as a deferral, see the module docstring)."""
    current = {m.id: m for m in store.must_dos.open()}
    for date, placed in spread.days:
        for p in placed:
            item = current.get(p.candidate.id)
            if item is not None and item.planned_for != date:
                store.must_dos.defer(p.candidate.id, date)


def move_must_do(store: Store, must_do_id: int, date: dt.date) -> MustDo:
    """Moved by hand in the planning view: planned on that day, out of the earlier days' lists."""
    item: MustDo = store.must_dos.defer(must_do_id, date)
    return item
