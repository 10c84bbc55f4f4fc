"""Import what can be imported (issue 14, point 2): a broken VFREEBUSY, VTODO, VJOURNAL or unknown
component is left out with a line in the report; only a file without a readable calendar is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from calendar_files import AMS

from ritmeregie.services.calendars import CalendarError, Window, import_into
from ritmeregie.storage import Store

WINDOW = Window(dt.date(2027, 4, 1), dt.date(2027, 4, 30))
EVENT = """BEGIN:VEVENT
UID:fine-1
DTSTAMP:20270101T000000Z
DTSTART:20270405T080000Z
DTEND:20270405T090000Z
SUMMARY:Overleg
END:VEVENT"""
BROKEN = {
    "VFREEBUSY": """BEGIN:VFREEBUSY
UID:fb-1
DTSTAMP:20270101T000000Z
FREEBUSY:20270405T120000Z/20270405T100000Z
END:VFREEBUSY""",
    "VTODO": """BEGIN:VTODO
UID:todo-1
DTSTAMP:20270101T000000Z
FREEBUSY:20270405T120000Z/20270405T100000Z
END:VTODO""",
    "VJOURNAL": """BEGIN:VJOURNAL
UID:journal-1
DTSTAMP:20270101T000000Z
FREEBUSY:20270405T120000Z/20270405T100000Z
END:VJOURNAL""",
    "X-VENDOR-THING": """BEGIN:X-VENDOR-THING
FREEBUSY:20270405T120000Z/20270405T100000Z
END:X-VENDOR-THING""",
}


def calendar(*parts: str) -> bytes:
    body = "\n".join(
        ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", *parts, "END:VCALENDAR")
    )
    return (body.replace("\n", "\r\n") + "\r\n").encode()


@pytest.mark.parametrize("component", sorted(BROKEN))
def test_a_broken_other_component_is_left_out_and_named(store: Store, component: str):
    report = import_into(store, "Team", calendar(BROKEN[component], EVENT), WINDOW, tz=AMS)
    assert report.events == 1
    assert report.skipped == 1
    [line] = report.problems
    assert component in line and "Start time is greater than end time" in line


def test_a_broken_event_among_readable_ones_is_left_out_when_the_file_fails_whole(store: Store):
    broken_event = EVENT.replace("fine-1", "bad-1").replace(
        "SUMMARY:Overleg", "SUMMARY:Kapot\nFREEBUSY:20270405T120000Z/20270405T100000Z"
    )
    report = import_into(store, "Team", calendar(broken_event, EVENT), WINDOW, tz=AMS)
    assert report.events == 1 and report.skipped == 1


def test_a_file_without_a_readable_calendar_is_still_refused(store: Store):
    with pytest.raises(CalendarError):
        import_into(store, "Team", calendar(BROKEN["VFREEBUSY"])[:-15], WINDOW, tz=AMS)


def test_a_rule_every_second_is_read_in_part_and_named(store: Store):
    every_second = (
        EVENT.replace("fine-1", "tik")
        .replace("SUMMARY:Overleg", "SUMMARY:Tik\nRRULE:FREQ=SECONDLY")
        .replace("DTEND:20270405T090000Z", "DTEND:20270405T080001Z")
    )
    report = import_into(store, "Fuzz", calendar(every_second), WINDOW, tz=AMS)
    assert report.events == 5000
    assert any("every minute or second" in line for line in report.problems)
