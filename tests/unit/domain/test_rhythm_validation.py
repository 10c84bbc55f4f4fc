"""Checking a day of the rhythm as a person edits it, and carrying rituals along with the hours."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.rhythm import (
    FRIDAY,
    MONDAY,
    DayProblem,
    DayProblemKind,
    Ritual,
    carry_rituals,
    day_problems,
    default_rhythm,
    minutes_of,
    ritual_span,
    time_of,
)


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def ritual(kind: BlockKind, start: str, minutes: int, title: str = "x") -> Ritual:
    return Ritual(kind, t(start), minutes, title)


def test_the_default_week_has_no_problems():
    for day in default_rhythm().days.values():
        assert day_problems(day.hours.start, day.hours.end, day.rituals) == ()


def test_overlap_names_both_rituals():
    rituals = [
        ritual(BlockKind.DAGSTART, "08:30", 10),
        ritual(BlockKind.INBOX, "11:00", 30),
        ritual(BlockKind.CALL, "11:15", 15),
    ]
    assert day_problems(t("08:30"), t("17:00"), rituals) == (
        DayProblem(DayProblemKind.OVERLAP, 2, 1),
    )


def test_touching_rituals_do_not_overlap():
    rituals = [
        ritual(BlockKind.QUIET_QUARTER, "16:30", 15),
        ritual(BlockKind.REFLECTION, "16:45", 10),
    ]
    assert day_problems(t("08:30"), t("17:00"), rituals) == ()


def test_rituals_outside_the_work_hours():
    rituals = [
        ritual(BlockKind.DAGSTART, "08:00", 10),
        ritual(BlockKind.REFLECTION, "16:55", 10),
        ritual(BlockKind.LUNCH, "12:30", 30),
    ]
    assert day_problems(t("08:30"), t("17:00"), rituals) == (
        DayProblem(DayProblemKind.BEFORE_WORK, 0),
        DayProblem(DayProblemKind.AFTER_WORK, 1),
    )


def test_reversed_hours_are_one_problem_not_one_per_ritual():
    rituals = [ritual(BlockKind.DAGSTART, "08:30", 10)]
    assert day_problems(t("17:00"), t("08:30"), rituals) == (
        DayProblem(DayProblemKind.HOURS_REVERSED),
    )
    assert day_problems(t("09:00"), t("09:00"), ()) == (DayProblem(DayProblemKind.HOURS_REVERSED),)


def test_a_ritual_running_past_midnight_is_after_work():
    late = ritual(BlockKind.CALL, "23:50", 30)
    assert ritual_span(late) == (23 * 60 + 50, 24 * 60 + 20)
    assert day_problems(t("08:00"), t("23:59"), [late]) == (
        DayProblem(DayProblemKind.AFTER_WORK, 0),
    )


def test_later_start_carries_the_day_start_and_keeps_the_middle():
    friday = default_rhythm().days[FRIDAY]
    moved = carry_rituals(friday.rituals, (t("08:30"), t("17:00")), (t("09:00"), t("17:00")))
    starts = {r.kind: r.start for r in moved}
    assert starts[BlockKind.DAGSTART] == t("09:00")
    assert starts[BlockKind.INBOX] == t("11:00")
    assert starts[BlockKind.LUNCH] == t("12:30")
    assert starts[BlockKind.FRICTION_FRIDAY] == t("15:00")
    assert starts[BlockKind.QUIET_QUARTER] == t("16:30")


def test_earlier_end_carries_quiet_quarter_and_reflection_together():
    friday = default_rhythm().days[FRIDAY]
    moved = carry_rituals(friday.rituals, (t("08:30"), t("17:00")), (t("08:30"), t("16:00")))
    starts = {r.kind: r.start for r in moved}
    assert starts[BlockKind.QUIET_QUARTER] == t("15:30")
    calls = [r.start for r in moved if r.kind is BlockKind.CALL]
    assert calls == [t("15:45"), t("15:50")]
    assert starts[BlockKind.REFLECTION] == t("15:55")
    assert starts[BlockKind.DAGSTART] == t("08:30")
    # Friction Friday (15:00 to 15:45) would be overlapped: it is pushed earlier, not run over.
    assert starts[BlockKind.FRICTION_FRIDAY] == t("14:45")
    assert starts[BlockKind.LUNCH] == t("12:30")
    assert day_problems(t("08:30"), t("16:00"), moved) == ()


def test_a_later_start_pushes_mondays_review_along():
    monday = default_rhythm().days[MONDAY]
    moved = carry_rituals(monday.rituals, (t("08:30"), t("17:00")), (t("09:00"), t("17:00")))
    starts = {r.kind: r.start for r in moved}
    assert starts[BlockKind.DAGSTART] == t("09:00")
    assert starts[BlockKind.WEEKLY_REVIEW] == t("09:05")
    assert starts[BlockKind.INBOX] == t("11:00")  # not touched: nothing landed on it
    assert day_problems(t("09:00"), t("17:00"), moved) == ()


def test_monday_review_with_a_gap_after_day_start_stays_put():
    monday = default_rhythm().days[MONDAY]
    moved = carry_rituals(monday.rituals, (t("08:30"), t("17:00")), (t("08:00"), t("17:00")))
    starts = {r.kind: r.start for r in moved}
    assert starts[BlockKind.DAGSTART] == t("08:00")
    assert starts[BlockKind.WEEKLY_REVIEW] == t("09:00")


def test_a_move_that_would_leave_the_day_is_not_made():
    long_opening = [ritual(BlockKind.CALL, "08:00", 480)]  # 08:00 to 16:00
    moved = carry_rituals(long_opening, (t("08:00"), t("23:00")), (t("16:30"), t("23:00")))
    assert moved[0].start == t("08:00")  # 16:30 + 8 h would pass midnight
    closing = [ritual(BlockKind.REFLECTION, "23:30", 20)]
    moved = carry_rituals(closing, (t("08:00"), t("23:50")), (t("08:00"), t("23:59")))
    assert moved[0].start == t("23:39")
    assert carry_rituals(closing, (t("08:00"), t("23:50")), (t("08:00"), t("23:50"))) == tuple(
        closing
    )


@given(st.integers(min_value=0, max_value=24 * 60 - 1))
def test_minutes_and_times_round_trip(minutes: int):
    assert minutes_of(time_of(minutes)) == minutes


@given(
    st.integers(min_value=6 * 60, max_value=10 * 60),
    st.integers(min_value=15 * 60, max_value=19 * 60),
)
def test_carried_default_days_keep_their_rituals_and_lengths(start: int, end: int):
    for day in default_rhythm().days.values():
        old = (day.hours.start, day.hours.end)
        moved = carry_rituals(day.rituals, old, (time_of(start), time_of(end)))
        assert [(r.kind, r.minutes, r.title) for r in moved] == [
            (r.kind, r.minutes, r.title) for r in day.rituals
        ]
