"""The properties of one .ics event, read defensively: dates and rules as producers really write
them (a local UNTIL, a rule every minute), a title of sane length, one short line per error.

icalendar types `Component.get` as Any; every helper here checks what it got. Used by
reading.py's reader.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Event, vRecur

TITLE_MAX_CHARS = 500
MAX_FAST_OCCURRENCES = 5_000  # a rule repeating every second or minute: its first ones only


def until_in_zone(event: Event, start: dt.date) -> None:
    """An UNTIL without a zone in a series that has one is a time in that zone.

    RFC 5545 asks for UTC there, but producers write the local time ("UNTIL=20240315T140000"
    next to "DTSTART;TZID=America/New_York"), and every calendar app reads it so: the last
    occurrence is kept. Read as UTC, it would be dropped in every zone west of Greenwich.
    """
    if not isinstance(start, dt.datetime) or start.tzinfo is None or "RRULE" not in event:
        return
    for rule in rules(event):
        until = rule.get("UNTIL")
        if not until:
            continue
        rule["UNTIL"] = [
            u.replace(tzinfo=start.tzinfo).astimezone(dt.UTC)
            if isinstance(u, dt.datetime) and u.tzinfo is None
            else u
            for u in until
        ]


def cap_fast_rule(event: Event) -> bool:
    """Give a rule that repeats every second or minute a COUNT (no real calendar has one).

    The expansion library lists every occurrence of a span before it hands any out: such a rule
    over the stored horizon is tens of millions, minutes of work for one fuzzed event.
    """
    if "RRULE" not in event:
        return False
    capped = False
    for rule in rules(event):
        freq = [str(f).upper() for f in rule.get("FREQ", [])]
        if not {"SECONDLY", "MINUTELY"} & set(freq):
            continue
        count = rule.get("COUNT") or [None]
        if count[0] is None or int(count[0]) > MAX_FAST_OCCURRENCES:
            rule.pop("UNTIL", None)
            rule["COUNT"] = [MAX_FAST_OCCURRENCES]
            capped = True
    return capped


def when(event: Event, name: str) -> object:
    """The value of a date, time or duration property (a vDDDTypes' `.dt`); None when absent.

    icalendar types `Component.get` as Any: the value is `object` here, so every use checks it.
    """
    try:
        return getattr(event.get(name), "dt", None)
    except Exception:  # a value of an unexpected type deep inside the property
        return None


def rules(event: Event) -> list[vRecur]:
    """The event's RRULEs (one property, or a list when the event repeats the line)."""
    prop = event.get("RRULE")
    props = prop if isinstance(prop, list) else [prop]
    return [rule for rule in props if isinstance(rule, vRecur)]


def event_title(event: Event) -> str:
    try:
        text = " ".join(str(event.get("SUMMARY", "")).split())
    except Exception:
        return ""
    return text[:TITLE_MAX_CHARS]


def ends_before(end: dt.date, start: dt.date) -> bool:
    mixed = (
        isinstance(end, dt.datetime)
        and isinstance(start, dt.datetime)
        and (end.tzinfo is None) != (start.tzinfo is None)
    )
    if mixed:
        assert isinstance(end, dt.datetime) and isinstance(start, dt.datetime)
        return end.replace(tzinfo=None) < start.replace(tzinfo=None)
    return end < start


def short_error(exc: BaseException) -> str:
    return shorten(str(exc) or type(exc).__name__)


def shorten(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
