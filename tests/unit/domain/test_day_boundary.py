"""One day rule: a local day D runs from D at the boundary (04:00) to D+1 at the boundary.

Between midnight and 04:00 it is still the day before; a meeting at 00:30 or 03:50 belongs to that
day's plan and is nudged on time (heads-up, start, end), also on the two DST nights.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.localtime import (
    DEFAULT_DAY_BOUNDARY,
    day_bounds,
    local_date,
    next_day_start,
)
from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.domain.session import RhythmState, session_nudges

AMS = ZoneInfo("Europe/Amsterdam")
SATURDAY = dt.date(2027, 6, 12)
SUNDAY = SATURDAY + dt.timedelta(days=1)
FOUR = DEFAULT_DAY_BOUNDARY


def ams(date: dt.date, hhmm: str, fold: int = 0) -> dt.datetime:
    return dt.datetime.combine(date, dt.time.fromisoformat(hhmm), tzinfo=AMS).replace(fold=fold)


def meeting(title: str, start: dt.datetime, minutes: int = 30) -> AgendaItem:
    end = (start.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(
        AMS
    )  # not wall time
    return AgendaItem(title, start, end, kind=BlockKind.MEETING)


def moments(nudges, title: str) -> list[tuple[NudgeKind, str]]:
    return [
        (n.kind, n.at.astimezone(AMS).strftime("%d %H:%M"))
        for n in nudges
        if n.block.title == title
    ]


def test_between_midnight_and_the_boundary_it_is_still_the_day_before():
    assert local_date(ams(SUNDAY, "00:00"), AMS, FOUR) == SATURDAY
    assert local_date(ams(SUNDAY, "02:30"), AMS, FOUR) == SATURDAY
    assert local_date(ams(SUNDAY, "03:59"), AMS, FOUR) == SATURDAY
    assert local_date(ams(SUNDAY, "04:00"), AMS, FOUR) == SUNDAY
    start, end = day_bounds(SATURDAY, AMS, FOUR)
    assert start == ams(SATURDAY, "04:00") and end == ams(SUNDAY, "04:00")


def test_the_next_day_start_is_never_a_moment_already_past():
    night = ams(SUNDAY, "02:30")
    assert next_day_start(night, AMS, FOUR) == ams(SUNDAY, "04:00")
    assert next_day_start(ams(SUNDAY, "04:00"), AMS, FOUR) == ams(SUNDAY + dt.timedelta(1), "04:00")


def test_meetings_after_midnight_belong_to_the_day_before():
    items = [
        meeting("Nachtoverleg", ams(SUNDAY, "00:30")),
        meeting("Vroeg overleg", ams(SUNDAY, "03:50")),
        meeting("Ochtendoverleg", ams(SUNDAY, "04:10")),
    ]
    saturday = plan_day(SATURDAY, default_rhythm(), items, AMS, boundary=FOUR)
    sunday = plan_day(SUNDAY, default_rhythm(), items, AMS, boundary=FOUR)
    assert [b.title for b in saturday.blocks if b.kind is BlockKind.MEETING] == [
        "Nachtoverleg",
        "Vroeg overleg",
    ]
    # The 03:50 meeting runs past the boundary: Sunday still knows it (its end is nudged there).
    assert [b.title for b in sunday.blocks if b.kind is BlockKind.MEETING] == [
        "Vroeg overleg",
        "Ochtendoverleg",
    ]


def test_a_meeting_at_0030_and_one_at_0350_are_nudged_on_time():
    clock = ManualClock(ams(SUNDAY, "00:10"))
    items = [meeting("Nachtoverleg", ams(SUNDAY, "00:30")), meeting("Vroeg", ams(SUNDAY, "03:50"))]
    today = local_date(clock.now(), AMS, FOUR)
    plan = plan_day(today, default_rhythm(), items, AMS, boundary=FOUR)
    nudges = session_nudges(plan, RhythmState(), clock.now().astimezone(AMS), heads_up_minutes=2)
    assert moments(nudges, "Nachtoverleg") == [
        (NudgeKind.HEADS_UP, "13 00:28"),
        (NudgeKind.BLOCK_START, "13 00:30"),
        (NudgeKind.BLOCK_END, "13 01:00"),
    ]
    assert moments(nudges, "Vroeg") == [
        (NudgeKind.HEADS_UP, "13 03:48"),
        (NudgeKind.BLOCK_START, "13 03:50"),
        (NudgeKind.BLOCK_END, "13 04:20"),
    ]
    # After the boundary the new day's plan still ends the 03:50 meeting, once.
    clock.advance(ams(SUNDAY, "04:05") - clock.now())
    sunday = plan_day(
        local_date(clock.now(), AMS, FOUR), default_rhythm(), items, AMS, boundary=FOUR
    )
    later = session_nudges(sunday, RhythmState(), clock.now().astimezone(AMS), heads_up_minutes=2)
    assert moments(later, "Vroeg") == [(NudgeKind.BLOCK_END, "13 04:20")]


def test_the_autumn_night_repeats_an_hour_without_double_nudges():
    # 2027-10-31 03:00 CEST -> 02:00 CET: Saturday's day is 25 hours and holds both 02:30s.
    saturday = dt.date(2027, 10, 30)
    first = ams(saturday + dt.timedelta(1), "02:30", fold=0)
    second = ams(saturday + dt.timedelta(1), "02:30", fold=1)
    start, end = day_bounds(saturday, AMS, FOUR)
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(hours=25)
    plan = plan_day(
        saturday,
        default_rhythm(),
        [meeting("Eerste", first, 20), meeting("Tweede", second, 20)],
        AMS,
        boundary=FOUR,
    )
    nudges = session_nudges(plan, RhythmState(), ams(saturday, "23:00"), heads_up_minutes=2)
    instants = [n.at.astimezone(dt.UTC) for n in nudges]
    assert len(instants) == len(set(instants)) == 6
    starts = [n.at for n in nudges if n.kind is NudgeKind.BLOCK_START]
    assert [s.astimezone(dt.UTC).strftime("%H:%M") for s in starts] == ["00:30", "01:30"]
    assert local_date(second, AMS, FOUR) == saturday


def test_the_spring_night_has_no_block_in_the_missing_hour():
    # 2027-03-28 02:00 CET -> 03:00 CEST: Saturday's day is 23 hours long.
    saturday = dt.date(2027, 3, 27)
    start, end = day_bounds(saturday, AMS, FOUR)
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(hours=23)
    across = AgendaItem(
        "Over de sprong",
        ams(saturday + dt.timedelta(1), "01:30"),
        ams(saturday + dt.timedelta(1), "03:30"),
    )
    plan = plan_day(saturday, default_rhythm(), [across], AMS, boundary=FOUR)
    for block in plan.blocks:
        local = block.start.astimezone(AMS)
        assert not (local.date() == saturday + dt.timedelta(1) and local.hour == 2)
    (block,) = [b for b in plan.blocks if b.title == "Over de sprong"]
    assert block.end.astimezone(dt.UTC) - block.start.astimezone(dt.UTC) == dt.timedelta(hours=1)
    nudges = session_nudges(plan, RhythmState(), ams(saturday, "23:00"), heads_up_minutes=2)
    assert [n.at.astimezone(AMS).strftime("%H:%M") for n in nudges] == ["01:28", "01:30", "03:30"]


def test_an_all_day_event_stays_on_its_own_date():
    """A holiday on Sunday overlaps Saturday's window (Sunday 00:00-04:00) but is not Saturday's."""
    holiday = AgendaItem(
        "Feestdag", ams(SUNDAY, "00:00"), ams(SUNDAY + dt.timedelta(1), "00:00"), all_day=True
    )
    saturday = plan_day(SATURDAY, default_rhythm(), [holiday], AMS, boundary=FOUR)
    sunday = plan_day(SUNDAY, default_rhythm(), [holiday], AMS, boundary=FOUR)
    assert [b.title for b in saturday.blocks if b.all_day] == []
    assert [b.title for b in sunday.blocks if b.all_day] == ["Feestdag"]
