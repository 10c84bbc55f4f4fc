"""The own agenda (and, if asked, the rhythm) as one .ics file for Outlook and Google.

Every event has a stable UID (so importing again updates instead of duplicating), a DTSTAMP and
times in the user's zone with its VTIMEZONE. Own agenda items, focus blocks and the quiet
quarter are busy, so a manager who looks in the assistant's agenda first sees them; the other
rituals are shown as free time. Resets are left out: five minutes of air clutter a manager's view.
Imported layers are other people's calendars and are never exported.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone

from ritmeregie import __version__
from ritmeregie.domain.localtime import MIDNIGHT, day_bounds, wall_time_repeats
from ritmeregie.domain.model import AGENDA_KINDS, AgendaItem, Block, BlockKind
from ritmeregie.domain.planner import plan_day
from ritmeregie.platform.i18n import translate
from ritmeregie.services.calendars.planning import layer_items
from ritmeregie.services.vocabulary import display_title
from ritmeregie.storage import Store

UID_DOMAIN = "ritmeregie.local"
BUSY_RHYTHM_KINDS = frozenset({BlockKind.FOCUS, BlockKind.QUIET_QUARTER})
LEFT_OUT_KINDS = frozenset({BlockKind.RESET})


def export_ics(
    store: Store, first: dt.date, last: dt.date, tz: ZoneInfo, include_rhythm: bool
) -> str:
    """The own agenda from `first` to `last` (local days, both included) as iCalendar text."""
    if last < first:
        raise ValueError("the export ends before it starts")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("PRODID", f"-//ritmeregie//ritmeregie {__version__}//EN")
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", translate("Calendars", "Own agenda (ritmeregie)"))
    calendar.add_component(
        Timezone.from_tzid(
            tz.key, first_date=first - dt.timedelta(days=366), last_date=last + dt.timedelta(days=1)
        )
    )
    # Calendar dates: an export covers whole dates, midnight to midnight.
    start, _ = day_bounds(first, tz, MIDNIGHT)
    _, end = day_bounds(last, tz, MIDNIGHT)
    own = store.agenda.between(start, end)
    for item in own:
        calendar.add_component(_agenda_event(store, item, tz, stamp))
    if include_rhythm:
        rhythm = store.settings.rhythm()
        layers = layer_items(store, start, end, tz)
        day = first
        while day <= last:
            lo, hi = day_bounds(day, tz, MIDNIGHT)
            today = [i for i in (*own, *layers) if i.start < hi and i.end > lo]
            for block in plan_day(day, rhythm, today, tz, boundary=MIDNIGHT).blocks:
                if block.kind in AGENDA_KINDS or block.kind in LEFT_OUT_KINDS:
                    continue
                calendar.add_component(_rhythm_event(block, day, tz, stamp))
            day += dt.timedelta(days=1)
    return str(calendar.to_ical().decode("utf-8"))


def _agenda_event(store: Store, item: AgendaItem, tz: ZoneInfo, stamp: dt.datetime) -> Event:
    entry = store.agenda.entry(item.id) if item.id is not None else None
    created = entry.created if entry is not None else item.start
    event = Event()
    event.add("UID", f"agenda-{item.id}-{created:%Y%m%dT%H%M%S}@{UID_DOMAIN}")
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", _moment(item.start, tz))
    event.add("DTEND", _moment(item.end, tz))
    event.add("SUMMARY", item.title)
    description = []
    if entry is not None and entry.decision_question:
        description.append(entry.decision_question)
    if entry is not None and entry.notes:
        description.append(entry.notes)
    if description:
        event.add("DESCRIPTION", "\n\n".join(description))
    _busy(event, True)
    return event


def _rhythm_event(block: Block, day: dt.date, tz: ZoneInfo, stamp: dt.datetime) -> Event:
    start = block.start.astimezone(tz)
    event = Event()
    event.add("UID", f"rhythm-{block.kind.value}-{day.isoformat()}-{start:%H%M}@{UID_DOMAIN}")
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", _moment(block.start, tz))
    event.add("DTEND", _moment(block.end, tz))
    event.add("SUMMARY", display_title(block))
    event.add("CATEGORIES", ["ritmeregie"])
    _busy(event, block.kind in BUSY_RHYTHM_KINDS)
    return event


def _moment(instant: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """A time in the user's zone, or in UTC inside the hour that happens twice: a TZID time there
    means its first occurrence to every reader, so the second would come out an hour early."""
    local = instant.astimezone(tz)
    if wall_time_repeats(local.date(), local.time().replace(tzinfo=None), tz):
        return instant.astimezone(dt.UTC)
    return local


def _busy(event: Event, busy: bool) -> None:
    event.add("TRANSP", "OPAQUE" if busy else "TRANSPARENT")
    # Outlook reads its own property before TRANSP.
    event.add("X-MICROSOFT-CDO-BUSYSTATUS", "BUSY" if busy else "FREE")
