"""A week of plans (holidays, DST weeks) and next week's must-do's spread over its focus time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.domain.rhythm import WEDNESDAY, default_rhythm
from ritmeregie.domain.week import (
    Candidate,
    OverflowReason,
    Overfull,
    plan_week,
    spread_week,
    week_dates,
)

AMS = ZoneInfo("Europe/Amsterdam")


def _no_agenda(_day: dt.date) -> list[AgendaItem]:
    return []


def test_week_dates_run_monday_to_sunday_across_both_dst_changes() -> None:
    spring = week_dates(dt.date(2027, 3, 26))
    assert spring[0] == dt.date(2027, 3, 22) and spring[-1] == dt.date(2027, 3, 28)
    autumn = week_dates(dt.date(2027, 10, 31))
    assert autumn == tuple(dt.date(2027, 10, 25) + dt.timedelta(days=n) for n in range(7))


def test_spring_dst_week_lists_every_day_with_its_own_offset() -> None:
    week = plan_week(dt.date(2027, 3, 28), default_rhythm(), _no_agenda, AMS)
    assert [d.date for d in week.days] == list(week_dates(dt.date(2027, 3, 28)))
    assert [d.working for d in week.days] == [True] * 5 + [False] * 2
    friday = week.days[4]
    assert friday.plan.blocks[0].start.isoformat() == "2027-03-26T08:30:00+01:00"
    assert week.days[5].plan.blocks == () and week.days[6].plan.blocks == ()
    # The same rhythm the week after (summer time) gives the same focus minutes per day.
    after = plan_week(dt.date(2027, 3, 29), default_rhythm(), _no_agenda, AMS)
    assert after.days[0].plan.blocks[0].start.isoformat() == "2027-03-29T08:30:00+02:00"
    assert [d.focus_minutes for d in after.days] == [d.focus_minutes for d in week.days]


def test_autumn_dst_sunday_switched_on_has_its_day_and_no_doubled_hour() -> None:
    rhythm = default_rhythm()
    days = dict(rhythm.days)
    days[6] = days[WEDNESDAY]
    week = plan_week(dt.date(2027, 10, 31), replace(rhythm, days=days), _no_agenda, AMS)
    sunday = week.days[6]
    assert sunday.date == dt.date(2027, 10, 31) and sunday.working
    assert sunday.plan.blocks[0].start.isoformat() == "2027-10-31T08:30:00+01:00"
    assert sunday.focus_minutes == week.days[2].focus_minutes


def test_holiday_all_day_event_shows_and_switched_off_day_has_no_rituals() -> None:
    rhythm = default_rhythm()
    days = dict(rhythm.days)
    del days[WEDNESDAY]  # Wednesday switched off in Settings
    holiday = AgendaItem(
        "Koningsdag",
        dt.datetime(2027, 4, 27, tzinfo=AMS),
        dt.datetime(2027, 4, 28, tzinfo=AMS),
        kind=BlockKind.BUSY,
        source="Feestdagen",
        blocking=False,
        all_day=True,
    )

    def agenda(day: dt.date) -> list[AgendaItem]:
        return [holiday] if day == dt.date(2027, 4, 27) else []

    week = plan_week(dt.date(2027, 4, 27), replace(rhythm, days=days), agenda, AMS)
    tuesday, wednesday = week.days[1], week.days[2]
    assert [b.title for b in tuesday.plan.blocks if b.all_day] == ["Koningsdag"]
    assert tuesday.meeting_minutes == 0
    assert not wednesday.working and wednesday.plan.blocks == ()
    assert wednesday.free_focus_minutes == 0 and wednesday.overfull == ()


def test_totals_and_an_overfull_day() -> None:
    def agenda(day: dt.date) -> list[AgendaItem]:
        if day != dt.date(2027, 3, 23):
            return []
        return [
            AgendaItem(
                "Heidag",
                dt.datetime(2027, 3, 23, 8, 30, tzinfo=AMS),
                dt.datetime(2027, 3, 23, 17, 0, tzinfo=AMS),
            )
        ]

    taken = {dt.date(2027, 3, 24): 10_000}
    week = plan_week(dt.date(2027, 3, 22), default_rhythm(), agenda, AMS, taken)
    tuesday, wednesday = week.days[1], week.days[2]
    assert tuesday.meeting_minutes == 510 and tuesday.focus_minutes == 0
    assert Overfull.NO_FOCUS_TIME in tuesday.overfull
    assert Overfull.MUSTDOS_EXCEED_FOCUS in wednesday.overfull
    assert week.meeting_minutes == 510
    assert week.focus_minutes == sum(d.focus_minutes for d in week.days)
    assert week.free_focus_minutes == week.focus_minutes - wednesday.focus_minutes
    assert week.days[0].overfull == ()


MON = dt.date(2027, 3, 29)
WEEK = {MON + dt.timedelta(days=n): 120 for n in range(5)}


def test_spread_respects_deadlines_and_names_the_overflow() -> None:
    items = [
        Candidate(1, "Notulen", deadline=MON + dt.timedelta(days=4), minutes=60),
        Candidate(2, "Reisplan", deadline=MON, minutes=100),
        Candidate(3, "Offerte", deadline=MON, minutes=60),  # Monday is full after #2
        Candidate(4, "Jaarplan", urgent=True, important=True, minutes=120),
        Candidate(5, "Archief", minutes=500),  # more than any day holds
        Candidate(6, "Oud", deadline=MON - dt.timedelta(days=1)),
        Candidate(7, "Lijst", important=True),  # the default estimate
    ]
    spread = spread_week(WEEK, items, default_minutes=50)
    for date, placed in spread.days:
        assert sum(p.minutes for p in placed) <= WEEK[date]
        for p in placed:
            assert p.candidate.deadline is None or date <= p.candidate.deadline
    assert spread.day_of(2) == MON
    assert spread.day_of(1) == MON + dt.timedelta(days=1)  # deadline first: before the rest
    assert spread.day_of(4) == MON + dt.timedelta(days=2)
    assert spread.day_of(7) == MON + dt.timedelta(days=3)  # not due: where most room is left
    reasons = {o.candidate.id: o.reason for o in spread.overflow}
    assert reasons == {
        3: OverflowReason.NO_ROOM_BEFORE_DEADLINE,
        5: OverflowReason.LONGER_THAN_A_DAY,
        6: OverflowReason.DEADLINE_BEFORE_WEEK,
    }
    assert next(o for o in spread.overflow if o.candidate.id == 6).minutes == 50


def test_spread_orders_urgent_important_before_urgent_before_important() -> None:
    items = [
        Candidate(1, "gewoon", minutes=120),
        Candidate(2, "belangrijk", important=True, minutes=120),
        Candidate(3, "urgent", urgent=True, minutes=120),
        Candidate(4, "beide", urgent=True, important=True, minutes=120),
    ]
    spread = spread_week(WEEK, items, default_minutes=50)
    assert [spread.day_of(i) for i in (4, 3, 2, 1)] == [
        MON + dt.timedelta(days=n) for n in range(4)
    ]


def test_a_pinned_must_do_keeps_its_day_and_a_full_week_overflows() -> None:
    friday = MON + dt.timedelta(days=4)
    items = [Candidate(1, "vast", minutes=120, pinned=friday)]
    items += [Candidate(n, f"#{n}", minutes=120) for n in range(2, 7)]
    spread = spread_week(WEEK, items, default_minutes=50)
    assert spread.day_of(1) == friday
    assert [o.reason for o in spread.overflow] == [OverflowReason.WEEK_FULL]
    # A pin past the deadline is not kept: it moves to a day that makes the deadline.
    late = Candidate(9, "te laat", deadline=MON, minutes=30, pinned=friday)
    assert spread_week(WEEK, [late], 50).day_of(9) == MON


def test_days_without_focus_time_take_nothing_and_a_past_week_is_full() -> None:
    week = dict(WEEK) | {MON: 0, MON + dt.timedelta(days=5): 0}  # Monday past, Saturday free
    items = [Candidate(1, "Maandag", deadline=MON, minutes=10), Candidate(2, "later", minutes=10)]
    spread = spread_week(week, items, 50)
    assert spread.day_of(2) == MON + dt.timedelta(days=1)
    assert [(o.candidate.id, o.reason) for o in spread.overflow] == [
        (1, OverflowReason.DEADLINE_BEFORE_WEEK)
    ]
    past = spread_week(dict.fromkeys(WEEK, 0), items[1:], 50)
    assert [o.reason for o in past.overflow] == [OverflowReason.WEEK_FULL]
