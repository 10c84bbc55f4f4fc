"""The day start dialog on a real store, driven by the keyboard: type, pick, defer, undo, call.

Monday 2027-03-29 08:35 in Europe/Amsterdam; a ManualClock, so nothing moves unless a test moves it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt

from ritmeregie.domain.localtime import DEFAULT_DAY_BOUNDARY, day_bounds
from ritmeregie.storage import Store
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.rituals.dagstart import DagstartDialog

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

AMS = ZoneInfo("Europe/Amsterdam")
MON = dt.date(2027, 3, 29)
FRI = dt.date(2027, 3, 26)


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 3, 29, 8, 35, tzinfo=AMS)


@pytest.fixture
def open_dialog(qtbot, controller: RhythmController) -> Iterator[object]:  # type: ignore[no-untyped-def]
    opened: list[DagstartDialog] = []

    def make() -> DagstartDialog:
        dialog = DagstartDialog(controller)
        dialog.bring_forward()
        qtbot.waitActive(dialog)
        opened.append(dialog)
        return dialog

    yield make
    for dialog in opened:
        if shiboken6.isValid(dialog):  # WA_DeleteOnClose: a closed one is gone already
            dialog.close()


def today_titles(store: Store) -> list[str]:
    return [
        m.title for m in store.must_dos.for_day(MON, *day_bounds(MON, AMS, DEFAULT_DAY_BOUNDARY))
    ]


def test_typing_a_must_do_saves_it_for_today(qtbot, open_dialog, store) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    assert dialog.focusWidget() is dialog.slots[0].title_edit
    qtbot.keyClicks(dialog.slots[0].title_edit, "Notulen MT uitwerken")
    qtbot.waitUntil(lambda: today_titles(store) == ["Notulen MT uitwerken"])
    # Tab, Space: urgent; Tab, Space: important — by keyboard.
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.slots[0].urgent_box
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    (must_do,) = store.must_dos.for_day(MON, *day_bounds(MON, AMS, DEFAULT_DAY_BOUNDARY))
    assert must_do.urgent and not must_do.important and must_do.planned_for == MON


def test_editing_renames_and_emptying_lets_go(qtbot, open_dialog, store) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    edit = dialog.slots[0].title_edit
    qtbot.keyClicks(edit, "Zaal boeken")
    dialog.saver.flush()
    qtbot.keyClicks(edit, " heidag")
    dialog.saver.flush()
    assert today_titles(store) == ["Zaal boeken heidag"]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    dialog.saver.flush()
    assert today_titles(store) == []
    assert store.must_dos.open() == []  # typed here, so it is gone, not parked


def test_pick_from_the_sorted_open_list_with_enter(qtbot, open_dialog, store) -> None:  # type: ignore[no-untyped-def]
    store.must_dos.add("Archief opschonen")
    store.must_dos.add("Jaarverslag", important=True, deadline=MON + dt.timedelta(days=3))
    store.must_dos.add("Cadeau Piet", urgent=True, important=True)
    dialog = open_dialog()
    texts = [dialog.pool.item(i).text() for i in range(dialog.pool.count())]
    assert texts[0].startswith("Cadeau Piet · urgent and important")
    assert texts[1].startswith("Jaarverslag · important · deadline 1-4")
    qtbot.keyClick(
        dialog.windowHandle(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier
    )  # &Open must-dos
    assert dialog.focusWidget() is dialog.pool
    qtbot.keyClick(dialog.pool, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.pool, Qt.Key.Key_Return)
    assert today_titles(store) == ["Cadeau Piet", "Jaarverslag"]
    assert [dialog.slots[i].title_edit.text() for i in range(3)] == [
        "Cadeau Piet",
        "Jaarverslag",
        "",
    ]
    qtbot.keyClick(dialog.pool, Qt.Key.Key_Return)
    assert today_titles(store) == ["Cadeau Piet", "Jaarverslag", "Archief opschonen"]
    # Three is plenty: with no free slot, picking is off.
    store.must_dos.add("Nog iets")
    dialog.load()
    assert not dialog.pick_button.isEnabled()


def test_not_today_next_week_defers_visibly_and_can_be_undone(qtbot, open_dialog, store) -> None:  # type: ignore[no-untyped-def]
    store.must_dos.add("Offerte printer", planned_for=MON)
    dialog = open_dialog()
    defer = dialog.slots[0].defer_button
    defer.setFocus()
    qtbot.keyClick(defer, Qt.Key.Key_Space)
    assert today_titles(store) == []
    moved = store.must_dos.open()[0]
    assert moved.deferred_to == dt.date(2027, 4, 5)
    assert dialog.deferred_bar.isVisible()
    assert "Offerte printer" in dialog.deferred_label.text()
    assert "5 April 2027" in dialog.deferred_label.text()
    assert dialog.focusWidget() is dialog.undo_button
    qtbot.keyClick(dialog.undo_button, Qt.Key.Key_Space)
    assert today_titles(store) == ["Offerte printer"]
    assert not dialog.deferred_bar.isVisible()


def test_the_call_is_saved_as_typed_and_a_carried_call_is_taken_on(
    qtbot, open_dialog, store
) -> None:  # type: ignore[no-untyped-def]
    old = store.calls.add(FRI, "Karin")
    dialog = open_dialog()
    assert dialog.call_edit.text() == "Karin"
    assert dialog.call_note.text() == "from 26-3"
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Call
    assert dialog.focusWidget() is dialog.call_edit
    qtbot.keyClick(dialog.call_edit, Qt.Key.Key_End)  # the mnemonic selected the text
    qtbot.keyClicks(dialog.call_edit, " over de offerte")
    qtbot.keyClick(dialog.call_edit, Qt.Key.Key_Tab)  # focus-out saves at once
    call = store.calls.for_day(MON)
    assert call is not None and call.id == old.id
    assert (call.who, call.date) == ("Karin over de offerte", MON)


def test_context_yesterdays_wish_agenda_and_deadlines(
    qtbot, open_dialog, controller, store
) -> None:  # type: ignore[no-untyped-def]
    store.reflections.save(FRI, "", "", "Eerder beginnen met de frictielijst", 3)
    controller.add_agenda(
        "Directieoverleg",
        dt.datetime(2027, 3, 29, 10, tzinfo=AMS),
        dt.datetime(2027, 3, 29, 11, tzinfo=AMS),
    )
    store.must_dos.add("Jaarverslag inleveren", deadline=MON)
    dialog = open_dialog()
    assert dialog.yesterday_heading.text() == "On Friday you wanted to do differently"
    assert dialog.yesterday_label.text() == "“Eerder beginnen met de frictielijst”"
    assert "10:00–11:00  Directieoverleg" in dialog.agenda_label.text()
    assert dialog.deadlines_label.text() == "• Jaarverslag inleveren"


def test_closing_with_escape_keeps_what_was_typed(qtbot, open_dialog, store) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    qtbot.keyClicks(dialog.slots[0].title_edit, "Reiskosten indienen")
    assert dialog.saver.pending
    qtbot.keyClick(dialog.slots[0].title_edit, Qt.Key.Key_Escape)
    assert today_titles(store) == ["Reiskosten indienen"]
