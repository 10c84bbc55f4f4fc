"""The README's pictures, taken from the running app on the real desktop session, in English and Dutch:
the tray and Today (this file), the rituals (test_readme_screenshots_rituals.py), and history,
statistics, settings and the welcome (test_readme_screenshots_records.py).

Each shot is what a user sees: the tray menu opened by a real right-click, the nudge window the
presenter shows for a focus block, the Today window with a meeting and a call, and Today again
with two imported calendars and the day's must-dos. A ManualClock on Tuesday 23 March 2027 keeps
the pictures the same from run to run. The Dutch shots are also checked for text the catalogue
translates but the screen still shows in English.

Shots go to test-artifacts/readme/<name>-<lang>.png. With RITMEREGIE_UPDATE_SCREENSHOTS=1 they are
also copied to docs/screenshots/ (CI leaves it unset, so it never rewrites the repo):

    RITMEREGIE_UPDATE_SCREENSHOTS=1 tools/desktop-session .venv/bin/pytest -q -p no:cacheprovider \\
        -m desktop tests/desktop/test_readme_screenshots*.py
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from desktop_tools import park_pointer, region_is_painted, right_click, wait_until
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from readme_days import (
    AGENDA,
    CALENDAR_TEXTS,
    CARRIED,
    TODAY_MUST,
    TUESDAY,
    at,
    say,
    seed_agenda,
    seed_calendars,
    seed_tuesday,
)
from readme_shots import *  # noqa: F403  (the fixtures)
from readme_shots import Launch
from readme_texts import assert_no_english_left, shown_texts

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.platform.i18n import active_language, set_language
from ritmeregie.storage import Store
from ritmeregie.ui.texts import nudge_message, nudge_title
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.desktop

T = TypeVar("T")
TUESDAY_10_05 = at(TUESDAY, 10, 5)


def _agenda_only(store: Store, _clock: object, language: str) -> None:
    seed_agenda(store, language)


def test_tray_menu(launch: Launch, language: str) -> None:
    session = launch(TUESDAY_10_05, _agenda_only)
    tray = session.app.tray
    assert tray is not None

    park_pointer()
    # A real right-click near the icon's lower left corner: the menu opens down and to the left
    # of the pointer, so the icon itself stays in the picture.
    icon = tray.icon.geometry()
    right_click(icon.left() + 3, icon.bottom() - 3)

    wait_until(tray.menu.isVisible, what="the menu to open")
    wait_until(lambda: region_is_painted(tray.menu.geometry()), what="the menu to be drawn")
    QApplication.processEvents()
    session.capture(tray.menu, "tray-menu", with_rect=tray.icon.geometry())
    expected = {"en": "Today", "nl": "Vandaag"}[language]
    assert tray.today_action.text() == expected
    assert_no_english_left(tray.menu, language)


def test_nudge_window_for_a_focus_block(launch: Launch, language: str) -> None:
    session = launch(TUESDAY_10_05, _agenda_only)
    app = session.app
    nudge = next(
        n
        for n in app.controller.upcoming_nudges()
        if n.kind is NudgeKind.BLOCK_START and n.block.kind is BlockKind.FOCUS
    )

    app.scheduler.nudge_due.emit(nudge)

    window = app.presenter.window
    assert window is not None
    session.settle(window)
    assert app.tray is not None
    session.capture(window, "nudge", with_rect=app.tray.icon.geometry())
    assert_no_english_left(window, language)


def test_today_window_with_a_meeting_and_a_call(launch: Launch, language: str) -> None:
    session = launch(TUESDAY_10_05, _agenda_only)

    window = session.show(WindowKey.TODAY)

    assert window is session.app.vandaag
    texts = shown_texts(window)
    for title, *_rest in AGENDA:
        assert say(title, language) in texts
    session.capture(window, "vandaag")
    assert_no_english_left(window, language)


def test_today_with_two_calendars_and_the_days_must_dos(launch: Launch, language: str) -> None:
    layers: list[str] = []

    def seed(store: Store, clock: object, lang: str) -> None:
        seed_tuesday(store, clock, lang)  # type: ignore[arg-type]
        layers.extend(seed_calendars(store, clock, lang))  # type: ignore[arg-type]

    session = launch(TUESDAY_10_05, seed)

    window = session.show(WindowKey.TODAY)

    texts = shown_texts(window)
    for layer in layers:
        assert layer in texts, f"the legend names the layer {layer}"
    for must_do in (CARRIED, TODAY_MUST):
        assert say(must_do, language) in texts
    planned = {b.title for b in session.app.controller.plan.blocks}
    for event in ("board", "dentist"):
        assert CALENDAR_TEXTS[language][event] in planned, f"the imported {event} is in the day"
    session.capture(window, "vandaag-agendas")
    assert_no_english_left(window, language)


def in_english(qapp: QApplication, produce: Callable[[], T]) -> T:
    """What `produce` returns with the Dutch catalogue taken out for a moment."""
    translators = qapp.findChildren(QTranslator)
    for translator in translators:
        qapp.removeTranslator(translator)
    language = active_language()
    set_language("en")
    try:
        return produce()
    finally:
        set_language(language)
        for translator in translators:
            qapp.installTranslator(translator)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_nudges_are_all_dutch(launch: Launch, language: str, qapp: QApplication) -> None:
    session = launch(TUESDAY_10_05, _agenda_only)
    start = at(TUESDAY, 14, 0)
    upcoming = session.app.controller.upcoming_nudges()
    meeting = next(n for n in upcoming if n.block.kind is BlockKind.MEETING)
    focus = next(n for n in upcoming if n.block.kind is BlockKind.FOCUS)
    assert meeting.block.start == start
    untranslated: list[str] = []
    for nudge in (focus, meeting):
        for render in (nudge_title, nudge_message):
            dutch = render(nudge)
            english = in_english(qapp, lambda r=render, n=nudge: r(n))  # type: ignore[misc]
            # The user's own title is the same in every language; anything else must change.
            if dutch == english and dutch != nudge.block.title:
                untranslated.append(dutch)
    assert untranslated == []
