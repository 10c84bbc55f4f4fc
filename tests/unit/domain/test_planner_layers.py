"""Imported calendar layers in the planner: blocking layers keep focus and rituals out, context
layers and all-day events are shown but never move anything."""

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import AgendaItem, BlockKind, NoteReason
from ritmeregie.domain.planner import plan_day
from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.domain.session import RhythmState, status_at

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)
RHYTHM_KINDS = {BlockKind.FOCUS, BlockKind.RESET, BlockKind.DAGSTART, BlockKind.INBOX}


def busy(start: str, end: str, *, blocking: bool, date: dt.date = FRIDAY, **kw) -> AgendaItem:
    return AgendaItem(
        kw.pop("title", "MT-overleg"),
        dt.datetime.combine(date, dt.time.fromisoformat(start), tzinfo=AMS),
        dt.datetime.combine(date, dt.time.fromisoformat(end), tzinfo=AMS),
        kind=BlockKind.BUSY,
        source="Directie",
        blocking=blocking,
        **kw,
    )


def utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)


def overlaps(block, item) -> bool:
    return utc(block.start) < utc(item.end) and utc(item.start) < utc(block.end)


def test_blocking_busy_time_keeps_focus_and_rituals_out():
    item = busy("10:00", "11:30", blocking=True)
    plan = plan_day(FRIDAY, default_rhythm(), [item], AMS)
    own = [b for b in plan.blocks if b.kind is not BlockKind.BUSY]
    assert not [b for b in own if overlaps(b, item)]
    # The inbox block (11:00) moved out of the way, with a note that says why.
    inbox = next(b for b in plan.blocks if b.kind is BlockKind.INBOX)
    assert inbox.start.strftime("%H:%M") == "11:30"
    assert any(n.reason is NoteReason.COLLIDES_WITH_AGENDA for n in plan.notes)
    shown = next(b for b in plan.blocks if b.kind is BlockKind.BUSY)
    assert (shown.source, shown.blocking, shown.title) == ("Directie", True, "MT-overleg")


def test_non_blocking_busy_time_is_shown_but_moves_nothing():
    item = busy("10:00", "11:30", blocking=False)
    with_layer = plan_day(FRIDAY, default_rhythm(), [item], AMS)
    without = plan_day(FRIDAY, default_rhythm(), [], AMS)
    own = [b for b in with_layer.blocks if b.kind is not BlockKind.BUSY]
    assert own == list(without.blocks)
    assert with_layer.notes == without.notes
    shown = [b for b in with_layer.blocks if b.kind is BlockKind.BUSY]
    assert len(shown) == 1 and shown[0].blocking is False


def test_all_day_events_never_block_even_in_a_blocking_layer():
    start = dt.datetime.combine(FRIDAY, dt.time(0), tzinfo=AMS)
    holiday = AgendaItem(
        "Vakantie",
        start,
        start + dt.timedelta(days=1),
        kind=BlockKind.BUSY,
        source="Directie",
        blocking=True,
        all_day=True,
    )
    plan = plan_day(FRIDAY, default_rhythm(), [holiday], AMS)
    assert any(b.kind is BlockKind.FOCUS for b in plan.blocks)
    shown = next(b for b in plan.blocks if b.all_day)
    assert shown.blocking is False
    # In the evening nothing of the own day runs: "now" is free time, not the all-day event.
    status = status_at(plan, RhythmState(), dt.datetime(2027, 3, 26, 20, 0, tzinfo=AMS))
    assert status.current is None


def test_tentative_passes_through_and_still_blocks_in_a_blocking_layer():
    item = busy("14:00", "15:00", blocking=True, tentative=True)
    plan = plan_day(FRIDAY, default_rhythm(), [item], AMS)
    shown = next(b for b in plan.blocks if b.kind is BlockKind.BUSY)
    assert shown.tentative is True
    focus = [b for b in plan.blocks if b.kind in RHYTHM_KINDS]
    assert not [b for b in focus if overlaps(b, item)]


def test_blocking_layer_on_the_dst_night_keeps_focus_out():
    sunday_after = dt.date(2027, 3, 29)  # the Monday after clocks went forward
    item = busy("09:00", "12:00", blocking=True, date=sunday_after)
    plan = plan_day(sunday_after, default_rhythm(), [item], AMS)
    own = [b for b in plan.blocks if b.kind is not BlockKind.BUSY]
    assert not [b for b in own if overlaps(b, item)]
    assert all(b.start.utcoffset() == dt.timedelta(hours=2) for b in plan.blocks)
