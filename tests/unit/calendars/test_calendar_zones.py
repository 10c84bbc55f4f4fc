"""Time zones as each file means them (issue 14, points 1, 3 and 4).

Outlook names its own zone "Customized Time Zone" in every file, whatever it defines; icalendar
keeps a VTIMEZONE by its TZID for the whole process. Two layers with that name but different
definitions must each keep their own, in either order and far from today. Outlook 2010-2013 and
OWA write Windows display names ("(UTC-05:00) Eastern Time (US & Canada)") without a VTIMEZONE.
A DATE value with a TZID is an all-day event, as every other reader takes it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from calendar_files import AMS

from ritmeregie.domain.localtime import MIDNIGHT, day_bounds
from ritmeregie.services.calendars import Window, import_into, layer_items
from ritmeregie.services.calendars.windows_names import WINDOWS_DISPLAY_NAMES, display_name_zone
from ritmeregie.storage import Store

EASTERN = """BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
CENTRAL_EUROPE = """BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
A_YEAR_OUT = Window(dt.date(2028, 3, 1), dt.date(2028, 3, 31))


def outlook(zone: str, uid: str, title: str) -> bytes:
    return f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{zone}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270101T000000Z
DTSTART;TZID="Customized Time Zone":20270104T100000
DTEND;TZID="Customized Time Zone":20270104T110000
RRULE:FREQ=WEEKLY;BYDAY=MO
SUMMARY:{title}
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n").encode()


def starts(store: Store, window: Window) -> dict[str, set[str]]:
    lo, _ = day_bounds(window.first, AMS, MIDNIGHT)
    _, hi = day_bounds(window.last, AMS, MIDNIGHT)
    found: dict[str, set[str]] = {}
    for item in layer_items(store, lo, hi, AMS):
        found.setdefault(item.title, set()).add(f"{item.start.astimezone(AMS):%H:%M}")
    return found


@pytest.mark.parametrize("us_first", [True, False], ids=["us-first", "europe-first"])
def test_same_named_custom_zones_stay_with_their_own_layer(store: Store, us_first: bool):
    layers = [
        ("New York", outlook(EASTERN, "ny-weekly", "New York")),
        ("Berlijn", outlook(CENTRAL_EUROPE, "berlin-weekly", "Berlijn")),
    ]
    for name, data in layers if us_first else reversed(layers):
        import_into(store, name, data, A_YEAR_OUT, tz=AMS)
    found = starts(store, A_YEAR_OUT)
    # 10:00 in Berlin is 10:00 in Amsterdam; 10:00 in New York is 16:00 (15:00 in the weeks
    # between the American and the European change of clocks, 13 to 26 March 2028).
    assert found["Berlijn"] == {"10:00"}
    assert found["New York"] == {"15:00", "16:00"}


def display_name_event(tzid: str) -> bytes:
    return f"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:display-name-1
DTSTAMP:20270101T000000Z
DTSTART;TZID="{tzid}":20270705T133000
DTEND;TZID="{tzid}":20270705T143000
SUMMARY:Overleg
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n").encode()


@pytest.mark.parametrize(
    ("tzid", "amsterdam"),
    [
        ("(UTC-05:00) Eastern Time (US & Canada)", "2027-07-05 19:30"),
        ("(GMT-05:00) Eastern Time (US & Canada)", "2027-07-05 19:30"),
        ("Eastern Time (US & Canada)", "2027-07-05 19:30"),
        ("(GMT+10:00) Canberra, Melbourne, Sydney", "2027-07-05 05:30"),
        ("(UTC+10:00) Canberra, Melbourne, Sydney", "2027-07-05 05:30"),
        ("(GMT+01.00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "2027-07-05 13:30"),
        ("(UTC) Coordinated Universal Time", "2027-07-05 15:30"),
        ("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "2027-07-05 14:30"),
        ("(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London", "2027-07-05 14:30"),
    ],
)
def test_windows_display_names_are_their_zone(store: Store, tzid: str, amsterdam: str):
    window = Window(dt.date(2027, 7, 4), dt.date(2027, 7, 6))
    report = import_into(store, "Outlook", display_name_event(tzid), window, tz=AMS)
    assert report.problems == ()
    lo, _ = day_bounds(window.first, AMS, MIDNIGHT)
    _, hi = day_bounds(window.last, AMS, MIDNIGHT)
    [item] = layer_items(store, lo, hi, AMS)
    assert f"{item.start.astimezone(AMS):%Y-%m-%d %H:%M}" == amsterdam


def test_an_unknown_zone_name_stays_a_clear_warning(store: Store):
    window = Window(dt.date(2027, 7, 4), dt.date(2027, 7, 6))
    report = import_into(
        store, "Outlook", display_name_event("(UTC+03:00) Atlantis"), window, tz=AMS
    )
    assert report.events == 1
    assert any(
        "(UTC+03:00) Atlantis" in line and "unknown time zone" in line for line in report.problems
    )


def test_every_windows_display_name_is_a_real_zone():
    from zoneinfo import ZoneInfo

    assert len(WINDOWS_DISPLAY_NAMES) >= 135
    for zone in set(WINDOWS_DISPLAY_NAMES.values()):
        ZoneInfo(zone)
    assert display_name_zone("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi") == "Asia/Kolkata"
    assert display_name_zone("(UTC-03:00) Brasilia") == "America/Sao_Paulo"
    assert display_name_zone("Someplace") is None


def test_a_date_with_a_tzid_is_all_day(store: Store):
    data = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:date-with-tzid\r
DTSTAMP:20060101T000000Z\r
DTSTART;TZID=US/Eastern:20270705\r
SUMMARY:Vrije dag\r
END:VEVENT\r
END:VCALENDAR\r
"""
    window = Window(dt.date(2027, 7, 4), dt.date(2027, 7, 6))
    import_into(store, "Kalender", data, window, tz=AMS)
    lo, _ = day_bounds(window.first, AMS, MIDNIGHT)
    _, hi = day_bounds(window.last, AMS, MIDNIGHT)
    [item] = layer_items(store, lo, hi, AMS)
    assert item.all_day
    assert item.start == day_bounds(dt.date(2027, 7, 5), AMS, MIDNIGHT)[0]
    assert item.end == day_bounds(dt.date(2027, 7, 5), AMS, MIDNIGHT)[1]
