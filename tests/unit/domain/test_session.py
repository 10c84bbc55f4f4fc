"""The running day: focus on demand, pause, and what the tray shows at any moment."""

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.domain.session import (
    RhythmState,
    effective_plan,
    on_demand_block,
    session_nudges,
    status_at,
)

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(FRIDAY, dt.time.fromisoformat(hhmm), tzinfo=AMS)


def plan(*items: AgendaItem):
    return plan_day(FRIDAY, default_rhythm(), list(items), AMS)


def test_status_inside_a_focus_block_counts_down():
    status = status_at(plan(), RhythmState(), at("08:55"))
    assert status.current.kind is BlockKind.FOCUS
    assert (
        status.minutes_left == 30
    )  # the 08:35 to 09:25 focus block, after the five-minute dagstart
    assert abs(status.remaining_fraction - 30 / 50) < 1e-9
    assert status.next.kind is BlockKind.RESET


def test_status_in_a_buffer_has_no_current_block():
    status = status_at(plan(), RhythmState(), at("12:25"))
    assert status.current is None and status.minutes_left is None
    assert status.next.kind is BlockKind.LUNCH


def test_minutes_left_round_up_until_the_last_second():
    status = status_at(plan(), RhythmState(), at("09:29") + dt.timedelta(seconds=59))
    assert status.minutes_left == 1


def test_focus_on_demand_overrides_the_plan_until_it_ends():
    clock = ManualClock(at("09:10"))
    focus = on_demand_block(BlockKind.FOCUS, clock.now(), 25, AMS)
    state = RhythmState(override=focus)
    eff = effective_plan(plan(), state)
    inside = [b for b in eff.blocks if b.start < focus.end and b.end > focus.start]
    assert inside == [focus]
    status = status_at(plan(), state, clock.now() + dt.timedelta(minutes=5))
    assert status.current == focus and status.minutes_left == 20
    nudges = session_nudges(plan(), state, clock.now(), heads_up_minutes=2)
    assert all(not (focus.start <= n.at < focus.end) for n in nudges)
    # After it ends the rest of the plan takes over again.
    clock.advance(dt.timedelta(minutes=30))
    assert status_at(plan(), state, clock.now()).current != focus


def test_meeting_stays_under_an_override_and_keeps_its_heads_up():
    meeting = AgendaItem("Overleg", at("09:30"), at("10:00"))
    focus = on_demand_block(BlockKind.FOCUS, at("09:10"), 50, AMS)
    state = RhythmState(override=focus)
    kinds = [b.kind for b in effective_plan(plan(meeting), state).blocks]
    assert BlockKind.MEETING in kinds
    heads_up = [
        n
        for n in session_nudges(plan(meeting), state, at("09:10"), 2)
        if n.block.kind is BlockKind.MEETING
    ]
    assert heads_up and heads_up[0].at == at("09:28")


def test_pause_suppresses_nudges_and_shows_in_status():
    state = RhythmState(paused_until=at("10:00"))
    nudges = session_nudges(plan(), state, at("09:00"), 2)
    assert nudges and all(n.at >= at("10:00") for n in nudges)
    assert status_at(plan(), state, at("09:00")).paused
    assert not status_at(plan(), state, at("10:01")).paused


def test_expired_state_is_forgotten():
    focus = on_demand_block(BlockKind.RESET, at("09:00"), 5, AMS)
    state = RhythmState(paused_until=at("09:02"), override=focus)
    assert state.expire(at("09:10")) == RhythmState()


def test_no_sliver_of_focus_after_a_manual_block():
    # Focus 25 at 09:00 ends 09:25; the planned block ran to 09:30 — five minutes is no block.
    state = RhythmState(override=on_demand_block(BlockKind.FOCUS, at("09:00"), 25, AMS))
    eff = effective_plan(plan(), state)
    slivers = [b for b in eff.blocks if b.kind is BlockKind.FOCUS and b.minutes < 15]
    assert slivers == []
    nudges = session_nudges(plan(), state, at("09:00"), 2)
    assert not any(n.at == at("09:25") and n.block.kind is BlockKind.FOCUS for n in nudges)
