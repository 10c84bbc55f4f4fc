"""DADU: which meeting the dialog is for (the agenda item, an occurrence of her own calendar, the
words given, or the one just started), and the day's meetings to choose from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ritmeregie.services.meetings import Meeting, meetings_of
from ritmeregie.storage import EventLink

if TYPE_CHECKING:
    from ..app import RitmeregieApp


@dataclass(frozen=True, slots=True)
class MeetingRef:
    title: str
    date: dt.date
    agenda_item_id: int | None = None
    decision_question: str | None = None
    event: EventLink | None = None  # a meeting from her own calendar: its occurrence


def as_ref(meeting: Meeting) -> MeetingRef:
    return MeetingRef(
        meeting.title, meeting.date, meeting.agenda_id, meeting.decision_line, meeting.event
    )


def day_meetings(app: RitmeregieApp, date: dt.date) -> list[Meeting]:
    """The meetings of `date`, typed and from her own calendar (the dialog's list to pick from)."""
    return meetings_of(app.store, date, app.controller.tz)


def resolve_meeting(
    app: RitmeregieApp,
    agenda_item_id: int | None = None,
    meeting_title: str | None = None,
    date: dt.date | None = None,
    event_uid: str | None = None,
    event_occurrence: str | None = None,
) -> MeetingRef:
    """Which meeting the dialog is for: the agenda item or the occurrence when given, else the
    arguments, else (nothing given, as from the tray) the latest meeting of today that has
    started."""
    controller = app.controller
    if agenda_item_id is not None:
        entry = app.store.agenda.entry(agenda_item_id)
        if entry is not None:
            local = entry.start.astimezone(controller.tz).date()
            return MeetingRef(
                meeting_title or entry.title, date or local, entry.id, entry.decision_question
            )
    if event_uid is not None and event_occurrence is not None:
        day = date or controller.today()
        for meeting in day_meetings(app, day):
            if meeting.event is not None and (meeting.event.uid, meeting.event.occurrence) == (
                event_uid,
                event_occurrence,
            ):
                return as_ref(meeting)
        return MeetingRef(meeting_title or "", day, event=EventLink(event_uid, event_occurrence))
    if meeting_title is None and date is None:
        now = controller.now()
        started = [m for m in day_meetings(app, controller.today()) if m.start <= now]
        if started:
            return as_ref(started[-1])
    return MeetingRef(meeting_title or "", date or controller.today())
