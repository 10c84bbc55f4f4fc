"""The imported layers for the planner: every occurrence in a day's window as an agenda item
(busy time; a meeting when the layer is her own calendar).

Within the stored horizon this is a query (services/calendars/service.py fills calendar_events);
a date beyond it is expanded on demand from the layer's stored raw copy, the last parsed copy kept
in memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import MIDNIGHT, local_date
from ritmeregie.domain.model import AgendaItem, BlockKind, LayerRole
from ritmeregie.services.calendars.attendance import address_of, is_declined_by
from ritmeregie.services.calendars.errors import CalendarError
from ritmeregie.services.calendars.service import note_failure
from ritmeregie.storage import Store
from ritmeregie.storage.calendars import CalendarEvent

if TYPE_CHECKING:
    # icalendar and recurring-ical-events load only when a stored copy must be expanded: the
    # planner calls layer_items() at every start, and stored layers need neither (benchmarks).
    from ritmeregie.services.calendars.expanding import Expander, Expansion

log = logging.getLogger("ritmeregie.services.calendars")

# Parsed copies kept in memory for dates beyond the stored horizon (rare, and a big file parsed
# takes hundreds of MB): the last one only, and never the one just imported.
EXPANDER_CACHE = 1


def layer_items(
    store: Store, start: dt.datetime, end: dt.datetime, tz: ZoneInfo
) -> list[AgendaItem]:
    """Every imported occurrence overlapping [start, end), as agenda items of its layer: busy
    time, or meetings when the layer is her own (without the ones she declined)."""
    first = local_date(start, tz, MIDNIGHT)  # the calendar dates the cached copies cover
    last = local_date(end - dt.timedelta(microseconds=1), tz, MIDNIGHT)
    sources = store.calendars.sources()
    cached = [s.name for s in sources if s.covers(first, last)]
    events: list[CalendarEvent] = []
    if cached:
        events.extend(store.calendars.events_between(start, end, cached))
    for source in sources:
        if source.name in cached or source.raw_sha256 is None:
            continue
        expansion = _expand_stored(store, source.name, first, last, tz)
        if expansion is None:
            continue
        events.extend(
            dataclasses.replace(e, source=source.name, blocking=source.blocking, role=source.role)
            for e in expansion.events
            if e.start < end and e.end > start
        )
    # As typed or pasted in Settings: "MAILTO:Sanne@…" is her address too.
    own_address = address_of(store.settings.own_address())
    addresses = {s.name: own_address or s.address for s in sources}
    return [
        _as_item(e)
        for e in events
        if not (
            e.role is LayerRole.OWN and is_declined_by(e.declined_by, addresses.get(e.source or ""))
        )
    ]


def _as_item(event: CalendarEvent) -> AgendaItem:
    """A meeting when it is from her own calendar (all-day events never are), else busy time."""
    if event.role is LayerRole.OWN and not event.all_day:
        return AgendaItem(
            event.title,
            event.start,
            event.end,
            kind=BlockKind.MEETING,
            source=event.source,
            blocking=True,
            tentative=event.tentative,
            event_uid=event.uid,
            event_occurrence=event.recurrence_id or event.start.isoformat(),
            decision_line=event.decision_line,
        )
    return AgendaItem(
        event.title,
        event.start,
        event.end,
        kind=BlockKind.BUSY,
        source=event.source,
        blocking=event.blocking,
        tentative=event.tentative,
        all_day=event.all_day,
    )


_expanders: OrderedDict[str, Expander] = OrderedDict()


def _remember(key: str, expander: Expander) -> None:
    _expanders[key] = expander
    _expanders.move_to_end(key)
    while len(_expanders) > EXPANDER_CACHE:
        _expanders.popitem(last=False)


def _expand_stored(
    store: Store, name: str, first: dt.date, last: dt.date, tz: ZoneInfo
) -> Expansion | None:
    """Expand a layer's raw copy for other days; None (and a note on the layer) when it fails."""
    source = store.calendars.get(name)
    if source is None or source.raw_sha256 is None:
        return None
    expander = _expanders.get(source.raw_sha256)
    try:
        if expander is None:
            raw = store.calendars.raw(name) or ""
            from ritmeregie.services.calendars.expanding import Expander
            from ritmeregie.services.calendars.reading import read_calendar

            expander = Expander(read_calendar(raw.encode("utf-8")))
            _remember(source.raw_sha256, expander)
        return expander.expand(first, last, tz)
    except CalendarError as exc:
        log.warning("calendar %s: the stored copy cannot be expanded: %s", name, exc)
        note_failure(store, name, str(exc))
        return None
