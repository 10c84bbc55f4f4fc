"""The day's must-do list and call: planned, carried over from earlier days, ticked off, deferred."""

from __future__ import annotations

import datetime as dt

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store

# conftest's clock starts Friday 2027-03-26 09:00 UTC.
THU = dt.date(2027, 3, 25)
FRI = dt.date(2027, 3, 26)
SAT = dt.date(2027, 3, 27)
NEXT_MON = dt.date(2027, 3, 29)


def bounds(date: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(date, dt.time(0), tzinfo=dt.UTC)
    return start, start + dt.timedelta(days=1)


def titles(items: list) -> list[str]:  # type: ignore[type-arg]
    return [item.title for item in items]


def test_the_day_lists_planned_items_sorted_by_urgent_important_then_deadline(store: Store) -> None:
    store.must_dos.add("Gewoon", planned_for=FRI)
    store.must_dos.add("Deadline later", planned_for=FRI, deadline=dt.date(2027, 4, 9))
    store.must_dos.add("Deadline eerst", planned_for=FRI, deadline=dt.date(2027, 3, 30))
    store.must_dos.add("Urgent en belangrijk", planned_for=FRI, urgent=True, important=True)
    store.must_dos.add("Andere dag", planned_for=SAT)
    store.must_dos.add("Zonder dag")
    assert titles(store.must_dos.for_day(FRI, *bounds(FRI))) == [
        "Urgent en belangrijk",
        "Deadline eerst",
        "Deadline later",
        "Gewoon",
    ]


def test_unfinished_items_are_offered_again_the_next_day(store: Store, clock: ManualClock) -> None:
    open_one = store.must_dos.add("Notulen MT", planned_for=THU)
    done_one = store.must_dos.add("Zaal boeken", planned_for=THU)
    store.must_dos.done(done_one.id)  # ticked off on Friday 09:00 UTC
    clock.advance(dt.timedelta(days=1))
    saturday = store.must_dos.for_day(SAT, *bounds(SAT))
    assert titles(saturday) == ["Notulen MT"]
    assert saturday[0].planned_for == THU  # still visibly "from Thursday"
    assert open_one.id not in [m.id for m in store.must_dos.pool(SAT)]


def test_an_item_ticked_off_today_stays_on_todays_list(store: Store) -> None:
    carried = store.must_dos.add("Van gisteren", planned_for=THU)
    store.must_dos.done(carried.id)
    assert titles(store.must_dos.for_day(FRI, *bounds(FRI))) == ["Van gisteren"]
    assert store.must_dos.for_day(FRI, *bounds(FRI))[0].is_done
    assert titles(store.must_dos.for_day(SAT, *bounds(SAT))) == []


def test_not_today_next_week_moves_it_to_next_monday(store: Store) -> None:
    item = store.must_dos.add("Offerte printer", planned_for=FRI)
    deferred = store.must_dos.defer_next_week(item.id, FRI)
    assert deferred.deferred_to == NEXT_MON and deferred.planned_for == NEXT_MON
    assert titles(store.must_dos.for_day(FRI, *bounds(FRI))) == []
    assert titles(store.must_dos.pool(FRI)) == []  # out of sight until Monday
    assert titles(store.must_dos.for_day(NEXT_MON, *bounds(NEXT_MON))) == ["Offerte printer"]


def test_a_monday_defers_to_the_monday_after(store: Store) -> None:
    item = store.must_dos.add("Iets", planned_for=NEXT_MON)
    assert store.must_dos.defer_next_week(item.id, NEXT_MON).planned_for == dt.date(2027, 4, 5)


def test_pool_holds_open_unplanned_and_future_items(store: Store) -> None:
    store.must_dos.add("Vandaag", planned_for=FRI)
    store.must_dos.add("Zonder dag", important=True)
    store.must_dos.add("Volgende week", planned_for=NEXT_MON, urgent=True)
    later = store.must_dos.add("Uitgesteld")
    store.must_dos.defer(later.id, NEXT_MON)
    # A plain future date is something a dagstart may pull forward; a deferral is not.
    assert titles(store.must_dos.pool(FRI)) == ["Volgende week", "Zonder dag"]
    store.must_dos.plan(later.id, None)
    assert titles(store.must_dos.pool(FRI)) == ["Volgende week", "Zonder dag", "Uitgesteld"]


def test_plan_rename_priority_and_remove(store: Store) -> None:
    item = store.must_dos.add("Eerst")
    store.must_dos.plan(item.id, FRI)
    store.must_dos.rename(item.id, "  Daarna  ")
    store.must_dos.set_priority(item.id, urgent=True, important=False)
    (today,) = store.must_dos.for_day(FRI, *bounds(FRI))
    assert (today.title, today.urgent, today.important) == ("Daarna", True, False)
    assert store.must_dos.remove(item.id)
    assert not store.must_dos.remove(item.id)
    assert store.must_dos.for_day(FRI, *bounds(FRI)) == []


def test_done_between_and_deadlines_between(store: Store, clock: ManualClock) -> None:
    a = store.must_dos.add("A", deadline=dt.date(2027, 3, 30))
    store.must_dos.add("B", deadline=dt.date(2027, 4, 1))
    store.must_dos.add("C", deadline=dt.date(2027, 4, 20))
    store.must_dos.done(a.id)
    assert titles(store.must_dos.done_between(*bounds(FRI))) == ["A"]
    assert titles(store.must_dos.done_between(*bounds(SAT))) == []
    assert titles(store.must_dos.deadlines_between(NEXT_MON, dt.date(2027, 4, 4))) == ["B"]


def test_the_days_call_and_an_unmade_call_carried_over(store: Store) -> None:
    assert store.calls.for_day(FRI) is None
    old = store.calls.add(THU, "Karin (facilitair)")
    assert store.calls.for_day(FRI) == old  # not made yesterday: offered again
    store.calls.done(old.id)
    assert store.calls.for_day(FRI) is None
    today = store.calls.add(FRI, "Jeroen")
    moved = store.calls.update(today.id, who="Jeroen de Vries", date=SAT)
    assert moved.date == SAT and store.calls.for_day(SAT) == moved
    assert store.calls.remove(today.id)
    assert store.calls.for_day(SAT) is None
