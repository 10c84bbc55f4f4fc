"""A DADU stays with its meeting when her calendar moves or renames the occurrence.

A DADU of an imported meeting remembers the occurrence (UID + original start, which a moved
occurrence keeps as its RECURRENCE-ID). After each import of a layer, the records of its meetings
take the occurrence's new title, date and time, so the weekly review and History name the
meeting as it really was.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import local_date
from ritmeregie.storage import Store


def follow_moved_meetings(store: Store, name: str, tz: ZoneInfo) -> int:
    """Bring the DADU records of layer `name`'s meetings up to date; returns how many changed."""
    records = store.dadu.linked_to_events()
    if not records:
        return 0
    boundary = store.settings.day_boundary()
    by_uid: dict[str, dict[str, tuple[str, dt.datetime]]] = {}
    changed = 0
    for record in records:
        link = record.event
        assert link is not None
        if link.uid not in by_uid:
            by_uid[link.uid] = {
                event.recurrence_id or "": (event.title, event.start)
                for event in store.calendars.occurrences(link.uid, [name])
            }
        found = by_uid[link.uid].get(link.occurrence)
        if found is None:
            continue  # not in this layer, or gone from her calendar: the record stays as it is
        title, start = found
        date = local_date(start, tz, boundary)
        if title == record.meeting_title and start == link.start and date == record.meeting_date:
            continue
        store.dadu.follow_event(record.id, title, date, start)
        changed += 1
    return changed
