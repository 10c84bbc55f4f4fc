"""The words of nudges: titles and messages (STYLE.md tone: a calm colleague).

English source strings; Dutch comes from the translation file. Every literal sits inside a
`QCoreApplication.translate(...)` call so lupdate finds it. Placeholders are named ({title},
{minutes}) and filled in after translation, so a user's title can never be read as a pattern.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.services.vocabulary import display_title, kind_name, long_date

NUDGES_CONTEXT = "Nudges"

# Kind names and default-title handling live in ritmeregie.services.vocabulary (shared with the CLI);
# they are re-exported here so the UI has one place for its words.
__all__ = [
    "display_title",
    "kind_name",
    "minutes_until",
    "nudge_message",
    "nudge_title",
]


def minutes_until(nudge: Nudge) -> int:
    """Whole minutes from the nudge to its block's start, rounded up (a heads-up never says 0)."""
    seconds = (nudge.block.start - nudge.at).total_seconds()
    return max(1, math.ceil(seconds / 60))


def nudge_title(nudge: Nudge) -> str:
    title = display_title(nudge.block)
    if nudge.kind is NudgeKind.HEADS_UP:
        minutes = minutes_until(nudge)
        if minutes == 1:
            return QCoreApplication.translate("Nudges", "{title} in 1 minute").format(title=title)
        return QCoreApplication.translate("Nudges", "{title} in {minutes} minutes").format(
            title=title, minutes=minutes
        )
    if nudge.kind is NudgeKind.BLOCK_END:
        return QCoreApplication.translate("Nudges", "{title} has ended").format(title=title)
    if nudge.kind is NudgeKind.DADU_UPDATE:
        return QCoreApplication.translate("Nudges", "DADU update due today")
    if nudge.kind is NudgeKind.DECISION_SLOT:
        return QCoreApplication.translate("Nudges", "Call when in doubt")
    return title


def nudge_message(nudge: Nudge) -> str:
    """The moment's message; moments at the same instant are named after it, one a line."""
    message = _one_message(nudge)
    for other in nudge.together:
        if other.kind in (NudgeKind.DADU_UPDATE, NudgeKind.DECISION_SLOT):  # title says too little
            message += "\n" + _one_message(other)
            continue
        message += "\n" + QCoreApplication.translate("Nudges", "Also now: {moment}.").format(
            moment=nudge_title(other)
        )
    return message


def _one_message(nudge: Nudge) -> str:
    message = _moment_message(nudge)
    line = nudge.block.decision_line
    if line and nudge.block.kind is BlockKind.MEETING:
        # The invite's decision line: what the meeting is for, on its card (issue 16).
        message += "\n" + line
    return message


def _moment_message(nudge: Nudge) -> str:
    if nudge.kind is NudgeKind.HEADS_UP:
        return _heads_up_message(nudge)
    if nudge.kind is NudgeKind.BLOCK_END:
        return QCoreApplication.translate(
            "Nudges",
            "Capture the DADU while it is fresh: decision, action, deadline, update.",
        )
    if nudge.kind is NudgeKind.DADU_UPDATE:
        return QCoreApplication.translate(
            "Nudges", "You promised an update today on: {meetings}."
        ).format(meetings=", ".join(nudge.about))
    if nudge.kind is NudgeKind.DECISION_SLOT:
        return _decision_slot_message(nudge)
    return _start_message(nudge.block)


def _decision_slot_message(nudge: Nudge) -> str:
    if len(nudge.about) != 3:  # a moment built without its decision (a catch-up): say it plainly
        return QCoreApplication.translate(
            "Nudges", "Take five minutes to settle an open decision: one short call."
        )
    question, meeting, deadline = nudge.about
    return QCoreApplication.translate(
        "Nudges",
        "Still open from {meeting}: “{question}” (deadline {deadline}). Take the first five "
        "minutes to settle it: one short call, what must we know for sure by then?",
    ).format(
        meeting=meeting,
        question=question,
        deadline=long_date(dt.date.fromisoformat(deadline)),
    )


def _heads_up_message(nudge: Nudge) -> str:
    title = display_title(nudge.block)
    minutes = minutes_until(nudge)
    if nudge.block.kind is BlockKind.QUIET_QUARTER:
        if minutes == 1:
            return QCoreApplication.translate(
                "Nudges", "Quiet quarter in 1 minute: round off what you are doing."
            )
        return QCoreApplication.translate(
            "Nudges", "Quiet quarter in {minutes} minutes: round off what you are doing."
        ).format(minutes=minutes)
    if minutes == 1:
        return QCoreApplication.translate(
            "Nudges", "{title} starts in 1 minute. Time to wrap up."
        ).format(title=title)
    return QCoreApplication.translate(
        "Nudges", "{title} starts in {minutes} minutes. Time to wrap up."
    ).format(title=title, minutes=minutes)


def _start_message(block: Block) -> str:
    minutes = block.minutes
    title = display_title(block)
    kind = block.kind
    if kind is BlockKind.FOCUS:
        return QCoreApplication.translate(
            "Nudges", "Focus block: {minutes} minutes for your own work."
        ).format(minutes=minutes)
    if kind is BlockKind.RESET:
        return QCoreApplication.translate(
            "Nudges", "Reset: stand up, drink some water, look away from the screen."
        )
    if kind is BlockKind.DAGSTART:
        return QCoreApplication.translate(
            "Nudges", "Day start: choose three must-dos and one call."
        )
    if kind is BlockKind.INBOX:
        return QCoreApplication.translate("Nudges", "Inbox block: handle your mail in one go.")
    if kind is BlockKind.LUNCH:
        return QCoreApplication.translate("Nudges", "Lunch: time to step away from your desk.")
    if kind is BlockKind.QUIET_QUARTER:
        return QCoreApplication.translate(
            "Nudges", "Quiet quarter: {minutes} minutes without mail or phone."
        ).format(minutes=minutes)
    if kind is BlockKind.FRICTION_FRIDAY:
        return QCoreApplication.translate(
            "Nudges", "Friction Friday: remove one small friction from this week."
        )
    if kind is BlockKind.REFLECTION:
        return QCoreApplication.translate(
            "Nudges",
            "Reflection: what went well, what less, and what will you do differently?",
        )
    if kind is BlockKind.WEEKLY_REVIEW:
        return QCoreApplication.translate(
            "Nudges", "Weekly review with your manager: what happened, what is coming."
        )
    if kind is BlockKind.CALL:
        return QCoreApplication.translate("Nudges", "Time for your call: {title}.").format(
            title=title
        )
    if kind is BlockKind.REPORT:
        return QCoreApplication.translate(
            "Nudges",
            "Report: turn this morning's DADUs into a prompt for your AI, then make it your own.",
        )
    if kind is BlockKind.BUSY:
        return QCoreApplication.translate("Nudges", "Busy: {title}.").format(title=title)
    return QCoreApplication.translate("Nudges", "{title} starts now.").format(title=title)
