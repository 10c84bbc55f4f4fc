"""The composition root on the offscreen platform: a ManualClock drives the day, the real scheduler
holds the jobs, and the real presenter answers them.

The scheduler itself runs on real time (APScheduler); the ManualClock sits on a Friday in 2027, so
every planned job lies in the real future and nothing fires by itself during a test. Where a test
needs a nudge to be due or missed, it hands the scheduler's own signal or real past moments to the
real chain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from app_harness import AppUnderTest
from PySide6.QtCore import Qt

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeAnswer, NudgeKind
from ritmeregie.platform.ipc_client import Command, CommandName
from ritmeregie.scheduling.nudge_scheduler import SNOOZE_PREFIX
from ritmeregie.ui.app import RitmeregieApp

pytestmark = [
    pytest.mark.gui,
    # Qt raises every Qt.Tool window it shows; the offscreen platform cannot and says so.
    pytest.mark.qt_log_ignore(
        r"This plugin does not support raise\(\)",
        r"This plugin does not support propagateSizeHints\(\)",
    ),
]

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY_9 = dt.datetime(2027, 3, 26, 9, 0, tzinfo=AMS)
FRIDAY = FRIDAY_9.date()


class Running:
    """The started app (tests/gui/app_harness.py) and what its start said."""

    def __init__(self, under_test: AppUnderTest) -> None:
        self.app = under_test.app
        self.clock = under_test.clock
        self.store = under_test.store
        self.notes = under_test.notes  # the OS-facing parts only; the chain stays the app's
        self.start_messages: list[tuple[str, str]] = []


@pytest.fixture
def running(make_app: Callable[..., AppUnderTest]) -> Running:
    under_test = make_app(FRIDAY_9, started=False)
    env = Running(under_test)
    under_test.start()
    env.start_messages = list(env.notes.sent)
    env.notes.sent.clear()
    return env  # make_app's teardown takes the app, its tray, timers and windows down


def job_ids(app: RitmeregieApp) -> list[str]:
    return app.scheduler.job_ids()


def planned_ids(app: RitmeregieApp) -> list[str]:
    return sorted(n.key for n in app.controller.upcoming_nudges())


def job_times(app: RitmeregieApp) -> list[dt.datetime]:
    return [job.next_run_time for job in app.scheduler._scheduler.get_jobs()]


def assert_jobs_match_plan(app: RitmeregieApp) -> None:
    ids = job_ids(app)
    assert len(ids) == len(set(ids)), "duplicate jobs"
    assert ids == planned_ids(app)
    assert ids, "a working day has nudges"


# --- jobs follow the plan ----------------------------------------------------------------------------


def test_after_start_there_is_one_job_per_upcoming_nudge(running: Running) -> None:
    app = running.app
    assert app.scheduler.running
    assert_jobs_match_plan(app)
    # Only what is still to come: the dagstart (08:30) and the 08:35 focus block are past.
    assert all(t > running.clock.now() for t in job_times(app))
    assert "block_start:dagstart:2027-03-26T08:30:00+01:00" not in job_ids(app)
    assert "block_start:reset:2027-03-26T09:25:00+01:00" in job_ids(app)


def test_without_a_tray_host_the_today_window_is_shown(running: Running) -> None:
    # Offscreen has no system tray: the app must still be reachable.
    assert running.app.tray is None
    assert running.app.vandaag is not None
    assert running.app.vandaag.isVisible()
    # ... and says so once, through the notification chain.
    assert len(running.start_messages) == 1
    assert "No system tray found" in running.start_messages[0][1]


def test_a_new_meeting_replans_and_gets_its_heads_up_job(running: Running) -> None:
    app = running.app
    start = dt.datetime(2027, 3, 26, 14, 0, tzinfo=AMS)
    before = set(job_ids(app))

    item = app.controller.add_agenda("Budget overleg", start, start + dt.timedelta(hours=1))

    ids = set(job_ids(app))
    meeting = f"meeting:2027-03-26T14:00:00+01:00:#{item.id}"  # the key names the meeting
    assert f"heads_up:{meeting}" in ids
    assert f"block_start:{meeting}" in ids
    assert f"block_end:{meeting}" in ids
    # The focus block the meeting replaced is gone.
    assert "block_start:focus:2027-03-26T13:55:00+01:00" in before
    assert "block_start:focus:2027-03-26T13:55:00+01:00" not in ids
    assert_jobs_match_plan(app)
    heads_up = app.scheduler._scheduler.get_job(f"heads_up:{meeting}")
    assert heads_up.next_run_time == start - dt.timedelta(minutes=2)


def test_pause_removes_the_jobs_inside_it_and_resume_brings_them_back(running: Running) -> None:
    app = running.app
    full = job_ids(app)
    inside = {
        "block_start:reset:2027-03-26T09:25:00+01:00",
        "block_start:focus:2027-03-26T09:30:00+01:00",
    }
    assert inside <= set(full)

    until = app.controller.pause(60)

    assert until == running.clock.now() + dt.timedelta(minutes=60)
    paused = job_ids(app)
    assert not inside & set(paused)
    assert all(t >= until for t in job_times(app))
    assert set(paused) == set(full) - inside
    assert app.scheduler.next_run_time() == dt.datetime(2027, 3, 26, 10, 20, tzinfo=AMS)

    app.controller.resume()

    assert job_ids(app) == full


@pytest.mark.parametrize(
    ("jump", "day"),
    [
        (dt.timedelta(hours=3), FRIDAY),
        # Over the weekend and the spring-forward night: Monday is a CEST day with a weekly review.
        (dt.timedelta(days=3), dt.date(2027, 3, 29)),
    ],
    ids=["plus-3-hours", "to-monday-over-dst"],
)
def test_a_wall_clock_jump_rebuilds_the_jobs_for_the_right_day(
    running: Running, jump: dt.timedelta, day: dt.date
) -> None:
    app = running.app
    running.clock.jump_wall(jump)

    app.wall_watch.check_now()

    now = running.clock.now()
    assert app.controller.plan.date == day
    assert_jobs_match_plan(app)
    times = job_times(app)
    assert all(t > now for t in times), "a job lies in the past after the jump"
    assert {t.astimezone(AMS).date() for t in times} == {day}
    assert all(f"{day.isoformat()}T" in job_id for job_id in job_ids(app))
    # A second look at the same clock changes nothing.
    ids = job_ids(app)
    app.wall_watch.check_now()
    assert job_ids(app) == ids


# --- the command channel -----------------------------------------------------------------------------


def test_status_focus_pause_resume_over_the_command_channel(running: Running) -> None:
    app = running.app

    status = app.handle_command(Command(CommandName.STATUS))
    assert status["running"] is True
    assert status["timezone"] == "Europe/Amsterdam"
    assert status["now"] == "2027-03-26T09:00:00+01:00"
    assert status["current"]["kind"] == "focus"  # type: ignore[index]
    assert status["current"]["start"] == "2027-03-26T08:35:00+01:00"  # type: ignore[index]
    assert status["minutes_left"] == 25
    assert status["next"]["kind"] == "reset"  # type: ignore[index]
    assert status["next_nudge"] == "2027-03-26T09:25:00+01:00"
    assert status["paused_until"] is None

    focus = app.handle_command(Command(CommandName.FOCUS, {"minutes": 25}))
    assert focus["current"]["kind"] == "focus"  # type: ignore[index]
    assert focus["current"]["start"] == "2027-03-26T09:00:00+01:00"  # type: ignore[index]
    assert focus["current"]["end"] == "2027-03-26T09:25:00+01:00"  # type: ignore[index]
    assert focus["minutes_left"] == 25
    # No rhythm nudge inside the focus block: the 09:25 reset starts as it ends, so it stays.
    assert "block_start:reset:2027-03-26T09:25:00+01:00" in job_ids(app)
    assert_jobs_match_plan(app)

    paused = app.handle_command(Command(CommandName.PAUSE, {"minutes": 40}))
    assert paused["paused_until"] == "2027-03-26T09:40:00+01:00"
    # The 09:25 reset and the 09:30 focus block fall inside the pause.
    assert paused["next_nudge"] == "2027-03-26T10:20:00+01:00"
    assert_jobs_match_plan(app)

    resumed = app.handle_command(Command(CommandName.RESUME))
    assert resumed["paused_until"] is None
    assert resumed["next_nudge"] == focus["next_nudge"]
    assert_jobs_match_plan(app)


def test_pause_for_today_lasts_until_the_day_boundary(running: Running) -> None:
    status = running.app.handle_command(Command(CommandName.PAUSE, {"today": True}))
    assert status["paused_until"] == "2027-03-27T04:00:00+01:00"
    assert job_ids(running.app) == []
    assert status["next_nudge"] is None


# --- the presenter -----------------------------------------------------------------------------------


def next_answerable(app: RitmeregieApp) -> Nudge:
    return next(n for n in app.controller.upcoming_nudges() if n.answerable)


def test_later_in_the_nudge_window_snoozes_and_logs_the_answer(
    qtbot: Any, running: Running
) -> None:
    app = running.app
    nudge = next_answerable(app)
    assert nudge.block.kind is BlockKind.FOCUS

    app.scheduler.nudge_due.emit(nudge)  # what the job emits when its moment comes

    window = app.presenter.window
    assert window is not None and window.isVisible()
    assert set(window.buttons) == {NudgeAnswer.STARTED, NudgeAnswer.SNOOZED, NudgeAnswer.SKIPPED}
    snooze_minutes = running.store.settings.snooze_minutes()
    with qtbot.waitSignal(app.presenter.nudge_answered) as answered:
        qtbot.mouseClick(window.buttons[NudgeAnswer.SNOOZED], Qt.MouseButton.LeftButton)

    assert answered.args == [nudge, NudgeAnswer.SNOOZED]
    assert app.presenter.window is None
    snooze_id = SNOOZE_PREFIX + nudge.key
    assert snooze_id in job_ids(app)
    job = app.scheduler._scheduler.get_job(snooze_id)
    # The snooze counts from the app's clock (a hand-moved one here), as every "now" in the app.
    assert job.next_run_time == running.clock.now() + dt.timedelta(minutes=snooze_minutes)
    entries = running.store.nudge_log.between(
        nudge.at - dt.timedelta(minutes=1), nudge.at + dt.timedelta(minutes=1)
    )
    assert len(entries) == 1
    entry = entries[0]
    assert entry.answer is NudgeAnswer.SNOOZED
    assert entry.shown == running.clock.now()
    assert entry.answered == running.clock.now()
    assert entry.block_kind == "focus"
    # A replan keeps the snooze.
    app.controller.replan("test")
    assert snooze_id in job_ids(app)
    assert running.notes.sent == []


def test_a_plain_moment_goes_to_the_notifier_not_to_a_window(running: Running) -> None:
    app = running.app
    reset = next(n for n in app.controller.upcoming_nudges() if n.block.kind is BlockKind.RESET)

    app.scheduler.nudge_due.emit(reset)

    assert app.presenter.window is None
    assert len(running.notes.sent) == 1
    assert running.notes.sent[0][0] == "Reset"


def test_a_due_nudge_while_paused_shows_nothing_and_logs_nothing(running: Running) -> None:
    app = running.app
    nudge = next_answerable(app)
    app.controller.pause(None)

    app.scheduler.nudge_due.emit(nudge)

    assert app.presenter.window is None
    assert running.notes.sent == []
    day_start = dt.datetime(2027, 3, 26, tzinfo=AMS)
    assert running.store.nudge_log.between(day_start, day_start + dt.timedelta(days=1)) == []


def on_the_real_day(running: Running) -> None:
    """The scheduler runs on real time: put the app's clock there too, with the day boundary 12 h
    away, so moments of the last hours are today's at whatever hour the test runs."""
    now = dt.datetime.now(AMS)
    running.store.settings.set("day_boundary", f"{(now + dt.timedelta(hours=12)).hour:02d}:00")
    running.clock.jump_wall(now - running.clock.now())


def past_nudge(minutes_ago: int, kind: BlockKind, title: str) -> Nudge:
    at = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)).astimezone(AMS)
    block = Block(kind, at, at + dt.timedelta(minutes=30), title)
    return Nudge(at, NudgeKind.BLOCK_START, block)


def test_missed_nudges_give_exactly_one_catch_up_message(qtbot: Any, running: Running) -> None:
    app = running.app
    on_the_real_day(running)
    # Real moments older than the misfire grace (10 min), as after a long suspend.
    missed = [
        past_nudge(90, BlockKind.INBOX, "Inbox-blok"),
        past_nudge(60, BlockKind.FOCUS, "Notulen MT"),
        past_nudge(30, BlockKind.QUIET_QUARTER, "Stil kwartier"),
        past_nudge(20, BlockKind.REFLECTION, "Reflectie"),
    ]
    log_start = missed[0].at - dt.timedelta(minutes=1)
    log_end = missed[-1].at + dt.timedelta(minutes=1)

    app.scheduler.replace(missed)
    app.scheduler.check_now()

    # The presenter logs every missed moment in the same step in which it notifies.
    qtbot.waitUntil(lambda: len(running.store.nudge_log.between(log_start, log_end)) == 4)
    assert len(running.notes.sent) == 1
    title, message = running.notes.sent[0]
    assert title == "ritmeregie"
    assert message.startswith("You missed 4 moments: ")
    assert "Notulen MT" in message
    assert message.endswith("and 1 more.")
    entries = running.store.nudge_log.between(log_start, log_end)
    assert {e.answer for e in entries} == {NudgeAnswer.MISSED}
    assert all(e.shown is None for e in entries)
    assert app.presenter.window is None


def test_a_catch_up_names_only_todays_moments_once_per_block(qtbot: Any, running: Running) -> None:
    app = running.app
    on_the_real_day(running)
    quiet = past_nudge(40, BlockKind.QUIET_QUARTER, "Stil kwartier")
    heads_up = Nudge(quiet.at - dt.timedelta(minutes=2), NudgeKind.HEADS_UP, quiet.block)
    yesterday = past_nudge(24 * 60 + 30, BlockKind.REFLECTION, "Reflectie")
    log_start = yesterday.at - dt.timedelta(minutes=1)

    app.presenter.on_nudges_missed([yesterday, heads_up, quiet])

    # All three are in the log; the message names today's quiet quarter once.
    assert len(running.store.nudge_log.between(log_start, quiet.at + dt.timedelta(minutes=1))) == 3
    assert len(running.notes.sent) == 1
    message = running.notes.sent[0][1]
    assert message == f"You missed one moment: Quiet quarter {quiet.block.start:%H:%M}."


def test_a_catch_up_of_only_yesterdays_moments_stays_silent(qtbot: Any, running: Running) -> None:
    on_the_real_day(running)
    yesterday = past_nudge(24 * 60 + 30, BlockKind.REFLECTION, "Reflectie")

    running.app.presenter.on_nudges_missed([yesterday])

    assert running.notes.sent == []
    entries = running.store.nudge_log.between(
        yesterday.at - dt.timedelta(minutes=1), yesterday.at + dt.timedelta(minutes=1)
    )
    assert [e.answer for e in entries] == [NudgeAnswer.MISSED]
