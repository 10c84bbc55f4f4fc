"""Agenda items as VEVENT and must-do's as VTODO, and back, as plain field dictionaries.

The fields are what a three-way merge compares (engine.py): JSON-able values only, so the last
agreed version can be stored as it is. Everything else on a server's object is left alone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

Fields = dict[str, Any]

PRODID = "-//ritmeregie//CalDAV sync//EN"
RHYTHM_TITLE = "Focus — ritmeregie"
AGENDA_FIELDS = ("title", "start", "end", "notes", "tz", "kind", "decision")
MUST_DO_FIELDS = ("title", "urgent", "important", "deadline", "done")


def new_uid() -> str:
    return f"{uuid.uuid4()}@ritmeregie"


def _instant(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def agenda_fields(
    title: str,
    start: dt.datetime,
    end: dt.datetime,
    notes: str,
    tz: str,
    kind: str = "meeting",
    decision: str | None = None,
) -> Fields:
    return {
        "title": title,
        "start": _instant(start),
        "end": _instant(end),
        "notes": notes,
        "tz": tz,
        "kind": kind,  # meeting or call: another ritmeregie keeps it, other clients see an event
        "decision": decision or None,  # the decision question the meeting should answer
    }


def must_do_fields(
    title: str, urgent: bool, important: bool, deadline: dt.date | None, done: bool,
    manager: str | None = None,
) -> Fields:  # fmt: skip
    return {
        "title": title,
        "urgent": urgent,
        "important": important,
        "deadline": deadline.isoformat() if deadline else None,
        "done": done,
        "manager": manager or None,  # whose request it is, by name (ids differ per device)
    }


def event_ics(uid: str, fields: Fields, *, busy_only: bool = False) -> str:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    event.add("summary", fields["title"])
    event.add("dtstart", dt.datetime.fromisoformat(fields["start"]))
    event.add("dtend", dt.datetime.fromisoformat(fields["end"]))
    if fields.get("notes"):
        event.add("description", fields["notes"])
    if fields.get("tz"):
        event.add("x-ritmeregie-tz", fields["tz"])
    if fields.get("kind") and fields["kind"] != "meeting":
        event.add("x-ritmeregie-kind", fields["kind"])
    if fields.get("decision"):
        event.add("x-ritmeregie-decision", fields["decision"])
    event.add("transp", "OPAQUE")
    if busy_only:
        event.add("class", "PUBLIC")
        event.add("x-ritmeregie-rhythm", "1")
    cal.add_component(event)
    return str(cal.to_ical().decode("utf-8"))


def todo_ics(uid: str, fields: Fields, *, description: str = "") -> str:
    from icalendar import Calendar, Todo

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    todo = Todo()
    todo.add("uid", uid)
    todo.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    todo.add("summary", fields["title"])
    if fields.get("deadline"):
        todo.add("due", dt.date.fromisoformat(fields["deadline"]))
    todo.add("priority", _priority(fields["urgent"], fields["important"]))
    todo.add("x-ritmeregie-urgent", "1" if fields["urgent"] else "0")
    todo.add("x-ritmeregie-important", "1" if fields["important"] else "0")
    if fields["done"]:
        todo.add("status", "COMPLETED")
        todo.add("completed", dt.datetime.now(dt.UTC).replace(microsecond=0))
    else:
        todo.add("status", "NEEDS-ACTION")
    if fields.get("manager"):
        # CATEGORIES for other clients (a tag they show and filter on); the X- property is what
        # ritmeregie reads back, so a tag added elsewhere is never taken for a manager.
        todo.add("categories", [fields["manager"]])
        todo.add("x-ritmeregie-manager", fields["manager"])
    if description:
        todo.add("description", description)
    cal.add_component(todo)
    return str(cal.to_ical().decode("utf-8"))


def _priority(urgent: bool, important: bool) -> int:
    """RFC 5545 PRIORITY for other clients: 1 highest, 9 lowest, 0 undefined."""
    if urgent and important:
        return 1
    if urgent:
        return 3
    if important:
        return 5
    return 0


def parse(ics: str) -> tuple[str, str, Fields] | None:
    """(component kind 'event'|'todo', UID, fields) of the first VEVENT or VTODO; None when the
    object holds neither (or cannot be read)."""
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(ics)
    except ValueError:
        return None
    for component in cal.walk():
        if component.name == "VEVENT" and "X-RITMEREGIE-RHYTHM" in component:
            return "rhythm", str(component.get("uid", "")), {}
        if component.name in ("VEVENT", "VTODO") and "RRULE" in component:
            # A series made in another calendar app is left to that app: as one item here, an
            # edit pushed back would overwrite the whole series with a single occurrence.
            return "series", str(component.get("uid", "")), {}
        if component.name == "VEVENT" and "RECURRENCE-ID" not in component:
            return "event", str(component.get("uid", "")), _event_fields(component)
        if component.name == "VTODO":
            return "todo", str(component.get("uid", "")), _todo_fields(component)
    return None


def _as_instant(value: Any, tz: str | None) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            from zoneinfo import ZoneInfo

            value = value.replace(tzinfo=ZoneInfo(tz) if tz else dt.UTC)
        instant: dt.datetime = value
        return instant
    # An all-day event: the local midnight of that date in its zone (UTC when unknown).
    day = value if isinstance(value, dt.date) else dt.date.today()
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)


def _event_fields(component: Any) -> Fields:
    tz = str(component.get("x-ritmeregie-tz", "")) or None
    start = _as_instant(component.decoded("dtstart"), tz)
    if "dtend" in component:
        end = _as_instant(component.decoded("dtend"), tz)
    elif "duration" in component:
        end = start + component.decoded("duration")
    else:
        end = start + dt.timedelta(hours=1)
    if end <= start:
        end = start + dt.timedelta(minutes=1)
    zone_name = tz or getattr(getattr(start, "tzinfo", None), "key", None) or "UTC"
    kind = str(component.get("x-ritmeregie-kind", "meeting"))
    decision = component.get("x-ritmeregie-decision")
    return agenda_fields(
        str(component.get("summary", "")).strip() or "(no title)",
        start,
        end,
        str(component.get("description", "")),
        zone_name,
        kind if kind in ("meeting", "call") else "meeting",
        str(decision) if decision else None,
    )


def _todo_fields(component: Any) -> Fields:
    due = component.decoded("due") if "due" in component else None
    deadline = due.date() if isinstance(due, dt.datetime) else due
    if "x-ritmeregie-urgent" in component:
        urgent = str(component.get("x-ritmeregie-urgent")) == "1"
        important = str(component.get("x-ritmeregie-important")) == "1"
    else:
        priority = int(component.get("priority", 0) or 0)
        urgent = 1 <= priority <= 4
        important = priority in (1, 2, 5)
    status = str(component.get("status", "")).upper()
    return must_do_fields(
        str(component.get("summary", "")).strip() or "(no title)",
        urgent,
        important,
        deadline,
        status == "COMPLETED" or "completed" in component,
        " ".join(str(component.get("x-ritmeregie-manager", "")).split()) or None,
    )
