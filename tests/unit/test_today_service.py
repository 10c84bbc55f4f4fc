"""services/today.py: today's plan, what is due and the status, asked without Qt — the one answer
the running app, the tray, Vandaag and `ritmeregie status`/`plan` share."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from ritmeregie.cli.main import main
from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.domain.session import RhythmState
from ritmeregie.platform.i18n import active_language, set_language
from ritmeregie.services.today import DayService, day_tasks, plan_for
from ritmeregie.storage import DaduRow, Store, open_store

AMS = ZoneInfo("Europe/Amsterdam")
# A Wednesday, mid-morning: the default rhythm has work blocks around now.
WEDNESDAY_1010 = dt.datetime(2027, 6, 9, 10, 10, tzinfo=AMS)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(WEDNESDAY_1010)


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    with open_store(data_dir, clock) as opened:
        opened.settings.set("timezone", AMS.key)
        yield opened


@pytest.fixture
def day(store: Store, clock: ManualClock) -> DayService:
    return DayService(store, clock, AMS)


def test_before_the_day_boundary_today_is_still_yesterday(day: DayService, clock: ManualClock):
    assert day.today() == dt.date(2027, 6, 9)
    clock.advance(dt.timedelta(hours=16, minutes=20))  # Thursday 02:30: before the 04:00 boundary
    assert day.today() == dt.date(2027, 6, 9)
    clock.advance(dt.timedelta(hours=2))
    assert day.today() == dt.date(2027, 6, 10)


def test_a_meeting_after_midnight_is_in_the_evening_befores_plan(day: DayService, store: Store):
    start = dt.datetime(2027, 6, 10, 0, 30, tzinfo=AMS)
    store.agenda.add("Late call", start, start + dt.timedelta(minutes=30), AMS.key)
    titles = [b.title for b in day.plan_for().blocks]
    assert "Late call" in titles
    assert [i.title for i in day.agenda_on(dt.date(2027, 6, 9))] == ["Late call"]
    assert "Late call" not in [b.title for b in day.plan_for(dt.date(2027, 6, 10)).blocks]


def test_the_status_names_the_block_now_and_the_next(day: DayService, store: Store):
    start = WEDNESDAY_1010 + dt.timedelta(minutes=5)
    store.agenda.add("Board", start, start + dt.timedelta(hours=1), AMS.key)
    plan = day.plan_for()
    status = day.status(plan, RhythmState())
    assert status.next is not None and status.next.title == "Board"
    data = day.status_data(plan, RhythmState(), running=False, next_nudge=None)
    assert data["next"] == {
        "kind": BlockKind.MEETING.value,
        "start": start.isoformat(),
        "end": (start + dt.timedelta(hours=1)).isoformat(),
        "title": "Board",
    }
    assert data["timezone"] == AMS.key and data["running"] is False


def test_a_dadu_update_is_due_until_its_nudge_was_shown(day: DayService, store: Store):
    store.dadu.add("Weekly", dt.date(2027, 6, 1), [DaduRow(decision="Go", update_date=day.today())])
    assert day.dadu_updates_due() == ["Weekly"]
    kinds = {
        part.kind for n in day.upcoming_nudges(day.plan_for(), RhythmState()) for part in n.parts
    }
    assert NudgeKind.DADU_UPDATE in kinds
    now = day.now()
    store.nudge_log.record(now, NudgeKind.DADU_UPDATE.value, "dadu", "Weekly", now)
    assert day.dadu_updates_due() == []


def test_todays_must_dos_are_due_today(day: DayService, store: Store):
    yesterday = day.today() - dt.timedelta(days=1)
    store.must_dos.add("Send the minutes", planned_for=day.today())
    store.must_dos.add("Book the room", planned_for=yesterday)  # still open: carried over
    store.calls.add(day.today(), "Anna")
    tasks = day.tasks()
    assert tasks.date == day.today()
    assert {m.title for m in tasks.open_must_dos} == {"Send the minutes", "Book the room"}
    assert tasks.call is not None and tasks.call.who == "Anna"
    assert day_tasks(store, yesterday, AMS).call is None


def test_the_command_line_reports_the_status_the_service_gives(
    day: DayService, store: Store, data_dir: Path
):
    """`ritmeregie status --json` without a running app is DayService.status_without_app, for the
    same store and instant (the running app answers from the same service: tests/gui)."""
    start = WEDNESDAY_1010 + dt.timedelta(minutes=20)
    store.agenda.add("Board", start, start + dt.timedelta(hours=1), AMS.key)
    expected = day.status_without_app()
    assert expected["next_nudge"] is not None
    language = active_language()
    out = io.StringIO()
    try:
        with time_machine.travel(WEDNESDAY_1010, tick=False), redirect_stdout(out):
            code = main(["--data-dir", str(data_dir), "--lang", "en", "status", "--json"])
    finally:
        set_language(language)
    assert code == 0
    assert json.loads(out.getvalue()) == expected


def test_plan_for_is_the_plan_the_command_line_prints(
    day: DayService, store: Store, data_dir: Path
):
    store.agenda.add("Board", WEDNESDAY_1010, WEDNESDAY_1010 + dt.timedelta(hours=1), AMS.key)
    out = io.StringIO()
    language = active_language()
    try:
        with redirect_stdout(out):
            code = main(
                [
                    "--data-dir",
                    str(data_dir),
                    "--lang",
                    "en",
                    "plan",
                    "--date",
                    "2027-06-09",
                    "--json",
                ]
            )
    finally:
        set_language(language)
    assert code == 0
    printed = json.loads(out.getvalue())
    plan = plan_for(store, dt.date(2027, 6, 9), AMS)
    assert [(b["kind"], b["start"]) for b in printed["blocks"]] == [
        (b.kind.value, b.start.isoformat()) for b in plan.blocks
    ]


def test_focus_by_hand_wins_now_and_a_pause_for_today_ends_at_the_boundary(day: DayService):
    plan = day.plan_for()
    focused = day.with_focus(RhythmState())
    status = day.status(plan, focused)
    assert status.current is not None and status.current.kind is BlockKind.FOCUS
    length = status.current.end - status.current.start
    assert length == dt.timedelta(minutes=day.store.settings.rhythm().focus_minutes)
    assert day.with_reset(focused, 5).override is not None
    paused = day.with_pause(RhythmState())
    assert paused.paused_until == dt.datetime(2027, 6, 10, 4, 0, tzinfo=AMS)
    assert day.status(plan, paused).paused_until == paused.paused_until
    assert day.upcoming_nudges(plan, paused) == []
