"""Whole days through the planner: the default rhythm, collisions with the agenda, other zones."""

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.model import AgendaItem, BlockKind, NoteReason
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import DayRhythm, RhythmTemplate, Ritual, WorkHours, default_rhythm

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)
MONDAY = dt.date(2027, 3, 29)


def meeting(
    date: dt.date, start: str, end: str, title: str = "Overleg", tz=AMS, **kw
) -> AgendaItem:
    return AgendaItem(
        title,
        dt.datetime.combine(date, dt.time.fromisoformat(start), tzinfo=tz),
        dt.datetime.combine(date, dt.time.fromisoformat(end), tzinfo=tz),
        **kw,
    )


def hm(block_time: dt.datetime) -> str:
    return block_time.strftime("%H:%M")


def assert_no_overlap(blocks) -> None:
    blocking = [b for b in blocks if b.blocking]
    for a, b in itertools.pairwise(blocking):
        assert a.end <= b.start, (
            f"{a.kind} {hm(a.start)}-{hm(a.end)} overlaps {b.kind} {hm(b.start)}"
        )


def test_friday_default_rhythm_has_every_ritual_at_its_time():
    plan = plan_day(FRIDAY, default_rhythm(), [], "Europe/Amsterdam")
    rituals = {(b.kind, hm(b.start), b.minutes) for b in plan.blocks}
    assert {
        (BlockKind.DAGSTART, "08:30", 5),
        (BlockKind.INBOX, "11:00", 30),
        (BlockKind.LUNCH, "12:30", 30),
        (BlockKind.FRICTION_FRIDAY, "15:00", 45),
        (BlockKind.QUIET_QUARTER, "16:30", 15),
        (BlockKind.CALL, "16:45", 5),
        (BlockKind.CALL, "16:50", 5),
        (BlockKind.REFLECTION, "16:55", 5),
    } <= rituals
    assert BlockKind.WEEKLY_REVIEW not in {b.kind for b in plan.blocks}
    assert all(b.start.utcoffset() == dt.timedelta(hours=1) for b in plan.blocks)
    assert plan.notes == ()
    assert_no_overlap(plan.blocks)


def test_free_time_becomes_focus_blocks_with_resets_between_them():
    plan = plan_day(FRIDAY, default_rhythm(), [], "Europe/Amsterdam")
    morning = [(b.kind.value, hm(b.start), hm(b.end)) for b in plan.blocks if hm(b.start) < "11:00"]
    assert morning == [
        ("dagstart", "08:30", "08:35"),
        ("focus", "08:35", "09:25"),
        ("reset", "09:25", "09:30"),
        ("focus", "09:30", "10:20"),
        ("reset", "10:20", "10:25"),
        ("focus", "10:25", "11:00"),
    ]
    # Every reset sits between two focus blocks; no focus block is shorter than the minimum.
    for i, block in enumerate(plan.blocks):
        if block.kind is BlockKind.RESET:
            assert plan.blocks[i - 1].kind is BlockKind.FOCUS
            assert plan.blocks[i + 1].kind is BlockKind.FOCUS
        if block.kind is BlockKind.FOCUS:
            assert 15 <= block.minutes <= 50


def test_remainder_shorter_than_minimum_stays_free():
    plan = plan_day(FRIDAY, default_rhythm(), [], "Europe/Amsterdam")
    # 11:30-12:30 holds one 50-minute block; the 10 minutes left are a buffer, not a 5-minute focus.
    late_morning = [b for b in plan.blocks if "11:30" <= hm(b.start) < "12:30"]
    assert [(b.kind, hm(b.start), hm(b.end)) for b in late_morning] == [
        (BlockKind.FOCUS, "11:30", "12:20")
    ]


def test_meeting_wins_over_focus_and_nothing_overlaps_it():
    plan = plan_day(
        FRIDAY, default_rhythm(), [meeting(FRIDAY, "10:00", "11:00", id=7)], "Europe/Amsterdam"
    )
    meetings = [b for b in plan.blocks if b.kind is BlockKind.MEETING]
    assert [(hm(b.start), hm(b.end), b.agenda_id) for b in meetings] == [("10:00", "11:00", 7)]
    assert_no_overlap(plan.blocks)
    before = [b for b in plan.blocks if b.end == meetings[0].start]
    assert before and before[0].kind is BlockKind.FOCUS


def test_colliding_ritual_moves_to_nearest_free_slot_with_a_reason():
    plan = plan_day(
        FRIDAY, default_rhythm(), [meeting(FRIDAY, "10:45", "11:20")], "Europe/Amsterdam"
    )
    inbox = next(b for b in plan.blocks if b.kind is BlockKind.INBOX)
    assert hm(inbox.start) == "11:20"
    (note,) = plan.notes
    assert note.kind is BlockKind.INBOX
    assert note.reason is NoteReason.COLLIDES_WITH_AGENDA
    assert note.placed == inbox.start.astimezone(dt.UTC)
    assert_no_overlap(plan.blocks)


def test_ritual_without_room_is_dropped_with_a_reason():
    day_long = meeting(FRIDAY, "08:00", "18:00", "Heidag")
    plan = plan_day(FRIDAY, default_rhythm(), [day_long], "Europe/Amsterdam")
    assert [b.kind for b in plan.blocks] == [BlockKind.MEETING]
    assert {n.kind for n in plan.notes} == {
        BlockKind.DAGSTART,
        BlockKind.INBOX,
        BlockKind.LUNCH,
        BlockKind.FRICTION_FRIDAY,
        BlockKind.QUIET_QUARTER,
        BlockKind.CALL,
        BlockKind.REFLECTION,
    }
    assert all(n.dropped for n in plan.notes)


def test_non_blocking_busy_time_does_not_push_focus_away():
    busy = meeting(FRIDAY, "09:00", "10:00", "Directie", kind=BlockKind.BUSY, blocking=False)
    plan = plan_day(FRIDAY, default_rhythm(), [busy], "Europe/Amsterdam")
    assert any(b.kind is BlockKind.FOCUS and b.contains(busy.start) for b in plan.blocks)
    assert any(b.kind is BlockKind.BUSY for b in plan.blocks)


@pytest.mark.parametrize(
    ("date", "weekly"),
    [
        (dt.date(2027, 3, 22), BlockKind.WEEKLY_REVIEW),
        (dt.date(2027, 3, 23), None),
        (dt.date(2027, 3, 24), None),
        (dt.date(2027, 3, 25), None),
        (dt.date(2027, 3, 26), BlockKind.FRICTION_FRIDAY),
    ],
)
def test_every_weekday_of_the_default_rhythm(date, weekly):
    plan = plan_day(date, default_rhythm(), [], "Europe/Amsterdam")
    kinds = [b.kind for b in plan.blocks]
    for daily in (BlockKind.DAGSTART, BlockKind.INBOX, BlockKind.LUNCH, BlockKind.QUIET_QUARTER):
        assert kinds.count(daily) == 1
    assert kinds.count(BlockKind.REFLECTION) == 1
    weekly_kinds = {BlockKind.WEEKLY_REVIEW, BlockKind.FRICTION_FRIDAY} & set(kinds)
    assert weekly_kinds == ({weekly} if weekly else set())
    assert hm(plan.blocks[0].start) == "08:30"
    assert max(b.end for b in plan.blocks).strftime("%H:%M") <= "17:00"
    assert_no_overlap(plan.blocks)


@pytest.mark.parametrize("date", [dt.date(2027, 3, 27), dt.date(2027, 3, 28)])
def test_weekend_has_no_plan_but_shows_the_agenda(date):
    assert plan_day(date, default_rhythm(), [], "Europe/Amsterdam").blocks == ()
    plan = plan_day(
        date, default_rhythm(), [meeting(date, "10:00", "11:00", "Verjaardag")], "Europe/Amsterdam"
    )
    assert [b.kind for b in plan.blocks] == [BlockKind.MEETING]


def test_monday_after_spring_forward_carries_summer_offset_and_weekly_review():
    plan = plan_day(MONDAY, default_rhythm(), [], "Europe/Amsterdam")
    review = next(b for b in plan.blocks if b.kind is BlockKind.WEEKLY_REVIEW)
    assert review.start.isoformat() == "2027-03-29T09:00:00+02:00"
    assert all(b.start.utcoffset() == dt.timedelta(hours=2) for b in plan.blocks)


def test_other_zone_plans_in_its_own_wall_clock():
    plan = plan_day(dt.date(2027, 3, 26), default_rhythm(), [], "America/New_York")
    dagstart = plan.blocks[0]
    assert dagstart.start.isoformat() == "2027-03-26T08:30:00-04:00"
    assert plan.timezone == "America/New_York"


def test_agenda_item_from_another_zone_lands_at_the_right_local_time():
    tokyo = ZoneInfo("Asia/Tokyo")
    # 17:00 in Tokyo on that Friday is 09:00 in Amsterdam (UTC+9 vs UTC+1).
    call = meeting(FRIDAY, "17:00", "17:30", "Tokio", tz=tokyo)
    plan = plan_day(FRIDAY, default_rhythm(), [call], "Europe/Amsterdam")
    block = next(b for b in plan.blocks if b.title == "Tokio")
    assert block.start.isoformat() == "2027-03-26T09:00:00+01:00"


def test_template_without_lunch_and_other_lengths():
    hours = WorkHours(dt.time(9), dt.time(12))
    rhythm = RhythmTemplate(
        days={4: DayRhythm(hours, (Ritual(BlockKind.DAGSTART, dt.time(9), 15, "Start"),))},
        focus_minutes=25,
        reset_minutes=5,
        min_focus_minutes=10,
    )
    plan = plan_day(FRIDAY, rhythm, [], "Europe/Amsterdam")
    focus = [b.minutes for b in plan.blocks if b.kind is BlockKind.FOCUS]
    assert focus == [25, 25, 25, 25, 25, 15]  # 09:15-12:00: five 25 + 5 cycles, then 15 left
    assert plan.blocks[-1].end.strftime("%H:%M") == "12:00"
