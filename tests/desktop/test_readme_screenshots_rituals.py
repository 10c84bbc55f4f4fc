"""The README's pictures of the rituals, from the running app on the real desktop session, in English
and Dutch: day start, reflection, DADU, noting a friction, Friction Friday, checklists, the weekly
review and the competence mirror. Each window is opened through the app's window hub, as the tray
opens it, on a store filled the way a real week would fill it (readme_days.py).

Shots go to test-artifacts/readme/<name>-<lang>.png; with RITMEREGIE_UPDATE_SCREENSHOTS=1 also to
docs/screenshots/ (CI leaves it unset). See test_readme_screenshots.py for the command.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtTest import QTest
from readme_days import (
    BOARD_MEETING,
    CARRIED,
    DADU_ROWS,
    FRICTIONS,
    FRIDAY,
    MONDAY,
    NEXT_MONDAY,
    POOL,
    TODAY_CALL,
    TODAY_MUST,
    TUESDAY,
    YESTERDAY,
    at,
    say,
    seed_frictions,
    seed_last_week,
    seed_reflections,
    seed_tuesday,
)
from readme_shots import *  # noqa: F403  (the fixtures)
from readme_shots import Launch, move_clock
from readme_texts import assert_no_english_left, shown_texts

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import FrictionStatus, Store
from ritmeregie.storage.reviews import ReviewKind
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.desktop

TODAY_REFLECTION = {
    "satisfied": {"en": "MT minutes finished and sent before lunch.",
                  "nl": "Notulen MT af en verstuurd vóór de lunch."},
    "less": {"en": "The budget meeting ran half an hour over.",
             "nl": "Het begrotingsoverleg liep een halfuur uit."},
}  # fmt: skip
DECISION_QUESTION = {
    "en": "Does the 2028 budget go up, and by how much?",
    "nl": "Gaat de begroting voor 2028 omhoog, en met hoeveel?",
}
TYPED_FRICTION = {
    "en": "Room bookings by e-mail get lost",
    "nl": "Zaalreserveringen per mail raken zoek",
}
CHECKLISTS = {
    "en": (("Prepare the MT meeting", ("Send the agenda round", "Collect the papers",
                                        "Attach last time's minutes", "Book room and coffee",
                                        "Check who sends apologies"), 2),
           ("New colleague starts", ("Request a laptop", "Order an access pass",
                                     "Send a welcome e-mail"), 1),
           ("Month-end close", ("Check the expense claims", "Send the timesheets"), 0)),
    "nl": (("MT-vergadering voorbereiden", ("Agenda rondsturen", "Stukken verzamelen",
                                             "Notulen vorige keer bijvoegen",
                                             "Zaal en koffie regelen",
                                             "Afmeldingen nagaan"), 2),
           ("Nieuwe collega start", ("Laptop aanvragen", "Toegangspas bestellen",
                                     "Welkomstmail sturen"), 1),
           ("Maandafsluiting", ("Declaraties nakijken", "Urenstaten versturen"), 0)),
}  # fmt: skip
REVIEW_NOTES = {
    "en": "- Holiday in May: two weeks from 10 May?\n- Who takes the minutes at the away day?",
    "nl": "- Vakantie in mei: twee weken vanaf 10 mei?\n- Wie notuleert tijdens de heidag?",
}
MIRROR_ANSWER = {
    "en": "More than I thought: I set up the away day myself and said no to meetings "
    "without an agenda.",
    "nl": "Meer dan ik dacht: de heidag zelf opgezet en nee gezegd tegen overleg zonder agenda.",
}


def test_day_start(launch: Launch, language: str) -> None:
    session = launch(at(TUESDAY, 8, 31), seed_tuesday)

    window = session.show(WindowKey.DAGSTART)

    texts = shown_texts(window)
    for text in (CARRIED, TODAY_MUST, TODAY_CALL, YESTERDAY["differently"], POOL[0][0]):
        assert say(text, language) in texts, say(text, language)
    session.capture(window, "dagstart")
    assert_no_english_left(window, language)


def test_reflection_partly_filled(launch: Launch, language: str) -> None:
    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        seed_tuesday(store, clock, lang)
        move_clock(clock, at(TUESDAY, 16, 46))
        texts = TODAY_REFLECTION
        store.reflections.save(
            TUESDAY, say(texts["satisfied"], lang), say(texts["less"], lang), "", 4
        )

    session = launch(at(TUESDAY, 16, 46), seed)
    window = session.show(WindowKey.REFLECTION)
    session.clock.advance(dt.timedelta(minutes=4))  # four minutes into it: the timer shows that
    window.on_tick()  # type: ignore[attr-defined]

    texts = shown_texts(window)
    assert say(TODAY_REFLECTION["less"], language) in texts
    assert "4" in window.timer_label.text()  # type: ignore[attr-defined]
    assert window.energy_group.checkedId() == 4  # type: ignore[attr-defined]
    session.capture(window, "reflection")
    assert_no_english_left(window, language)


def test_dadu_of_a_meeting(launch: Launch, language: str) -> None:
    meeting: list[int] = []

    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        seed_tuesday(store, clock, lang)
        item = store.agenda.add(
            say(BOARD_MEETING, lang), at(TUESDAY, 9), at(TUESDAY, 10), "Europe/Amsterdam",
            decision_question=say(DECISION_QUESTION, lang),
        )  # fmt: skip
        assert item.id is not None
        meeting.append(item.id)
        move_clock(clock, at(TUESDAY, 10, 2))
        for row in DADU_ROWS[lang]:
            store.dadu.append_row(say(BOARD_MEETING, lang), TUESDAY, row, agenda_item_id=item.id)

    session = launch(at(TUESDAY, 10, 5), seed)
    window = session.show(
        WindowKey.DADU,
        agenda_item_id=meeting[0],
        meeting_title=say(BOARD_MEETING, language),
        date=TUESDAY,
    )

    texts = shown_texts(window)
    assert say(BOARD_MEETING, language) in texts
    for row in DADU_ROWS[language]:
        assert row.decision in texts and row.action in texts and row.owner in texts
    session.capture(window, "dadu")
    assert_no_english_left(window, language)


def test_note_a_friction(launch: Launch, language: str) -> None:
    session = launch(at(TUESDAY, 10, 40), seed_tuesday)
    window = session.show(WindowKey.FRICTION_ENTRY, place=False)  # it stands by the tray icon

    QTest.keyClicks(window.line, say(TYPED_FRICTION, language))  # type: ignore[attr-defined]

    assert window.line.text() == say(TYPED_FRICTION, language)  # type: ignore[attr-defined]
    assert session.app.tray is not None
    session.capture(window, "friction-entry", with_rect=session.app.tray.icon.geometry())
    assert_no_english_left(window, language)


def test_friction_friday(launch: Launch, language: str) -> None:
    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        seed_frictions(store, clock, lang, MONDAY)
        move_clock(clock, at(FRIDAY, 9, 10))
        store.frictions.set_status(store.frictions.open()[1].id, FrictionStatus.FIXED)

    session = launch(at(FRIDAY, 15, 1), seed)
    window = session.show(WindowKey.FRICTION_FRIDAY)

    texts = shown_texts(window)
    for friction in FRICTIONS:
        assert say(friction, language) in texts
    assert window.list.topLevelItemCount() == len(FRICTIONS)  # type: ignore[attr-defined]
    session.capture(window, "friction-friday")
    assert_no_english_left(window, language)


def test_checklists(launch: Launch, language: str) -> None:
    shown: list[int] = []

    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        for title, items, ticked in CHECKLISTS[lang]:
            checklist = store.checklists.create(title, items)
            for item in checklist.items[:ticked]:
                store.checklists.tick(item.id)
            shown.append(checklist.id)

    session = launch(at(TUESDAY, 10, 5), seed)
    window = session.show(WindowKey.CHECKLISTS, checklist_id=shown[0])

    texts = shown_texts(window)
    _title, items, _ticked = CHECKLISTS[language][0]
    assert all(item in texts for item in items)
    assert all(other in texts for other, *_rest in CHECKLISTS[language])
    session.capture(window, "checklists")
    assert_no_english_left(window, language)


def test_weekly_review(launch: Launch, language: str) -> None:
    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        seed_last_week(store, clock, lang)
        move_clock(clock, at(NEXT_MONDAY, 9, 2))
        store.reviews.save(ReviewKind.WEEKLY_REVIEW, NEXT_MONDAY, REVIEW_NOTES[lang])

    session = launch(at(NEXT_MONDAY, 9, 3), seed)
    window = session.show(WindowKey.WEEKLY_REVIEW)

    texts = shown_texts(window)
    assert REVIEW_NOTES[language] in texts
    summary = window.summary_view.toPlainText()  # type: ignore[attr-defined]
    assert say(BOARD_MEETING, language) in summary and say(POOL[0][0], language) in summary
    energy = re.search(r"(\d+(?:[.,]\d+)?) / 5", summary)
    assert energy is not None, "last week's reflections give an average energy"
    assert {"en": ",", "nl": "."}[language] not in energy.group(1), "the language's decimal sign"
    session.capture(window, "weekly-review")
    assert_no_english_left(window, language)


def test_competence_mirror(launch: Launch, language: str) -> None:
    year = 2027

    def seed(store: Store, clock: ManualClock, lang: str) -> None:
        for month in range(1, 13):
            first = dt.date(year, month, 6)
            seed_reflections(store, clock, lang, first, first + dt.timedelta(days=7))
        move_clock(clock, at(dt.date(year, 12, 14), 10))
        store.reviews.save(ReviewKind.COMPETENCE_MIRROR, dt.date(year, 1, 1), MIRROR_ANSWER[lang])

    session = launch(at(dt.date(year, 12, 14), 10, 5), seed)
    window = session.show(WindowKey.COMPETENCE_MIRROR)

    texts = shown_texts(window)
    assert MIRROR_ANSWER[language] in texts
    assert str(year) in texts
    session.capture(window, "competence-mirror")
    assert_no_english_left(window, language)
