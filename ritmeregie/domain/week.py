"""A week of day plans, and next week's must-do's spread over its free focus time.

Pure: the caller gives the dates, the rhythm, each day's agenda and the open must-do's; nothing
here reads a clock. A must-do has no estimate in the store, so the caller passes a default length
(one focus block) for the ones without minutes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from zoneinfo import ZoneInfo

from .localtime import DEFAULT_DAY_BOUNDARY
from .model import AgendaItem, BlockKind, DayPlan
from .planner import plan_day
from .rhythm import RhythmTemplate

OWN_MEETING_KINDS = frozenset({BlockKind.MEETING, BlockKind.CALL})


def week_dates(date: dt.date) -> tuple[dt.date, ...]:
    """Monday to Sunday of the week holding `date` (calendar dates: DST never shifts them)."""
    monday = date - dt.timedelta(days=date.weekday())
    return tuple(monday + dt.timedelta(days=n) for n in range(7))


class Overfull(Enum):
    """Why a working day holds more than it can."""

    NO_FOCUS_TIME = "no_focus_time"  # meetings and rituals leave no focus block
    MUSTDOS_EXCEED_FOCUS = "mustdos_exceed_focus"  # planned must-do's need more than its focus
    RITUAL_DROPPED = "ritual_dropped"  # the planner found no room for a ritual


@dataclass(frozen=True, slots=True)
class WeekDay:
    plan: DayPlan
    working: bool
    mustdo_minutes: int  # the estimates of the must-do's planned on this day

    @property
    def date(self) -> dt.date:
        return self.plan.date

    @property
    def focus_minutes(self) -> int:
        return sum(b.minutes for b in self.plan.blocks if b.kind is BlockKind.FOCUS)

    @property
    def meeting_minutes(self) -> int:
        """Own meetings and calls; all-day items are context, not time. The rhythm's personal
        calls are rituals of her own day, not appointments."""
        return sum(
            b.minutes
            for b in self.plan.blocks
            if b.kind in OWN_MEETING_KINDS and not b.all_day and not b.from_rhythm
        )

    @property
    def free_focus_minutes(self) -> int:
        """Focus time not yet taken by a planned must-do."""
        return max(0, self.focus_minutes - self.mustdo_minutes)

    @property
    def overfull(self) -> tuple[Overfull, ...]:
        if not self.working:
            return ()
        reasons = []
        if self.focus_minutes == 0:
            reasons.append(Overfull.NO_FOCUS_TIME)
        if self.mustdo_minutes > self.focus_minutes:
            reasons.append(Overfull.MUSTDOS_EXCEED_FOCUS)
        if any(note.dropped for note in self.plan.notes):
            reasons.append(Overfull.RITUAL_DROPPED)
        return tuple(reasons)


@dataclass(frozen=True, slots=True)
class WeekPlan:
    days: tuple[WeekDay, ...]

    @property
    def meeting_minutes(self) -> int:
        return sum(d.meeting_minutes for d in self.days)

    @property
    def focus_minutes(self) -> int:
        return sum(d.focus_minutes for d in self.days)

    @property
    def free_focus_minutes(self) -> int:
        return sum(d.free_focus_minutes for d in self.days)


def plan_week(
    date: dt.date,
    rhythm: RhythmTemplate,
    agenda_of: Callable[[dt.date], Iterable[AgendaItem]],
    tz: ZoneInfo,
    mustdo_minutes: Mapping[dt.date, int] | None = None,
    *,
    boundary: dt.time = DEFAULT_DAY_BOUNDARY,
    dadu_minutes: int = 0,
) -> WeekPlan:
    """The seven day plans of the week holding `date`, as `plan` builds each day (each day runs
    from its date at `boundary` to the next date at `boundary`)."""
    taken = mustdo_minutes or {}
    return WeekPlan(
        tuple(
            WeekDay(
                plan_day(
                    day, rhythm, agenda_of(day), tz, boundary=boundary, dadu_minutes=dadu_minutes
                ),
                rhythm.for_date(day) is not None,
                taken.get(day, 0),
            )
            for day in week_dates(date)
        )
    )


# --- spreading next week's must-do's ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """An open must-do (or request) to place; `minutes` None: the default estimate."""

    id: int
    title: str
    urgent: bool = False
    important: bool = False
    deadline: dt.date | None = None
    minutes: int | None = None
    pinned: dt.date | None = None  # already planned on a day of the week: it stays there


class OverflowReason(Enum):
    DEADLINE_BEFORE_WEEK = "deadline_before_week"  # due before the first day that can take it
    NO_ROOM_BEFORE_DEADLINE = "no_room_before_deadline"
    LONGER_THAN_A_DAY = "longer_than_a_day"  # no day of the week has that much focus time
    WEEK_FULL = "week_full"


@dataclass(frozen=True, slots=True)
class Placed:
    candidate: Candidate
    minutes: int


@dataclass(frozen=True, slots=True)
class Overflow:
    candidate: Candidate
    minutes: int
    reason: OverflowReason


@dataclass(frozen=True, slots=True)
class Spread:
    days: tuple[tuple[dt.date, tuple[Placed, ...]], ...]
    overflow: tuple[Overflow, ...]

    def day_of(self, candidate_id: int) -> dt.date | None:
        for date, placed in self.days:
            if any(p.candidate.id == candidate_id for p in placed):
                return date
        return None


def priority_key(c: Candidate) -> tuple[int, dt.date, int, int]:
    """Deadline first (earliest first), then urgent and important, urgent, important, the rest."""
    rank = 0 if c.urgent and c.important else 1 if c.urgent else 2 if c.important else 3
    return (0 if c.deadline else 1, c.deadline or dt.date.max, rank, c.id)


def spread_week(
    capacity_minutes: Mapping[dt.date, int],
    candidates: Sequence[Candidate],
    default_minutes: int,
) -> Spread:
    """Each must-do on a day with room for it (see below), never after its deadline and never more
    than a day's focus minutes (`capacity_minutes`; a day without focus time: 0). Pinned ones keep
    their day when it is in the week and not past their deadline; the rest are named as overflow."""
    days = sorted(capacity_minutes)
    room = dict(capacity_minutes)
    placed: dict[dt.date, list[Placed]] = {d: [] for d in days}
    overflow: list[Overflow] = []
    loose: list[Candidate] = []
    for c in sorted(candidates, key=priority_key):
        minutes = c.minutes or default_minutes
        keep = c.pinned in room and (c.deadline is None or c.pinned <= c.deadline)
        if keep and c.pinned is not None:
            placed[c.pinned].append(Placed(c, minutes))
            room[c.pinned] -= minutes
        else:
            loose.append(c)
    for c in loose:
        minutes = c.minutes or default_minutes
        # Days without focus time (the weekend, days already past) take nothing.
        allowed = [
            d for d in days if capacity_minutes[d] > 0 and (c.deadline is None or d <= c.deadline)
        ]
        fits = [d for d in allowed if room[d] >= minutes]
        if fits:
            # Due or urgent: as early as there is room. The rest where the most room is left, so
            # the week fills evenly instead of piling up on Monday.
            early = c.deadline is not None or c.urgent
            day = fits[0] if early else max(fits, key=lambda d: (room[d], -d.toordinal()))
            placed[day].append(Placed(c, minutes))
            room[day] -= minutes
            continue
        open_days = [d for d in days if capacity_minutes[d] > 0]
        if not open_days:
            reason = OverflowReason.WEEK_FULL
        elif not allowed:
            reason = OverflowReason.DEADLINE_BEFORE_WEEK
        elif all(capacity_minutes[d] < minutes for d in days):
            reason = OverflowReason.LONGER_THAN_A_DAY
        elif c.deadline is not None and c.deadline < days[-1]:
            reason = OverflowReason.NO_ROOM_BEFORE_DEADLINE
        else:
            reason = OverflowReason.WEEK_FULL
        overflow.append(Overflow(c, minutes, reason))
    return Spread(tuple((d, tuple(placed[d])) for d in days), tuple(overflow))
