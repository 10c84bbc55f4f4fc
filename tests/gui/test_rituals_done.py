"""Rituals already done stay quiet, and the weekly review opened in the weekend prepares the coming
week — on the real app (offscreen), with a ManualClock and the scheduler's own signals.

Monday 2027-03-29 in Europe/Amsterdam; the default rhythm (dagstart 08:30, reflection 16:45,
frictievrijdag Friday 15:00).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from ritual_app import AMS, Running

from ritmeregie.domain.localtime import DEFAULT_DAY_BOUNDARY, day_bounds
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.services.calendars import Window, import_into
from ritmeregie.storage import FrictionStatus
from ritmeregie.storage.records import DaduRow
from ritmeregie.ui.rituals.dagstart import DagstartDialog
from ritmeregie.ui.rituals.weekly_review import WeeklyReviewDialog
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

MON = dt.date(2027, 3, 29)
FRI = MON + dt.timedelta(days=4)


def at(date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=AMS)


@pytest.fixture
def launch(qapp, data_dir: Path) -> Iterator[Callable[[dt.datetime], Running]]:  # type: ignore[no-untyped-def]
    started: list[Running] = []

    def make(start: dt.datetime) -> Running:
        running = Running(data_dir, start)
        running.start()
        running.notes.sent.clear()  # offscreen there is no tray, and the app says so once
        started.append(running)
        return running

    yield make
    for running in started:
        running.close()


def logged(running: Running, date: dt.date, kind: BlockKind) -> list[object]:
    entries = running.store.nudge_log.between(*day_bounds(date, AMS, DEFAULT_DAY_BOUNDARY))
    return [e for e in entries if e.block_kind == kind.value]


def test_a_dagstart_chosen_before_its_time_is_not_asked_for_again(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 8, 20))
    running.go_to(at(MON, 8, 23))
    dagstart = running.app.show_window(WindowKey.DAGSTART)  # from the tray, before 08:30
    assert isinstance(dagstart, DagstartDialog)
    for slot, title in zip(
        dagstart.slots, ("Notulen MT", "Offerte printer", "Heidag"), strict=True
    ):
        QTest.keyClicks(slot.title_edit, title)
    dagstart.saver.flush()
    dagstart.close()

    running.nudge(BlockKind.DAGSTART)  # 08:30
    assert running.app.presenter.window is None
    assert running.notes.sent == []
    assert logged(running, MON, BlockKind.DAGSTART) == []  # nothing shown, nothing to count


def test_the_dagstart_still_comes_when_nothing_was_chosen_for_today(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 8, 0))
    store = running.store
    friday = MON - dt.timedelta(days=3)
    store.must_dos.add("Open sinds vrijdag", planned_for=friday)  # carried over: still to choose
    deferred = store.must_dos.add("Uitgesteld", planned_for=friday)
    store.must_dos.defer_next_week(deferred.id, friday)  # lands on Monday by itself
    store.dadu.add("MT-overleg", friday, [DaduRow("", "Cijfers sturen", "Ik", MON)])
    store.calls.add(friday, "Karin")  # yesterday's call, not made: offered again
    running.nudge(BlockKind.DAGSTART)
    assert running.app.presenter.window is not None


def test_a_store_that_cannot_tell_still_nudges(launch, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 8, 0))

    def damaged(_day: dt.date) -> list[object]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(running.store.must_dos, "chosen_for", damaged)
    running.nudge(BlockKind.DAGSTART)
    assert running.app.presenter.window is not None


def test_a_written_reflection_keeps_its_nudge_quiet(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 16, 0))
    running.store.reflections.save(MON, "", "", "", None)  # opened and closed empty: not written
    running.nudge(BlockKind.REFLECTION)
    assert running.app.presenter.window is not None
    running.app.presenter.window.close()

    running.store.reflections.save(MON, "Heidag geregeld", "", "", 4)
    running.nudge(BlockKind.REFLECTION)
    assert running.app.presenter.window is None


def test_frictievrijdag_stays_quiet_once_every_friction_is_dealt_with(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(FRI - dt.timedelta(days=2), 10))
    store = running.store
    printer = store.frictions.add("Pincode printer")
    running.go_to(at(FRI, 11))
    store.frictions.set_status(printer.id, FrictionStatus.FIXED)
    running.nudge(BlockKind.FRICTION_FRIDAY)
    assert running.app.presenter.window is None

    store.frictions.add("Sjabloon op drie plekken")  # a new one: there is something to do
    running.nudge(BlockKind.FRICTION_FRIDAY)
    assert running.app.presenter.window is not None


def test_a_missed_ritual_that_was_done_is_left_out_of_the_catch_up(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 8, 0))
    running.store.must_dos.add("Notulen MT", planned_for=MON)  # chosen in Vandaag
    dagstart, inbox = running.block(BlockKind.DAGSTART), running.block(BlockKind.INBOX)
    running.go_to(at(MON, 11, 40))  # asleep through both
    running.app.scheduler.nudges_missed.emit(
        [Nudge(b.start, NudgeKind.BLOCK_START, b) for b in (dagstart, inbox)]
    )
    ((_title, message),) = running.notes.sent
    assert "11:00" in message and "08:30" not in message
    assert logged(running, MON, BlockKind.DAGSTART) == []


KARIN_ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//review//NL\r
BEGIN:VEVENT\r
UID:mt-1@test\r
DTSTAMP:20270301T090000Z\r
DTSTART;TZID=Europe/Amsterdam:20270329T110000\r
DTEND;TZID=Europe/Amsterdam:20270329T120000\r
SUMMARY:Directieoverleg\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_the_weekly_review_opened_on_sunday_prepares_mondays_week(launch) -> None:  # type: ignore[no-untyped-def]
    sunday = MON - dt.timedelta(days=1)
    running = launch(at(sunday, 20))
    store = running.store
    done = store.must_dos.add("Notulen MT", planned_for=sunday - dt.timedelta(days=3))
    store.must_dos.done(done.id)  # this Sunday evening: part of the week now ending
    store.agenda.add("Weekstart MT", at(MON, 9, 30), at(MON, 10, 30), "Europe/Amsterdam")
    store.must_dos.add("Jaarverslag", deadline=FRI)
    import_into(store, "Agenda Karin", KARIN_ICS, Window(sunday, FRI), tz=AMS)

    review = running.app.show_window(WindowKey.WEEKLY_REVIEW)  # from the tray menu
    assert isinstance(review, WeeklyReviewDialog)
    assert review.week == MON
    shown = review.summary_view.toPlainText()
    assert "Mon 29-3 09:30–10:30 Weekstart MT" in shown
    assert "Mon 29-3 11:00–12:00 Directieoverleg (Agenda Karin)" in shown
    assert "Fri 2-4: Jaarverslag" in shown
    assert "Notulen MT" in shown.split("Coming week")[0]
