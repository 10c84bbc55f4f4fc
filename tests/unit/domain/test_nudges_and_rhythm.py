"""Nudges derived from a plan, and the rhythm template's plain-data form."""

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.domain.nudges import NudgeKind, nudges_for
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import (
    RhythmError,
    default_rhythm,
    rhythm_from_data,
    rhythm_to_data,
)

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)


def at(hhmm: str, date: dt.date = FRIDAY) -> dt.datetime:
    return dt.datetime.combine(date, dt.time.fromisoformat(hhmm), tzinfo=AMS)


def friday_with_meeting():
    item = AgendaItem("Overleg", at("10:00"), at("11:00"))
    return plan_day(FRIDAY, default_rhythm(), [item], AMS)


def test_heads_up_before_meeting_and_quiet_quarter_and_meeting_end():
    nudges = nudges_for(friday_with_meeting(), heads_up_minutes=2)
    heads_up = [
        (n.at.strftime("%H:%M"), n.block.kind) for n in nudges if n.kind is NudgeKind.HEADS_UP
    ]
    assert heads_up == [("09:58", BlockKind.MEETING), ("16:28", BlockKind.QUIET_QUARTER)]
    ends = [n.at.strftime("%H:%M") for n in nudges if n.kind is NudgeKind.BLOCK_END]
    assert ends == ["11:00"]


def test_the_days_two_personal_calls_start_without_breaking_the_quiet_quarter():
    """The default day ends with the quiet quarter, two personal calls and the reflection; the
    calls get their start, but no heads-up inside the quiet quarter. A call on the agenda does."""
    agenda_call = AgendaItem("Bel Karin", at("14:00"), at("14:15"), BlockKind.CALL, id=7)
    plan = plan_day(FRIDAY, default_rhythm(), [agenda_call], AMS)
    tail = [(b.kind, b.start.strftime("%H:%M"), b.minutes) for b in plan.blocks[-4:]]
    assert tail == [
        (BlockKind.QUIET_QUARTER, "16:30", 15),
        (BlockKind.CALL, "16:45", 5),
        (BlockKind.CALL, "16:50", 5),
        (BlockKind.REFLECTION, "16:55", 5),
    ]
    nudges = nudges_for(plan, heads_up_minutes=2)
    calls = [(n.kind, n.at.strftime("%H:%M")) for n in nudges if n.block.kind is BlockKind.CALL]
    assert calls == [
        (NudgeKind.HEADS_UP, "13:58"),
        (NudgeKind.BLOCK_START, "14:00"),
        (NudgeKind.BLOCK_START, "16:45"),
        (NudgeKind.BLOCK_START, "16:50"),
    ]
    assert len({n.key for n in nudges}) == len(nudges)


def test_no_nudge_inside_a_meeting():
    item = AgendaItem("Lange sessie", at("10:40"), at("11:40"))
    plan = plan_day(FRIDAY, default_rhythm(), [item], AMS)
    for nudge in nudges_for(plan):
        if nudge.block.agenda_id is None and nudge.block.kind is not BlockKind.MEETING:
            assert not (at("10:40") < nudge.at < at("11:40")), nudge


def test_paused_and_past_moments_are_left_out():
    plan = friday_with_meeting()
    clock = ManualClock(at("09:00"))
    later = nudges_for(plan, after=clock.now(), paused_until=at("13:00"))
    assert later and all(n.at >= at("13:00") for n in later)
    assert nudges_for(plan, after=at("17:00")) == []


def test_keys_are_unique_and_stable():
    first = [n.key for n in nudges_for(friday_with_meeting())]
    second = [n.key for n in nudges_for(friday_with_meeting())]
    assert first == second
    assert len(first) == len(set(first))


def test_answerable_moments():
    nudges = nudges_for(friday_with_meeting())
    answerable = {n.block.kind for n in nudges if n.answerable}
    assert BlockKind.FOCUS in answerable and BlockKind.QUIET_QUARTER in answerable
    assert BlockKind.RESET not in answerable
    # A meeting's start is a plain notification; its end asks for the DADU.
    meeting = {n.kind for n in nudges if n.block.kind is BlockKind.MEETING and n.answerable}
    assert meeting == {NudgeKind.BLOCK_END}


def test_rhythm_round_trips_through_plain_data():
    rhythm = default_rhythm()
    assert rhythm_from_data(rhythm_to_data(rhythm)) == rhythm


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("days"),
        lambda d: d["days"]["0"].update(work_start="25:00"),
        lambda d: d["days"]["0"]["rituals"][0].update(kind="coffee"),
        lambda d: d["days"]["0"]["rituals"][0].update(minutes=-5),
        lambda d: d.update(focus_minutes=1),
        lambda d: d["days"]["0"].update(work_end="07:00"),
    ],
)
def test_damaged_rhythm_data_gives_one_clear_error(mutate):
    data = rhythm_to_data(default_rhythm())
    mutate(data)
    with pytest.raises(RhythmError):
        rhythm_from_data(data)


meetings = st.lists(
    st.tuples(st.integers(6 * 60, 19 * 60), st.integers(5, 240)),
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(meetings=meetings, weekday=st.integers(0, 6))
def test_property_no_blocking_overlap_and_focus_within_bounds(meetings, weekday):
    date = dt.date(2027, 3, 22) + dt.timedelta(days=weekday)
    agenda = [
        AgendaItem(
            f"m{i}",
            at("00:00", date) + dt.timedelta(minutes=s),
            at("00:00", date) + dt.timedelta(minutes=s + d),
        )
        for i, (s, d) in enumerate(meetings)
    ]
    plan = plan_day(date, default_rhythm(), agenda, AMS)
    own = [b for b in plan.blocks if b.agenda_id is None and b.kind is not BlockKind.MEETING]
    for block in own:
        for item in agenda:
            assert not (block.start < item.end and item.start < block.end), (block, item)
    for a, b in itertools.pairwise(own):
        assert a.end <= b.start
    for block in own:
        if block.kind is BlockKind.FOCUS:
            assert 15 <= block.minutes <= 50
