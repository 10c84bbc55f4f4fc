"""One notion of "today" for the app, every window and every command.

A local day D runs from D at the day boundary (setting `day_boundary`, 04:00 by default) up to
D+1 at the boundary (domain/localtime.py). Between midnight and the boundary "today" is still the
previous date, and the day's plan holds every agenda item and imported event that falls in that
window: a meeting at 00:30 or 03:50 belongs to the evening before and is nudged on time. Work hours
and rituals stay on the date itself (domain/planner.py). No Qt here: the command line uses it too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import day_bounds, local_date
from ritmeregie.domain.model import DayPlan
from ritmeregie.domain.planner import plan_day

__all__ = ["dadu_minutes", "day_boundary", "day_window", "plan_for", "today"]


def day_boundary(store: Any) -> dt.time:
    """The store's day boundary (storage/settings.py `Settings.day_boundary`)."""
    return store.settings.day_boundary()  # type: ignore[no-any-return]


def today(store: Any, tz: ZoneInfo, now: dt.datetime | None = None) -> dt.date:
    """The local day `now` (default: this moment) belongs to, by the store's boundary."""
    instant = now if now is not None else dt.datetime.now(dt.UTC)
    return local_date(instant, tz, day_boundary(store))


def day_window(store: Any, date: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The instants (UTC) the local day `date` spans, by the store's boundary."""
    return day_bounds(date, tz, day_boundary(store))


def plan_for(store: Any, date: dt.date, tz: ZoneInfo) -> DayPlan:
    """The day's plan from the store: the own agenda and the imported layers in its window."""
    from ritmeregie.services.calendars import layer_items

    boundary = day_boundary(store)
    start, end = day_bounds(date, tz, boundary)
    agenda = store.agenda.between(start, end)
    agenda += layer_items(store, start, end, tz)
    return plan_day(
        date,
        store.settings.rhythm(),
        agenda,
        tz,
        boundary=boundary,
        dadu_minutes=dadu_minutes(store),
    )


def dadu_minutes(store: Any) -> int:
    """The DADU block after each meeting (setting `dadu_block_minutes`; 0: none)."""
    return int(store.settings.get("dadu_block_minutes"))
