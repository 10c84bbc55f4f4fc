"""The weekly review with the manager and the yearly competence mirror: weeks, the summary, Markdown.

Pure and stdlib-only: the UI gathers the facts from the store into a WeeklySummary and renders it
with labels in the user's language (ReviewLabels; English by default), so the same text can be
copied into Teams or Outlook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

MONDAY = 0
SATURDAY = 5
# The competence mirror looks back at a year; a little under eleven months of use is enough for
# that: who started by mid-January has a year to look at on the first working day of December,
# who started in spring waits for the next December.
MIRROR_HISTORY_DAYS = 320
# "Highlights" of a week: at most this many of the "satisfied" answers, the most recent first.
HIGHLIGHTS_MAX = 5


def week_start(date: dt.date) -> dt.date:
    """The Monday of the (ISO) week `date` lies in."""
    return date - dt.timedelta(days=date.weekday())


def next_monday(date: dt.date) -> dt.date:
    """The first Monday after `date` ("not today — next week"); a Monday gives the one after it."""
    return week_start(date) + dt.timedelta(days=7)


def review_week(today: dt.date) -> dt.date:
    """The Monday of the week a weekly review opened on `today` is about.

    Monday to Friday: the current week (the review with the manager is its Monday's ritual, and
    later in the week it is looked at again). Saturday and Sunday: the coming week — opened in
    the weekend, the review prepares for Monday, so "last week" is the week now ending.
    """
    if today.weekday() >= SATURDAY:
        return next_monday(today)
    return week_start(today)


def working_days(week: dt.date, working_weekdays: Iterable[int]) -> tuple[dt.date, ...]:
    """The days of the week starting `week` that are working days (0 = Monday .. 6); with none
    at all, Monday to Friday."""
    days = set(working_weekdays) or set(range(5))
    return tuple(week + dt.timedelta(days=n) for n in range(7) if n in days)


def mirror_has_history(first_entry: dt.date | None, today: dt.date) -> bool:
    """Whether the store reaches back far enough for a yearly look back: its oldest entry
    (reflection, DADU or nudge) is at least MIRROR_HISTORY_DAYS before `today`."""
    return first_entry is not None and (today - first_entry).days >= MIRROR_HISTORY_DAYS


def first_working_day_of_december(year: int, working_weekdays: Iterable[int]) -> dt.date:
    """The competence mirror's day: the first day of December that is a working day.

    `working_weekdays` are 0 (Monday) to 6; with none at all, Monday to Friday is assumed.
    """
    days = set(working_weekdays) or set(range(5))
    day = dt.date(year, 12, 1)
    while day.weekday() not in days:
        day += dt.timedelta(days=1)
    return day


@dataclass(frozen=True, slots=True)
class OpenAction:
    meeting: str
    meeting_date: dt.date
    action: str
    owner: str = ""
    deadline: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Highlight:
    date: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class AgendaLine:
    start: dt.datetime  # aware, local
    end: dt.datetime
    title: str
    source: str | None = None  # the imported calendar (a manager's layer); None: the own agenda
    all_day: bool = False


@dataclass(frozen=True, slots=True)
class Deadline:
    date: dt.date
    title: str


@dataclass(frozen=True, slots=True)
class WeeklySummary:
    """Last week (what happened) and the coming week (what is coming), plus the user's notes."""

    week: dt.date  # the Monday of the review's own week; "last week" is the week before
    done_must_dos: tuple[str, ...] = ()
    open_actions: tuple[OpenAction, ...] = ()
    fixed_frictions: tuple[str, ...] = ()
    highlights: tuple[Highlight, ...] = ()
    energy_average: float | None = None
    agenda: tuple[AgendaLine, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    notes: str = ""

    @property
    def last_week(self) -> tuple[dt.date, dt.date]:
        first = self.week - dt.timedelta(days=7)
        return first, first + dt.timedelta(days=6)

    @property
    def coming_week(self) -> tuple[dt.date, dt.date]:
        return self.week, self.week + dt.timedelta(days=6)


def pick_highlights(
    answers: Iterable[tuple[dt.date, str]], limit: int = HIGHLIGHTS_MAX
) -> tuple[Highlight, ...]:
    """The non-empty "satisfied" answers, most recent first, first line of each."""
    found = [
        Highlight(date, text.strip().splitlines()[0].strip())
        for date, text in answers
        if text.strip()
    ]
    found.sort(key=lambda h: h.date, reverse=True)
    return tuple(found[:limit])


def energy_average(values: Iterable[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(sum(known) / len(known), 1) if known else None


@dataclass(frozen=True, slots=True)
class ReviewLabels:
    """The words of the Markdown text; the UI passes them translated. Placeholders stay named."""

    title: str = "Weekly review — week of {date}"
    last_week: str = "Last week"
    coming_week: str = "Coming week"
    done_must_dos: str = "Must-dos done"
    open_actions: str = "DADU: open actions"
    fixed_frictions: str = "Frictions fixed"
    highlights: str = "Highlights from my reflections"
    energy: str = "Average energy: {energy} / 5"
    agenda: str = "Agenda"
    deadlines: str = "Deadlines"
    notes: str = "Notes for the conversation"
    nothing: str = "Nothing."
    owner: str = "owner: {owner}"
    deadline: str = "deadline {date}"
    all_day: str = "all day"
    weekdays: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    decimal_point: str = "."  # "," in Dutch: an average energy of 3,2

    def day(self, date: dt.date) -> str:
        return f"{self.weekdays[date.weekday()]} {date.day}-{date.month}"


def _bullets(lines: list[str], labels: ReviewLabels) -> list[str]:
    return [f"- {line}" for line in lines] if lines else [f"- {labels.nothing}"]


def _escape(text: str) -> str:
    # Titles come from the user; a leading "#", "-" or "1." would change the Markdown's shape.
    text = " ".join(text.split())
    return "\\" + text if text[:1] in "#->*+|" else text


def render_markdown(summary: WeeklySummary, labels: ReviewLabels | None = None) -> str:
    """The review as Markdown that pastes cleanly into Teams, Outlook or a wiki page."""
    lb = labels or ReviewLabels()
    out = [f"# {lb.title.format(date=lb.day(summary.week))}", ""]

    out += [f"## {lb.last_week}", "", f"### {lb.done_must_dos}", ""]
    out += _bullets([_escape(t) for t in summary.done_must_dos], lb)
    out += ["", f"### {lb.open_actions}", ""]
    actions = []
    for a in summary.open_actions:
        extras = [lb.owner.format(owner=_escape(a.owner))] if a.owner.strip() else []
        if a.deadline is not None:
            extras.append(lb.deadline.format(date=lb.day(a.deadline)))
        tail = f" ({', '.join(extras)})" if extras else ""
        actions.append(f"{_escape(a.meeting)}, {lb.day(a.meeting_date)}: {_escape(a.action)}{tail}")
    out += _bullets(actions, lb)
    out += ["", f"### {lb.fixed_frictions}", ""]
    out += _bullets([_escape(t) for t in summary.fixed_frictions], lb)
    out += ["", f"### {lb.highlights}", ""]
    out += _bullets([f"{lb.day(h.date)}: {_escape(h.text)}" for h in summary.highlights], lb)
    if summary.energy_average is not None:
        energy = f"{summary.energy_average:g}".replace(".", lb.decimal_point)
        out += ["", lb.energy.format(energy=energy)]

    out += ["", f"## {lb.coming_week}", "", f"### {lb.agenda}", ""]
    out += _bullets([_agenda_line(item, lb) for item in summary.agenda], lb)
    out += ["", f"### {lb.deadlines}", ""]
    out += _bullets([f"{lb.day(d.date)}: {_escape(d.title)}" for d in summary.deadlines], lb)

    if summary.notes.strip():
        out += ["", f"## {lb.notes}", "", summary.notes.strip()]
    return "\n".join(out) + "\n"


def _agenda_line(item: AgendaLine, lb: ReviewLabels) -> str:
    when = lb.all_day if item.all_day else f"{item.start:%H:%M}–{item.end:%H:%M}"
    layer = f" ({_escape(item.source)})" if item.source else ""
    return f"{lb.day(item.start.date())} {when} {_escape(item.title)}{layer}"
