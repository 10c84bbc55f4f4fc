"""Parse once (issue 14, point 6): what the planner needs from a layer is in the store for a long
horizon, so a plan for any day in it is a query and never a re-parse; a refresh with the same
bytes costs a hash; the query for a day stays correct for occurrences longer than a day."""

from __future__ import annotations

import datetime as dt

from calendar_files import AMS, ics

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.localtime import MIDNIGHT, day_bounds
from ritmeregie.services.calendars import Window, import_into
from ritmeregie.storage import Store
from ritmeregie.storage.calendars import CalendarEvent, EventBatch

TODAY = dt.date(2027, 3, 1)


def test_a_refresh_with_the_same_bytes_reads_nothing_again(store: Store, clock: ManualClock):
    data = ics("outlook_directie.ics")
    first = import_into(store, "Directie", data, Window.rolling(TODAY), tz=AMS)
    before = store.calendars.get("Directie")
    clock.advance(dt.timedelta(hours=2))
    # The next day's refresh (the horizon a day further) still only costs a hash.
    again = import_into(
        store, "Directie", data, Window.rolling(TODAY + dt.timedelta(days=1)), tz=AMS
    )
    after = store.calendars.get("Directie")
    assert before is not None and after is not None
    assert again.unchanged and again.events == first.events
    assert after.imported == before.imported  # nothing was imported again…
    assert after.last_attempt == before.last_attempt + dt.timedelta(hours=2)  # …but it was tried
    assert "has not changed" in again.summary()


def test_a_day_query_still_finds_occurrences_that_began_days_before(store: Store):
    def event(title: str, day: int, days: int) -> CalendarEvent:
        start = dt.datetime(2027, 5, day, 22, tzinfo=dt.UTC)
        return CalendarEvent(title, title, start, start + dt.timedelta(days=days))

    batch = EventBatch(
        [event("Congres", 1, 5), event("Kort", 9, 1)],
        first=dt.date(2027, 4, 1),
        last=dt.date(2027, 6, 30),
        raw_ics="RAW",
        raw_sha256="x",
    )
    store.calendars.add("Reizen", batch=batch)
    source = store.calendars.get("Reizen")
    assert source is not None and source.longest_minutes == 5 * 24 * 60
    start, end = day_bounds(dt.date(2027, 5, 5), AMS, MIDNIGHT)
    assert [e.title for e in store.calendars.events_between(start, end)] == ["Congres"]
