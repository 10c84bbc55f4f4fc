"""Rituals that ask once: the missed reflection, the competence mirror, and a ritual notification
that opens its dialog when clicked — on the real app (offscreen), with a ManualClock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ritual_app import AMS, Running

from ritmeregie.domain.localtime import DEFAULT_DAY_BOUNDARY, day_bounds
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeAnswer
from ritmeregie.ui.ritual_prompts import OFFER_MIRROR, OFFER_REFLECTION
from ritmeregie.ui.rituals.reflection import ReflectionDialog
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

MON = dt.date(2027, 3, 29)


def at(date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=AMS)


@pytest.fixture
def launch(qapp, data_dir: Path) -> Iterator[Callable[[dt.datetime], Running]]:  # type: ignore[no-untyped-def]
    started: list[Running] = []

    def make(start: dt.datetime, *, first_start: bool = False, run_app: bool = False) -> Running:
        """`run_app`: start as `run_app` does, the welcome (if new) right after the start."""
        if started:
            started[-1].close()  # one app at a time, as in life: this is a restart
        running = Running(data_dir, start, first_start=first_start)
        running.start()
        if run_app:
            running.app.welcome_if_new()
        started.append(running)
        return running

    yield make
    if started:
        started[-1].close()


def offers(running: Running, date: dt.date, kind: str) -> list[object]:
    entries = running.store.nudge_log.between(*day_bounds(date, AMS, DEFAULT_DAY_BOUNDARY))
    return [e for e in entries if e.nudge_kind == kind]


def test_a_missed_reflection_is_offered_once_when_the_app_is_back(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 18, 30))  # the app was closed at 16:45
    card = running.app.prompts.window
    assert card is not None
    assert card.windowTitle() == "Reflection"
    QTest.mouseClick(card.buttons[NudgeAnswer.STARTED], Qt.MouseButton.LeftButton)
    dialog = running.window(WindowKey.REFLECTION)
    assert isinstance(dialog, ReflectionDialog) and dialog.date == MON
    (offer,) = offers(running, MON, OFFER_REFLECTION)
    assert offer.answer is NudgeAnswer.STARTED  # type: ignore[attr-defined]

    # Closed without writing, then a restart the same evening: never asked again.
    dialog.close()
    again = launch(at(MON, 20, 0))
    assert again.app.prompts.window is None
    again.app.on_resumed()
    assert again.app.prompts.window is None


def test_a_skipped_offer_is_not_repeated(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 17, 30))
    QTest.mouseClick(
        running.app.prompts.window.buttons[NudgeAnswer.SKIPPED], Qt.MouseButton.LeftButton
    )
    assert running.window(WindowKey.REFLECTION) is None
    running.app.on_resumed()
    assert running.app.prompts.window is None
    assert len(offers(running, MON, OFFER_REFLECTION)) == 1


def test_no_offer_before_reflection_time_or_when_written(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 16, 0))
    assert running.app.prompts.window is None
    running.store.reflections.save(MON, "Goede dag", "", "", None)
    running.go_to(at(MON, 18, 0))
    running.app.on_resumed()
    assert running.app.prompts.window is None


def test_resume_after_sleeping_through_reflection_time_offers_it(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 16, 0))
    running.go_to(at(MON, 19, 0))  # the laptop slept through 16:45
    running.app.on_resumed()
    assert running.app.prompts.window is not None


def test_the_next_day_starts_fresh(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 18, 0))
    QTest.mouseClick(
        running.app.prompts.window.buttons[NudgeAnswer.SKIPPED], Qt.MouseButton.LeftButton
    )
    tuesday = launch(at(MON + dt.timedelta(days=1), 18, 0))
    assert tuesday.app.prompts.window is not None


def a_year_of_reflections(running: Running, year: int) -> None:
    """Reflections since January of `year`: a year to look back at in December."""
    for month in range(1, 12):
        running.store.reflections.save(dt.date(year, month, 4), f"Maand {month}", "", "", 3)


def test_the_competence_mirror_comes_once_a_year_from_the_first_working_day_of_december(
    launch,
) -> None:  # type: ignore[no-untyped-def]
    november = launch(at(dt.date(2027, 11, 30), 9))
    a_year_of_reflections(november, 2027)
    november.app.on_resumed()
    assert november.app.prompts.window is None
    running = launch(at(dt.date(2027, 12, 1), 9))  # a Wednesday
    card = running.app.prompts.window
    assert card is not None and card.windowTitle() == "Competence mirror"
    QTest.mouseClick(card.buttons[NudgeAnswer.STARTED], Qt.MouseButton.LeftButton)
    mirror = running.window(WindowKey.COMPETENCE_MIRROR)
    assert mirror is not None and mirror.year == 2027  # type: ignore[attr-defined]
    assert len(offers(running, dt.date(2027, 12, 1), OFFER_MIRROR)) == 1
    later = launch(at(dt.date(2027, 12, 13), 9))
    assert later.app.prompts.window is None


def test_the_mirror_waits_for_a_working_day(launch) -> None:  # type: ignore[no-untyped-def]
    # 2029-12-01 is a Saturday: nothing that weekend, the offer comes on Monday the 3rd.
    saturday = launch(at(dt.date(2029, 12, 1), 11))
    a_year_of_reflections(saturday, 2029)
    saturday.app.on_resumed()
    assert saturday.app.prompts.window is None
    assert launch(at(dt.date(2029, 12, 3), 9)).app.prompts.window is not None


def test_the_mirror_waits_until_there_is_a_year_to_look_at(launch) -> None:  # type: ignore[no-untyped-def]
    december = at(dt.date(2027, 12, 1), 9)
    running = launch(december)  # a returning user, but nothing stored yet
    assert running.app.prompts.window is None
    # Reflecting since May: seven months is not a year to look back at.
    store = running.store
    store.reflections.save(dt.date(2027, 5, 10), "Eerste reflectie", "", "", 3)
    running.app.on_resumed()
    assert running.app.prompts.window is None
    # A DADU from last December: now the store spans a year, and this year has reflections.
    store.dadu.add("MT-overleg", dt.date(2026, 12, 14), [])
    running.app.on_resumed()
    assert running.app.prompts.window is not None
    assert running.app.prompts.window.windowTitle() == "Competence mirror"


def test_a_year_of_use_without_a_reflection_has_nothing_to_mirror(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(dt.date(2027, 12, 1), 9))
    running.store.dadu.add("MT-overleg", dt.date(2026, 12, 14), [])
    running.store.reflections.save(dt.date(2026, 12, 15), "Vorig jaar", "", "", 3)
    running.app.on_resumed()
    assert running.app.prompts.window is None


def test_a_first_start_in_december_meets_the_welcome_alone(launch) -> None:  # type: ignore[no-untyped-def]
    # The first start on the mirror's day, in the evening after reflection time; even a store
    # holding a year (a copy brought along) waits until the welcome was seen.
    first = launch(at(dt.date(2027, 12, 1), 18), first_start=True, run_app=True)
    assert first.window(WindowKey.WELCOME) is not None
    assert first.app.prompts.window is None
    a_year_of_reflections(first, 2027)
    first.app.on_resumed()
    assert first.app.prompts.window is None
    assert offers(first, dt.date(2027, 12, 1), OFFER_MIRROR) == []

    first.window(WindowKey.WELCOME).close()  # type: ignore[union-attr]
    QTest.qWait(0)
    assert first.store.settings.get("first_run_done") is True
    first.app.on_resumed()  # the next moment the user is back
    assert first.app.prompts.window is not None


def test_a_ritual_notification_opens_its_dialog_when_clicked(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 8, 0))
    running.store.settings.set("nudge_window", False)  # nudges come as notifications
    running.nudge(BlockKind.DAGSTART)
    assert running.app.presenter.window is None
    assert running.notes.sent[-1][0] == "Day start"
    assert running.window(WindowKey.DAGSTART) is None
    running.app.prompts.on_message_clicked()
    assert running.window(WindowKey.DAGSTART) is not None
    # Once: a second click while the block runs does not reopen a closed dialog.
    running.window(WindowKey.DAGSTART).close()  # type: ignore[union-attr]
    assert not running.app.prompts.open_pending()


def test_a_stale_notification_click_after_the_block_opens_nothing(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(at(MON, 8, 0))
    running.store.settings.set("nudge_window", False)
    running.nudge(BlockKind.DAGSTART)
    running.go_to(at(MON, 11, 0))
    assert not running.app.prompts.open_pending()
    assert running.window(WindowKey.DAGSTART) is None
