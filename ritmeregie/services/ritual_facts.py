"""What the store says about the rituals: is a day's ritual already done, is there a year to look
back at. Plain Python over the store (no Qt), so the app and tests share one answer; the rules
themselves are pure (domain/ritual_done.py, domain/review.py).
"""

from __future__ import annotations

import datetime as dt

from ritmeregie.domain.localtime import day_bounds, local_date
from ritmeregie.domain.nudges import Nudge
from ritmeregie.domain.review import mirror_has_history
from ritmeregie.domain.ritual_done import (
    REPORT_COPIED,
    RitualFacts,
    asks_about_ritual,
    asks_for_dadu,
    quiet_when_dadu_written,
    quiet_when_done,
)
from ritmeregie.services.meetings import meetings_in
from ritmeregie.storage import FrictionStatus, Reflection, Store


def reflection_written(reflection: Reflection | None) -> bool:
    """A reflection counts once anything is in it: one of the answers, or the energy."""
    return reflection is not None and (
        bool(reflection.satisfied.strip())
        or bool(reflection.less_satisfied.strip())
        or bool(reflection.differently.strip())
        or reflection.energy is not None
    )


def ritual_facts(store: Store, day: dt.date, tz: dt.tzinfo, boundary: dt.time) -> RitualFacts:
    start, end = day_bounds(day, tz, boundary)
    dealt_with = [
        f
        for f in store.frictions.all()
        if f.status is not FrictionStatus.OPEN
        and f.resolved is not None
        and start <= f.resolved < end
    ]
    return RitualFacts(
        chosen_must_dos=len(store.must_dos.chosen_for(day)),
        has_call=bool(store.calls.on(day)),
        reflection_written=reflection_written(store.reflections.get(day)),
        open_frictions=len(store.frictions.open()),
        frictions_dealt_with=len(dealt_with),
        report_copied=any(
            e.nudge_kind == REPORT_COPIED for e in store.nudge_log.between(start, end)
        ),
    )


def ritual_done(store: Store, nudge: Nudge, tz: dt.tzinfo, boundary: dt.time) -> bool:
    """Whether the nudge asks for a ritual already done on its block's day (then it stays quiet).
    Only a ritual's nudge (or a meeting's end, for its DADU) reads the store."""
    day = local_date(nudge.block.start, tz, boundary)
    if asks_for_dadu(nudge):
        written = any(m.has_dadu for m in meetings_in(store, [nudge.block], day))
        return quiet_when_dadu_written(nudge, written)
    if not asks_about_ritual(nudge):
        return False
    return quiet_when_done(nudge, ritual_facts(store, day, tz, boundary).done())


def first_entry(store: Store, tz: dt.tzinfo) -> dt.date | None:
    """The day of the oldest thing the user left in the store: a reflection, a DADU, a nudge."""
    first_nudge = store.nudge_log.first_planned()
    found = [
        store.reflections.first_date(),
        store.dadu.first_date(),
        local_date(first_nudge, tz, store.settings.day_boundary())
        if first_nudge is not None
        else None,
    ]
    dates = [d for d in found if d is not None]
    return min(dates) if dates else None


def mirror_has_data(store: Store, today: dt.date, tz: dt.tzinfo) -> bool:
    """A year to look at: the store reaches back about a year, and this year holds reflections
    (they are what the mirror shows)."""
    if not mirror_has_history(first_entry(store, tz), today):
        return False
    return bool(store.reflections.between(dt.date(today.year, 1, 1), today))
