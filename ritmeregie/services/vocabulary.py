"""The product's words for block kinds and plan notes (STYLE.md), through the one catalogue."""

from __future__ import annotations

import datetime as dt
from datetime import tzinfo

from ritmeregie.domain.model import Block, BlockKind, NoteReason, PlanNote
from ritmeregie.domain.planner import FOCUS_TITLE, RESET_TITLE
from ritmeregie.domain.rhythm import REPORT_TITLE, default_rhythm
from ritmeregie.platform.i18n import translate


def kind_name(kind: BlockKind) -> str:
    names = {
        BlockKind.DAGSTART: translate("Blocks", "Day start"),
        BlockKind.FOCUS: translate("Blocks", "Focus block"),
        BlockKind.RESET: translate("Blocks", "Reset"),
        BlockKind.INBOX: translate("Blocks", "Inbox block"),
        BlockKind.MEETING: translate("Blocks", "Meeting"),
        BlockKind.LUNCH: translate("Blocks", "Lunch"),
        BlockKind.QUIET_QUARTER: translate("Blocks", "Quiet quarter"),
        BlockKind.FRICTION_FRIDAY: translate("Blocks", "Friction Friday"),
        BlockKind.REFLECTION: translate("Blocks", "Reflection"),
        BlockKind.WEEKLY_REVIEW: translate("Blocks", "Weekly review with your manager"),
        BlockKind.CALL: translate("Blocks", "Call"),
        BlockKind.REPORT: translate("Blocks", "Report"),
        BlockKind.DADU: translate("Blocks", "DADU"),
        BlockKind.BUSY: translate("Blocks", "Busy"),
    }
    return names[kind]


def default_title_name(kind: BlockKind) -> str:
    """How a ritual with the default rhythm's title is shown: the kind's name, except the day's
    personal calls, which are more than any call ("Persoonlijk belletje" / "Personal call")."""
    if kind is BlockKind.CALL:
        return translate("Blocks", "Personal call")
    return kind_name(kind)


def _default_titles() -> dict[BlockKind, str]:
    titles = {BlockKind.FOCUS: FOCUS_TITLE, BlockKind.RESET: RESET_TITLE}
    for day in default_rhythm().days.values():
        for ritual in day.rituals:
            titles[ritual.kind] = ritual.title
    titles[BlockKind.REPORT] = REPORT_TITLE  # optional, so not in the default day
    return titles


_DEFAULT_TITLES = _default_titles()


def _manager_review(name: str) -> str:
    return translate("Blocks", "Weekly review with {manager}").format(manager=name)


def display_title(block: Block) -> str:
    """The kind's name in the user's language for default titles; the user's own title otherwise."""
    if block.kind is BlockKind.DADU:  # its title is the meeting's
        return translate("Blocks", "DADU: {meeting}").format(meeting=block.title)
    if block.manager is not None:  # a manager's weekly review slot (several managers)
        return _manager_review(block.manager.name)
    if _DEFAULT_TITLES.get(block.kind) == block.title:
        return default_title_name(block.kind)
    return block.title


def note_text(note: PlanNote, tz: tzinfo) -> str:
    default = _DEFAULT_TITLES.get(note.kind) == note.title
    title = default_title_name(note.kind) if default else note.title
    if note.manager is not None:  # a manager's weekly review slot
        title = _manager_review(note.manager.name)
    wanted = note.wanted.astimezone(tz).strftime("%H:%M")
    if note.placed is None:
        return translate("Plan", "{title} ({time}) dropped: no free time left today.").format(
            title=title, time=wanted
        )
    placed = note.placed.astimezone(tz).strftime("%H:%M")
    reasons = {
        NoteReason.COLLIDES_WITH_AGENDA: translate("Plan", "it collides with your agenda"),
        NoteReason.COLLIDES_WITH_RITUAL: translate("Plan", "it collides with another ritual"),
        NoteReason.TIME_DOES_NOT_EXIST: translate(
            "Plan", "that time does not exist tonight (clocks go forward)"
        ),
    }
    return translate("Plan", "{title} moved from {wanted} to {placed}: {reason}.").format(
        title=title, wanted=wanted, placed=placed, reason=reasons[note.reason]
    )


def weekday_name(date: dt.date) -> str:
    names = (
        translate("Dates", "Monday"),
        translate("Dates", "Tuesday"),
        translate("Dates", "Wednesday"),
        translate("Dates", "Thursday"),
        translate("Dates", "Friday"),
        translate("Dates", "Saturday"),
        translate("Dates", "Sunday"),
    )
    return names[date.weekday()]


def month_name(month: int) -> str:
    names = (
        translate("Dates", "January"),
        translate("Dates", "February"),
        translate("Dates", "March"),
        translate("Dates", "April"),
        translate("Dates", "May"),
        translate("Dates", "June"),
        translate("Dates", "July"),
        translate("Dates", "August"),
        translate("Dates", "September"),
        translate("Dates", "October"),
        translate("Dates", "November"),
        translate("Dates", "December"),
    )
    return names[month - 1]


def long_date(date: dt.date) -> str:
    """'Friday 26 March 2027' / 'vrijdag 26 maart 2027' (day before month in both languages)."""
    text = translate("Dates", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(date), day=date.day, month=month_name(date.month), year=date.year
    )
    # Dutch weekdays are lower case inside a sentence; this is always shown as a heading.
    return text[:1].upper() + text[1:]
