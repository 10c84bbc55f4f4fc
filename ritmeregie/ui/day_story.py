"""What a day other than today holds, in a few lines: on a past day what happened (blocks
started and skipped, DADUs, the reflection), on a future day what is planned (must-do's)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ritmeregie.domain.localtime import day_bounds
from ritmeregie.domain.nudges import NudgeAnswer

if TYPE_CHECKING:
    from ritmeregie.storage import Store


def past_day(store: Store, date: dt.date, tz: dt.tzinfo, boundary: dt.time) -> list[str]:
    start, end = day_bounds(date, tz, boundary)
    answers = [e.answer for e in store.nudge_log.between(start, end)]
    started = answers.count(NudgeAnswer.STARTED)
    skipped = answers.count(NudgeAnswer.SKIPPED)
    lines = [
        QCoreApplication.translate(
            "DayStory", "Blocks started: {started} · skipped: {skipped}"
        ).format(started=started, skipped=skipped)
    ]
    done = store.must_dos.done_between(start, end)
    if done:
        lines.append(
            QCoreApplication.translate("DayStory", "Done: {titles}").format(
                titles=", ".join(m.title for m in done)
            )
        )
    dadus = store.dadu.between(date, date)
    if dadus:
        titles = ", ".join(r.meeting_title for r in dadus)
        lines.append(
            QCoreApplication.translate("DayStory", "DADU written for: {titles}").format(
                titles=titles
            )
        )
    reflection = store.reflections.get(date)
    if reflection is None:
        lines.append(QCoreApplication.translate("DayStory", "No reflection written."))
    else:
        for label, text in (
            (QCoreApplication.translate("DayStory", "Satisfied"), reflection.satisfied),
            (QCoreApplication.translate("DayStory", "Less satisfied"), reflection.less_satisfied),
            (QCoreApplication.translate("DayStory", "Differently"), reflection.differently),
        ):
            if text.strip():
                lines.append(f"{label}: {text.strip()}")
    return lines


def future_day(store: Store, date: dt.date) -> list[str]:
    planned = [m for m in store.must_dos.open() if m.planned_for == date]
    if not planned:
        return [QCoreApplication.translate("DayStory", "No must-dos planned for this day yet.")]
    return [
        QCoreApplication.translate("DayStory", "Must-dos planned: {titles}").format(
            titles=", ".join(m.title for m in planned)
        )
    ]
