"""The reads statistics, history and export need: the SQL fold of the nudge log agrees with the domain's."""

from __future__ import annotations

import datetime as dt
import random

from ritmeregie.domain.statistics import NudgeFact, blocks_from_nudges
from ritmeregie.storage import NudgeAnswer, Store

UTC = dt.UTC
MONDAY = dt.datetime(2027, 3, 22, 7, 0, tzinfo=UTC)


def _fill(store: Store, rng: random.Random, days: int) -> None:
    kinds = ("focus", "focus", "inbox", "dagstart", "reflection")
    for day in range(days):
        for slot in range(6):
            start = MONDAY + dt.timedelta(days=day, hours=slot)
            end = start + dt.timedelta(minutes=rng.choice((25, 50)))
            kind = rng.choice(kinds)
            for repeat in range(rng.randint(1, 3)):  # snoozed repeats of the same block
                planned = start + dt.timedelta(minutes=5 * repeat)
                nudge_kind = rng.choice(("block_start", "block_start", "heads_up"))
                log_id = store.nudge_log.record(
                    planned, nudge_kind, kind, "t", planned, block_start=start, block_end=end
                )
                answer = rng.choice([None, *NudgeAnswer])
                if answer is not None:
                    store.nudge_log.answer(
                        log_id, answer, planned + dt.timedelta(minutes=rng.randint(0, 9))
                    )
    # An old row without the block's start and end (before the log kept them).
    old = store.nudge_log.record(MONDAY, "block_start", "focus", "old", MONDAY)
    store.nudge_log.answer(old, NudgeAnswer.STARTED, MONDAY)


def test_sql_fold_equals_the_domain_fold(store: Store) -> None:
    _fill(store, random.Random(4), days=5)
    start, end = MONDAY, MONDAY + dt.timedelta(days=3)
    entries = store.nudge_log.between(start, end)
    expected = blocks_from_nudges(
        NudgeFact(
            planned=e.planned,
            nudge_kind=e.nudge_kind,
            block_kind=e.block_kind,
            answer=e.answer.value if e.answer else None,
            answered=e.answered,
            block_start=e.block_start,
            block_end=e.block_end,
        )
        for e in entries
    )
    folded = store.nudge_log.block_facts(start, end)
    assert folded == expected
    assert any(b.snoozed for b in folded) and any(b.started_at for b in folded)
    assert all(b.start.tzinfo is not None for b in folded)
    assert any(b.end is None for b in folded)  # the old row is there, without an end


def test_block_facts_reads_only_the_range(store: Store) -> None:
    _fill(store, random.Random(7), days=3)
    first_day = store.nudge_log.block_facts(MONDAY, MONDAY + dt.timedelta(days=1))
    assert first_day
    assert all(MONDAY <= b.start < MONDAY + dt.timedelta(days=1) for b in first_day)


def test_reflection_dates_and_all(store: Store) -> None:
    for day in (3, 1, 2):
        store.reflections.save(dt.date(2027, 3, day), "goed", "", "", None)
    assert store.reflections.dates() == [dt.date(2027, 3, d) for d in (1, 2, 3)]
    assert store.reflections.dates(until=dt.date(2027, 3, 2)) == [
        dt.date(2027, 3, 1),
        dt.date(2027, 3, 2),
    ]
    assert [r.date.day for r in store.reflections.all()] == [1, 2, 3]


def test_frictions_between_uses_when_they_were_noted(store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    store.frictions.add("eerste")
    clock.advance(dt.timedelta(days=2))
    store.frictions.add("tweede")
    t0 = MONDAY.replace(year=2027, month=3, day=26, hour=0)
    assert [f.text for f in store.frictions.between(t0, t0 + dt.timedelta(days=1))] == ["eerste"]
    assert [f.text for f in store.frictions.between(t0, t0 + dt.timedelta(days=3))] == [
        "eerste",
        "tweede",
    ]


def test_calls_between_and_agenda_entries_between(store: Store) -> None:
    store.calls.add(dt.date(2027, 3, 25), "Karin")
    store.calls.add(dt.date(2027, 3, 27), "Ahmed")
    assert [c.who for c in store.calls.between(dt.date(2027, 3, 26), dt.date(2027, 3, 27))] == [
        "Ahmed"
    ]
    start = dt.datetime(2027, 3, 26, 9, tzinfo=UTC)
    item = store.agenda.add("Overleg", start, start + dt.timedelta(hours=1), "Europe/Amsterdam")
    store.agenda.update(item.id, notes="agenda\nmeenemen", decision_question="Wat besluiten we?")
    (entry,) = store.agenda.entries_between(start, start + dt.timedelta(minutes=30))
    assert entry.notes == "agenda\nmeenemen"
    assert entry.decision_question == "Wat besluiten we?"
    assert (
        store.agenda.entries_between(start + dt.timedelta(hours=1), start + dt.timedelta(hours=2))
        == []
    )
