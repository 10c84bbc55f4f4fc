"""Broken files: one line per problem (which event, which property), broken events and series left
out and counted, nothing already stored lost, and never an exception but CalendarError."""

from __future__ import annotations

import datetime as dt

import pytest
from calendar_files import AMS, SHAPES, ics
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ritmeregie.services.calendars import CalendarError, Window, import_into, prepare
from ritmeregie.storage import Store

WINDOW = Window(dt.date(2027, 3, 14), dt.date(2027, 4, 30))


def test_a_broken_file_imports_what_it_can_and_names_every_problem(store: Store):
    report = import_into(store, "Kapot", ics("broken.ics"), WINDOW, tz=AMS)
    assert report.problems == (
        "Event 'Kapotte datum': DTSTART cannot be read (Wrong date format 2027032X); left out.",
        "Event 'Zonder begin': DTSTART is missing; left out.",
        "Event 'Achterstevoren': DTEND is before DTSTART; left out.",
        "Event 'Kapotte reeks': RRULE cannot be read (Expected frequency, got: SOMETIMES); left out.",
        "Event 'Onbekende zone': DTSTART has an unknown time zone 'Mars/Olympus_Mons'; read in your own time zone.",
    )
    # Three single events and one series (master and its moved occurrence) were left out.
    assert report.skipped == 4
    source = store.calendars.get("Kapot")
    assert source is not None and source.skipped_count == 4
    titles = [e.title for e in store.calendars.events_between(*_span())]
    assert titles == ["Goed overleg", "Onbekende zone"]
    assert "Kapotte reeks (verplaatst)" not in titles


def _span() -> tuple[dt.datetime, dt.datetime]:
    return (
        dt.datetime.combine(WINDOW.first, dt.time(0), tzinfo=AMS),
        dt.datetime.combine(WINDOW.last, dt.time(0), tzinfo=AMS),
    )


def test_problem_lines_are_dutch_for_dutch_users(store: Store, monkeypatch: pytest.MonkeyPatch):
    from ritmeregie.platform import i18n

    monkeypatch.setattr(
        i18n,
        "_catalogue",
        lambda _lang: {("Calendars", "{where}: {property} {detail}; left out."): "X"},
    )
    i18n.set_language("nl")
    try:
        report = import_into(store, "Kapot", ics("broken.ics"), WINDOW, tz=AMS)
    finally:
        i18n.set_language("en")
    # The line goes through the catalogue (context "Calendars"): the test catalogue says "X".
    assert report.problems[0] == "X"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"   \r\n", "The file is empty."),
        (
            ics("not_a_calendar.ics"),
            "This is not a calendar file (.ics): it has no BEGIN:VCALENDAR.",
        ),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "The file cannot be read as a calendar"),
    ],
)
def test_a_file_that_is_no_calendar_at_all_is_one_clean_error(store: Store, data, message):
    with pytest.raises(CalendarError) as caught:
        import_into(store, "Directie", data, WINDOW, tz=AMS)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_failed_refresh_keeps_the_previous_layer_and_notes_the_error(store: Store):
    import_into(store, "Directie", ics("outlook_directie.ics"), WINDOW, tz=AMS)
    before = store.calendars.events_between(*_span())
    raw_before = store.calendars.raw("Directie")
    assert before
    with pytest.raises(CalendarError):
        import_into(store, "Directie", ics("not_a_calendar.ics"), WINDOW, tz=AMS)
    assert store.calendars.events_between(*_span()) == before
    assert store.calendars.raw("Directie") == raw_before
    source = store.calendars.get("Directie")
    assert source is not None and source.last_error is not None
    assert "BEGIN:VCALENDAR" in source.last_error
    # The next good refresh clears the error.
    import_into(store, "Directie", ics("outlook_directie.ics"), WINDOW, tz=AMS)
    source = store.calendars.get("Directie")
    assert source is not None and source.last_error is None


def test_a_file_where_every_event_is_broken_does_not_wipe_the_layer(store: Store):
    import_into(store, "Directie", ics("outlook_directie.ics"), WINDOW, tz=AMS)
    before = store.calendars.events_between(*_span())
    all_broken = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Leeg\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with pytest.raises(CalendarError, match="No event in the file could be read"):
        import_into(store, "Directie", all_broken, WINDOW, tz=AMS)
    assert store.calendars.events_between(*_span()) == before


def test_an_empty_but_valid_calendar_empties_the_layer(store: Store):
    import_into(store, "Directie", ics("outlook_directie.ics"), WINDOW, tz=AMS)
    empty = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n"
    report = import_into(store, "Directie", empty, WINDOW, tz=AMS)
    assert report.events == 0
    assert store.calendars.events_between(*_span()) == []


def test_an_unknown_x_wr_timezone_is_a_line_not_a_crash(store: Store):
    text = ics("google_team.ics").replace(
        b"X-WR-TIMEZONE:Europe/Amsterdam", b"X-WR-TIMEZONE:Nowhere/Land"
    )
    report = import_into(store, "Team", text, WINDOW, tz=AMS)
    assert report.problems[0].startswith(
        "The calendar: X-WR-TIMEZONE 'Nowhere/Land' is not a known"
    )
    assert report.events > 0


# --- the property test -------------------------------------------------------------------------

LINES = [line for name in SHAPES for line in ics(name).decode("utf-8").splitlines()]
GARBAGE = st.sampled_from(
    [
        "",
        "X",
        ":",
        ";",
        "=",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "BEGIN:VTIMEZONE",
        "DTSTART:",
        "DTSTART:99999999T999999",
        "DTSTART;VALUE=DATE:20270230",
        "DTEND;TZID=Nowhere:20270101T100000",
        "RRULE:FREQ=WEEKLY;UNTIL=2027",
        "RRULE:FREQ=DAILY;BYDAY=XX",
        "RRULE:FREQ=YEARLY;BYMONTH=13",
        "EXDATE:garbage",
        "RECURRENCE-ID:20270101",
        "DURATION:-PT1H",
        "DURATION:P",
        "TZOFFSETTO:+99",
        "X-WR-TIMEZONE:Mars/Base",
        "STATUS:\x00",
        "SUMMARY:\udcff",
        " continuation",
        "\t",
    ]
)


@st.composite
def mutated_calendars(draw: st.DrawFn) -> bytes:
    base = draw(st.sampled_from(SHAPES))
    lines = ics(base).decode("utf-8").splitlines()
    for _ in range(draw(st.integers(1, 6))):
        action = draw(
            st.sampled_from(["drop", "duplicate", "insert", "swap", "truncate", "mangle"])
        )
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        if action == "drop":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "insert":
            lines.insert(at, draw(st.one_of(GARBAGE, st.sampled_from(LINES))))
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "truncate":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        else:
            text = lines[at]
            cut = draw(st.integers(0, len(text)))
            lines[at] = text[:cut] + draw(st.text(max_size=6)) + text[cut:]
    encoded = "\r\n".join(lines).encode("utf-8", errors="surrogateescape")
    if draw(st.booleans()):
        return encoded
    # Sometimes a byte-level mutation too: invalid UTF-8, NUL bytes, cut files.
    at = draw(st.integers(0, max(0, len(encoded) - 1)))
    return encoded[:at] + draw(st.binary(max_size=4)) + encoded[at + 1 :]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=mutated_calendars())
def test_mutated_calendars_never_raise_anything_but_calendar_error(data: bytes):
    try:
        prepared = prepare(data, WINDOW, AMS)
    except CalendarError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip()
        return
    for event in prepared.expansion.events:
        assert event.start.tzinfo is not None and event.end > event.start
    for line in prepared.report("x").problems:
        assert line.strip()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_calendar_saved_as_utf16_is_read(store: Store, encoding: str):
    # Windows' "Unicode" save writes UTF-16 with a byte-order mark; without it we read garbage.
    text = ics("outlook_directie.ics").decode("utf-8-sig")
    mark = {"utf-16": "", "utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}[encoding]
    expected = import_into(store, "Directie", ics("outlook_directie.ics"), WINDOW, tz=AMS).events
    result = import_into(store, "Directie", (mark + text).encode(encoding), WINDOW, tz=AMS)
    assert result.events == expected
