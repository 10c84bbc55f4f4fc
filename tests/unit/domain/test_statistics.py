"""Statistics from nudge facts: folding a block's nudges, focus minutes, days, ISO weeks, the streak."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ritmeregie.domain.statistics import (
    BlockFact,
    Counts,
    NudgeFact,
    Outcome,
    blocks_from_nudges,
    reflection_streak,
    summarize,
)

TZ = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2027, month, day, hour, minute, tzinfo=TZ)


def nudge(
    start: dt.datetime,
    minutes: int,
    answer: str | None,
    *,
    answered: dt.datetime | None = None,
    kind: str = "focus",
    nudge_kind: str = "block_start",
    planned: dt.datetime | None = None,
) -> NudgeFact:
    return NudgeFact(
        planned=planned or start,
        nudge_kind=nudge_kind,
        block_kind=kind,
        answer=answer,
        answered=answered or (start if answer else None),
        block_start=start,
        block_end=start + dt.timedelta(minutes=minutes),
    )


def test_a_snoozed_then_started_block_counts_once_from_when_it_started() -> None:
    start = at(26, 9)
    facts = [
        nudge(start, 50, "snoozed", answered=start + dt.timedelta(minutes=1)),
        nudge(
            start,
            50,
            "started",
            planned=start + dt.timedelta(minutes=6),
            answered=start + dt.timedelta(minutes=6),
        ),
    ]
    (block,) = blocks_from_nudges(facts)
    assert block.outcome is Outcome.STARTED
    assert block.snoozed
    assert block.focus_minutes == 44


def test_outcome_precedence_started_then_skipped_then_missed() -> None:
    start = at(26, 9)
    assert blocks_from_nudges([nudge(start, 50, "missed"), nudge(start, 50, "skipped")])[
        0
    ].outcome is (Outcome.SKIPPED)
    assert blocks_from_nudges([nudge(start, 50, "skipped"), nudge(start, 50, "started")])[
        0
    ].outcome is (Outcome.STARTED)
    assert blocks_from_nudges([nudge(start, 50, None)])[0].outcome is None


def test_heads_ups_and_ends_are_not_blocks() -> None:
    start = at(26, 10)
    facts = [
        nudge(start, 60, None, kind="meeting", nudge_kind="heads_up"),
        nudge(start, 60, None, kind="meeting", nudge_kind="block_end"),
    ]
    assert blocks_from_nudges(facts) == []


def test_only_started_focus_blocks_have_minutes() -> None:
    start = at(26, 9)
    assert BlockFact("focus", start, start + dt.timedelta(minutes=50)).focus_minutes == 0
    assert (
        BlockFact("inbox", start, start + dt.timedelta(minutes=30), started_at=start).focus_minutes
        == 0
    )
    assert BlockFact("focus", start, None, started_at=start).focus_minutes == 0
    late = BlockFact("focus", start, start + dt.timedelta(minutes=50), started_at=at(26, 11))
    assert late.focus_minutes == 0  # started after its end: nothing negative


def test_summarize_days_weeks_and_totals() -> None:
    # Friday 26 March and Monday 29 March 2027 (ISO weeks 12 and 13); DST starts on the 28th.
    blocks = blocks_from_nudges(
        [
            nudge(at(26, 9), 50, "started"),
            nudge(at(26, 10), 50, "skipped"),
            nudge(at(26, 11), 30, "snoozed", kind="inbox"),
            nudge(at(29, 9), 25, "started"),
            nudge(at(29, 14), 50, "missed"),
            nudge(at(31, 9), 50, "started"),  # outside the range
        ]
    )
    stats = summarize(
        blocks,
        dt.date(2027, 3, 26),
        dt.date(2027, 3, 29),
        TZ,
        reflection_dates={dt.date(2027, 3, 26), dt.date(2027, 3, 29)},
        today=dt.date(2027, 3, 29),
    )
    assert [d.date.day for d in stats.days] == [26, 27, 28, 29]
    assert stats.days[0].counts == Counts(focus_minutes=50, started=1, snoozed=1, skipped=1)
    assert stats.days[1].counts == Counts()
    assert stats.days[3].counts == Counts(focus_minutes=25, started=1, missed=1)
    assert [(w.week, w.monday.day) for w in stats.weeks] == [(12, 22), (13, 29)]
    assert stats.weeks[0].counts.focus_minutes == 50
    assert stats.weeks[0].reflections == 1
    assert stats.totals == Counts(focus_minutes=75, started=2, snoozed=1, skipped=1, missed=1)
    assert stats.streak == 2  # Friday and Monday: the weekend does not break it


def test_day_boundary_moves_a_late_block_to_the_previous_day() -> None:
    blocks = blocks_from_nudges([nudge(at(27, 1, 30), 50, "started")])
    stats = summarize(
        blocks,
        dt.date(2027, 3, 26),
        dt.date(2027, 3, 27),
        TZ,
        reflection_dates=(),
        today=dt.date(2027, 3, 27),
        boundary=dt.time(4),
    )
    assert stats.days[0].counts.focus_minutes == 50
    assert stats.days[1].counts.focus_minutes == 0


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError):
        summarize(
            [],
            dt.date(2027, 3, 2),
            dt.date(2027, 3, 1),
            TZ,
            reflection_dates=(),
            today=dt.date(2027, 3, 1),
        )


@pytest.mark.parametrize(
    ("dates", "today", "expected"),
    [
        ((), dt.date(2027, 3, 26), 0),
        # Monday to Thursday written, Friday evening still to come: the streak holds at 4.
        ([dt.date(2027, 3, d) for d in (22, 23, 24, 25)], dt.date(2027, 3, 26), 4),
        ([dt.date(2027, 3, d) for d in (22, 23, 24, 25, 26)], dt.date(2027, 3, 26), 5),
        # A gap on Wednesday breaks it.
        ([dt.date(2027, 3, d) for d in (22, 23, 25, 26)], dt.date(2027, 3, 26), 2),
        # Friday and the next Monday: the weekend in between neither counts nor breaks.
        ([dt.date(2027, 3, 26), dt.date(2027, 3, 29)], dt.date(2027, 3, 29), 2),
        # Yesterday missing (and today not yet written): 0.
        ([dt.date(2027, 3, 24)], dt.date(2027, 3, 26), 0),
    ],
)
def test_reflection_streak(dates: list[dt.date], today: dt.date, expected: int) -> None:
    assert reflection_streak(dates, today) == expected


def test_streak_follows_the_working_days_of_the_rhythm() -> None:
    # Works Monday, Wednesday, Friday only.
    dates = [dt.date(2027, 3, 22), dt.date(2027, 3, 24), dt.date(2027, 3, 26)]
    assert reflection_streak(dates, dt.date(2027, 3, 26), working_weekdays=(0, 2, 4)) == 3
    assert reflection_streak(dates, dt.date(2027, 3, 26)) == 1


answers = st.sampled_from([None, "started", "snoozed", "skipped", "missed"])


@given(st.lists(st.tuples(st.integers(0, 5), answers, st.integers(0, 20)), max_size=40))
def test_folding_keeps_one_block_per_start_and_started_wins(
    raw: list[tuple[int, str | None, int]],
) -> None:
    facts = [
        nudge(at(26, 8 + slot), 50, answer, answered=at(26, 8 + slot, late) if answer else None)
        for slot, answer, late in raw
    ]
    blocks = blocks_from_nudges(facts)
    assert len(blocks) == len({slot for slot, _, _ in raw})
    for block in blocks:
        mine = [a for slot, a, _ in raw if at(26, 8 + slot) == block.start]
        assert (block.outcome is Outcome.STARTED) == ("started" in mine)
        assert block.snoozed == ("snoozed" in mine)
        assert 0 <= block.focus_minutes <= 50
