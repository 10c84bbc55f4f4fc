"""The optional after-lunch verslag on the real app (offscreen, ManualClock): off by default; switched
on in Settings → Rhythm its nudge's Start opens "Verslag via AI…", and a copied prompt keeps it quiet
for the rest of the day.

Monday 2027-03-29 in Europe/Amsterdam; the default rhythm (lunch 12:30 to 13:00).
"""

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
from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.domain.ritual_done import REPORT_COPIED
from ritmeregie.ui.settings.rhythm_draft import from_template, to_template, with_report
from ritmeregie.ui.window_keys import WindowKey
from ritmeregie.ui.words.report_prompt import ReportPromptWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

MON = dt.date(2027, 3, 29)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(MON, dt.time(hour, minute), tzinfo=AMS)


@pytest.fixture
def launch(qapp, data_dir: Path) -> Iterator[Callable[[bool], Running]]:  # type: ignore[no-untyped-def]
    started: list[Running] = []

    def make(report_on: bool) -> Running:
        running = Running(data_dir, at(11, 50))
        if report_on:  # what the switch in Settings → Rhythm saves
            week = with_report(from_template(default_rhythm()), True)
            running.store.settings.set_rhythm(to_template(week))
        running.start()
        running.app.controller.replan("rhythm saved")
        running.notes.sent.clear()  # offscreen there is no tray, and the app says so once
        started.append(running)
        return running

    yield make
    for running in started:
        running.close()


def report_blocks(running: Running) -> list[tuple[dt.time, int]]:
    plan = running.app.controller.plan
    return [(b.start.time(), b.minutes) for b in plan.blocks if b.kind is BlockKind.REPORT]


def copied(running: Running) -> list[object]:
    entries = running.store.nudge_log.between(*day_bounds(MON, AMS, DEFAULT_DAY_BOUNDARY))
    return [e for e in entries if e.nudge_kind == REPORT_COPIED]


def test_the_default_day_has_no_report(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(False)
    assert report_blocks(running) == []


def test_its_start_opens_the_report_window_and_a_copy_keeps_it_quiet(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(True)
    assert report_blocks(running) == [(dt.time(13, 0), 10)]

    running.start_nudge(BlockKind.REPORT)  # 13:00, answered Start
    window = running.window(WindowKey.REPORT_PROMPT)
    assert isinstance(window, ReportPromptWindow) and window.isVisible()
    assert copied(running) == []  # opening is not doing it
    QTest.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    window.close()
    [entry] = copied(running)
    assert entry.answer is NudgeAnswer.STARTED  # type: ignore[attr-defined]

    running.nudge(BlockKind.REPORT)  # e.g. a snoozed one coming back: quiet now
    assert running.app.presenter.window is None
    assert running.notes.sent == []


def test_copied_from_the_tray_before_its_time_it_is_not_asked_for(launch) -> None:  # type: ignore[no-untyped-def]
    running = launch(True)
    running.go_to(at(12, 10))
    window = running.app.show_window(WindowKey.REPORT_PROMPT)
    assert isinstance(window, ReportPromptWindow)
    window.on_copy()
    window.on_copy()  # copied twice: still one day's report
    window.close()
    assert len(copied(running)) == 1

    running.nudge(BlockKind.REPORT)
    assert running.app.presenter.window is None
    assert running.notes.sent == []
