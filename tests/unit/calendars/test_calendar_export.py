"""export_ics: own agenda (and rhythm) as .ics with UID, DTSTAMP and VTIMEZONE; the round trip
export → import into a fresh store gives the same events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from calendar_files import AMS, ics

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.localtime import MIDNIGHT, day_bounds
from ritmeregie.domain.model import BlockKind
from ritmeregie.services.calendars import Window, import_into, layer_items
from ritmeregie.services.calendars.export_ics import export_ics
from ritmeregie.storage import Store, open_store

MONDAY = dt.date(2027, 3, 29)  # the first Monday of summer time
SUNDAY = dt.date(2027, 10, 31)  # clocks go back


def at(date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=AMS)


def fill_agenda(store: Store) -> None:
    store.agenda.add("Overleg met Karin", at(MONDAY, 10), at(MONDAY, 11), "Europe/Amsterdam")
    store.agenda.add(
        "Belletje leverancier",
        at(MONDAY, 14),
        at(MONDAY, 14, 15),
        "Europe/Amsterdam",
        kind=BlockKind.CALL,
    )
    store.agenda.add(
        "Vrijdagborrel",
        at(dt.date(2027, 3, 26), 16),
        at(dt.date(2027, 3, 26), 18),
        "Europe/Amsterdam",
    )
    # 02:30 on the night the clocks go back (first occurrence), lasting into the repeated hour.
    store.agenda.add(
        "Nachtelijke release",
        at(SUNDAY, 2, 30),
        at(SUNDAY, 2, 30) + dt.timedelta(hours=2),
        "Europe/Amsterdam",
    )


def own(store: Store, first: dt.date, last: dt.date) -> list[tuple[str, dt.datetime, dt.datetime]]:
    start, _ = day_bounds(first, AMS, MIDNIGHT)
    _, end = day_bounds(last, AMS, MIDNIGHT)
    return [(i.title, i.start, i.end) for i in store.agenda.between(start, end)]


def test_export_has_uids_dtstamp_vtimezone_and_busy_status(store: Store):
    fill_agenda(store)
    text = export_ics(store, dt.date(2027, 3, 22), dt.date(2027, 4, 4), AMS, include_rhythm=False)
    calendar = icalendar.Calendar.from_ical(text)
    [timezone] = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Amsterdam"
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    assert len({str(e["UID"]) for e in events}) == 3
    for e in events:
        assert "DTSTAMP" in e
        assert e["DTSTART"].params["TZID"] == "Europe/Amsterdam"
        assert str(e["TRANSP"]) == "OPAQUE"
    assert "\r\n" in text  # RFC 5545 line endings: Outlook wants them


def test_uids_are_stable_between_exports(store: Store):
    fill_agenda(store)
    first = export_ics(store, MONDAY, MONDAY, AMS, include_rhythm=True)
    second = export_ics(store, MONDAY, MONDAY, AMS, include_rhythm=True)

    def uids(text: str) -> list[str]:
        return sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(text).walk("VEVENT"))

    assert uids(first) == uids(second)


def test_round_trip_gives_the_same_events(store: Store, tmp_path: Path):
    fill_agenda(store)
    first, last = dt.date(2027, 3, 22), dt.date(2027, 11, 7)
    text = export_ics(store, first, last, AMS, include_rhythm=False)
    with open_store(tmp_path / "fresh", ManualClock(at(MONDAY, 8))) as fresh:
        report = import_into(fresh, "Eigen agenda", text.encode(), Window(first, last), tz=AMS)
        assert report.problems == () and report.skipped == 0
        start, _ = day_bounds(first, AMS, MIDNIGHT)
        _, end = day_bounds(last, AMS, MIDNIGHT)
        back = [(i.title, i.start, i.end) for i in layer_items(fresh, start, end, AMS)]
    assert back == own(store, first, last)


def test_rhythm_export_marks_focus_and_quiet_busy_and_skips_resets(store: Store):
    fill_agenda(store)
    text = export_ics(store, MONDAY, MONDAY, AMS, include_rhythm=True)
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    by_title: dict[str, set[str]] = {}
    for e in events:
        by_title.setdefault(str(e["SUMMARY"]), set()).add(str(e["TRANSP"]))
    assert by_title["Focus block"] == {"OPAQUE"}
    assert by_title["Quiet quarter"] == {"OPAQUE"}
    assert by_title["Day start"] == {"TRANSPARENT"}
    assert "Reset" not in by_title
    # No focus block overlaps the own agenda.
    meeting = (at(MONDAY, 10), at(MONDAY, 11))
    for e in events:
        if str(e["SUMMARY"]) == "Focus block":
            assert not (e["DTSTART"].dt < meeting[1] and meeting[0] < e["DTEND"].dt)


def test_rhythm_export_keeps_focus_out_of_blocking_layers(store: Store):
    import_into(
        store,
        "Directie",
        ics("outlook_directie.ics"),
        Window(MONDAY, MONDAY),
        tz=AMS,
        blocking=True,
    )
    text = export_ics(store, MONDAY, MONDAY, AMS, include_rhythm=True)
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    mt = (at(MONDAY, 10), at(MONDAY, 11))
    focus = [e for e in events if str(e["SUMMARY"]) == "Focus block"]
    assert focus
    assert not [e for e in focus if e["DTSTART"].dt < mt[1] and mt[0] < e["DTEND"].dt]
    # Imported layers are someone else's calendar: never exported.
    assert not [e for e in events if "MT-overleg" in str(e["SUMMARY"])]


def test_round_trip_with_rhythm_brings_back_the_busy_blocks(store: Store, tmp_path: Path):
    fill_agenda(store)
    text = export_ics(store, MONDAY, MONDAY, AMS, include_rhythm=True)
    exported = icalendar.Calendar.from_ical(text).walk("VEVENT")
    busy = sorted(
        (e["DTSTART"].dt.astimezone(dt.UTC), e["DTEND"].dt.astimezone(dt.UTC))
        for e in exported
        if str(e["TRANSP"]) == "OPAQUE"
    )
    with open_store(tmp_path / "fresh", ManualClock(at(MONDAY, 8))) as fresh:
        import_into(fresh, "Assistent", text.encode(), Window(MONDAY, MONDAY), tz=AMS)
        start, end = day_bounds(MONDAY, AMS, MIDNIGHT)
        back = sorted((i.start, i.end) for i in layer_items(fresh, start, end, AMS))
    assert back == busy
