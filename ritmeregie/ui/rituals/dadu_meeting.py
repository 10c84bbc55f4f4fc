"""DADU: which meeting the dialog is for (the agenda item, the words given, or the one just started)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ritmeregie.domain.model import BlockKind

if TYPE_CHECKING:
    from ..app import RitmeregieApp


@dataclass(frozen=True, slots=True)
class MeetingRef:
    title: str
    date: dt.date
    agenda_item_id: int | None = None
    decision_question: str | None = None


def resolve_meeting(
    app: RitmeregieApp,
    agenda_item_id: int | None = None,
    meeting_title: str | None = None,
    date: dt.date | None = None,
) -> MeetingRef:
    """Which meeting the dialog is for: the agenda item when given, else the arguments, else
    (nothing given, as from the tray) the latest meeting of today that has started."""
    controller = app.controller
    if agenda_item_id is not None:
        entry = app.store.agenda.entry(agenda_item_id)
        if entry is not None:
            local = entry.start.astimezone(controller.tz).date()
            return MeetingRef(
                meeting_title or entry.title, date or local, entry.id, entry.decision_question
            )
    if meeting_title is None and date is None:
        now = controller.now()
        started = [
            item
            for item in controller.agenda_today()
            if item.kind is BlockKind.MEETING and item.start <= now and item.id is not None
        ]
        if started:
            return resolve_meeting(app, started[-1].id)
    return MeetingRef(meeting_title or "", date or controller.today())
