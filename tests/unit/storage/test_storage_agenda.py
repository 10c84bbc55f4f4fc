"""The own agenda: CRUD, UTC on disk, zone kept, and `between` on a 23-hour DST day."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.localtime import MIDNIGHT, day_bounds
from ritmeregie.domain.model import BlockKind
from ritmeregie.storage import (
    DaduRow,
    InvalidRecordError,
    NotFoundError,
    Store,
    StoreError,
)

Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]
AMS = ZoneInfo("Europe/Amsterdam")
UTC = dt.UTC


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=AMS)  # type: ignore[misc]


def test_add_and_get_round_trip_in_utc(store: Store, raw: Raw) -> None:
    item = store.agenda.add(
        "Overleg MT", local(2027, 3, 26, 10), local(2027, 3, 26, 11), "Europe/Amsterdam"
    )
    assert item.id is not None
    assert item.kind is BlockKind.MEETING
    assert item.start == dt.datetime(2027, 3, 26, 9, tzinfo=UTC)
    assert item.start.tzinfo is UTC
    assert store.agenda.get(item.id) == item
    assert store.agenda.count() == 1
    with raw(store.path) as conn:
        assert conn.execute("SELECT start_utc, end_utc, tz FROM agenda_items").fetchone() == (
            "2027-03-26 09:00:00.000000",
            "2027-03-26 10:00:00.000000",
            "Europe/Amsterdam",
        )


def test_entry_keeps_zone_notes_question_and_times_of_change(
    store: Store, clock: ManualClock
) -> None:
    item = store.agenda.add(
        "1-op-1",
        local(2027, 3, 26, 10),
        local(2027, 3, 26, 10, 30),
        "Europe/Amsterdam",
        BlockKind.CALL,
        "agenda meenemen",
        decision_question="Gaan we door met het project?",
    )
    assert item.id is not None
    clock.advance(dt.timedelta(minutes=7))
    store.agenda.update(item.id, title="1-op-1 met Sanne")
    entry = store.agenda.entry(item.id)
    assert entry is not None
    assert (entry.tz, entry.kind, entry.notes) == (
        "Europe/Amsterdam",
        BlockKind.CALL,
        "agenda meenemen",
    )
    assert entry.decision_question == "Gaan we door met het project?"
    assert entry.title == "1-op-1 met Sanne"
    assert entry.updated - entry.created == dt.timedelta(minutes=7)


def test_update_changes_only_what_is_given(store: Store) -> None:
    item = store.agenda.add(
        "Overleg", local(2027, 3, 26, 10), local(2027, 3, 26, 11), "Europe/Amsterdam"
    )
    assert item.id is not None
    moved = store.agenda.update(item.id, start=local(2027, 3, 26, 10, 30), kind=BlockKind.CALL)
    assert moved.title == "Overleg"
    assert moved.start == local(2027, 3, 26, 10, 30)
    assert moved.end == item.end
    assert moved.kind is BlockKind.CALL
    assert store.agenda.get(item.id) == moved


def test_update_that_breaks_the_rules_changes_nothing(store: Store) -> None:
    item = store.agenda.add(
        "Overleg", local(2027, 3, 26, 10), local(2027, 3, 26, 11), "Europe/Amsterdam"
    )
    assert item.id is not None
    with pytest.raises(InvalidRecordError, match="end after it starts"):
        store.agenda.update(item.id, start=local(2027, 3, 26, 12))
    assert store.agenda.get(item.id) == item


def test_update_of_unknown_item_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no agenda item 42") as info:
        store.agenda.update(42, title="x")
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, StoreError)
    assert str(info.value) == "There is no agenda item 42."


def test_remove(store: Store) -> None:
    item = store.agenda.add(
        "Overleg", local(2027, 3, 26, 10), local(2027, 3, 26, 11), "Europe/Amsterdam"
    )
    assert item.id is not None
    assert store.agenda.remove(item.id) is True
    assert store.agenda.remove(item.id) is False
    assert store.agenda.get(item.id) is None
    assert store.agenda.count() == 0


@pytest.mark.parametrize(
    ("start", "end", "tz", "kind", "message"),
    [
        (
            dt.datetime(2027, 3, 26, 10),
            local(2027, 3, 26, 11),
            "Europe/Amsterdam",
            BlockKind.MEETING,
            "timezone",
        ),
        (
            local(2027, 3, 26, 11),
            local(2027, 3, 26, 10),
            "Europe/Amsterdam",
            BlockKind.MEETING,
            "end after",
        ),
        (
            local(2027, 3, 26, 10),
            local(2027, 3, 26, 11),
            "Mars/Olympus",
            BlockKind.MEETING,
            "time zone",
        ),
        (
            local(2027, 3, 26, 10),
            local(2027, 3, 26, 11),
            "Europe/Amsterdam",
            BlockKind.FOCUS,
            "agenda kind",
        ),
    ],
)
def test_add_refuses_what_the_domain_refuses(
    store: Store, start: dt.datetime, end: dt.datetime, tz: str, kind: BlockKind, message: str
) -> None:
    with pytest.raises(InvalidRecordError, match=message):
        store.agenda.add("Overleg", start, end, tz, kind)
    assert store.agenda.count() == 0


def test_between_on_the_spring_forward_day(store: Store) -> None:
    # 2027-03-28 in Amsterdam lasts 23 hours: 02:00 local does not exist.
    day_start, day_end = day_bounds(dt.date(2027, 3, 28), AMS, MIDNIGHT)
    assert day_end - day_start == dt.timedelta(hours=23)
    add = store.agenda.add
    tz = "Europe/Amsterdam"
    late_before = add("Gisteravond", local(2027, 3, 27, 22), local(2027, 3, 27, 23), tz)
    across_midnight = add("Nachtdienst", local(2027, 3, 27, 23, 30), local(2027, 3, 28, 0, 30), tz)
    before_jump = add("Voor de sprong", local(2027, 3, 28, 1, 0), local(2027, 3, 28, 1, 45), tz)
    # 01:30 to 03:30 local: one hour of real time, across the jump.
    across_jump = add("Over de sprong", local(2027, 3, 28, 1, 30), local(2027, 3, 28, 3, 30), tz)
    evening = add("Avond", local(2027, 3, 28, 23), local(2027, 3, 29, 0), tz)
    next_day = add("Maandag", local(2027, 3, 29, 0), local(2027, 3, 29, 1), tz)

    found = store.agenda.between(day_start, day_end)

    assert [i.title for i in found] == [
        across_midnight.title,
        before_jump.title,
        across_jump.title,
        evening.title,
    ]
    assert late_before not in found and next_day not in found
    assert across_jump.end - across_jump.start == dt.timedelta(hours=1)
    assert found[2].start.astimezone(AMS).hour == 1 and found[2].end.astimezone(AMS).hour == 3


def test_between_on_the_fall_back_day_sees_both_one_oclocks(store: Store) -> None:
    # 2027-10-31: 02:00-03:00 local happens twice; the day lasts 25 hours.
    day_start, day_end = day_bounds(dt.date(2027, 10, 31), AMS, MIDNIGHT)
    assert day_end - day_start == dt.timedelta(hours=25)
    first = dt.datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = dt.datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # 02:30 CET
    store.agenda.add("Eerste", first, first + dt.timedelta(minutes=20), "Europe/Amsterdam")
    store.agenda.add("Tweede", second, second + dt.timedelta(minutes=20), "Europe/Amsterdam")
    found = store.agenda.between(day_start, day_end)
    assert [i.title for i in found] == ["Eerste", "Tweede"]
    assert [i.start.astimezone(AMS).strftime("%H:%M") for i in found] == ["02:30", "02:30"]


def test_between_is_half_open_and_ordered(store: Store) -> None:
    tz = "Europe/Amsterdam"
    b = store.agenda.add("B", local(2027, 3, 26, 11), local(2027, 3, 26, 12), tz)
    a = store.agenda.add("A", local(2027, 3, 26, 10), local(2027, 3, 26, 11), tz)
    a2 = store.agenda.add("A2", local(2027, 3, 26, 10), local(2027, 3, 26, 10, 30), tz)
    assert store.agenda.between(local(2027, 3, 26, 9), local(2027, 3, 26, 13)) == [a, a2, b]
    # An item ending exactly at the window's start, or starting at its end, does not overlap.
    assert store.agenda.between(local(2027, 3, 26, 11), local(2027, 3, 26, 11, 30)) == [b]
    assert store.agenda.between(local(2027, 3, 26, 9), local(2027, 3, 26, 10)) == []


def test_between_refuses_naive_bounds(store: Store) -> None:
    with pytest.raises(InvalidRecordError):
        store.agenda.between(dt.datetime(2027, 3, 26), dt.datetime(2027, 3, 27))


def test_removing_an_item_keeps_its_dadu_record(store: Store) -> None:
    item = store.agenda.add(
        "Overleg", local(2027, 3, 26, 10), local(2027, 3, 26, 11), "Europe/Amsterdam"
    )
    assert item.id is not None
    record_id = store.dadu.add("Overleg", dt.date(2027, 3, 26), [DaduRow(decision="Ja")], item.id)
    store.agenda.remove(item.id)
    record = store.dadu.get(record_id)
    assert record is not None
    assert record.agenda_item_id is None  # ON DELETE SET NULL
    assert record.rows == (DaduRow(decision="Ja"),)
