"""One simulated week through the real nudge path: Monday's review, every day's day start and
reflection, Friday's frictions. The scheduler's own signal hands each ritual's start nudge to the
real presenter; its real nudge window is answered with Start; the window hub must open the right
dialog, and what is typed there must be in the store.

Time is a ManualClock (Monday 2027-03-29 to Friday 2027-04-02, Europe/Amsterdam); nothing sleeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from ritual_app import AMS, Running

from ritmeregie.domain.localtime import DEFAULT_DAY_BOUNDARY, day_bounds
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeAnswer
from ritmeregie.storage.reviews import ReviewKind
from ritmeregie.ui.rituals.dagstart import DagstartDialog
from ritmeregie.ui.rituals.reflection import ReflectionDialog
from ritmeregie.ui.rituals.weekly_review import WeeklyReviewDialog
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

MON = dt.date(2027, 3, 29)
WEEK = [MON + dt.timedelta(days=n) for n in range(5)]


@pytest.fixture
def running(qapp, data_dir: Path) -> Iterator[Running]:  # type: ignore[no-untyped-def]
    env = Running(data_dir, dt.datetime(2027, 3, 29, 7, 30, tzinfo=AMS))
    env.start()
    yield env
    env.close()


def type_into(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    QTest.keyClicks(widget, text)


def close(dialog) -> None:  # type: ignore[no-untyped-def]
    """Esc, and let Qt finish deleting it (WA_DeleteOnClose), so the hub forgets it."""
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_week_of_rituals_through_the_nudges(running: Running) -> None:
    store = running.store
    store.frictions.add("Sjabloon verslag staat op drie plekken")
    for day in WEEK:
        running.go_to(dt.datetime.combine(day, dt.time(8, 0), tzinfo=AMS))
        assert running.app.controller.today() == day

        # -- every day: the day start ----------------------------------------------------------
        running.start_nudge(BlockKind.DAGSTART)
        dagstart = running.window(WindowKey.DAGSTART)
        assert isinstance(dagstart, DagstartDialog)
        assert dagstart.today == day
        type_into(dagstart.slots[0].title_edit, f"Must-do van {day:%a}")
        type_into(dagstart.call_edit, f"Bel {day:%A}")
        close(dagstart)
        assert running.window(WindowKey.DAGSTART) is None
        todays = store.must_dos.for_day(day, *day_bounds(day, AMS, DEFAULT_DAY_BOUNDARY))
        assert f"Must-do van {day:%a}" in [m.title for m in todays]
        call = store.calls.for_day(day)
        assert call is not None and call.who == f"Bel {day:%A}" and call.date == day
        # Tick it off in the morning, as Vandaag would.
        for must_do in todays:
            store.must_dos.done(must_do.id)
        store.calls.done(call.id)

        if day == MON:
            running.start_nudge(BlockKind.WEEKLY_REVIEW)
            review = running.window(WindowKey.WEEKLY_REVIEW)
            assert isinstance(review, WeeklyReviewDialog) and review.week == MON
            type_into(review.notes_edit, "Heidag en vakantie bespreken")
            close(review)
            assert (
                store.reviews.get(ReviewKind.WEEKLY_REVIEW, MON) == "Heidag en vakantie bespreken"
            )

        # -- Friday afternoon: frictievrijdag -------------------------------------------------
        if day == WEEK[-1]:
            running.nudge(BlockKind.FRICTION_FRIDAY)
            window = running.app.presenter.window
            assert window is not None and window.windowTitle() == "Friction Friday"
            QTest.mouseClick(window.buttons[NudgeAnswer.STARTED], Qt.MouseButton.LeftButton)
            friday = running.window(WindowKey.FRICTION_FRIDAY)
            assert friday is not None and friday.isVisible()
            close(friday)

        # -- every day: the reflection -------------------------------------------------------
        running.start_nudge(BlockKind.REFLECTION)
        reflection = running.window(WindowKey.REFLECTION)
        assert isinstance(reflection, ReflectionDialog) and reflection.date == day
        type_into(reflection.satisfied_edit, f"Tevreden op {day:%A}")
        type_into(reflection.differently_edit, f"Anders na {day:%A}")
        close(reflection)
        saved = store.reflections.get(day)
        assert saved is not None and saved.satisfied == f"Tevreden op {day:%A}"

    # The week is in the store, day by day, and the nudge log says every ritual was started.
    assert [r.date for r in store.reflections.between(WEEK[0], WEEK[-1])] == WEEK
    started = [
        e.block_kind
        for e in store.nudge_log.between(*day_bounds(MON, AMS, DEFAULT_DAY_BOUNDARY))
        if e.answer is not None and e.answer.value == "started"
    ]
    assert started == ["dagstart", "weekly_review", "reflection"]
    # Tuesday's day start showed Monday's "what I'll do differently".
    assert store.reflections.get(MON).differently == "Anders na Monday"  # type: ignore[union-attr]
    # Nothing was offered again: no reflection was ever missed.
    assert running.app.prompts.window is None
