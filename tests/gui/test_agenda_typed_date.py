"""The agenda dialog's date takes what people type, like the DADU and the command line (issue 12,
point 8): words that are not a date stay, OK waits, and the reason is shown."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from ritmeregie.ui.agenda_dialog import AgendaDialog

pytestmark = pytest.mark.gui

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)


@pytest.fixture
def dialog(qtbot: Any) -> AgendaDialog:
    made = AgendaDialog(
        AMS, today=lambda: FRIDAY, start=dt.datetime(2027, 3, 26, 10, 0, tzinfo=AMS)
    )
    qtbot.addWidget(made)
    made.show()
    made.title_edit.setText("Jaarplan")
    return made


@pytest.mark.parametrize(
    ("typed", "date"),
    [
        ("2 april", dt.date(2027, 4, 2)),
        ("2-4", dt.date(2027, 4, 2)),
        ("morgen", dt.date(2027, 3, 27)),
        ("dinsdag", dt.date(2027, 3, 30)),
        ("2027-04-02", dt.date(2027, 4, 2)),
    ],
)
def test_a_typed_date_moves_the_item(
    qtbot: Any, dialog: AgendaDialog, typed: str, date: dt.date
) -> None:
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, typed)
    assert dialog.ok_button.isEnabled()
    values = dialog.values()
    assert values.start == dt.datetime.combine(date, dt.time(10), tzinfo=AMS)


def test_words_are_kept_and_ok_waits_for_a_date(qtbot: Any, dialog: AgendaDialog) -> None:
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    qtbot.keyClicks(dialog.date_edit, "Kerstdiner op 18 december")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.text() == "Kerstdiner op 18 december"
    assert not dialog.ok_button.isEnabled()
    assert "'Kerstdiner op 18 december' is not a date" in dialog.message.text()
    dialog.date_edit.setFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date_edit, "18-12")
    assert dialog.ok_button.isEnabled() and dialog.message.text() == ""
    assert dialog.values().start.date() == dt.date(2027, 12, 18)
