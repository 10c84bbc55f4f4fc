"""Frictievrijdag by keyboard: fixed, checklist or dropped per friction, and undo for mistakes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import QT_LOG_IGNORE, at, running_app
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeAnswer, NudgeKind, nudges_for
from ritmeregie.storage import FrictionStatus
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.rituals.checklists import ChecklistsWindow
from ritmeregie.ui.rituals.friction_friday import FrictionFridayWindow, week_bounds
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

MONDAY = dt.date(2027, 3, 22)


@pytest.fixture
def started(qapp: Any, data_dir: Path) -> Iterator[tuple[RitmeregieApp, ManualClock]]:
    with running_app(data_dir, at(9, 0, MONDAY - dt.timedelta(days=7))) as running:
        yield running


@pytest.fixture
def app(started: tuple[RitmeregieApp, ManualClock]) -> RitmeregieApp:
    """A week of frictions noted Monday to Thursday, one left open from the week before; the
    clock then stands on Friday afternoon."""
    running, clock = started
    running.store.frictions.add("Oud: wachtwoord printer kwijt")
    for day, text in enumerate(
        ("Declaratieformulier steeds kwijt", "Zaal boeken kost drie mails", "Notulen-sjabloon")
    ):
        move_to(clock, at(10, 0, MONDAY + dt.timedelta(days=day)))
        running.store.frictions.add(text)
    move_to(clock, at(15, 0))
    running.controller.replan("test: Friday")
    return running


def move_to(clock: ManualClock, instant: dt.datetime) -> None:
    clock.advance(instant - clock.now())


def open_friday(qtbot: Any, app: RitmeregieApp) -> FrictionFridayWindow:
    window = app.show_window(WindowKey.FRICTION_FRIDAY)
    assert isinstance(window, FrictionFridayWindow)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def texts(window: FrictionFridayWindow) -> list[tuple[str, str]]:
    rows = [window.list.topLevelItem(i) for i in range(window.list.topLevelItemCount())]
    return [(r.text(0), r.text(2)) for r in rows if r is not None]


def test_fixed_dropped_and_undone_by_keyboard(qtbot: Any, app: RitmeregieApp) -> None:
    window = open_friday(qtbot, app)
    assert window.list.hasFocus()
    assert window.week == week_bounds(dt.date(2027, 3, 26)) == (MONDAY, dt.date(2027, 3, 28))
    assert texts(window) == [
        ("Oud: wachtwoord printer kwijt", "Open"),
        ("Declaratieformulier steeds kwijt", "Open"),
        ("Zaal boeken kost drie mails", "Open"),
        ("Notulen-sjabloon", "Open"),
    ]
    assert "4 open · 0 dealt with" in window.subtitle.text()

    qtbot.keyClick(window.list, Qt.Key.Key_F)  # the old one: fixed
    qtbot.keyClick(window.list, Qt.Key.Key_Down)  # skip one
    qtbot.keyClick(window.list, Qt.Key.Key_D)  # drop "Zaal boeken"
    statuses = {f.text: f.status for f in app.store.frictions.all()}
    assert statuses == {
        "Oud: wachtwoord printer kwijt": FrictionStatus.FIXED,
        "Declaratieformulier steeds kwijt": FrictionStatus.OPEN,
        "Zaal boeken kost drie mails": FrictionStatus.DROPPED,
        "Notulen-sjabloon": FrictionStatus.OPEN,
    }
    # Open ones first, then what was dealt with this week (greyed), with their status.
    assert texts(window)[2:] == [
        ("Oud: wachtwoord printer kwijt", "Fixed"),
        ("Zaal boeken kost drie mails", "Dropped"),
    ]
    assert window.undo_bar.isVisible()
    assert "Dropped" in window.undo_label.text()

    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_friction() is not None
    assert window.current_friction().text == "Zaal boeken kost drie mails"  # type: ignore[union-attr]
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {f.status for f in app.store.frictions.all()} == {FrictionStatus.OPEN}
    assert not window.undo_bar.isVisible()


def test_a_friction_becomes_a_checklist_and_undo_takes_it_back(
    qtbot: Any, app: RitmeregieApp
) -> None:
    window = open_friday(qtbot, app)
    qtbot.keyClick(window.list, Qt.Key.Key_Down)
    qtbot.keyClick(window.list, Qt.Key.Key_C)

    checklists = app.windows.get(WindowKey.CHECKLISTS)
    assert isinstance(checklists, ChecklistsWindow)
    (checklist,) = app.store.checklists.all()
    assert checklist.title == "Declaratieformulier steeds kwijt"
    assert checklists.current_id() == checklist.id
    assert checklists.focusWidget() is checklists.add_edit  # ready for its first step
    friction = next(f for f in app.store.frictions.all() if f.id == checklist.friction_id)
    assert friction.status is FrictionStatus.CHECKLIST

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app.store.checklists.all() == []
    assert {f.status for f in app.store.frictions.all()} == {FrictionStatus.OPEN}
    assert checklists.lists.count() == 0


def test_the_friday_block_opens_it_and_a_new_friction_shows_up(
    qtbot: Any, app: RitmeregieApp
) -> None:
    block_start = next(
        n
        for n in nudges_for(app.controller.plan)
        if n.kind is NudgeKind.BLOCK_START and n.block.kind is BlockKind.FRICTION_FRIDAY
    )
    app.scheduler.nudge_due.emit(block_start)
    nudge = app.presenter.window
    assert nudge is not None
    nudge.accept_focus()
    qtbot.keyClick(nudge, Qt.Key.Key_Return)  # Start
    window = app.windows.get(WindowKey.FRICTION_FRIDAY)
    assert isinstance(window, FrictionFridayWindow)
    assert window.isVisible()
    entries = app.store.nudge_log.between(block_start.at, block_start.at + dt.timedelta(minutes=1))
    assert [e.answer for e in entries] == [NudgeAnswer.STARTED]

    app.store.frictions.add("Nieuw: koffieautomaat")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: ("Nieuw: koffieautomaat", "Open") in texts(window))


def test_a_quiet_week_says_so(qtbot: Any, started: tuple[RitmeregieApp, ManualClock]) -> None:
    running, _clock = started
    window = open_friday(qtbot, running)
    assert window.empty_label.isVisible()
    assert not window.list.isVisible()
    assert not window.fixed_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_opened_again_a_week_later_it_shows_that_week(
    qtbot: Any, started: tuple[RitmeregieApp, ManualClock]
) -> None:
    running, clock = started
    window = open_friday(qtbot, running)
    first = window.week
    window.close()
    clock.advance(dt.timedelta(days=7))
    again = open_friday(qtbot, running)
    assert again is window
    assert again.week == (first[0] + dt.timedelta(days=7), first[1] + dt.timedelta(days=7))
    running.show_window(WindowKey.FRICTION_FRIDAY, week=MONDAY)  # asked for a given week
    assert window.week[0] == MONDAY
