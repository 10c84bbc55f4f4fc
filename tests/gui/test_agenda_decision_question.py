"""A meeting's "decision question": one line for the invite, with a copy button, stored with it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from meetings_support import AMS, QT_LOG_IGNORE, at
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.model import BlockKind
from ritmeregie.storage import Store
from ritmeregie.ui.agenda_dialog import AgendaDialog
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.vandaag import VandaagWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

DEFAULT = "What decision must be taken here today?"


@pytest.fixture
def now() -> dt.datetime:
    return at(9)


@pytest.fixture
def window(qtbot: Any, controller: RhythmController) -> VandaagWindow:
    win = VandaagWindow(controller)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def open_dialog(qtbot: Any, window: VandaagWindow, key: Qt.Key, modifier: Any) -> AgendaDialog:
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, key, modifier)
    dialog = window.open_dialog
    assert isinstance(dialog, AgendaDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def tab_to(qtbot: Any, dialog: AgendaDialog, target: Any) -> None:
    for _ in range(10):
        if dialog.focusWidget() is target:
            return
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target}")


def test_a_new_meeting_carries_the_default_question_and_copies_it(
    qtbot: Any, window: VandaagWindow, store: Store
) -> None:
    dialog = open_dialog(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.question_edit.isVisible()
    assert dialog.question_edit.text() == DEFAULT
    qtbot.keyClicks(dialog.title_edit, "MT-overleg")
    tab_to(qtbot, dialog, dialog.copy_button)
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == DEFAULT
    assert dialog.copy_button.text() == "Copied"

    tab_to(qtbot, dialog, dialog.question_edit)
    dialog.question_edit.selectAll()
    qtbot.keyClicks(dialog.question_edit, "Gaan we akkoord met het budget voor Q2?")
    qtbot.keyClick(dialog.question_edit, Qt.Key.Key_Return)  # OK

    (item,) = window.controller.agenda_today()
    entry = store.agenda.entry(item.id)  # type: ignore[arg-type]
    assert entry is not None
    assert entry.title == "MT-overleg"
    assert entry.decision_question == "Gaan we akkoord met het budget voor Q2?"


def test_editing_shows_the_stored_line_and_a_call_has_none(
    qtbot: Any, window: VandaagWindow, store: Store
) -> None:
    item = window.controller.add_agenda(
        "Stuurgroep", at(10), at(11), BlockKind.MEETING, "Kiezen we leverancier A of B?"
    )
    window.refresh()
    window.agenda_list.setFocus()
    dialog = open_dialog(qtbot, window, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)
    assert dialog.question_edit.text() == "Kiezen we leverancier A of B?"
    dialog.kind_combo.setFocus()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # a call: no invite, no line
    assert dialog.values().kind is BlockKind.CALL
    assert not dialog.question_edit.isVisible()
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return)
    entry = store.agenda.entry(item.id)  # type: ignore[arg-type]
    assert entry is not None
    assert entry.kind is BlockKind.CALL
    assert entry.decision_question is None


def test_the_question_is_stored_as_shown_when_left_alone(
    qtbot: Any, window: VandaagWindow, store: Store
) -> None:
    dialog = open_dialog(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.title_edit, "Teamoverleg")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    (item,) = window.controller.agenda_today()
    entry = store.agenda.entry(item.id)  # type: ignore[arg-type]
    assert entry is not None and entry.decision_question == DEFAULT
    assert entry.start.astimezone(AMS).date() == dt.date(2027, 3, 26)
