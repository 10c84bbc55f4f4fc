"""Statistics from the nudge log: focus minutes, how blocks were answered, the reflection streak.

How things are counted (the README and the Statistics window say the same):
- A *block* is identified by its kind and start; all `block_start` nudges about it (the first one
  and every snoozed repeat) are folded together. Heads-ups and meeting ends are not answers.
- A block's *outcome*: started if any nudge about it was answered "started", else skipped, else
  missed. A block that never got an answer (a plain notification, or the app is still waiting)
  has no outcome and is not counted. *Snoozed* counts blocks snoozed at least once, whatever
  happened next, so it overlaps the other three.
- *Focus minutes*: for every started focus block, the minutes from the moment it was started (or
  its planned start, if that is later) to its planned end. Older log rows without the block's end
  count as started blocks with 0 minutes.
- A block belongs to the local day (with the day boundary) of its start; weeks are ISO weeks.
- *Reflection streak*: consecutive working days with a reflection, counted back from today.
  Today counts once its reflection is written; until then the streak runs up to the last working
  day, so an evening reflection still to come does not break it. Days off neither count nor break.

Pure and stdlib-only: the storage layer maps rows to NudgeFact / BlockFact.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from .localtime import day_bounds

FOCUS_KIND = "focus"
BLOCK_START = "block_start"
# Never walk further back than this when counting a streak (ten years of working days).
MAX_STREAK_DAYS = 3660


class Outcome(StrEnum):
    STARTED = "started"
    SKIPPED = "skipped"
    MISSED = "missed"


@dataclass(frozen=True, slots=True)
class NudgeFact:
    """One nudge-log row, as far as statistics care (NudgeLogEntry has these fields too)."""

    planned: dt.datetime
    nudge_kind: str
    block_kind: str
    answer: str | None
    answered: dt.datetime | None = None
    block_start: dt.datetime | None = None
    block_end: dt.datetime | None = None


class BlockFact(NamedTuple):
    """All nudges about one block, folded: what happened to that block.

    A NamedTuple rather than a frozen dataclass: just as immutable, and several times cheaper to
    create, which counts when a year of statistics builds tens of thousands of them.
    """

    block_kind: str
    start: dt.datetime  # aware; the planned time for old rows that lack the block's start
    end: dt.datetime | None
    started_at: dt.datetime | None = None  # the first "started" answer
    snoozed: bool = False
    skipped: bool = False
    missed: bool = False

    @property
    def outcome(self) -> Outcome | None:
        if self.started_at is not None:
            return Outcome.STARTED
        if self.skipped:
            return Outcome.SKIPPED
        if self.missed:
            return Outcome.MISSED
        return None

    @property
    def focus_minutes(self) -> int:
        if self.block_kind != FOCUS_KIND or self.started_at is None or self.end is None:
            return 0
        begin = max(_utc(self.start), _utc(self.started_at))
        seconds = (_utc(self.end) - begin).total_seconds()
        return max(0, int(seconds // 60))


def blocks_from_nudges(facts: Iterable[NudgeFact]) -> list[BlockFact]:
    """Fold nudge facts into one BlockFact per block (one pass), ordered by block start."""
    found: dict[tuple[str, dt.datetime], BlockFact] = {}
    for fact in facts:
        if fact.nudge_kind != BLOCK_START:
            continue
        start = _utc(fact.block_start or fact.planned)
        key = (fact.block_kind, start)
        block = found.get(key) or BlockFact(fact.block_kind, start, None)
        end = fact.block_end if fact.block_end is not None else block.end
        started_at = block.started_at
        if fact.answer == Outcome.STARTED and fact.answered is not None:
            answered = _utc(fact.answered)
            started_at = answered if started_at is None else min(started_at, answered)
        found[key] = BlockFact(
            block_kind=fact.block_kind,
            start=start,
            end=_utc(end) if end is not None else None,
            started_at=started_at,
            snoozed=block.snoozed or fact.answer == "snoozed",
            skipped=block.skipped or fact.answer == Outcome.SKIPPED,
            missed=block.missed or fact.answer == Outcome.MISSED,
        )
    return sorted(found.values(), key=lambda b: (b.start, b.block_kind))


@dataclass(frozen=True, slots=True)
class Counts:
    focus_minutes: int = 0
    started: int = 0
    snoozed: int = 0
    skipped: int = 0
    missed: int = 0

    def plus(self, block: BlockFact) -> Counts:
        outcome = block.outcome
        return Counts(
            focus_minutes=self.focus_minutes + block.focus_minutes,
            started=self.started + (outcome is Outcome.STARTED),
            snoozed=self.snoozed + block.snoozed,
            skipped=self.skipped + (outcome is Outcome.SKIPPED),
            missed=self.missed + (outcome is Outcome.MISSED),
        )


@dataclass(frozen=True, slots=True)
class DayStats:
    date: dt.date
    counts: Counts = Counts()
    reflected: bool = False


@dataclass(frozen=True, slots=True)
class WeekStats:
    year: int  # ISO year
    week: int  # ISO week number
    monday: dt.date
    counts: Counts = Counts()
    reflections: int = 0


@dataclass(frozen=True, slots=True)
class Statistics:
    first: dt.date
    last: dt.date
    days: tuple[DayStats, ...]
    weeks: tuple[WeekStats, ...]
    streak: int
    totals: Counts = field(default_factory=Counts)


def summarize(
    blocks: Iterable[BlockFact],
    first: dt.date,
    last: dt.date,
    tz: dt.tzinfo,
    *,
    reflection_dates: Collection[dt.date],
    today: dt.date,
    working_weekdays: Collection[int] = (0, 1, 2, 3, 4),
    boundary: dt.time = dt.time(0),
) -> Statistics:
    """Per day and per ISO week from first to last (inclusive; every day present, even empty ones).

    One pass over the blocks; blocks outside the range are ignored.
    """
    if last < first:
        raise ValueError("the last day comes before the first")
    span = (last - first).days + 1
    # The instants the local days begin (with the boundary): a block finds its day by bisection,
    # which keeps a year of blocks in one cheap pass (no time zone arithmetic per block).
    starts = [day_bounds(first + dt.timedelta(days=i), tz, boundary)[0] for i in range(span + 1)]
    sums = [
        [0, 0, 0, 0, 0] for _ in range(span)
    ]  # focus minutes, started, snoozed, skipped, missed
    for block in blocks:
        index = bisect_right(starts, block.start) - 1
        if not 0 <= index < span:
            continue
        acc = sums[index]
        if block.started_at is not None:
            acc[0] += block.focus_minutes
            acc[1] += 1
        elif block.skipped:
            acc[3] += 1
        elif block.missed:
            acc[4] += 1
        if block.snoozed:
            acc[2] += 1
    per_day = [Counts(*acc) for acc in sums]
    reflected = set(reflection_dates)
    days = tuple(
        DayStats(day, counts, day in reflected)
        for day, counts in ((first + dt.timedelta(days=i), per_day[i]) for i in range(span))
    )
    weeks: list[WeekStats] = []
    for day in days:
        iso = day.date.isocalendar()
        if not weeks or (weeks[-1].year, weeks[-1].week) != (iso.year, iso.week):
            monday = day.date - dt.timedelta(days=day.date.weekday())
            weeks.append(WeekStats(iso.year, iso.week, monday))
        week = weeks[-1]
        weeks[-1] = WeekStats(
            week.year,
            week.week,
            week.monday,
            _add(week.counts, day.counts),
            week.reflections + day.reflected,
        )
    totals = Counts()
    for day in days:
        totals = _add(totals, day.counts)
    return Statistics(
        first,
        last,
        days,
        tuple(weeks),
        reflection_streak(reflected, today, working_weekdays),
        totals,
    )


def reflection_streak(
    reflection_dates: Collection[dt.date],
    today: dt.date,
    working_weekdays: Collection[int] = (0, 1, 2, 3, 4),
) -> int:
    """Consecutive working days with a reflection, up to today (see the module's rules)."""
    workdays = set(working_weekdays) or set(range(7))
    dates = set(reflection_dates)
    day = today
    if day not in dates:
        day -= dt.timedelta(days=1)  # today's reflection may still come
    streak = 0
    for _ in range(MAX_STREAK_DAYS):
        if day.weekday() in workdays:
            if day not in dates:
                break
            streak += 1
        day -= dt.timedelta(days=1)
    return streak


def _add(a: Counts, b: Counts) -> Counts:
    return Counts(
        a.focus_minutes + b.focus_minutes,
        a.started + b.started,
        a.snoozed + b.snoozed,
        a.skipped + b.skipped,
        a.missed + b.missed,
    )


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)
