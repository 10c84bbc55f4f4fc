"""NudgeScheduler: real APScheduler jobs on the Qt loop, driven by real (near) times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from PySide6.QtCore import QThread

from ritmeregie.domain.clock import ManualClock, SystemClock
from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.scheduling.nudge_scheduler import SNOOZE_PREFIX, NudgeScheduler

pytestmark = pytest.mark.gui

AMS = ZoneInfo("Europe/Amsterdam")
GRACE_SECONDS = 600


def make_nudge(at: dt.datetime, kind: BlockKind = BlockKind.FOCUS, title: str = "Focus") -> Nudge:
    at = at.astimezone(AMS)
    block = Block(kind, at, at + dt.timedelta(minutes=50), title)
    return Nudge(at, NudgeKind.BLOCK_START, block)


def from_now(**delta: float) -> dt.datetime:
    return dt.datetime.now(AMS) + dt.timedelta(**delta)


@pytest.fixture
def nudges(qapp: Any) -> Iterator[NudgeScheduler]:
    scheduler = NudgeScheduler(AMS, clock=SystemClock(), misfire_grace_seconds=GRACE_SECONDS)
    yield scheduler
    scheduler.shutdown()


def test_a_nudge_fires_on_the_qt_thread(qtbot: Any, qapp: Any, nudges: NudgeScheduler) -> None:
    nudge = make_nudge(from_now(seconds=1.2))
    seen: list[tuple[Nudge, bool]] = []
    nudges.nudge_due.connect(lambda n: seen.append((n, QThread.currentThread() is qapp.thread())))
    nudges.replace([nudge])
    nudges.start()
    assert nudges.next_run_time() == nudge.at

    with qtbot.waitSignal(nudges.nudge_due, timeout=5000) as blocker:
        pass

    assert blocker.args == [nudge]
    assert seen == [(nudge, True)]
    assert nudges.job_count() == 0
    assert nudges.next_run_time() is None


def test_replace_twice_keeps_one_job_per_nudge_and_drops_removed_ones(
    nudges: NudgeScheduler,
) -> None:
    base = from_now(hours=2)
    plan = [
        make_nudge(base),
        make_nudge(base + dt.timedelta(hours=1), BlockKind.INBOX, "Inbox"),
        make_nudge(base + dt.timedelta(hours=2), BlockKind.REFLECTION, "Reflect"),
    ]
    nudges.replace(plan)  # before start: APScheduler keeps them as pending jobs
    nudges.replace(plan)
    assert nudges.job_ids() == sorted(n.key for n in plan)
    nudges.start()
    nudges.replace(plan)
    nudges.replace(list(reversed(plan)))
    assert nudges.job_count() == 3
    assert nudges.job_ids() == sorted(n.key for n in plan)
    assert nudges.next_run_time() == plan[0].at

    nudges.replace(plan[1:])
    assert nudges.job_ids() == sorted(n.key for n in plan[1:])
    assert nudges.next_run_time() == plan[1].at

    # Same key at another moment (e.g. a changed heads-up) moves the job instead of adding one.
    moved = Nudge(plan[1].at + dt.timedelta(minutes=5), plan[1].kind, plan[1].block)
    assert moved.key == plan[1].key
    nudges.replace([moved, plan[2]])
    assert nudges.job_count() == 2
    assert nudges.next_run_time() == moved.at

    nudges.replace([])
    assert nudges.job_count() == 0


def test_late_nudges_fire_once_and_too_late_ones_come_back_as_one_missed_list(
    qtbot: Any, nudges: NudgeScheduler
) -> None:
    recent = make_nudge(from_now(seconds=-30))
    old = make_nudge(from_now(minutes=-30), BlockKind.DAGSTART, "Dagstart")
    older = make_nudge(from_now(minutes=-45), BlockKind.INBOX, "Inbox")
    due: list[Nudge] = []
    missed: list[list[Nudge]] = []
    nudges.nudge_due.connect(due.append)
    nudges.nudges_missed.connect(missed.append)
    nudges.start()

    with (
        qtbot.waitSignal(nudges.nudge_due, timeout=5000),
        qtbot.waitSignal(nudges.nudges_missed, timeout=5000),
    ):
        nudges.replace([old, recent, older])

    assert due == [recent]
    # One coalesced list, oldest first, for the app's single catch-up.
    assert missed == [[older, old]]
    assert nudges.job_count() == 0
    # A rebuild that still lists them schedules nothing again: no second nudge, no second report.
    nudges.replace([old, recent, older])
    assert nudges.job_count() == 0


def test_snooze_fires_again_and_a_second_snooze_moves_the_first(
    qtbot: Any, nudges: NudgeScheduler
) -> None:
    nudge = make_nudge(from_now(seconds=-5))
    nudges.start()
    with qtbot.waitSignal(nudges.nudge_due, timeout=5000):
        nudges.replace([nudge])

    first = nudges.snooze(nudge, minutes=1)
    snoozed = nudges.snooze(nudge, minutes=5)
    assert nudges.job_count() == 1
    assert snoozed.key == nudge.key
    assert snoozed.block == nudge.block
    assert nudges.next_run_time() == snoozed.at
    assert snoozed.at > first.at

    # A rebuild of the plan does not drop the user's snooze.
    nudges.replace([])
    assert nudges.job_count() == 1

    # Five minutes later (wall clock moved; the Qt timer would still be waiting), check now.
    with (
        time_machine.travel(snoozed.at + dt.timedelta(seconds=1), tick=True),
        qtbot.waitSignal(nudges.nudge_due, timeout=5000) as blocker,
    ):
        nudges.check_now()
    assert blocker.args == [snoozed]
    assert nudges.job_count() == 0


def test_clear_removes_snoozes_too(nudges: NudgeScheduler) -> None:
    nudge = make_nudge(from_now(hours=1))
    nudges.replace([nudge])
    nudges.snooze(nudge, minutes=10)
    assert nudges.job_count() == 2
    nudges.clear()
    assert nudges.job_count() == 0
    assert nudges.next_run_time() is None


def test_a_rebuild_after_a_jump_settles_passed_moments_before_it_drops_them(
    qtbot: Any, nudges: NudgeScheduler
) -> None:
    """After a suspend or a forward jump the new plan no longer lists what passed meanwhile; the
    rebuild must not drop those jobs unseen: late ones fire once, older ones are missed once."""
    base = from_now()
    long_ago = make_nudge(base + dt.timedelta(minutes=5), BlockKind.DAGSTART, "Dagstart")
    a_while_ago = make_nudge(base + dt.timedelta(minutes=18), BlockKind.INBOX, "Inbox")
    just_now = make_nudge(base + dt.timedelta(minutes=29))
    ahead = make_nudge(base + dt.timedelta(minutes=40), BlockKind.REFLECTION, "Reflect")
    due: list[Nudge] = []
    missed: list[list[Nudge]] = []
    nudges.nudge_due.connect(due.append)
    nudges.nudges_missed.connect(missed.append)
    nudges.start()
    nudges.replace([long_ago, a_while_ago, just_now, ahead])
    assert due == []

    with time_machine.travel(base + dt.timedelta(minutes=30), tick=False):
        nudges.replace([ahead])  # the plan after the jump: only what is still to come
        assert due == [just_now]  # one minute late: shown now, before the rebuild returned
        assert nudges.job_ids() == [ahead.key]
        with qtbot.waitSignal(nudges.nudges_missed, timeout=5000):
            pass
        assert missed == [[long_ago, a_while_ago]]

        # A plan that lists them all again (the clock set back) schedules only what is ahead.
        nudges.replace([long_ago, a_while_ago, just_now, ahead])
        assert nudges.job_ids() == [ahead.key]
        nudges.settle_due()
    assert due == [just_now]
    assert missed == [[long_ago, a_while_ago]]


def test_after_a_move_west_a_moment_shown_is_not_shown_again_by_the_local_clock(
    qtbot: Any, nudges: NudgeScheduler
) -> None:
    london = ZoneInfo("Europe/London")

    def in_london(nudge: Nudge) -> Nudge:
        """The same moment of the day planned in London: the same wall time, an hour later."""
        start = nudge.block.start.replace(tzinfo=london)
        end = nudge.block.end.replace(tzinfo=london)
        block = Block(nudge.block.kind, start, end, nudge.block.title)
        return Nudge(nudge.at.replace(tzinfo=london), nudge.kind, block)

    shown = make_nudge(from_now(seconds=0.5))
    missed = make_nudge(from_now(minutes=-30), BlockKind.INBOX, "Inbox")
    nudges.start()
    with (
        qtbot.waitSignal(nudges.nudge_due, timeout=5000),
        qtbot.waitSignal(nudges.nudges_missed, timeout=5000),
    ):
        nudges.replace([shown, missed])

    nudges.set_timezone(london)
    assert nudges.timezone is london
    shown_there, missed_there = in_london(shown), in_london(missed)
    other = make_nudge(from_now(hours=3), BlockKind.REFLECTION, "Reflect")
    nudges.replace([shown_there, missed_there, other])
    # Shown in Amsterdam at 10:00 means not again at 10:00 in London; a moment missed while
    # away is still ahead by the London clock, and comes.
    assert nudges.job_ids() == sorted([missed_there.key, other.key])


def test_a_late_wake_drops_stale_heads_ups_and_misses_late_starts_in_one_list(
    qtbot: Any, nudges: NudgeScheduler
) -> None:
    """The process was frozen (or the machine busy): the wake comes minutes late, well inside
    APScheduler's misfire grace. A heads-up for a meeting that has started says nothing; its
    start, minutes late, is reported with the rest in one list, not shown as if it were now."""
    base = from_now(minutes=-7)
    meeting = Block(BlockKind.MEETING, base + dt.timedelta(minutes=3), from_now(hours=1), "MT")
    heads_up = Nudge(meeting.start - dt.timedelta(minutes=2), NudgeKind.HEADS_UP, meeting)
    start = Nudge(meeting.start, NudgeKind.BLOCK_START, meeting)
    focus = make_nudge(base + dt.timedelta(minutes=1))
    just_now = make_nudge(from_now(seconds=-20), BlockKind.INBOX, "Inbox")
    due: list[Nudge] = []
    missed: list[list[Nudge]] = []
    nudges.nudge_due.connect(due.append)
    nudges.nudges_missed.connect(missed.append)
    nudges.start()

    with qtbot.waitSignal(nudges.nudges_missed, timeout=5000):
        nudges.replace([focus, heads_up, start, just_now])

    assert due == [just_now]  # twenty seconds late is still now
    assert missed == [[focus, start]]  # the heads-up is gone: the meeting has started
    assert nudges.job_count() == 0
    nudges.replace([focus, heads_up, start, just_now])  # a rebuild brings none of them back
    assert nudges.job_count() == 0


def test_moments_at_one_instant_fire_as_one_card(qtbot: Any, nudges: NudgeScheduler) -> None:
    at = from_now(seconds=-30)
    ending = Block(BlockKind.MEETING, at - dt.timedelta(minutes=30), at, "Kort overleg")
    starting = Block(BlockKind.MEETING, at, at + dt.timedelta(minutes=30), "Voorbereiding MT")
    card = Nudge(
        at,
        NudgeKind.BLOCK_END,
        ending,
        together=(Nudge(at, NudgeKind.BLOCK_START, starting),),
    )
    nudges.start()
    with qtbot.waitSignal(nudges.nudge_due, timeout=5000) as blocker:
        nudges.replace([card])
    assert blocker.args == [card]  # one signal for both meetings


def test_a_snooze_counts_from_the_injected_clock_not_the_wall_clock(qapp: Any) -> None:
    """The app's clock says it is three hours later than the machine: a snooze follows the app."""
    clock = ManualClock(from_now(hours=3))
    scheduler = NudgeScheduler(AMS, clock=clock, misfire_grace_seconds=GRACE_SECONDS)
    try:
        scheduler.start()
        nudge = make_nudge(from_now(hours=2))
        snoozed = scheduler.snooze(nudge, minutes=5)
        assert snoozed.at == clock.now() + dt.timedelta(minutes=5)
        assert scheduler.next_run_time() == snoozed.at

        clock.advance(dt.timedelta(hours=1))  # the clock moves; the wall clock does not
        again = scheduler.snooze(nudge, minutes=5)
        assert again.at == clock.now() + dt.timedelta(minutes=5)
        assert scheduler.job_ids() == [SNOOZE_PREFIX + nudge.key]
    finally:
        scheduler.shutdown()


def test_a_moment_is_judged_late_by_the_injected_clock(qtbot: Any, qapp: Any) -> None:
    """A start that is due now by the wall clock but an hour old by the app's clock is missed
    (one catch-up), not shown as if it were now."""
    clock = ManualClock(from_now(hours=1))
    scheduler = NudgeScheduler(AMS, clock=clock, misfire_grace_seconds=GRACE_SECONDS)
    due: list[Nudge] = []
    scheduler.nudge_due.connect(due.append)
    try:
        nudge = make_nudge(from_now(seconds=-1))
        scheduler.start()
        with qtbot.waitSignal(scheduler.nudges_missed, timeout=5000) as blocker:
            scheduler.replace([nudge])
        assert blocker.args == [[nudge]]
        assert due == []
    finally:
        scheduler.shutdown()
