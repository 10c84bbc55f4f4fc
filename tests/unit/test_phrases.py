"""Quick replies: her own wording wins, placeholders are filled literally, the default comes back."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import BlockKind
from ritmeregie.platform.i18n import set_language
from ritmeregie.services.phrases import (
    PHRASE_NAMES,
    PhraseContext,
    default_phrases,
    fill,
    next_free_slot,
    phrases,
    save_phrase,
    saved_phrases,
)
from ritmeregie.storage import open_store

AMS = ZoneInfo("Europe/Amsterdam")


def test_every_name_has_a_default_in_both_languages():
    set_language("en")
    english = default_phrases()
    set_language("nl")
    try:
        dutch = default_phrases()
    finally:
        set_language("en")
    assert tuple(english) == tuple(dutch) == PHRASE_NAMES
    assert all(english[n][1] != dutch[n][1] for n in PHRASE_NAMES)
    assert dutch["call-me"][1] == "Bel me gerust, ik denk graag mee."


def test_placeholders_are_filled_and_stray_braces_are_left_alone():
    slot = dt.datetime(2027, 3, 29, 9, 0, tzinfo=AMS)
    text = fill("{manager} {next_free_slot} {unknown} {", PhraseContext("Inge", slot))
    assert text == "Inge on Monday 29 March at 09:00 {unknown} {"
    assert fill("{manager}, {next_free_slot}", PhraseContext()) == "my manager, next week"


def test_her_wording_is_kept_and_an_empty_text_brings_the_default_back(data_dir):
    with open_store(data_dir) as store:
        save_phrase(store, "cc", "Alleen cc als ik iets moet doen, graag.")
        assert saved_phrases(store) == {"cc": "Alleen cc als ik iets moet doen, graag."}
        by_name = {p.name: p for p in phrases(saved_phrases(store))}
        assert by_name["cc"].edited and not by_name["opener"].edited
        save_phrase(store, "cc", "")
        assert saved_phrases(store) == {}
        save_phrase(store, "cc", default_phrases()["cc"][1])  # the default again is no edit
        assert saved_phrases(store) == {}


def test_the_next_free_slot_is_next_weeks_first_focus_block(data_dir):
    with open_store(data_dir) as store:
        friday = dt.date(2027, 3, 26)
        slot = next_free_slot(store, friday, AMS)
        assert slot is not None and slot.date() == dt.date(2027, 3, 29)
        from ritmeregie.domain.planner import plan_day

        monday = plan_day(dt.date(2027, 3, 29), store.settings.rhythm(), [], AMS)
        first_focus = next(b for b in monday.blocks if b.kind is BlockKind.FOCUS)
        assert slot == first_focus.start.astimezone(AMS)


def test_a_full_monday_morning_moves_the_slot_to_when_she_is_free(data_dir):
    with open_store(data_dir) as store:
        friday = dt.date(2027, 3, 26)
        before = next_free_slot(store, friday, AMS)
        store.agenda.add(
            "Heidag",
            dt.datetime(2027, 3, 29, 8, 0, tzinfo=AMS),
            dt.datetime(2027, 3, 29, 17, 0, tzinfo=AMS),
            "Europe/Amsterdam",
        )
        after = next_free_slot(store, friday, AMS)
        assert before is not None and after is not None
        assert after.date() == dt.date(2027, 3, 30) > before.date()
