"""The rhythm as the settings page edits it: a week of plain values that may be wrong for a while.

A RhythmTemplate refuses bad values at construction; a person typing does not produce good values
at every keystroke. The page therefore edits a WeekDraft, asks `issues()` what is wrong (in words
for the user, tied to the field it belongs to) and turns the draft into a template only when
nothing is. Lunch is the day's first lunch ritual, shown as its own row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QCoreApplication

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.rhythm import (
    FOCUS_MINUTES_RANGE,
    REPORT_TITLE,
    RESET_MINUTES_RANGE,
    DayProblemKind,
    DayRhythm,
    RhythmTemplate,
    Ritual,
    WorkHours,
    carry_rituals,
    day_problems,
    default_rhythm,
    minutes_of,
    report_after_lunch,
    time_of,
)
from ritmeregie.platform.i18n import format_time
from ritmeregie.services.vocabulary import default_title_name, kind_name

WEEK = range(7)
DEFAULT_HOURS = (dt.time(8, 30), dt.time(17, 0))
DEFAULT_LUNCH = (dt.time(12, 30), 30)
NEW_BLOCK_MINUTES = 15


def _default_titles() -> dict[BlockKind, str]:
    titles: dict[BlockKind, str] = {}
    for day in default_rhythm().days.values():
        for ritual in day.rituals:
            titles.setdefault(ritual.kind, ritual.title)
    titles.setdefault(BlockKind.REPORT, REPORT_TITLE)  # optional, so not in the default day
    return titles


# The Dutch words the default rhythm stores; shown as the kind's name in the user's language.
DEFAULT_TITLES = _default_titles()


def shown_title(kind: BlockKind, title: str) -> str:
    return default_title_name(kind) if DEFAULT_TITLES.get(kind) == title else title


def stored_title(kind: BlockKind, text: str) -> str:
    """What to keep for a title typed as `text`: the default word when it is the kind's name."""
    text = text.strip()
    if text == default_title_name(kind) and kind in DEFAULT_TITLES:
        return DEFAULT_TITLES[kind]
    return text


def default_title(kind: BlockKind) -> str:
    return DEFAULT_TITLES.get(kind, kind_name(kind))


@dataclass(frozen=True, slots=True)
class RitualDraft:
    kind: BlockKind
    start: dt.time
    minutes: int
    title: str

    @property
    def end_minutes(self) -> int:
        return minutes_of(self.start) + self.minutes


@dataclass(frozen=True, slots=True)
class DayDraft:
    working: bool
    start: dt.time
    end: dt.time
    lunch: bool
    lunch_start: dt.time
    lunch_minutes: int
    rituals: tuple[RitualDraft, ...] = ()

    def with_hours(self, start: dt.time, end: dt.time) -> DayDraft:
        """New work hours; the rituals (and lunch) that open or close the day move along
        (only between two sensible pairs of hours: a half-typed end before the start moves
        nothing, so correcting it brings nothing back from the wrong place)."""
        if not (self.start < self.end and start < end):
            return replace(self, start=start, end=end)
        drafts = [self._lunch_draft(), *self.rituals] if self.lunch else list(self.rituals)
        as_rituals = [Ritual(d.kind, d.start, d.minutes, d.title or "-") for d in drafts]
        moved = carry_rituals(as_rituals, (self.start, self.end), (start, end))
        starts = [r.start for r in moved]
        lunch_start = starts.pop(0) if self.lunch else self.lunch_start
        rituals = tuple(replace(d, start=s) for d, s in zip(self.rituals, starts, strict=True))
        return replace(self, start=start, end=end, lunch_start=lunch_start, rituals=rituals)

    def sorted(self) -> DayDraft:
        return replace(self, rituals=tuple(sorted(self.rituals, key=lambda r: r.start)))

    def _lunch_draft(self) -> RitualDraft:
        return RitualDraft(
            BlockKind.LUNCH, self.lunch_start, self.lunch_minutes, DEFAULT_TITLES[BlockKind.LUNCH]
        )

    def checked(self) -> list[RitualDraft]:
        """The rituals the planner gets, lunch first (so problems name lunch as index 0)."""
        return [self._lunch_draft(), *self.rituals] if self.lunch else list(self.rituals)

    def free_start(self, minutes: int = NEW_BLOCK_MINUTES) -> dt.time:
        """The first free quarter hour inside the work hours (the start, when the day is full)."""
        taken = [(minutes_of(r.start), r.end_minutes) for r in self.checked()]
        begin, end = minutes_of(self.start), minutes_of(self.end)
        for slot in range(begin - begin % 15, end - minutes + 1, 15):
            if slot >= begin and all(slot + minutes <= s or slot >= e for s, e in taken):
                return time_of(slot)
        return self.start


@dataclass(frozen=True, slots=True)
class WeekDraft:
    focus_minutes: int
    reset_minutes: int
    min_focus_minutes: int
    days: tuple[DayDraft, ...]

    def with_day(self, weekday: int, day: DayDraft) -> WeekDraft:
        days = list(self.days)
        days[weekday] = day
        return replace(self, days=tuple(days))


class Field(Enum):
    FOCUS = "focus"
    RESET = "reset"
    HOURS = "hours"
    LUNCH = "lunch"
    RITUAL = "ritual"


@dataclass(frozen=True, slots=True)
class Issue:
    field: Field
    message: str
    weekday: int | None = None
    ritual: int | None = None  # index into DayDraft.rituals (not counting lunch)


def from_template(template: RhythmTemplate) -> WeekDraft:
    days = []
    for weekday in WEEK:
        day = template.days.get(weekday)
        if day is None:
            days.append(_empty_day())
            continue
        lunch = next((r for r in day.rituals if r.kind is BlockKind.LUNCH), None)
        rest = tuple(
            RitualDraft(r.kind, r.start, r.minutes, r.title) for r in day.rituals if r is not lunch
        )
        days.append(
            DayDraft(
                working=True,
                start=day.hours.start,
                end=day.hours.end,
                lunch=lunch is not None,
                lunch_start=lunch.start if lunch else DEFAULT_LUNCH[0],
                lunch_minutes=lunch.minutes if lunch else DEFAULT_LUNCH[1],
                rituals=rest,
            ).sorted()
        )
    return WeekDraft(
        template.focus_minutes, template.reset_minutes, template.min_focus_minutes, tuple(days)
    )


# Rituals of one day of the week; a day switched on does not copy them from its neighbour.
WEEKLY_KINDS = frozenset({BlockKind.WEEKLY_REVIEW, BlockKind.FRICTION_FRIDAY})


def switched_on(week: WeekDraft, weekday: int) -> DayDraft:
    """A day switched on keeps what it had; a day that never had rituals (the weekend) gets the
    hours, lunch and daily rituals of the nearest working day, so it carries rituals too."""
    day = replace(week.days[weekday], working=True)
    if day.rituals:
        return day
    others = [(abs(i - weekday), i) for i, d in enumerate(week.days) if d.working and i != weekday]
    if not others:
        return day
    source = week.days[min(others)[1]]
    return replace(
        day,
        start=source.start,
        end=source.end,
        lunch=source.lunch,
        lunch_start=source.lunch_start,
        lunch_minutes=source.lunch_minutes,
        rituals=tuple(r for r in source.rituals if r.kind not in WEEKLY_KINDS),
    )


def _empty_day() -> DayDraft:
    return DayDraft(False, *DEFAULT_HOURS, True, *DEFAULT_LUNCH)


def to_template(week: WeekDraft) -> RhythmTemplate:
    """The template for a draft without issues (RhythmError otherwise)."""
    days: dict[int, DayRhythm] = {}
    for weekday, day in enumerate(week.days):
        if not day.working:
            continue
        rituals = sorted(
            (Ritual(r.kind, r.start, r.minutes, r.title) for r in day.checked()),
            key=lambda r: r.start,
        )
        days[weekday] = DayRhythm(WorkHours(day.start, day.end), tuple(rituals))
    return RhythmTemplate(
        days=days,
        focus_minutes=week.focus_minutes,
        reset_minutes=week.reset_minutes,
        # The shortest block follows a shorter focus length down; it is not a setting of its own.
        min_focus_minutes=min(week.min_focus_minutes, week.focus_minutes),
    )


def _range(start: dt.time, end_minutes: int) -> str:
    end = time_of(end_minutes % (24 * 60))
    return f"{format_time(start)}–{format_time(end)}"


def issues(week: WeekDraft) -> tuple[Issue, ...]:
    found: list[Issue] = []
    low, high = FOCUS_MINUTES_RANGE
    if not low <= week.focus_minutes <= high:
        message = QCoreApplication.translate(
            "RhythmDraft", "A focus block lasts {low} to {high} minutes."
        )
        found.append(Issue(Field.FOCUS, message.format(low=low, high=high)))
    low, high = RESET_MINUTES_RANGE
    if not low <= week.reset_minutes <= high:
        message = QCoreApplication.translate(
            "RhythmDraft", "A reset lasts {low} to {high} minutes."
        )
        found.append(Issue(Field.RESET, message.format(low=low, high=high)))
    for weekday, day in enumerate(week.days):
        if day.working:
            found.extend(day_issues(day, weekday))
    return tuple(found)


def day_issues(day: DayDraft, weekday: int | None = None) -> list[Issue]:
    found: list[Issue] = []
    offset = 1 if day.lunch else 0
    drafts = day.checked()

    def field_of(index: int) -> tuple[Field, int | None]:
        if index < offset:
            return Field.LUNCH, None
        return Field.RITUAL, index - offset

    def name(index: int) -> str:
        draft = drafts[index]
        if index < offset:
            return kind_name(BlockKind.LUNCH)
        return shown_title(draft.kind, draft.title) or kind_name(draft.kind)

    def overlap(index: int, other: int) -> str:
        return QCoreApplication.translate(
            "RhythmDraft", "{title} ({time}) overlaps {other} ({other_time})."
        ).format(
            title=name(index),
            time=_range(drafts[index].start, drafts[index].end_minutes),
            other=name(other),
            other_time=_range(drafts[other].start, drafts[other].end_minutes),
        )

    for index, draft in enumerate(day.rituals):
        if not draft.title.strip():
            found.append(
                Issue(
                    Field.RITUAL,
                    QCoreApplication.translate("RhythmDraft", "Give this block a title."),
                    weekday,
                    index,
                )
            )
    rituals = [Ritual(d.kind, d.start, d.minutes, d.title or "-") for d in drafts]
    hours = f"{format_time(day.start)}–{format_time(day.end)}"
    for problem in day_problems(day.start, day.end, rituals):
        if problem.kind is DayProblemKind.HOURS_REVERSED:
            message = QCoreApplication.translate(
                "RhythmDraft", "Work hours end after they start: choose an end after {start}."
            )
            found.append(Issue(Field.HOURS, message.format(start=format_time(day.start)), weekday))
            continue
        assert problem.ritual is not None
        where, ritual = field_of(problem.ritual)
        draft = drafts[problem.ritual]
        span = _range(draft.start, draft.end_minutes)
        if problem.kind is DayProblemKind.OVERLAP:
            assert problem.other is not None
            # Said at both, each from its own side: the person may be looking at either.
            other_field, other_ritual = field_of(problem.other)
            found.append(
                Issue(other_field, overlap(problem.other, problem.ritual), weekday, other_ritual)
            )
            message = overlap(problem.ritual, problem.other)
        elif problem.kind is DayProblemKind.BEFORE_WORK:
            message = QCoreApplication.translate(
                "RhythmDraft", "{title} ({time}) starts before your work hours ({hours})."
            ).format(title=name(problem.ritual), time=span, hours=hours)
        else:
            message = QCoreApplication.translate(
                "RhythmDraft", "{title} ({time}) ends after your work hours ({hours})."
            ).format(title=name(problem.ritual), time=span, hours=hours)
        found.append(Issue(where, message, weekday, ritual))
    return found


# --- the optional after-lunch verslag (issue 19) -------------------------------------------------


def has_report(week: WeekDraft) -> bool:
    """Whether a working day of the week holds the verslag (the switch shows it on)."""
    return any(r.kind is BlockKind.REPORT for day in week.days if day.working for r in day.rituals)


def with_report(week: WeekDraft, on: bool) -> WeekDraft:
    """Every day's verslag removed (off), or one placed right after each working day's lunch
    (on), where the rule of domain/rhythm.py finds those minutes free."""
    days = []
    for day in week.days:
        day = replace(day, rituals=tuple(r for r in day.rituals if r.kind is not BlockKind.REPORT))
        if on and day.working and day.start < day.end:
            taken = [Ritual(d.kind, d.start, d.minutes, d.title or "-") for d in day.checked()]
            report = report_after_lunch(WorkHours(day.start, day.end), taken)
            if report is not None:
                draft = RitualDraft(report.kind, report.start, report.minutes, report.title)
                day = replace(day, rituals=(*day.rituals, draft)).sorted()
        days.append(day)
    return replace(week, days=tuple(days))
