"""The weekly rhythm template: per weekday, work hours and the ritual blocks at their wall-clock times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from .model import RITUAL_KINDS, BlockKind, ManagerRef

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class RhythmError(ValueError):
    """A rhythm that cannot be planned (bad times, overlapping rituals, unknown kinds)."""


@dataclass(frozen=True, slots=True)
class Ritual:
    kind: BlockKind
    start: dt.time
    minutes: int
    title: str
    # Set only on a manager's weekly review slot (domain/manager_reviews.py).
    manager: ManagerRef | None = None

    def __post_init__(self) -> None:
        if self.kind not in RITUAL_KINDS:
            raise RhythmError(f"'{self.kind}' cannot be a ritual")
        if not 1 <= self.minutes <= 8 * 60:
            raise RhythmError(f"a ritual lasts 1 to 480 minutes, not {self.minutes}")
        if not self.title.strip():
            raise RhythmError("a ritual needs a title")


@dataclass(frozen=True, slots=True)
class WorkHours:
    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise RhythmError("work hours must end after they start")


@dataclass(frozen=True, slots=True)
class DayRhythm:
    hours: WorkHours
    rituals: tuple[Ritual, ...] = ()


@dataclass(frozen=True, slots=True)
class RhythmTemplate:
    """A week of rhythm; a weekday without an entry (the weekend, by default) has no plan."""

    days: Mapping[int, DayRhythm] = field(default_factory=dict)
    focus_minutes: int = 50
    reset_minutes: int = 5
    min_focus_minutes: int = 15

    def __post_init__(self) -> None:
        if not 10 <= self.focus_minutes <= 240:
            raise RhythmError("focus blocks last 10 to 240 minutes")
        if not 1 <= self.reset_minutes <= 60:
            raise RhythmError("resets last 1 to 60 minutes")
        if not 5 <= self.min_focus_minutes <= self.focus_minutes:
            raise RhythmError("the shortest focus block lies between 5 minutes and a full block")
        if any(day not in range(7) for day in self.days):
            raise RhythmError("weekdays are numbered 0 (Monday) to 6 (Sunday)")

    def for_date(self, date: dt.date) -> DayRhythm | None:
        return self.days.get(date.weekday())


def _t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


# The default rhythm's calls: a planned moment to phone someone, named by her in Settings → Rhythm.
PERSONAL_CALL_TITLE = "Persoonlijk belletje"
# The optional after-lunch verslag (issue 19): off by default, switched on in Settings → Rhythm.
REPORT_TITLE = "Verslag"
REPORT_MINUTES = 10


def default_rhythm() -> RhythmTemplate:
    """The day the profession describes: a five-minute dagstart, inbox block, lunch, the quiet
    quarter at half past four followed by two personal calls ("twee persoonlijke belletjes"),
    and the reflection that closes the day; the weekly review on Monday and frictievrijdag on
    Friday. Titles are the Dutch words of STYLE.md; the UI and CLI translate them by kind.

    The calls are five minutes each, and the reflection takes the five minutes left before
    17:00 (the reflection asks 5 to 10 minutes; it may run on, nothing follows it)."""
    hours = WorkHours(_t("08:30"), _t("17:00"))
    daily = (
        Ritual(BlockKind.DAGSTART, _t("08:30"), 5, "Dagstart"),
        Ritual(BlockKind.INBOX, _t("11:00"), 30, "Inbox-blok"),
        Ritual(BlockKind.LUNCH, _t("12:30"), 30, "Lunch"),
        Ritual(BlockKind.QUIET_QUARTER, _t("16:30"), 15, "Stil kwartier"),
        Ritual(BlockKind.CALL, _t("16:45"), 5, PERSONAL_CALL_TITLE),
        Ritual(BlockKind.CALL, _t("16:50"), 5, PERSONAL_CALL_TITLE),
        Ritual(BlockKind.REFLECTION, _t("16:55"), 5, "Reflectie"),
    )
    review = Ritual(BlockKind.WEEKLY_REVIEW, _t("09:00"), 30, "Weekstart met je manager")
    friction = Ritual(BlockKind.FRICTION_FRIDAY, _t("15:00"), 45, "Frictievrijdag")
    days = {day: DayRhythm(hours, daily) for day in (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)}
    days[MONDAY] = DayRhythm(hours, _sorted((*daily, review)))
    days[FRIDAY] = DayRhythm(hours, _sorted((*daily, friction)))
    return RhythmTemplate(days=days)


def _sorted(rituals: tuple[Ritual, ...]) -> tuple[Ritual, ...]:
    return tuple(sorted(rituals, key=lambda r: r.start))


def report_after_lunch(hours: WorkHours, rituals: Sequence[Ritual]) -> Ritual | None:
    """The verslag for a day with these rituals (lunch among them): the ten minutes right after
    lunch ("na de lunch"), or None on a day without lunch, or where those minutes are taken by
    another ritual or run past the work hours: her own blocks never move for an optional one."""
    lunch = next((r for r in rituals if r.kind is BlockKind.LUNCH), None)
    if lunch is None:
        return None
    start = minutes_of(lunch.start) + lunch.minutes
    end = start + REPORT_MINUTES
    if end > minutes_of(hours.end):
        return None
    for other in rituals:
        other_start = minutes_of(other.start)
        if (
            other.kind is not BlockKind.REPORT
            and other_start < end
            and start < other_start + other.minutes
        ):
            return None
    return Ritual(BlockKind.REPORT, dt.time(start // 60, start % 60), REPORT_MINUTES, REPORT_TITLE)


# --- checking a day as a person edits it (the settings window, the welcome) ---------------------

# What the settings offer; the template itself accepts longer focus blocks (scripts, old data).
FOCUS_MINUTES_RANGE = (10, 120)
RESET_MINUTES_RANGE = (1, 60)
# Rituals this close to the start or end of the day (or to each other) move with the work hours.
EDGE_SLACK_MINUTES = 15
_DAY_MINUTES = 24 * 60


class DayProblemKind(Enum):
    HOURS_REVERSED = "hours_reversed"  # work hours end before (or when) they start
    BEFORE_WORK = "before_work"  # the ritual starts before the work hours
    AFTER_WORK = "after_work"  # the ritual runs past the end of the work hours
    OVERLAP = "overlap"  # the ritual overlaps ritual `other`


@dataclass(frozen=True, slots=True)
class DayProblem:
    kind: DayProblemKind
    ritual: int | None = None  # index into the rituals checked; None for the work hours
    other: int | None = None  # OVERLAP: the earlier-listed ritual it collides with


def minutes_of(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def time_of(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)


def ritual_span(ritual: Ritual) -> tuple[int, int]:
    """Start and end in minutes since midnight (the end may pass midnight: > 1440)."""
    start = minutes_of(ritual.start)
    return start, start + ritual.minutes


def day_problems(
    work_start: dt.time, work_end: dt.time, rituals: Sequence[Ritual]
) -> tuple[DayProblem, ...]:
    """Everything that keeps a day from being a calm plan, in the order of the rituals.

    Stricter than the planner, which copes with rituals outside the work hours or on top of each
    other by moving or dropping them: a person editing their rhythm should hear about it first.
    """
    problems: list[DayProblem] = []
    begin, end = minutes_of(work_start), minutes_of(work_end)
    hours_ok = end > begin
    if not hours_ok:
        problems.append(DayProblem(DayProblemKind.HOURS_REVERSED))
    spans = [ritual_span(r) for r in rituals]
    for index, (start, stop) in enumerate(spans):
        if hours_ok and start < begin:
            problems.append(DayProblem(DayProblemKind.BEFORE_WORK, index))
        elif hours_ok and stop > end:
            problems.append(DayProblem(DayProblemKind.AFTER_WORK, index))
        for other in range(index):
            other_start, other_stop = spans[other]
            if start < other_stop and other_start < stop:
                problems.append(DayProblem(DayProblemKind.OVERLAP, index, other))
                break
    return tuple(problems)


def carry_rituals(
    rituals: Sequence[Ritual],
    old_hours: tuple[dt.time, dt.time],
    new_hours: tuple[dt.time, dt.time],
) -> tuple[Ritual, ...]:
    """The rituals after the work hours changed: those that open the day (a chain starting within
    EDGE_SLACK_MINUTES of the old start) move with the start, those that close it move with the
    end, pushing a neighbour they would land on along; the rest keep their clock time. A move
    that would leave the day is not made."""
    old_start, old_end = minutes_of(old_hours[0]), minutes_of(old_hours[1])
    shift_start = minutes_of(new_hours[0]) - old_start
    shift_end = minutes_of(new_hours[1]) - old_end
    order = sorted(range(len(rituals)), key=lambda i: ritual_span(rituals[i]))
    head: set[int] = set()
    edge = old_start
    for index in order:
        start, stop = ritual_span(rituals[index])
        if not 0 <= start - edge <= EDGE_SLACK_MINUTES:
            break
        head.add(index)
        edge = stop
    tail: set[int] = set()
    edge = old_end
    for index in reversed(order):
        start, stop = ritual_span(rituals[index])
        if index in head or not 0 <= edge - stop <= EDGE_SLACK_MINUTES:
            break
        tail.add(index)
        edge = start
    starts = {
        index: minutes_of(r.start) + (shift_start if index in head else 0)
        for index, r in enumerate(rituals)
    }
    for index in tail:
        starts[index] += shift_end
    middle = [index for index in order if index not in head and index not in tail]
    # A moved edge pushes its neighbours along instead of landing on them (Monday's review at
    # 09:00 after a day start that now begins at 09:00), keeping the rituals in their order.
    if shift_start > 0 and head:
        edge = max(starts[i] + rituals[i].minutes for i in head)
        for index in middle:
            if starts[index] >= edge:
                break
            starts[index] = edge
            edge += rituals[index].minutes
    if shift_end < 0 and tail:
        edge = min(starts[i] for i in tail)
        for index in reversed(middle):
            if starts[index] + rituals[index].minutes <= edge:
                break
            starts[index] = edge - rituals[index].minutes
            edge = starts[index]
    moved: list[Ritual] = []
    for index, ritual in enumerate(rituals):
        start = starts[index]
        if start != minutes_of(ritual.start) and 0 <= start <= _DAY_MINUTES - ritual.minutes:
            ritual = replace(ritual, start=time_of(start))
        moved.append(ritual)
    return tuple(moved)


# --- plain-data form (settings storage, JSON export); strict on the way in ---------------------


def rhythm_to_data(rhythm: RhythmTemplate) -> dict[str, Any]:
    return {
        "focus_minutes": rhythm.focus_minutes,
        "reset_minutes": rhythm.reset_minutes,
        "min_focus_minutes": rhythm.min_focus_minutes,
        "days": {
            str(day): {
                "work_start": d.hours.start.strftime("%H:%M"),
                "work_end": d.hours.end.strftime("%H:%M"),
                "rituals": [
                    {
                        "kind": r.kind.value,
                        "start": r.start.strftime("%H:%M"),
                        "minutes": r.minutes,
                        "title": r.title,
                    }
                    for r in d.rituals
                ],
            }
            for day, d in sorted(rhythm.days.items())
        },
    }


def rhythm_from_data(data: Any) -> RhythmTemplate:
    """Build a template from plain data; any defect raises RhythmError with one readable line."""
    try:
        days: dict[int, DayRhythm] = {}
        for key, day in dict(data["days"]).items():
            rituals = tuple(
                Ritual(
                    BlockKind(r["kind"]),
                    _t(r["start"]),
                    int(r["minutes"]),
                    str(r["title"]),
                )
                for r in day["rituals"]
            )
            hours = WorkHours(_t(day["work_start"]), _t(day["work_end"]))
            days[int(key)] = DayRhythm(hours, _sorted(rituals))
        return RhythmTemplate(
            days=days,
            focus_minutes=int(data.get("focus_minutes", 50)),
            reset_minutes=int(data.get("reset_minutes", 5)),
            min_focus_minutes=int(data.get("min_focus_minutes", 15)),
        )
    except RhythmError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RhythmError(f"the stored rhythm is not readable ({exc})") from exc
