"""The checklists window by keyboard: add steps, tick, rename, move, remove with undo, new round."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import QT_LOG_IGNORE, at, running_app
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ritmeregie.storage import Checklist
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.rituals.checklists import ChecklistsWindow
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(15, 0)) as (running, _clock):
        yield running


@pytest.fixture
def monthly(app: RitmeregieApp) -> Checklist:
    return app.store.checklists.create(
        "Maandrapportage", ["Cijfers ophalen", "Grafiek bijwerken", "Mail naar MT"]
    )


def open_window(qtbot: Any, app: RitmeregieApp, **context: Any) -> ChecklistsWindow:
    window = app.show_window(WindowKey.CHECKLISTS, **context)
    assert isinstance(window, ChecklistsWindow)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def stored(app: RitmeregieApp, checklist_id: int) -> list[tuple[str, bool]]:
    checklist = app.store.checklists.get(checklist_id)
    assert checklist is not None
    return [(i.text, i.done) for i in checklist.items]


def test_tick_steps_with_space_and_start_a_new_round(
    qtbot: Any, app: RitmeregieApp, monthly: Checklist
) -> None:
    window = open_window(qtbot, app, checklist_id=monthly.id)
    assert window.items.hasFocus()
    assert window.title_edit.text() == "Maandrapportage"
    qtbot.keyClick(window.items, Qt.Key.Key_Space)
    qtbot.keyClick(window.items, Qt.Key.Key_Down)
    qtbot.keyClick(window.items, Qt.Key.Key_Space)
    assert stored(app, monthly.id) == [
        ("Cijfers ophalen", True),
        ("Grafiek bijwerken", True),
        ("Mail naar MT", False),
    ]
    assert window.progress_label.text() == "2 of 3 steps done"
    assert window.lists.currentItem().text() == "Maandrapportage  ·  2/3"  # type: ignore[union-attr]
    qtbot.keyClick(window.items, Qt.Key.Key_Down)
    qtbot.keyClick(window.items, Qt.Key.Key_Space)
    assert window.progress_label.text().startswith("All 3 steps done.")

    window.round_button.setFocus()
    qtbot.keyClick(window.round_button, Qt.Key.Key_Space)
    assert [done for _text, done in stored(app, monthly.id)] == [False, False, False]
    assert window.items.hasFocus()


def test_add_rename_move_remove_and_undo(
    qtbot: Any, app: RitmeregieApp, monthly: Checklist
) -> None:
    window = open_window(qtbot, app, checklist_id=monthly.id)
    window.add_edit.setFocus()
    qtbot.keyClicks(window.add_edit, "Archiveren in SharePoint")
    qtbot.keyClick(window.add_edit, Qt.Key.Key_Return)
    assert window.add_edit.text() == "" and window.add_edit.hasFocus()
    assert stored(app, monthly.id)[-1] == ("Archiveren in SharePoint", False)

    window.items.setFocus()
    window.items.setCurrentRow(3)
    qtbot.keyClick(window.items, Qt.Key.Key_Up, CONTROL)  # move it up one
    qtbot.keyClick(window.items, Qt.Key.Key_Up, CONTROL)
    assert [t for t, _ in stored(app, monthly.id)] == [
        "Cijfers ophalen",
        "Archiveren in SharePoint",
        "Grafiek bijwerken",
        "Mail naar MT",
    ]
    assert window.items.currentRow() == 1

    qtbot.keyClick(window.items, Qt.Key.Key_F2)  # rename in place
    editor = window.items.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Archiveren")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn
    qtbot.waitUntil(lambda: stored(app, monthly.id)[1] == ("Archiveren", False))
    qtbot.waitUntil(lambda: window.items.state() != window.items.State.EditingState)

    qtbot.keyClick(window.items, Qt.Key.Key_Space)
    qtbot.keyClick(window.items, Qt.Key.Key_Delete)
    assert [t for t, _ in stored(app, monthly.id)] == [
        "Cijfers ophalen",
        "Grafiek bijwerken",
        "Mail naar MT",
    ]
    assert window.undo_button.isVisible()
    qtbot.keyClick(window.items, Qt.Key.Key_Z, CONTROL)
    assert stored(app, monthly.id)[1] == ("Archiveren", True)  # back in place, still ticked
    assert not window.undo_button.isVisible()


def test_rename_the_checklist_as_you_type_and_archive_it(
    qtbot: Any, app: RitmeregieApp, monthly: Checklist
) -> None:
    other = app.store.checklists.create("Afwezigheid manager", ["Out of office"])
    window = open_window(qtbot, app, checklist_id=monthly.id)
    window.title_edit.setFocus()
    qtbot.keyClick(window.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(window.title_edit, " (maandelijks)")
    qtbot.waitUntil(lambda: not window.saver.pending)
    checklist = app.store.checklists.get(monthly.id)
    assert checklist is not None and checklist.title == "Maandrapportage (maandelijks)"

    window.archive_button.setFocus()
    qtbot.keyClick(window.archive_button, Qt.Key.Key_Space)
    assert app.store.checklists.get(monthly.id).archived  # type: ignore[union-attr]
    assert window.lists.count() == 1  # archived ones are out of the way
    assert window.current_id() == other.id
    window.archived_box.setFocus()
    qtbot.keyClick(window.archived_box, Qt.Key.Key_Space)  # show archived: last, greyed
    ids = [window.lists.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.lists.count())]
    assert ids == [other.id, monthly.id]
    window.lists.setFocus()
    qtbot.keyClick(window.lists, Qt.Key.Key_Down)
    assert window.archive_button.text() == "Un&archive"


def test_a_new_checklist_from_scratch(qtbot: Any, app: RitmeregieApp) -> None:
    window = open_window(qtbot, app)
    assert window.empty_label.isVisible()
    window.new_button.setFocus()
    qtbot.keyClick(window.new_button, Qt.Key.Key_Space)
    assert window.title_edit.hasFocus()
    qtbot.keyClicks(window.title_edit, "Vergadering voorbereiden")
    qtbot.keyClick(window.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(window.items, Qt.Key.Key_Tab)
    assert window.add_edit.hasFocus()
    qtbot.keyClicks(window.add_edit, "Zaal")
    qtbot.keyClick(window.add_edit, Qt.Key.Key_Return)
    (checklist,) = app.store.checklists.all()
    assert checklist.title == "Vergadering voorbereiden"
    assert [i.text for i in checklist.items] == ["Zaal"]
    assert not window.empty_label.isVisible()
