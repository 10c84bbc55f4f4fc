"""The calendar repository: layers, atomic replacement of a layer's events, failures noted only,
removal with its events, and the rolling window moving forward day by day."""

from __future__ import annotations

import datetime as dt

import pytest
from calendar_files import AMS, ics

from ritmeregie.services.calendars import Window, import_into, roll_windows
from ritmeregie.storage import InvalidRecordError, NotFoundError, Store
from ritmeregie.storage.calendars import CalendarEvent, EventBatch

UTC = dt.UTC


def event(title: str, hour: int, day: int = 29) -> CalendarEvent:
    start = dt.datetime(2027, 3, day, hour, tzinfo=UTC)
    return CalendarEvent(uid=title, title=title, start=start, end=start + dt.timedelta(hours=1))


def batch(*events: CalendarEvent, raw: str | None = "RAW") -> EventBatch:
    return EventBatch(
        events, first=dt.date(2027, 3, 25), last=dt.date(2027, 4, 22), raw_ics=raw, raw_sha256="x"
    )


SPAN = (dt.datetime(2027, 3, 1, tzinfo=UTC), dt.datetime(2027, 5, 1, tzinfo=UTC))


def test_add_lists_and_reads_back_a_layer(store: Store):
    source = store.calendars.add(
        "  Directie ", blocking=True, color="#6B7FA6", batch=batch(event("A", 9))
    )
    assert source.name == "Directie" and source.blocking and source.event_count == 1
    assert store.calendars.names() == ["Directie"]
    assert store.calendars.raw("Directie") == "RAW"
    [found] = store.calendars.events_between(*SPAN)
    assert (found.title, found.source, found.blocking) == ("A", "Directie", True)
    assert found.start == dt.datetime(2027, 3, 29, 9, tzinfo=UTC)


def test_names_are_unique_and_checked(store: Store):
    store.calendars.add("Directie")
    with pytest.raises(InvalidRecordError):
        store.calendars.add("Directie")
    with pytest.raises(InvalidRecordError):
        store.calendars.add("   ")
    with pytest.raises(InvalidRecordError):
        store.calendars.add("x" * 81)


def test_replace_swaps_every_event_at_once(store: Store):
    store.calendars.add("Directie", batch=batch(event("Oud 1", 9), event("Oud 2", 11)))
    store.calendars.add("Team", batch=batch(event("Team", 10)))
    store.calendars.replace_events("Directie", batch(event("Nieuw", 13)))
    titles = [e.title for e in store.calendars.events_between(*SPAN)]
    assert titles == ["Team", "Nieuw"]  # the other layer is untouched


def test_a_replace_that_fails_halfway_keeps_the_old_events(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    store.calendars.add("Directie", batch=batch(event("Oud", 9)))

    def fail(_clock: object) -> dt.datetime:
        raise OSError("disk full")

    # The failure comes after the old rows were deleted and the new ones inserted, inside the
    # transaction: the rollback must bring the old layer back whole.
    monkeypatch.setattr("ritmeregie.storage.calendars.utc_now", fail)
    with pytest.raises(OSError, match="disk full"):
        store.calendars.replace_events("Directie", batch(event("Nieuw", 8), raw="NEW"))
    monkeypatch.undo()
    assert [e.title for e in store.calendars.events_between(*SPAN)] == ["Oud"]
    assert store.calendars.raw("Directie") == "RAW"


def test_record_failure_keeps_events_and_raw_copy(store: Store):
    store.calendars.add("Directie", batch=batch(event("Oud", 9)))
    source = store.calendars.record_failure("Directie", "time-out")
    assert source is not None and source.last_error == "time-out"
    assert [e.title for e in store.calendars.events_between(*SPAN)] == ["Oud"]
    assert store.calendars.record_failure("Onbekend", "x") is None


def test_remove_takes_the_events_along(store: Store):
    store.calendars.add("Directie", batch=batch(event("A", 9), event("B", 10)))
    assert store.calendars.remove("Directie")
    assert store.calendars.events_between(*SPAN) == []
    assert store.calendars.count_events() == 0
    assert not store.calendars.remove("Directie")


def test_settings_per_layer_change_and_survive_a_refresh(store: Store):
    store.calendars.add("Directie", batch=batch(event("A", 9)))
    store.calendars.set_blocking("Directie", True)
    store.calendars.set_visible("Directie", False)
    store.calendars.set_subscription("Directie", "https://example.org/d.ics", 30)
    store.calendars.replace_events("Directie", batch(event("B", 9)))
    source = store.calendars.get("Directie")
    assert source is not None
    assert (source.blocking, source.visible, source.url, source.refresh_minutes) == (
        True,
        False,
        "https://example.org/d.ics",
        30,
    )
    with pytest.raises(InvalidRecordError):
        store.calendars.set_subscription("Directie", "https://example.org/d.ics", 1)
    with pytest.raises(NotFoundError):
        store.calendars.set_blocking("Onbekend", True)


def test_events_between_can_be_limited_to_some_layers(store: Store):
    store.calendars.add("Directie", batch=batch(event("D", 9)))
    store.calendars.add("Team", batch=batch(event("T", 10)))
    assert [e.title for e in store.calendars.events_between(*SPAN, names=["Team"])] == ["T"]


def test_the_horizon_moves_forward_from_the_stored_copy_once_a_week_short(store: Store):
    import_into(
        store, "Directie", ics("outlook_directie.ics"), Window.rolling(dt.date(2027, 3, 1)), tz=AMS
    )
    source = store.calendars.get("Directie")
    assert source is not None and source.expanded_to == dt.date(2029, 2, 28)
    # Days later the horizon still has slack: nothing to do.
    assert roll_windows(store, dt.date(2027, 3, 7), AMS) == []
    # A week and more later it is expanded again around the new day.
    assert roll_windows(store, dt.date(2027, 3, 10), AMS) == ["Directie"]
    source = store.calendars.get("Directie")
    assert source is not None
    assert (source.expanded_from, source.expanded_to) == (dt.date(2026, 3, 10), dt.date(2029, 3, 9))
    titles = {e.title for e in store.calendars.events_between(*SPAN)}
    assert "MT-overleg (verplaatst)" in titles
    assert source.last_error is None
