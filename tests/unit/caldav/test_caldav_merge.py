"""The merge rule and the VEVENT/VTODO mapping, without a server."""

from __future__ import annotations

import datetime as dt

from ritmeregie.services.caldav.engine import merge3
from ritmeregie.services.caldav.objects import (
    agenda_fields,
    event_ics,
    must_do_fields,
    parse,
    todo_ics,
)

START = dt.datetime(2027, 3, 9, 9, 0, tzinfo=dt.UTC)


def test_a_field_changed_on_one_side_takes_that_sides_value() -> None:
    base = {"title": "A", "notes": "", "start": "s"}
    local = {"title": "A", "notes": "mijn notitie", "start": "s"}
    remote = {"title": "B", "notes": "", "start": "s"}
    merged, clashes = merge3(base, local, remote)
    assert merged == {"title": "B", "notes": "mijn notitie", "start": "s"}
    assert clashes == []


def test_the_same_field_changed_differently_on_both_sides_is_a_clash_this_side_kept() -> None:
    merged, clashes = merge3({"title": "A"}, {"title": "B"}, {"title": "C"})
    assert merged == {"title": "B"} and clashes == ["title"]


def test_the_same_change_on_both_sides_is_no_clash() -> None:
    merged, clashes = merge3({"title": "A"}, {"title": "B"}, {"title": "B"})
    assert merged == {"title": "B"} and clashes == []


def test_an_agenda_item_survives_the_round_trip() -> None:
    fields = agenda_fields(
        "Overleg", START, START + dt.timedelta(hours=1), "agenda\npunten", "Europe/Amsterdam"
    )
    parsed = parse(event_ics("x@ritmeregie", fields))
    assert parsed == ("event", "x@ritmeregie", fields)


def test_a_must_do_survives_the_round_trip() -> None:
    fields = must_do_fields("Notulen", True, False, dt.date(2027, 3, 12), True)
    assert parse(todo_ics("t@ritmeregie", fields)) == ("todo", "t@ritmeregie", fields)


def test_another_clients_task_priority_maps_to_urgent_and_important() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTODO\r\nUID:o\r\n"
        "DTSTAMP:20270101T000000Z\r\nSUMMARY:Bellen\r\nPRIORITY:1\r\nDUE;VALUE=DATE:20270115\r\n"
        "END:VTODO\r\nEND:VCALENDAR\r\n"
    )
    assert parse(ics) == (
        "todo",
        "o",
        must_do_fields("Bellen", True, True, dt.date(2027, 1, 15), False),
    )


def test_a_broken_object_is_no_item() -> None:
    assert parse("BEGIN:VCALENDAR\r\nnonsense") is None


def test_a_series_from_another_app_is_not_taken_as_one_item() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:s\r\n"
        "DTSTAMP:20270101T000000Z\r\nDTSTART:20270104T090000Z\r\nDTEND:20270104T093000Z\r\n"
        "RRULE:FREQ=WEEKLY\r\nSUMMARY:Weekstart\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = parse(ics)
    assert parsed is not None and parsed[0] == "series"
