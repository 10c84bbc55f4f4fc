"""The README's pictures of what looks back and what sets things up, from the running app on the real
desktop session, in English and Dutch: History (with a search), Statistics (weeks of real nudge
answers), Settings (the rhythm page and the calendars page) and the welcome at the first start.
Each window is opened through the app's window hub, as the tray opens it.

Shots go to test-artifacts/readme/<name>-<lang>.png; with RITMEREGIE_UPDATE_SCREENSHOTS=1 also to
docs/screenshots/ (CI leaves it unset). See test_readme_screenshots.py for the command.
"""

from __future__ import annotations

import datetime as dt

import pytest
from readme_days import (
    BOARD_MEETING,
    FRICTIONS,
    FRIDAY,
    MONDAY,
    TUESDAY,
    at,
    say,
    seed_calendars,
    seed_last_week,
    seed_nudge_log,
    seed_reflections,
    seed_tuesday,
)
from readme_shots import *  # noqa: F403  (the fixtures)
from readme_shots import Launch, move_clock
from readme_texts import assert_no_english_left, shown_texts

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store
from ritmeregie.storage.records import DaduRow
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.desktop

SEARCH = {"en": "budget", "nl": "budget"}
EARLIER_MEETING = {"en": "MT meeting", "nl": "MT-overleg"}
EARLIER_ROWS = {
    "en": (DaduRow("Budget 2028: first draft in March", "Collect the department figures", "Karin",
                   dt.date(2027, 3, 19)),
           DaduRow("New meeting room rules", "Put them on the intranet", "Marieke")),
    "nl": (DaduRow("Budget 2028: eerste opzet in maart", "Cijfers afdelingen verzamelen", "Karin",
                   dt.date(2027, 3, 19)),
           DaduRow("Nieuwe regels vergaderzalen", "Op intranet zetten", "Marieke")),
}  # fmt: skip

BUDGET_FRICTION = {
    "en": "Every department sends its budget in its own format",
    "nl": "Elke afdeling levert het budget in een eigen format aan",
}
BUDGET_REFLECTION = (
    {"en": "Went through Budget 2028 with Karin; the numbers add up.",
     "nl": "Budget 2028 met Karin doorgelopen; de cijfers kloppen."},
    {"en": "Waited all morning for the sales figures.",
     "nl": "De hele ochtend op de cijfers van verkoop gewacht."},
    {"en": "Ask for figures a week before I need them.",
     "nl": "Cijfers een week eerder opvragen dan ik ze nodig heb."},
)  # fmt: skip


def test_history_with_a_search(launch: Launch, language: str) -> None:
    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        seed_reflections(store, clock, lang, dt.date(2027, 2, 22), MONDAY - dt.timedelta(days=1))
        move_clock(clock, at(dt.date(2027, 3, 8), 11))
        store.dadu.add(say(EARLIER_MEETING, lang), dt.date(2027, 3, 8), EARLIER_ROWS[lang])
        move_clock(clock, at(dt.date(2027, 3, 10), 14))
        store.frictions.add(say(BUDGET_FRICTION, lang))
        seed_last_week(store, clock, lang)
        move_clock(clock, at(dt.date(2027, 3, 17), 16, 50))
        store.reflections.save(dt.date(2027, 3, 17), *(say(t, lang) for t in BUDGET_REFLECTION), 4)

    session = launch(at(FRIDAY, 17, 5), seed)
    window = session.show(WindowKey.HISTORY, search=SEARCH[language])

    texts = shown_texts(window)
    for text in (BOARD_MEETING, EARLIER_MEETING, BUDGET_FRICTION, BUDGET_REFLECTION[0]):
        assert say(text, language) in texts, say(text, language)
    assert say(FRICTIONS[0], language) not in texts, "the search leaves out what does not match"
    shown = window.list.topLevelItemCount()  # type: ignore[attr-defined]
    assert shown == 4 < len(window.entries), "the search finds four of all entries"  # type: ignore[attr-defined]
    session.capture(window, "history")
    assert_no_english_left(window, language)


def test_statistics_of_a_few_weeks(launch: Launch, language: str) -> None:
    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        seed_nudge_log(store, clock, dt.date(2027, 2, 1), FRIDAY)
        seed_reflections(store, clock, lang, dt.date(2027, 3, 8), FRIDAY)

    session = launch(at(FRIDAY, 17, 5), seed)
    window = session.show(WindowKey.STATISTICS)

    stats = window.stats  # type: ignore[attr-defined]
    assert stats is not None and stats.totals.focus_minutes > 0, "the week has focus time to show"
    trend = window.trend_chart.series[0].values  # type: ignore[attr-defined]
    assert sum(1 for minutes in trend if minutes > 0) >= 6, "weeks of data make a real trend"
    session.capture(window, "statistics")
    assert_no_english_left(window, language)


def test_settings_rhythm_and_calendars(launch: Launch, language: str) -> None:
    layers: list[str] = []

    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        seed_tuesday(store, clock, lang)
        layers.extend(seed_calendars(store, clock, lang))

    session = launch(at(TUESDAY, 10, 5), seed)
    window = session.show(WindowKey.SETTINGS, page="rhythm")

    assert window.current_key() == "rhythm"  # type: ignore[attr-defined]
    session.capture(window, "settings-rhythm")
    assert_no_english_left(window, language)

    again = session.app.show_window(WindowKey.SETTINGS, page="calendars")

    assert again is window and window.current_key() == "calendars"  # type: ignore[attr-defined]
    session.settle(window)
    texts = shown_texts(window)
    assert all(layer in texts for layer in layers), layers
    session.capture(window, "settings-calendars")
    assert_no_english_left(window, language)


def test_welcome_at_the_first_start(
    launch: Launch, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Someone who reads Dutch has a Dutch system: "Like the system (Dutch)", in their language.
    monkeypatch.setenv("LANGUAGE", {"en": "en_GB:en", "nl": "nl_NL:nl"}[language])
    session = launch(at(TUESDAY, 8, 15))
    assert session.app.store.settings.get("first_run_done") is False

    window = session.show(WindowKey.WELCOME)

    expected = {"en": "Welcome to ritmeregie", "nl": "Welkom bij ritmeregie"}[language]
    assert expected in shown_texts(window)
    session.capture(window, "welcome")
    assert_no_english_left(window, language)
