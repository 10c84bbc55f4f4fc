"""The README's pictures of working for several managers, from the running app on the desktop
session, in English and Dutch: the priority matrix with two managers' requests, the conflict
notice when their urgent work does not fit, and the request intake card.

    RITMEREGIE_UPDATE_SCREENSHOTS=1 tools/desktop-session .venv/bin/pytest -q -p no:cacheprovider \\
        -m desktop tests/desktop/test_readme_screenshots_managers.py
"""

from __future__ import annotations

import datetime as dt

import pytest
from readme_days import TUESDAY, at, seed_tuesday
from readme_shots import *  # noqa: F403  (the fixtures)
from readme_shots import Launch
from readme_texts import assert_no_english_left

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.priority import Preference, Quadrant
from ritmeregie.storage import Intake, Store
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.desktop

WEDNESDAY = TUESDAY + dt.timedelta(days=1)
FRIDAY = TUESDAY + dt.timedelta(days=3)

# (title, manager, urgent, important, deadline, minutes, impact) per language.
REQUESTS = {
    "nl": (
        ("Notitie voor de RvC", "Karin", True, True, WEDNESDAY, 540, ""),
        ("Reis naar Brussel boeken", "Tom", True, False, WEDNESDAY, 300, "Tom boekt dan zelf"),
        ("Jaarplan secretariaat", "Karin", False, True, None, 240, ""),
        ("Heidag voorbereiden", "Tom", False, True, FRIDAY, 120, ""),
        ("Lunch voor het MT bestellen", "Tom", True, False, None, 15, ""),
        ("Archief opruimen", "Karin", False, False, None, 60, ""),
    ),
    "en": (
        ("Note for the supervisory board", "Karin", True, True, WEDNESDAY, 540, ""),
        ("Book the trip to Brussels", "Tom", True, False, WEDNESDAY, 300, "Tom books it himself"),
        ("Office annual plan", "Karin", False, True, None, 240, ""),
        ("Prepare the away day", "Tom", False, True, FRIDAY, 120, ""),
        ("Order lunch for the MT", "Tom", True, False, None, 15, ""),
        ("Clear out the archive", "Karin", False, False, None, 60, ""),
    ),
}


def _seed(store: Store, clock: ManualClock, language: str) -> None:
    seed_tuesday(store, clock, language)
    ids = {
        "Karin": store.managers.add("Karin").id,
        "Tom": store.managers.add("Tom").id,
    }
    for title, who, urgent, important, deadline, minutes, impact in REQUESTS[language]:
        store.must_dos.add(
            title,
            urgent=urgent,
            important=important,
            deadline=deadline,
            manager_id=ids[who],
            estimate_minutes=minutes,
            intake=Intake(impact=impact, prefer=Preference.SPEED if impact else None),
        )


def test_the_priority_matrix(launch: Launch, language: str) -> None:
    session = launch(at(TUESDAY, 10, 5), _seed)
    window = session.show(WindowKey.MATRIX)
    window.resize(820, 520)
    assert window.lists[Quadrant.URGENT_IMPORTANT].count() >= 1  # type: ignore[attr-defined]
    session.settle(window)
    session.capture(window, "matrix")
    assert_no_english_left(window, language)


def test_the_conflict_notice(launch: Launch, language: str) -> None:
    session = launch(at(TUESDAY, 10, 5), _seed)
    notice = session.show(WindowKey.CONFLICT_NOTICE)
    assert notice.conflict is not None  # type: ignore[attr-defined]
    session.settle(notice)
    session.capture(notice, "conflict-notice")
    assert_no_english_left(notice, language)


INTAKE = {
    "nl": ("Presentatie voor de heidag", "Het team kiest de drie doelen voor 2028", "60"),
    "en": ("Slides for the away day", "The team picks the three goals for 2028", "60"),
}


def test_the_request_intake(launch: Launch, language: str) -> None:
    session = launch(at(TUESDAY, 10, 5), _seed)
    card = session.show(WindowKey.REQUEST_INTAKE)
    title, goal, minutes = INTAKE[language]
    card.title.setText(title)  # type: ignore[attr-defined]
    card.goal.setText(goal)  # type: ignore[attr-defined]
    card.needed_by.setText("26-03-2027")  # type: ignore[attr-defined]
    card.minutes.setValue(int(minutes))  # type: ignore[attr-defined]
    card.important.setChecked(True)  # type: ignore[attr-defined]
    card.saver.flush()  # type: ignore[attr-defined]
    assert card.must_do_id is not None  # type: ignore[attr-defined]
    session.settle(card)
    session.capture(card, "request-intake")
    assert_no_english_left(card, language)
