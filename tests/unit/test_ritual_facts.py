"""Which rituals are done for a day, and whether there is a year to mirror: the store's answer and
the pure rules behind it (no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.domain.review import MIRROR_HISTORY_DAYS, mirror_has_history
from ritmeregie.domain.ritual_done import RitualFacts, quiet_when_done
from ritmeregie.services.ritual_facts import first_entry, mirror_has_data, ritual_done, ritual_facts
from ritmeregie.storage import FrictionStatus, Store, open_store
from ritmeregie.storage.records import DaduRow, EventLink

AMS = ZoneInfo("Europe/Amsterdam")
BOUNDARY = dt.time(4, 0)
MON = dt.date(2027, 3, 29)


def at(date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=AMS)


def start_of(
    kind: BlockKind, date: dt.date, hour: int, nudge: NudgeKind = NudgeKind.BLOCK_START
) -> Nudge:
    block = Block(kind, at(date, hour), at(date, hour, 10), kind.value)
    return Nudge(block.start, nudge, block)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(at(MON, 8, 23))


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    opened = open_store(data_dir, clock=clock)
    yield opened
    opened.close()


def test_the_rules() -> None:
    assert RitualFacts().done() == frozenset()
    assert RitualFacts(chosen_must_dos=1).done() == {BlockKind.DAGSTART}
    assert RitualFacts(has_call=True).done() == {BlockKind.DAGSTART}
    assert RitualFacts(reflection_written=True).done() == {BlockKind.REFLECTION}
    # Frictievrijdag: every friction dealt with, and at least one of them that day.
    assert RitualFacts(frictions_dealt_with=2).done() == {BlockKind.FRICTION_FRIDAY}
    assert RitualFacts(open_frictions=1, frictions_dealt_with=2).done() == frozenset()
    done = frozenset({BlockKind.DAGSTART, BlockKind.FRICTION_FRIDAY})
    assert quiet_when_done(start_of(BlockKind.DAGSTART, MON, 8), done)
    assert not quiet_when_done(start_of(BlockKind.REFLECTION, MON, 16), done)
    # Only the ritual's own reminders: a meeting or focus block is never "done" beforehand.
    assert not quiet_when_done(start_of(BlockKind.FOCUS, MON, 9), done | {BlockKind.FOCUS})
    # The weekly review's block is the conversation: prepared notes do not make it done.
    assert not quiet_when_done(
        start_of(BlockKind.WEEKLY_REVIEW, MON, 9), done | {BlockKind.WEEKLY_REVIEW}
    )


def test_dagstart_done_means_chosen_for_the_day(store: Store) -> None:
    friday = MON - dt.timedelta(days=3)
    nudge = start_of(BlockKind.DAGSTART, MON, 8)
    store.must_dos.add("Van vrijdag", planned_for=friday)  # carried over
    store.must_dos.defer_next_week(store.must_dos.add("Uitgesteld").id, friday)  # lands on MON
    store.dadu.add("MT-overleg", friday, [DaduRow("", "Cijfers sturen", "Ik", MON)])
    store.calls.add(friday, "Karin")  # not made on Friday: offered again
    store.must_dos.add("Ooit")  # in the pool
    assert ritual_facts(store, MON, AMS, BOUNDARY).chosen_must_dos == 0
    assert not ritual_done(store, nudge, AMS, BOUNDARY)

    chosen = store.must_dos.add("Notulen MT", planned_for=MON)
    assert ritual_done(store, nudge, AMS, BOUNDARY)
    store.must_dos.done(chosen.id)  # ticked off before 08:30: still chosen
    assert ritual_done(store, nudge, AMS, BOUNDARY)
    store.must_dos.plan(chosen.id, None)  # back to the pool
    assert not ritual_done(store, nudge, AMS, BOUNDARY)
    store.calls.add(MON, "Pieter")  # only the call chosen: decided too
    assert ritual_done(store, nudge, AMS, BOUNDARY)
    # The next day starts fresh.
    assert not ritual_done(
        store, start_of(BlockKind.DAGSTART, MON + dt.timedelta(1), 8), AMS, BOUNDARY
    )


def test_reflection_and_frictions(store: Store, clock: ManualClock) -> None:
    reflection = start_of(BlockKind.REFLECTION, MON, 16)
    store.reflections.save(MON, " ", "", "", None)
    assert not ritual_done(store, reflection, AMS, BOUNDARY)
    store.reflections.save(MON, "", "", "", 3)  # only the energy: written
    assert ritual_done(store, reflection, AMS, BOUNDARY)

    friday = MON + dt.timedelta(days=4)
    friction_friday = start_of(BlockKind.FRICTION_FRIDAY, friday, 15)
    assert not ritual_done(store, friction_friday, AMS, BOUNDARY)  # nothing noted: the block stays
    printer = store.frictions.add("Pincode printer")
    clock.advance(at(friday, 11) - clock.now())
    store.frictions.set_status(printer.id, FrictionStatus.DROPPED)
    assert ritual_done(store, friction_friday, AMS, BOUNDARY)
    next_friday = start_of(BlockKind.FRICTION_FRIDAY, friday + dt.timedelta(days=7), 15)
    assert not ritual_done(store, next_friday, AMS, BOUNDARY)  # dealt with last week, not that day


def test_a_year_to_mirror(store: Store, clock: ManualClock) -> None:
    december = dt.date(2027, 12, 1)
    assert first_entry(store, AMS) is None
    assert not mirror_has_data(store, december, AMS)
    store.reflections.save(dt.date(2027, 5, 10), "Eerste", "", "", 3)
    assert first_entry(store, AMS) == dt.date(2027, 5, 10)
    assert not mirror_has_data(store, december, AMS)
    # The nudge log reaches back to mid-January: that is a year of use.
    store.nudge_log.record(at(dt.date(2027, 1, 14), 8, 30), "block_start", "dagstart", "", None)
    assert first_entry(store, AMS) == dt.date(2027, 1, 14)
    assert mirror_has_data(store, december, AMS)
    # Without a reflection this year there is nothing to show.
    assert not mirror_has_data(store, dt.date(2028, 12, 1), AMS)


def test_mirror_history_boundary() -> None:
    today = dt.date(2027, 12, 1)
    assert mirror_has_history(today - dt.timedelta(days=MIRROR_HISTORY_DAYS), today)
    assert not mirror_has_history(today - dt.timedelta(days=MIRROR_HISTORY_DAYS - 1), today)
    assert not mirror_has_history(None, today)


def test_a_meetings_end_stays_quiet_once_its_dadu_is_written(store: Store) -> None:
    # a typed agenda meeting: quiet once a DADU for that item exists, not for another meeting
    item = store.agenda.add("MT-overleg", at(MON, 10), at(MON, 11), "Europe/Amsterdam")
    typed = Block(BlockKind.MEETING, at(MON, 10), at(MON, 11), "MT-overleg", agenda_id=item.id)
    end = Nudge(typed.end, NudgeKind.BLOCK_END, typed)
    assert not ritual_done(store, end, AMS, BOUNDARY)
    store.dadu.add("MT-overleg", MON, [DaduRow("Budget", "Cijfers sturen", "Ik")], item.id)
    assert ritual_done(store, end, AMS, BOUNDARY)
    # an occurrence of her own calendar: by its UID and occurrence, not by its title
    own = Block(
        BlockKind.MEETING,
        at(MON, 14),
        at(MON, 15),
        "Weekstart",
        source="Mijn agenda",
        event_uid="uid-1",
        event_occurrence="20270329T120000Z",
    )
    own_end = Nudge(own.end, NudgeKind.BLOCK_END, own)
    assert not ritual_done(store, own_end, AMS, BOUNDARY)
    link = EventLink("uid-1", "20270329T120000Z", own.start.astimezone(dt.UTC))
    store.dadu.add("Weekstart", MON, [DaduRow("", "Notulen", "Ik")], event=link)
    assert ritual_done(store, own_end, AMS, BOUNDARY)
    # the meeting's start is no DADU moment: it still comes
    assert not ritual_done(store, Nudge(own.start, NudgeKind.BLOCK_START, own), AMS, BOUNDARY)
