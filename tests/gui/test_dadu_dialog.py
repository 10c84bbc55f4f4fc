"""The DADU dialog, typed by keyboard: rows saved as typed, deadlines as must-do's, the clipboard,
undo, and the meeting-end nudge that opens it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import FRIDAY, QT_LOG_IGNORE, at, focused, running_app
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.nudges import NudgeAnswer, NudgeKind, nudges_for
from ritmeregie.storage import DaduRow
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.rituals.dadu import DaduDialog
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

NEXT_FRIDAY = dt.date(2027, 4, 2)


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(11, 2)) as (running, _clock):
        yield running


@pytest.fixture
def meeting_id(app: RitmeregieApp) -> int:
    item = app.controller.add_agenda("MT-overleg", at(10), at(11))
    assert item.id is not None
    return item.id


def show(qtbot: Any, app: RitmeregieApp, **context: Any) -> DaduDialog:
    """Open it the way the app does (the hub keeps it; the app fixture closes it)."""
    dialog = app.show_window(WindowKey.DADU, **context)
    assert isinstance(dialog, DaduDialog)
    dialog.activateWindow()
    # Keys (mnemonics, focus changes) reach only the active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def type_into(qtbot: Any, dialog: DaduDialog, text: str) -> None:
    qtbot.keyClicks(focused(dialog), text)


def press(qtbot: Any, dialog: DaduDialog, key: Qt.Key, modifier: Any = None) -> None:
    mod = modifier if modifier is not None else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(focused(dialog), key, mod)


def test_rows_are_saved_as_typed_and_a_deadline_becomes_a_must_do(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    assert dialog.title_edit.text() == "MT-overleg"
    assert dialog.meeting_date() == FRIDAY
    assert focused(dialog) is dialog.rows[0].decision_edit

    type_into(qtbot, dialog, "Budget Q2 akkoord")
    press(qtbot, dialog, Qt.Key.Key_Return)  # Enter moves on, like Tab
    type_into(qtbot, dialog, "Mail naar het team")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_into(qtbot, dialog, "Sanne")
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.rows[0].deadline_edit
    press(qtbot, dialog, Qt.Key.Key_Up)  # from no date, Up gives the meeting's day
    assert dialog.rows[0].deadline_edit.value() == FRIDAY
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert dialog.rows[0].deadline_edit.value() == FRIDAY - dt.timedelta(days=1)
    dialog.rows[0].deadline_edit.selectAll()
    type_into(qtbot, dialog, "2-4")  # day-month: this year
    qtbot.waitUntil(lambda: not dialog.saver.pending)

    record = app.store.dadu.find("MT-overleg", FRIDAY, meeting_id)
    assert record is not None
    assert record.agenda_item_id == meeting_id
    assert record.rows == (
        DaduRow(
            decision="Budget Q2 akkoord",
            action="Mail naar het team",
            owner="Sanne",
            deadline=NEXT_FRIDAY,
        ),
    )
    must_dos = app.store.must_dos.open()
    assert [(m.title, m.planned_for) for m in must_dos] == [
        ("Mail naar het team (MT-overleg)", NEXT_FRIDAY)
    ]
    assert dialog.status_label.text() == "Saved at 11:02."

    # Editing the row later updates that must-do instead of adding one.
    dialog.rows[0].action_edit.setFocus()
    press(qtbot, dialog, Qt.Key.Key_End)
    type_into(qtbot, dialog, " sturen")
    dialog.rows[0].owner_edit.setFocus()  # focus out saves at once
    assert [m.title for m in app.store.must_dos.open()] == [
        "Mail naar het team sturen (MT-overleg)"
    ]


def test_enter_on_the_last_field_adds_a_row_and_esc_closes_after_saving(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    type_into(qtbot, dialog, "Offsite in juni")
    for _ in range(4):
        press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.rows[0].update_edit
    type_into(qtbot, dialog, "Opties per mail naar Kees")
    press(qtbot, dialog, Qt.Key.Key_Return)
    press(qtbot, dialog, Qt.Key.Key_Up)
    press(qtbot, dialog, Qt.Key.Key_Return)  # the last field: a fresh row
    assert len(dialog.rows) == 2
    assert focused(dialog) is dialog.rows[1].decision_edit
    type_into(qtbot, dialog, "Nieuwe printer")
    press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.rows) == 3
    # Ctrl+Enter on an empty last row does not pile up empty rows.
    press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.rows) == 3
    press(qtbot, dialog, Qt.Key.Key_Escape)  # closes; nothing waits for the debounce
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: app.windows.get(WindowKey.DADU) is None)  # the next open is fresh

    record = app.store.dadu.find("MT-overleg", FRIDAY, meeting_id)
    assert record is not None
    assert [(r.decision, r.update_note, r.update_date) for r in record.rows] == [
        ("Offsite in juni", "Opties per mail naar Kees", FRIDAY),
        ("Nieuwe printer", "", None),
    ]


def test_copy_as_markdown_and_as_text(qtbot: Any, app: RitmeregieApp, meeting_id: int) -> None:
    app.store.dadu.append_row(
        "MT-overleg",
        FRIDAY,
        DaduRow(decision="Budget Q2 akkoord", action="Mail", owner="Sanne", deadline=NEXT_FRIDAY),
        meeting_id,
    )
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    type_into(qtbot, dialog, "Offsite | juni")  # typed but not yet saved: copied all the same
    clipboard = QGuiApplication.clipboard()

    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    assert dialog.markdown_button.text() == "Copy as Mar&kdown"  # Alt+K on a real desktop
    press(qtbot, dialog, Qt.Key.Key_M, control_shift)
    assert clipboard.text() == (
        "**DADU · MT-overleg · Friday 26 March 2027**\n"
        "\n"
        "| Decision | Action (who) | Deadline | Update |\n"
        "| --- | --- | --- | --- |\n"
        "| Budget Q2 akkoord | Mail (Sanne) | Friday 2 April | – |\n"
        "| Offsite \\| juni | – | – | – |\n"
    )
    assert "Teams" in dialog.status_label.text()
    assert not dialog.saver.pending

    press(qtbot, dialog, Qt.Key.Key_C, control_shift)
    assert clipboard.text() == (
        "DADU · MT-overleg · Friday 26 March 2027\n"
        "\n"
        "1. Decision: Budget Q2 akkoord\n"
        "   Action (who): Mail (Sanne)\n"
        "   Deadline: Friday 2 April\n"
        "\n"
        "2. Decision: Offsite | juni\n"
    )
    html = clipboard.mimeData().html()
    assert "<table" in html and "Budget Q2 akkoord" in html
    assert "Outlook" in dialog.status_label.text()


def test_remove_a_row_and_undo(qtbot: Any, app: RitmeregieApp, meeting_id: int) -> None:
    for text in ("Eerste", "Tweede"):
        app.store.dadu.append_row("MT-overleg", FRIDAY, DaduRow(decision=text), meeting_id)
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    assert [r.decision_edit.text() for r in dialog.rows] == ["Eerste", "Tweede", ""]
    dialog.rows[0].remove_button.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Space)
    assert [r.decision_edit.text() for r in dialog.rows] == ["Tweede", ""]
    assert dialog.undo_bar.isVisible()
    record = app.store.dadu.find("MT-overleg", FRIDAY, meeting_id)
    assert record is not None and [r.decision for r in record.rows] == ["Tweede"]

    assert focused(dialog) is dialog.undo_button
    press(qtbot, dialog, Qt.Key.Key_Space)
    assert [r.decision_edit.text() for r in dialog.rows] == ["Tweede", "Eerste", ""]
    assert not dialog.undo_bar.isVisible()
    record = app.store.dadu.find("MT-overleg", FRIDAY, meeting_id)
    assert record is not None and [r.decision for r in record.rows] == ["Tweede", "Eerste"]
    # The restored row is a stored row: editing it updates, never duplicates.
    dialog.rows[1].decision_edit.setFocus()
    type_into(qtbot, dialog, "!")
    dialog.rows[1].action_edit.setFocus()
    record = app.store.dadu.find("MT-overleg", FRIDAY, meeting_id)
    assert record is not None and [r.decision for r in record.rows] == ["Tweede", "Eerste!"]


def test_clearing_a_date_drops_its_open_must_do(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    app.store.dadu.append_row(
        "MT-overleg", FRIDAY, DaduRow(action="Mail", deadline=NEXT_FRIDAY), meeting_id
    )
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    field = dialog.rows[0].deadline_edit
    assert field.text() == "02-04-2027"
    field.setFocus()
    field.selectAll()
    press(qtbot, dialog, Qt.Key.Key_Delete)
    assert field.value() is None
    dialog.rows[0].action_edit.setFocus()
    assert app.store.must_dos.open() == []


def test_half_typed_dates_keep_the_last_good_one_and_the_text(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    field = dialog.rows[0].deadline_edit
    field.setFocus()
    type_into(qtbot, dialog, "5-4")
    assert field.value() == dt.date(2027, 4, 5)
    press(qtbot, dialog, Qt.Key.Key_Backspace)  # "5-": not a date yet
    assert field.value() == dt.date(2027, 4, 5)
    assert not dialog.date_problem_label.isVisible()  # no complaint while typing
    type_into(qtbot, dialog, "x")  # "5-x": never a date
    dialog.rows[0].decision_edit.setFocus()
    assert field.text() == "5-x"  # what was typed stays, with the reason
    assert dialog.date_problem_label.isVisible()
    assert "'5-x' is not a date" in dialog.date_problem_label.text()
    assert "05-04-2027" in dialog.date_problem_label.text()
    assert field.value() == dt.date(2027, 4, 5)
    field.setFocus()
    field.selectAll()
    type_into(qtbot, dialog, "6 april")
    assert field.value() == dt.date(2027, 4, 6)
    assert not dialog.date_problem_label.isVisible()


def test_words_typed_into_the_date_stay_and_ctrl_a_replaces_the_date(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    """Issue 12, point 8: Tab from the meeting lands in Date; the words must not be lost."""
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    dialog.title_edit.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert focused(dialog) is dialog.date_edit
    type_into(qtbot, dialog, "Kerstdiner op 18 december")
    assert dialog.date_edit.text() == "Kerstdiner op 18 december"
    assert dialog.meeting_date() == FRIDAY  # not quietly set to 18-12
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.date_edit.text() == "Kerstdiner op 18 december"
    assert "is not a date" in dialog.date_problem_label.text()
    assert dialog.date_problem_label.isVisible()

    dialog.date_edit.setFocus()
    press(qtbot, dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(qtbot, dialog, "2 april")
    assert dialog.date_edit.text() == "2 april"
    assert dialog.meeting_date() == NEXT_FRIDAY
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.date_edit.text() == "02-04-2027"
    assert not dialog.date_problem_label.isVisible()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("morgen", dt.date(2027, 3, 27)), ("9-4", dt.date(2027, 4, 9)), ("vrijdag", NEXT_FRIDAY)],
)
def test_a_deadline_takes_the_forms_of_the_command_line(
    qtbot: Any, app: RitmeregieApp, meeting_id: int, text: str, expected: dt.date
) -> None:
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    field = dialog.rows[0].deadline_edit
    field.setFocus()
    type_into(qtbot, dialog, text)
    assert field.value() == expected
    dialog.rows[0].decision_edit.setFocus()
    assert field.text() == expected.strftime("%d-%m-%Y")


def test_from_the_tray_it_picks_the_meeting_that_just_ended(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    app.controller.add_agenda("Later overleg", at(14), at(15))
    dialog = show(qtbot, app)
    assert dialog.title_edit.text() == "MT-overleg"
    assert dialog.agenda_item_id == meeting_id


def test_without_a_meeting_the_title_comes_first_and_stays_empty_until_typed(
    qtbot: Any, app: RitmeregieApp
) -> None:
    dialog = show(qtbot, app)
    assert dialog.title_edit.text() == ""
    assert focused(dialog) is dialog.title_edit
    type_into(qtbot, dialog, "Gesprek met Kees")
    press(qtbot, dialog, Qt.Key.Key_Return)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert focused(dialog) is dialog.rows[0].decision_edit
    type_into(qtbot, dialog, "Vakantie in mei")
    dialog.close()
    (record,) = app.store.dadu.between(FRIDAY, FRIDAY)
    assert record.meeting_title == "Gesprek met Kees"
    assert record.agenda_item_id is None


def test_the_meeting_end_nudge_opens_the_dadu_for_that_meeting(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    end = next(
        n
        for n in nudges_for(app.controller.plan)
        if n.kind is NudgeKind.BLOCK_END and n.block.agenda_id == meeting_id
    )
    app.scheduler.nudge_due.emit(end)
    window = app.presenter.window
    assert window is not None
    assert window.buttons[NudgeAnswer.STARTED].text() == "&Capture DADU"
    assert set(window.buttons) == {NudgeAnswer.STARTED, NudgeAnswer.SNOOZED, NudgeAnswer.SKIPPED}
    window.accept_focus()
    qtbot.keyClick(window, Qt.Key.Key_Return)

    dialog = app.windows.get(WindowKey.DADU)
    assert isinstance(dialog, DaduDialog)
    assert dialog.title_edit.text() == "MT-overleg"
    assert dialog.agenda_item_id == meeting_id
    assert dialog.meeting_date() == FRIDAY
    entries = app.store.nudge_log.between(at(10, 59), at(11, 1))
    assert [(e.nudge_kind, e.answer) for e in entries] == [("block_end", NudgeAnswer.STARTED)]


def test_an_update_due_today_becomes_todays_nudge(
    qtbot: Any, app: RitmeregieApp, meeting_id: int
) -> None:
    def update_nudges() -> list[Any]:
        # On the card of the free block it starts with (moments at one instant share a card).
        return [
            part
            for card in app.controller.upcoming_nudges()
            for part in card.parts
            if part.kind is NudgeKind.DADU_UPDATE
        ]

    def card_of(nudge: Any) -> Any:
        return next(c for c in app.controller.upcoming_nudges() if nudge in c.parts)

    assert update_nudges() == []
    dialog = show(qtbot, app, agenda_item_id=meeting_id)
    type_into(qtbot, dialog, "Offsite")
    dialog.rows[0].update_date_edit.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Up)  # the meeting's day: today
    dialog.rows[0].decision_edit.setFocus()

    (nudge,) = update_nudges()
    assert nudge.about == ("MT-overleg",)
    assert nudge.at > at(11, 2)
    assert card_of(nudge).key in app.scheduler.job_ids()  # the dialog rescheduled the day
    app.scheduler.nudge_due.emit(nudge)
    assert app.notes.sent[-1] == (  # type: ignore[attr-defined]
        "DADU update due today",
        "You promised an update today on: MT-overleg.",
    )
    # Shown once: not again today, even when the day is re-planned.
    app.controller.replan("test")
    assert update_nudges() == []
    QApplication.processEvents()


def test_asked_again_for_another_meeting_it_saves_and_switches(
    qtbot: Any, app: RitmeregieApp, meeting_id: int, data_dir: Path
) -> None:
    other = app.controller.add_agenda("Teamoverleg", at(9), at(9, 30))
    dialog = app.show_window(WindowKey.DADU, agenda_item_id=meeting_id)
    assert isinstance(dialog, DaduDialog)
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog, "Besluit MT")
    again = app.show_window(WindowKey.DADU, agenda_item_id=other.id)
    assert again is dialog
    assert dialog.title_edit.text() == "Teamoverleg"
    assert [r.decision_edit.text() for r in dialog.rows] == [""]
    saved = app.store.dadu.find("MT-overleg", FRIDAY, meeting_id)
    assert saved is not None and saved.rows[0].decision == "Besluit MT"
