"""A day's meetings: typed into the agenda or from her own calendar, with what the rituals ask.

For each meeting: where it comes from (`source`: the layer, or None for the own agenda), its
decision line (the invite's, or the question typed with an agenda item), whether its DADU
exists, and the other meetings it overlaps (a double booking is named, never hidden).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.storage.records import EventLink


@dataclass(frozen=True, slots=True)
class Meeting:
    title: str
    start: dt.datetime  # local, in the plan's zone
    end: dt.datetime
    source: str | None  # the calendar layer; None: the own agenda
    agenda_id: int | None
    event: EventLink | None  # the occurrence in her own calendar
    decision_line: str | None
    has_dadu: bool
    tentative: bool = False
    overlaps: tuple[str, ...] = ()  # titles of meetings at the same time

    @property
    def date(self) -> dt.date:
        return self.start.date()

    def as_data(self) -> dict[str, object]:
        data: dict[str, object] = {
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "source": self.source,
            "decision_line": self.decision_line,
            "dadu": self.has_dadu,
        }
        if self.agenda_id is not None:
            data["id"] = self.agenda_id
        if self.event is not None:
            data["uid"] = self.event.uid
            data["occurrence"] = self.event.occurrence
        if self.tentative:
            data["tentative"] = True
        if self.overlaps:
            data["overlaps"] = list(self.overlaps)
        return data


def event_link(block: Block) -> EventLink | None:
    if block.event_uid is None or block.event_occurrence is None:
        return None
    return EventLink(block.event_uid, block.event_occurrence, block.start.astimezone(dt.UTC))


def meetings_of(store: Any, date: dt.date, tz: ZoneInfo) -> list[Meeting]:
    """The meetings of the local day `date`, in time order."""
    from ritmeregie.services.today import plan_for

    plan = plan_for(store, date, tz)
    return meetings_in(store, [b for b in plan.blocks if b.kind is BlockKind.MEETING], date)


def meetings_in(store: Any, blocks: list[Block], date: dt.date) -> list[Meeting]:
    """Meeting blocks of the day `date` as Meetings (the caller has the plan already)."""
    links = [link for link in (event_link(b) for b in blocks) if link is not None]
    with_dadu = store.dadu.with_occurrences(links)
    found = []
    for block in blocks:
        link = event_link(block)
        if link is not None:
            has_dadu = (link.uid, link.occurrence) in with_dadu
            line = block.decision_line
        else:
            has_dadu = store.dadu.find(block.title, date, block.agenda_id) is not None
            entry = store.agenda.entry(block.agenda_id) if block.agenda_id is not None else None
            line = (entry.decision_question or None) if entry is not None else None
        found.append(
            Meeting(
                title=block.title,
                start=block.start,
                end=block.end,
                source=block.source,
                agenda_id=block.agenda_id,
                event=link,
                decision_line=line,
                has_dadu=has_dadu,
                tentative=block.tentative,
                overlaps=tuple(
                    other.title
                    for other in blocks
                    if other is not block and other.start < block.end and block.start < other.end
                ),
            )
        )
    return found


def double_bookings(meetings: list[Meeting]) -> list[tuple[Meeting, Meeting]]:
    """Each pair of meetings that overlap, once, in time order."""
    pairs = []
    for index, first in enumerate(meetings):
        for second in meetings[index + 1 :]:
            if second.start < first.end and first.start < second.end:
                pairs.append((first, second))
    return pairs


def matching(meetings: list[Meeting], text: str) -> list[Meeting]:
    """The meetings `text` names: the same title (case and spaces aside), else those whose title
    holds it."""
    wanted = " ".join(text.casefold().split())
    same = [m for m in meetings if " ".join(m.title.casefold().split()) == wanted]
    if same or not wanted:
        return same
    return [m for m in meetings if wanted in " ".join(m.title.casefold().split())]
