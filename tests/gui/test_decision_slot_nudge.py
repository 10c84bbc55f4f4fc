""" "Bel bij twijfel" in the running app: an open DADU decision due the next working day becomes one
calm nudge at the next free block, shown once a day (Friday 2027-03-26 11:02, Europe/Amsterdam)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import FRIDAY, QT_LOG_IGNORE, at, running_app
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.storage import DaduRow
from ritmeregie.ui.app import RitmeregieApp

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

SATURDAY = FRIDAY + dt.timedelta(days=1)


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(11, 2)) as (running, _clock):
        yield running


def slot_nudges(app: RitmeregieApp) -> list[Any]:
    return [
        part
        for card in app.controller.upcoming_nudges()
        for part in card.parts
        if part.kind is NudgeKind.DECISION_SLOT
    ]


def test_an_open_decision_due_tomorrow_gets_one_slot_nudge_today(app: RitmeregieApp) -> None:
    app.store.dadu.add(
        "MT-overleg",
        FRIDAY,
        [
            DaduRow(decision="Budget 2028 akkoord.", deadline=SATURDAY),
            DaduRow(decision="Wat moeten we zeker weten vóór zaterdag?", deadline=SATURDAY),
        ],
    )
    app.controller.replan("test")
    (nudge,) = slot_nudges(app)
    assert nudge.at > at(11, 2)
    assert nudge.about == ("Wat moeten we zeker weten vóór zaterdag?", "MT-overleg", "2027-03-27")
    app.scheduler.nudge_due.emit(nudge)
    title, message = app.notes.sent[-1]  # type: ignore[attr-defined]
    assert title == "Call when in doubt"
    assert "“Wat moeten we zeker weten vóór zaterdag?”" in message
    assert "MT-overleg" in message and "five minutes" in message
    # Shown once: not again today, even when the day is re-planned.
    app.controller.replan("test")
    assert slot_nudges(app) == []
    QApplication.processEvents()


def test_a_decided_row_or_a_far_deadline_stays_quiet(app: RitmeregieApp) -> None:
    far = FRIDAY + dt.timedelta(days=5)
    app.store.dadu.add(
        "MT-overleg",
        FRIDAY,
        [
            DaduRow(decision="Budget 2028 akkoord.", deadline=SATURDAY),
            DaduRow(decision="Welke locatie voor de heidag?", deadline=far),
            DaduRow(action="Offerte opvragen", owner="Sanne", deadline=FRIDAY),
        ],
    )
    app.controller.replan("test")
    assert slot_nudges(app) == []
