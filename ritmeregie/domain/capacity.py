"""Capacity and conflicts: does the work due by a date fit in the focus time before it?

Pure. The caller gives each day's focus minutes (from that day's plan), the open requests with
their deadlines and estimates, and the days to look at. Work due by a date D needs the sum of the
estimates of everything due by D; there is the focus time from the first day up to D. Where the
work does not fit, one request could move: the least pressing one, of another manager than the
most pressing one when there is one, to the first day its minutes fit again. That move is
assumed, and the search goes on, so each conflict names its own request to move and no conflict
is counted twice.

Two kinds: work that does not fit, and — when both named requests are urgent and of two
managers — two managers' urgent work competing for the same hours (the seeds' case: talk it
over, the three of you).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from .model import Block, BlockKind
from .priority import Preference, Request, pressing_order

# At most this many conflicts are named for one range: beyond a handful the advice is the same
# (a talk about the whole load), and a list of twenty helps nobody.
MAX_CONFLICTS = 10


class ConflictKind(StrEnum):
    DOES_NOT_FIT = "does_not_fit"
    COMPETING_URGENT = "competing_urgent"


@dataclass(frozen=True, slots=True)
class Proposal:
    """Which request could move, to when (None: no room in the days looked at), what it affects."""

    move: Request
    to: dt.date | None
    affects: str


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    date: dt.date  # the deadline by which the work does not fit
    needed_minutes: int
    available_minutes: int
    keep: Request  # the most pressing request due by `date`
    other: Request | None  # the request that could move (None: `keep` alone is too long)
    involved: tuple[Request, ...]  # everything due by `date`, most pressing first
    proposal: Proposal

    @property
    def short_minutes(self) -> int:
        return self.needed_minutes - self.available_minutes

    @property
    def managers(self) -> tuple[str, ...]:
        """The managers involved, each once, in the order of `involved`."""
        names: list[str] = []
        for request in self.involved:
            if request.manager and request.manager not in names:
                names.append(request.manager)
        return tuple(names)


def estimate_of(request: Request, default_minutes: int) -> int:
    minutes = request.estimate_minutes
    return default_minutes if minutes is None else max(0, minutes)


def find_conflicts(
    requests: Iterable[Request],
    focus_minutes: Mapping[dt.date, int],
    first: dt.date,
    last: dt.date,
    *,
    default_minutes: int,
) -> list[Conflict]:
    """The conflicts among requests due from `first` to `last` (an overdue one counts as due on
    `first`). `focus_minutes` holds each day's focus time; days past `last` in it are where a
    moved request may go. A day missing from it has no focus time."""
    given = list(requests)
    due = {
        r.id: max(r.deadline, first) for r in given if r.deadline is not None and r.deadline <= last
    }
    by_id = {r.id: r for r in given if r.id in due}
    days = _days(first, max([last, *(d for d in focus_minutes if d > last)]))
    capacity = _cumulative(days, focus_minutes)
    conflicts: list[Conflict] = []
    while len(conflicts) < MAX_CONFLICTS:
        found = _first_overflow(capacity, due, by_id, last, default_minutes)
        if found is None:
            break
        date, involved = found
        conflict = _conflict(date, involved, capacity, due, by_id, days, default_minutes)
        conflicts.append(conflict)
        moved = conflict.proposal.move
        if conflict.proposal.to is None:
            del due[moved.id]
        else:
            due[moved.id] = conflict.proposal.to
    return conflicts


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _cumulative(days: list[dt.date], focus_minutes: Mapping[dt.date, int]) -> dict[dt.date, int]:
    total = 0
    result = {}
    for day in days:
        total += max(0, focus_minutes.get(day, 0))
        result[day] = total
    return result


def _demand(
    due: Mapping[int, dt.date], by_id: Mapping[int, Request], day: dt.date, default: int
) -> int:
    return sum(estimate_of(by_id[i], default) for i, d in due.items() if d <= day)


def _first_overflow(
    capacity: Mapping[dt.date, int],
    due: Mapping[int, dt.date],
    by_id: Mapping[int, Request],
    last: dt.date,
    default: int,
) -> tuple[dt.date, tuple[Request, ...]] | None:
    deadlines = sorted({d for d in due.values() if d <= last})
    for day in deadlines:
        if _demand(due, by_id, day, default) > capacity[day]:
            involved = sorted((by_id[i] for i, d in due.items() if d <= day), key=pressing_order)
            return day, tuple(involved)
    return None


def _conflict(
    date: dt.date,
    involved: tuple[Request, ...],
    capacity: Mapping[dt.date, int],
    due: Mapping[int, dt.date],
    by_id: Mapping[int, Request],
    days: list[dt.date],
    default: int,
) -> Conflict:
    keep = involved[0]
    others = involved[1:]
    elsewhere = [r for r in others if r.manager != keep.manager]
    candidates = elsewhere or list(others)
    # The least pressing could move: the last in pressing order; a manager's "speed" is a
    # reason to keep theirs, "completeness" a reason it may take longer.
    move = max(candidates, key=_movable_order) if candidates else keep
    without = {i: d for i, d in due.items() if i != move.id}
    minutes = estimate_of(move, default)
    to = next(
        (
            day
            for day in days
            if day > date and capacity[day] - _demand(without, by_id, day, default) >= minutes
        ),
        None,
    )
    both_urgent = move is not keep and keep.urgent and move.urgent
    two_managers = bool(keep.manager and move.manager and keep.manager != move.manager)
    kind = (
        ConflictKind.COMPETING_URGENT if both_urgent and two_managers else ConflictKind.DOES_NOT_FIT
    )
    return Conflict(
        kind=kind,
        date=date,
        needed_minutes=_demand(due, by_id, date, default),
        available_minutes=capacity[date],
        keep=keep,
        other=move if move is not keep else None,
        involved=involved,
        proposal=Proposal(move=move, to=to, affects=move.impact),
    )


def _movable_order(request: Request) -> tuple[int, dt.date, int, int]:
    quadrant, deadline, age = pressing_order(request)
    wants_speed = request.prefer is Preference.SPEED
    return (quadrant, deadline, 0 if wants_speed else 1, age)


# Blocks during which no conflict notice comes: she is with other people.
QUIET_KINDS = frozenset({BlockKind.MEETING, BlockKind.BUSY, BlockKind.CALL})


def conflict_key(conflict: Conflict) -> tuple[int, int, dt.date]:
    """What makes a conflict the same one again: its two requests and its date."""
    return (conflict.keep.id, conflict.proposal.move.id, conflict.date)


def notice_due(
    conflicts: Iterable[Conflict],
    noticed: Iterable[tuple[int, int, dt.date]],
    current: Block | None,
) -> Conflict | None:
    """The conflict to name now in one calm notice: the first one not named before, and none
    while a meeting, a busy block or a call runs (it waits for the next look after it)."""
    if current is not None and current.kind in QUIET_KINDS and current.blocking:
        return None
    seen = set(noticed)
    return next((c for c in conflicts if conflict_key(c) not in seen), None)
