"""DST nights: no block in an hour that does not exist, nothing twice in the hour that repeats."""

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import (
    MIDNIGHT,
    day_bounds,
    local_date,
    local_instant,
    wall_time_exists,
)
from ritmeregie.domain.model import AgendaItem, BlockKind, NoteReason
from ritmeregie.domain.nudges import nudges_for
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import DayRhythm, RhythmTemplate, Ritual, WorkHours

AMS = ZoneInfo("Europe/Amsterdam")
SPRING = dt.date(2027, 3, 28)  # 02:00 -> 03:00
AUTUMN = dt.date(2027, 10, 31)  # 03:00 -> 02:00
SYDNEY = ZoneInfo("Australia/Sydney")


def night_rhythm(date: dt.date) -> RhythmTemplate:
    """A night-shift rhythm that crosses the changed hour, on the weekday of `date`."""
    hours = WorkHours(dt.time(1, 0), dt.time(5, 0))
    rituals = (Ritual(BlockKind.INBOX, dt.time(2, 30), 20, "Inbox-blok"),)
    return RhythmTemplate(days={date.weekday(): DayRhythm(hours, rituals)}, focus_minutes=25)


def test_days_are_23_and_25_hours_long():
    start, end = day_bounds(SPRING, AMS, MIDNIGHT)
    assert end - start == dt.timedelta(hours=23)
    start, end = day_bounds(AUTUMN, AMS, MIDNIGHT)
    assert end - start == dt.timedelta(hours=25)


def test_nonexistent_wall_time_moves_to_the_end_of_the_gap():
    assert not wall_time_exists(SPRING, dt.time(2, 30), AMS)
    instant = local_instant(SPRING, dt.time(2, 30), AMS)
    assert instant.astimezone(AMS).isoformat() == "2027-03-28T03:00:00+02:00"


def test_repeated_wall_time_means_its_first_occurrence():
    instant = local_instant(AUTUMN, dt.time(2, 30), AMS)
    assert instant.astimezone(AMS).isoformat() == "2027-10-31T02:30:00+02:00"


def test_spring_night_no_block_starts_in_the_missing_hour():
    plan = plan_day(SPRING, night_rhythm(SPRING), [], AMS, boundary=MIDNIGHT)
    for block in plan.blocks:
        wall = block.start.replace(tzinfo=None)
        assert not (dt.datetime(2027, 3, 28, 2) <= wall < dt.datetime(2027, 3, 28, 3)), block
    inbox = next(b for b in plan.blocks if b.kind is BlockKind.INBOX)
    assert inbox.start.isoformat() == "2027-03-28T03:00:00+02:00"
    assert [n.reason for n in plan.notes] == [NoteReason.TIME_DOES_NOT_EXIST]
    # Work hours 01:00-05:00 wall time are only three real hours that night.
    total = sum((b.end - b.start for b in plan.blocks), dt.timedelta())
    assert total <= dt.timedelta(hours=3)


def test_autumn_night_no_nudge_twice_in_the_repeated_hour():
    plan = plan_day(AUTUMN, night_rhythm(AUTUMN), [], AMS, boundary=MIDNIGHT)
    nudges = nudges_for(plan)
    instants = [n.at.astimezone(dt.UTC) for n in nudges]
    assert len(instants) == len(set(n.key for n in nudges))
    assert instants == sorted(instants)
    # Starts are unique instants and the work window is four wall hours = five real hours.
    starts = [b.start.astimezone(dt.UTC) for b in plan.blocks]
    assert len(starts) == len(set(starts))
    first, last = plan.blocks[0].start, plan.blocks[-1].end
    assert last - first <= dt.timedelta(hours=5)
    inbox = next(b for b in plan.blocks if b.kind is BlockKind.INBOX)
    assert inbox.start.isoformat() == "2027-10-31T02:30:00+02:00"


def test_agenda_item_in_the_repeated_hour_keeps_its_real_instant():
    second_230 = dt.datetime(2027, 10, 31, 2, 30, tzinfo=AMS, fold=1)
    item = AgendaItem("Nachtdienst", second_230, second_230 + dt.timedelta(minutes=30))
    plan = plan_day(AUTUMN, night_rhythm(AUTUMN), [item], AMS, boundary=MIDNIGHT)
    block = next(b for b in plan.blocks if b.kind is BlockKind.MEETING)
    assert block.start.isoformat() == "2027-10-31T02:30:00+01:00"


def test_southern_hemisphere_dst_night():
    # Sydney leaves summer time on 2027-04-04 (03:00 -> 02:00) and enters it on 2027-10-03.
    assert day_bounds(dt.date(2027, 4, 4), SYDNEY, MIDNIGHT)[1] - day_bounds(
        dt.date(2027, 4, 4), SYDNEY, MIDNIGHT
    )[0] == dt.timedelta(hours=25)
    assert not wall_time_exists(dt.date(2027, 10, 3), dt.time(2, 30), SYDNEY)


def test_day_boundary_puts_late_night_on_the_previous_day():
    late = dt.datetime(2027, 3, 27, 2, 0, tzinfo=AMS)
    assert local_date(late, AMS, MIDNIGHT) == dt.date(2027, 3, 27)
    assert local_date(late, AMS, boundary=dt.time(4, 0)) == dt.date(2027, 3, 26)
