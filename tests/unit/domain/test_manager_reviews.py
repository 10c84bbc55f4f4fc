"""Each manager's weekly review slot in the day plan (several managers); one manager: no change."""

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.manager_reviews import ReviewSlot, with_manager_reviews
from ritmeregie.domain.model import AgendaItem, BlockKind, ManagerRef, NoteReason
from ritmeregie.domain.nudges import nudges_for
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import (
    MONDAY,
    TUESDAY,
    DayRhythm,
    RhythmTemplate,
    WorkHours,
    default_rhythm,
)

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY_DATE = dt.date(2027, 3, 29)
TUESDAY_DATE = dt.date(2027, 3, 30)
ANNA = ManagerRef(1, "Anna")
BERT = ManagerRef(2, "Bert")


def slot(who: ManagerRef, weekday: int, at: str) -> ReviewSlot:
    return ReviewSlot(who, weekday, dt.time.fromisoformat(at))


def reviews(plan) -> list[tuple[str, str, int, ManagerRef | None]]:
    return [
        (b.start.strftime("%H:%M"), b.title, b.minutes, b.manager)
        for b in plan.blocks
        if b.kind is BlockKind.WEEKLY_REVIEW
    ]


@pytest.mark.parametrize("managers", [0, 1])
def test_one_manager_keeps_the_rhythm_and_its_day_exactly(managers):
    rhythm = default_rhythm()
    changed = with_manager_reviews(rhythm, [slot(ANNA, TUESDAY, "10:00")], managers)
    assert changed is rhythm
    assert plan_day(MONDAY_DATE, changed, [], AMS) == plan_day(MONDAY_DATE, rhythm, [], AMS)


def test_several_managers_without_slots_keep_the_rhythms_review():
    rhythm = default_rhythm()
    assert with_manager_reviews(rhythm, [], 2) is rhythm


def test_the_managers_slots_replace_the_rhythms_weekly_review():
    rhythm = with_manager_reviews(
        default_rhythm(), [slot(BERT, TUESDAY, "14:00"), slot(ANNA, MONDAY, "10:00")], 2
    )
    monday = plan_day(MONDAY_DATE, rhythm, [], AMS)
    # The rhythm's own 09:00 review is gone; Anna's slot takes its length (30 minutes).
    assert reviews(monday) == [("10:00", "Weekstart met Anna", 30, ANNA)]
    tuesday = plan_day(TUESDAY_DATE, rhythm, [], AMS)
    assert reviews(tuesday) == [("14:00", "Weekstart met Bert", 30, BERT)]
    # The rest of the day is planned as ever: focus around the slot, nothing overlapping.
    blocks = [b for b in tuesday.blocks if b.blocking]
    assert all(a.end <= b.start for a, b in itertools.pairwise(blocks))
    assert {b.kind for b in tuesday.blocks} >= {BlockKind.DAGSTART, BlockKind.FOCUS}


def test_two_managers_at_the_same_time_both_get_their_review():
    rhythm = with_manager_reviews(
        default_rhythm(), [slot(BERT, MONDAY, "10:00"), slot(ANNA, MONDAY, "10:00")], 2
    )
    plan = plan_day(MONDAY_DATE, rhythm, [], AMS)
    assert reviews(plan) == [
        ("10:00", "Weekstart met Anna", 30, ANNA),
        ("10:30", "Weekstart met Bert", 30, BERT),
    ]
    assert [(n.title, n.reason) for n in plan.notes] == [
        ("Weekstart met Bert", NoteReason.COLLIDES_WITH_RITUAL)
    ]


def test_a_slot_makes_room_for_the_agenda_like_any_ritual():
    rhythm = with_manager_reviews(default_rhythm(), [slot(ANNA, MONDAY, "10:00")], 3)
    meeting = AgendaItem(
        "Overleg",
        dt.datetime(2027, 3, 29, 9, 45, tzinfo=AMS),
        dt.datetime(2027, 3, 29, 10, 15, tzinfo=AMS),
    )
    plan = plan_day(MONDAY_DATE, rhythm, [meeting], AMS)
    assert reviews(plan) == [("10:15", "Weekstart met Anna", 30, ANNA)]


def test_a_slot_on_a_day_off_is_not_planned():
    rhythm = with_manager_reviews(default_rhythm(), [slot(ANNA, 6, "10:00")], 2)
    assert plan_day(dt.date(2027, 3, 28), rhythm, [], AMS).blocks == ()
    assert reviews(plan_day(MONDAY_DATE, rhythm, [], AMS)) == []


def test_the_slots_nudge_names_its_manager():
    rhythm = with_manager_reviews(default_rhythm(), [slot(ANNA, MONDAY, "10:00")], 2)
    plan = plan_day(MONDAY_DATE, rhythm, [], AMS)
    nudge = next(n for n in nudges_for(plan) if n.block.kind is BlockKind.WEEKLY_REVIEW)
    assert nudge.answerable
    assert nudge.block.manager == ANNA
    assert nudge.at == dt.datetime(2027, 3, 29, 10, 0, tzinfo=AMS)


# Tehran moved its clocks on a Monday: 2021-03-22, 00:00 -> 01:00 (a 23-hour day).
TEHRAN = ZoneInfo("Asia/Tehran")
DST_MONDAY = dt.date(2021, 3, 22)


def test_a_dst_monday_keeps_the_slots_at_their_wall_clock_times():
    assert DST_MONDAY.weekday() == MONDAY
    rhythm = with_manager_reviews(
        default_rhythm(), [slot(ANNA, MONDAY, "09:00"), slot(BERT, MONDAY, "14:00")], 2
    )
    plan = plan_day(DST_MONDAY, rhythm, [], TEHRAN)
    assert reviews(plan) == [
        ("09:00", "Weekstart met Anna", 30, ANNA),
        ("14:00", "Weekstart met Bert", 30, BERT),
    ]
    review = next(b for b in plan.blocks if b.kind is BlockKind.WEEKLY_REVIEW)
    assert review.start.utcoffset() == dt.timedelta(hours=4, minutes=30)
    assert review.start.astimezone(dt.UTC) == dt.datetime(2021, 3, 22, 4, 30, tzinfo=dt.UTC)
    assert plan.notes == ()


def test_a_slot_in_the_missing_hour_of_a_dst_monday_moves_to_its_end():
    # A night rhythm without a review of its own: each slot gets the default 30 minutes.
    night = RhythmTemplate(days={MONDAY: DayRhythm(WorkHours(dt.time(0, 0), dt.time(4, 0)))})
    planned = with_manager_reviews(
        night,
        [slot(ANNA, MONDAY, "00:30"), slot(BERT, MONDAY, "02:00")],
        2,
    )
    plan = plan_day(DST_MONDAY, planned, [], TEHRAN, boundary=dt.time(0, 0))
    assert reviews(plan) == [
        ("01:00", "Weekstart met Anna", 30, ANNA),
        ("02:00", "Weekstart met Bert", 30, BERT),
    ]
    assert [n.reason for n in plan.notes] == [NoteReason.TIME_DOES_NOT_EXIST]
