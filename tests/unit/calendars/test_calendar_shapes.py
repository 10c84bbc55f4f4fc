"""Outlook-, Google- and Apple-shaped calendars (tests/data/ics), through the real importer into a
real store, read back as the planner sees them — including the DST weeks of 2027 in Amsterdam
(clocks forward on 2027-03-28, back on 2027-10-31)."""

from __future__ import annotations

import datetime as dt

from calendar_files import AMS, ics

from ritmeregie.domain.localtime import MIDNIGHT, day_bounds
from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.services.calendars import Window, import_into, layer_items
from ritmeregie.storage import Store

SPRING = Window(dt.date(2027, 3, 14), dt.date(2027, 4, 30))
AUTUMN = Window(dt.date(2027, 10, 24), dt.date(2027, 11, 7))


def local(item: AgendaItem) -> tuple[str, str, str]:
    """(title, local start 'YYYY-MM-DD HH:MM+offset', local end 'HH:MM')."""
    start = item.start.astimezone(AMS)
    return item.title, start.strftime("%Y-%m-%d %H:%M%z"), f"{item.end.astimezone(AMS):%H:%M}"


def items(store: Store, first: dt.date, last: dt.date) -> list[AgendaItem]:
    start, _ = day_bounds(first, AMS, MIDNIGHT)
    _, end = day_bounds(last, AMS, MIDNIGHT)
    return layer_items(store, start, end, AMS)


def titled(found: list[AgendaItem], prefix: str) -> list[tuple[str, str, str]]:
    return [local(i) for i in found if i.title.startswith(prefix)]


def test_outlook_weekly_series_keeps_its_wall_time_across_the_spring_change(store: Store):
    report = import_into(store, "Directie", ics("outlook_directie.ics"), SPRING, tz=AMS)
    assert report.series == 1 and report.skipped == 0 and report.problems == ()
    found = items(store, SPRING.first, SPRING.last)
    assert titled(found, "MT-overleg") == [
        ("MT-overleg", "2027-03-15 10:00+0100", "11:00"),
        ("MT-overleg", "2027-03-22 10:00+0100", "11:00"),
        ("MT-overleg", "2027-03-29 10:00+0200", "11:00"),  # the first Monday of summer time
        # 2027-04-05 is an EXDATE; 2027-04-12 moved to the afternoon (RECURRENCE-ID)
        ("MT-overleg (verplaatst)", "2027-04-12 14:00+0200", "15:00"),
        ("MT-overleg", "2027-04-19 10:00+0200", "11:00"),
        ("MT-overleg", "2027-04-26 10:00+0200", "11:00"),  # UNTIL is inclusive
    ]
    assert all(i.kind is BlockKind.BUSY and i.source == "Directie" for i in found)


def test_outlook_free_cancelled_tentative_and_all_day(store: Store):
    report = import_into(store, "Directie", ics("outlook_directie.ics"), SPRING, tz=AMS)
    found = items(store, SPRING.first, SPRING.last)
    titles = {i.title for i in found}
    # Free (FREE / TRANSPARENT) and cancelled events are not busy time.
    assert "Bellen met accountant (vrij)" not in titles
    assert "Geannuleerd: Stuurgroep" not in titles
    assert "Verjaardag Anne" not in titles
    assert report.not_busy == 3
    tentative = next(i for i in found if i.title == "Gesprek wethouder")
    assert tentative.tentative is True
    congress = next(i for i in found if i.title == "Congres Utrecht")
    assert congress.all_day is True
    assert local(congress) == ("Congres Utrecht", "2027-04-01 00:00+0200", "00:00")
    assert congress.end - congress.start == dt.timedelta(days=2)


def test_outlook_customized_time_zone_in_the_autumn_dst_week(store: Store):
    import_into(store, "Directie", ics("outlook_directie.ics"), AUTUMN, tz=AMS)
    found = items(store, AUTUMN.first, AUTUMN.last)
    assert titled(found, "Kwartaalcijfers") == [
        ("Kwartaalcijfers voorbereiden", "2027-10-29 09:00+0200", "10:00"),
        ("Kwartaalcijfers", "2027-11-01 09:00+0100", "10:00"),  # after clocks went back
    ]


def test_google_x_wr_timezone_reads_utc_times_as_the_calendars_wall_clock(store: Store):
    """Our interpretation (docs/readme/calendars.md): with X-WR-TIMEZONE, UTC times are wall-clock
    times in that zone, so a weekly 09:00 stays at 09:00 when the clocks change."""
    import_into(store, "Team", ics("google_team.ics"), SPRING, tz=AMS)
    found = items(store, SPRING.first, SPRING.last)
    weekstart = titled(found, "Weekstart")
    assert [start[11:] for _, start, _ in weekstart] == [
        "09:00+0100",
        "09:00+0200",
        "09:00+0200",
        "09:00+0200",
        "09:00+0200",
        "09:00+0200",
    ]
    # A floating time is read in X-WR-TIMEZONE; STATUS:TENTATIVE is tentative; a transparent
    # all-day birthday is no busy time.
    assert titled(found, "Zwevende") == [("Zwevende tijd", "2027-03-24 14:00+0100", "15:00")]
    assert next(i for i in found if i.title.startswith("Misschien")).tentative
    assert not titled(found, "Verjaardag")


def test_google_daily_series_over_the_autumn_change_with_exdates(store: Store):
    import_into(store, "Team", ics("google_team.ics"), AUTUMN, tz=AMS)
    standups = titled(items(store, AUTUMN.first, AUTUMN.last), "Stand-up")
    days = [start[:10] for _, start, _ in standups]
    assert "2027-10-30" not in days and "2027-10-31" not in days  # EXDATEs
    assert len(days) == 8
    assert {start[11:16] for _, start, _ in standups} == {"11:00"}  # same wall time all week


def test_apple_series_with_exdates_a_cancelled_exception_and_dst_nights(store: Store):
    import_into(store, "Privé", ics("apple_prive.ics"), SPRING, tz=AMS)
    found = items(store, SPRING.first, SPRING.last)
    pickups = [start[:10] for _, start, _ in titled(found, "Kinderen")]
    assert pickups == [
        "2027-03-25",
        "2027-03-26",
        # 27 and 28 are EXDATEs; the 30th was cancelled on its own (RECURRENCE-ID + CANCELLED)
        "2027-03-29",
        "2027-03-31",
        "2027-04-01",
        "2027-04-02",
    ]
    # 03:30 on the night the clocks skip 02:00-03:00 exists (summer time), with DURATION.
    assert titled(found, "Vroege") == [("Vroege vlucht", "2027-03-28 03:30+0200", "04:30")]


def test_apple_ambiguous_hour_means_its_first_occurrence(store: Store):
    import_into(store, "Privé", ics("apple_prive.ics"), AUTUMN, tz=AMS)
    found = items(store, AUTUMN.first, AUTUMN.last)
    night = next(i for i in found if i.title == "Nachtdienst")
    # 02:30 happens twice on 2027-10-31; DESIGN.md: a repeated time means its first occurrence.
    assert night.start == dt.datetime(2027, 10, 31, 0, 30, tzinfo=dt.UTC)
    holiday = next(i for i in found if i.title == "Vrije dag")
    assert holiday.all_day and local(holiday)[1] == "2027-11-01 00:00+0100"


def test_blocking_is_per_layer_and_changeable(store: Store):
    import_into(store, "Directie", ics("outlook_directie.ics"), SPRING, tz=AMS, blocking=True)
    import_into(store, "Team", ics("google_team.ics"), SPRING, tz=AMS)
    found = items(store, dt.date(2027, 3, 29), dt.date(2027, 3, 29))
    assert {(i.source, i.blocking) for i in found} == {("Directie", True), ("Team", False)}
    store.calendars.set_blocking("Team", True)
    found = items(store, dt.date(2027, 3, 29), dt.date(2027, 3, 29))
    assert {i.blocking for i in found} == {True}


def test_the_stored_horizon_is_a_year_back_and_two_ahead(store: Store):
    import_into(store, "Directie", ics("outlook_directie.ics"), Window.rolling(dt.date(2027, 3, 1)))
    source = store.calendars.get("Directie")
    assert source is not None
    assert (source.expanded_from, source.expanded_to) == (dt.date(2026, 3, 1), dt.date(2029, 2, 28))
    # A day eight months ahead is a query: its occurrences are stored.
    start, end = day_bounds(dt.date(2027, 11, 1), AMS, MIDNIGHT)
    assert [e.title for e in store.calendars.events_between(start, end)] == ["Kwartaalcijfers"]


def test_dates_outside_the_stored_horizon_are_expanded_from_the_stored_copy(store: Store):
    window = Window(dt.date(2027, 3, 1), dt.date(2027, 3, 29))
    import_into(store, "Directie", ics("outlook_directie.ics"), window)
    source = store.calendars.get("Directie")
    assert source is not None and source.expanded_to == dt.date(2027, 3, 29)
    # 2027-11-01 lies far outside the cached window and is not in calendar_events…
    start, end = day_bounds(dt.date(2027, 11, 1), AMS, MIDNIGHT)
    assert store.calendars.events_between(start, end) == []
    # …yet the plan for that day still sees the event, expanded on demand from the raw copy.
    assert titled(layer_items(store, start, end, AMS), "Kwartaal") == [
        ("Kwartaalcijfers", "2027-11-01 09:00+0100", "10:00")
    ]
