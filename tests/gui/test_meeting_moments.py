"""Overlapping meetings in the running app: each keeps its heads-up, start and DADU prompt, moments
at one instant come as one card naming both, and a deleted meeting takes only its own moments.

The app reads a ManualClock; APScheduler reads the real clock, which time-machine moves in step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from app_harness import AppUnderTest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.ui.app import RitmeregieApp

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support raise\(\)",
        r"This plugin does not support propagateSizeHints\(\)",
    ),
]

AMS = ZoneInfo("Europe/Amsterdam")


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2027, 3, 26, hour, minute, tzinfo=AMS)  # a Friday


class Day:
    def __init__(self, app: RitmeregieApp, clock: ManualClock, coordinates: Any) -> None:
        self.app, self.clock, self.coordinates = app, clock, coordinates
        self.shown: list[Nudge] = []
        self.sent: list[tuple[str, str]] = []
        app.presenter.nudge_shown.connect(self.shown.append)

    def notify(self, title: str, message: str) -> bool:
        self.sent.append((title, message))
        return True

    def until(self, moment: dt.datetime, qapp: Any) -> None:
        delta = moment - self.clock.now()
        self.clock.advance(delta)
        self.coordinates.shift(delta)
        self.app.scheduler.check_now()
        qapp.processEvents()
        qapp.processEvents()

    def scheduled_moments(self) -> set[tuple[str, NudgeKind, str]]:
        """Every moment a job will show, also those on another moment's card."""
        cards = self.app.scheduler._payloads.values()
        return {(p.block.title, p.kind, f"{p.at:%H:%M}") for c in cards for p in c.parts}


@pytest.fixture
def day(make_app: Callable[..., AppUnderTest]) -> Iterator[Day]:
    traveller = time_machine.travel(at(8, 0), tick=False)
    coordinates = traveller.start()
    under_test = make_app(at(8, 0), started=False, system_zone=lambda: None)
    under_test.store.settings.set("first_run_done", True)
    under_test.store.settings.set("timezone", AMS.key)
    # These tests are about each meeting's own moments; the DADU block after a meeting (which
    # moves the DADU prompt to where the block starts) has its own test below.
    under_test.store.settings.set("dadu_block_minutes", 0)
    env = Day(under_test.app, under_test.clock, coordinates)
    under_test.app.notifier._parts = [env]
    under_test.start()
    yield env
    under_test.close()  # the app, its tray, timers and windows, then the store
    traveller.stop()


def test_overlapping_meetings_keep_their_moments_and_a_deleted_one_takes_only_its_own(
    qapp: Any, day: Day
) -> None:
    c = day.app.controller
    c.add_agenda("Kort overleg", at(8, 41), at(8, 47))
    mt = c.add_agenda("Voorbereiding MT", at(8, 45), at(9, 15))
    assert {
        ("Kort overleg", NudgeKind.HEADS_UP, "08:39"),
        ("Kort overleg", NudgeKind.BLOCK_START, "08:41"),
        ("Kort overleg", NudgeKind.BLOCK_END, "08:47"),
        ("Voorbereiding MT", NudgeKind.HEADS_UP, "08:43"),
        ("Voorbereiding MT", NudgeKind.BLOCK_START, "08:45"),
        ("Voorbereiding MT", NudgeKind.BLOCK_END, "09:15"),
    } <= day.scheduled_moments()

    assert mt.id is not None
    c.remove_agenda(mt.id)
    assert not [m for m in day.scheduled_moments() if m[0] == "Voorbereiding MT"]
    assert ("Kort overleg", NudgeKind.BLOCK_END, "08:47") in day.scheduled_moments()

    day.until(at(8, 47), qapp)
    window = day.app.presenter.window
    assert window is not None, "the first meeting's DADU prompt came"
    assert window.windowTitle() == "Kort overleg has ended"


def test_a_meeting_ending_as_the_next_starts_is_one_card_naming_both(qapp: Any, day: Day) -> None:
    c = day.app.controller
    c.add_agenda("Kort overleg", at(10, 0), at(10, 30))
    c.add_agenda("Voorbereiding MT", at(10, 30), at(11, 0))

    day.until(at(10, 30), qapp)

    window = day.app.presenter.window
    assert window is not None
    assert window.windowTitle() == "Kort overleg has ended"
    assert "Also now: Voorbereiding MT." in window.accessibleDescription()
    at_half_past = [n for n in day.shown if n.at == at(10, 30)]
    assert len(at_half_past) == 1  # one card, not one closing the other
    assert [(p.kind, p.block.title) for p in at_half_past[0].parts] == [
        (NudgeKind.BLOCK_END, "Kort overleg"),
        (NudgeKind.BLOCK_START, "Voorbereiding MT"),
    ]
    assert [t for t, _m in day.sent if "Voorbereiding MT" in t] == []  # no second notification


def test_a_ritual_already_done_drops_from_its_card_and_the_meeting_still_comes(
    qapp: Any, day: Day
) -> None:
    """The day start (08:30) is done already (the day's call is chosen); a meeting ends at 08:30:
    its DADU prompt comes alone, without the day start."""
    c = day.app.controller
    c.add_agenda("Vroeg overleg", at(8, 10), at(8, 30))
    card = next(n for n in c.upcoming_nudges() if n.at == at(8, 30))
    assert [p.block.title for p in card.parts] == ["Vroeg overleg", "Dagstart"]  # one card
    c.store.calls.add(c.today(), "Karin")
    day.until(at(8, 29), qapp)

    day.until(at(8, 30), qapp)

    at_half_past = [n for n in day.shown if n.at == at(8, 30)]
    assert [[(p.kind, p.block.title) for p in n.parts] for n in at_half_past] == [
        [(NudgeKind.BLOCK_END, "Vroeg overleg")]
    ]
    window = day.app.presenter.window
    assert window is not None and window.windowTitle() == "Vroeg overleg has ended"
    assert "Also now" not in window.accessibleDescription()


def test_with_dadu_blocks_the_prompt_of_back_to_back_meetings_comes_in_each_block(
    qapp: Any, day: Day
) -> None:
    """Issue 16: the first five minutes after a meeting are its DADU block; after back-to-back
    meetings the blocks follow the last one, and each DADU prompt opens in its own block."""
    c = day.app.controller
    c.store.settings.set("dadu_block_minutes", 5)
    c.add_agenda("Kort overleg", at(10, 0), at(10, 30))
    c.add_agenda("Voorbereiding MT", at(10, 30), at(11, 0))
    dadu = [(b.title, f"{b.start:%H:%M}") for b in c.plan.blocks if b.kind.value == "dadu"]
    assert dadu == [("Kort overleg", "11:00"), ("Voorbereiding MT", "11:05")]

    day.until(at(10, 30), qapp)
    assert not [n for n in day.shown if n.kind is NudgeKind.BLOCK_END]  # not inside the MT
    day.until(at(11, 0), qapp)
    window = day.app.presenter.window
    assert window is not None and window.windowTitle() == "Kort overleg has ended"
    day.until(at(11, 5), qapp)
    window = day.app.presenter.window
    assert window is not None and window.windowTitle() == "Voorbereiding MT has ended"
