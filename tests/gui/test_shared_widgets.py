"""The parts every window shares: the undo offer after a removal, and rows that carry their key."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

from ritmeregie.ui.list_helpers import (
    ID_ROLE,
    current_id,
    current_value,
    ensure_current,
    select_value,
)
from ritmeregie.ui.undo_bar import UndoBar


@pytest.fixture
def host(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_undo_offer_says_what_happened_and_answers_once(qtbot: Any, host: QWidget) -> None:
    bar = UndoBar("&Undo", host)
    assert bar.isHidden()
    bar.offer("Removed ‘Overleg’.")
    assert bar.isVisible() and bar.label.text() == "Removed ‘Overleg’."
    with qtbot.waitSignal(bar.undo_chosen):
        bar.button.click()
    bar.dismiss()
    assert bar.isHidden()


def test_the_undo_offer_goes_away_by_itself_and_says_so(qtbot: Any, host: QWidget) -> None:
    bar = UndoBar("&Undo", host, expire_ms=1)
    bar.offer("Defaults restored.")
    with qtbot.waitSignal(bar.expired):
        pass
    assert bar.isHidden()


def test_an_undo_offer_without_expiry_stays(qtbot: Any, host: QWidget) -> None:
    bar = UndoBar("&Undo", host, expire_ms=None)
    bar.offer("‘Offerte’ moved to Monday.")
    assert not [timer for timer in bar.findChildren(QTimer) if timer.isActive()]
    assert bar.isVisible()


def _list(keys: list[object]) -> QListWidget:
    view = QListWidget()
    for key in keys:
        row = QListWidgetItem(str(key), view)
        row.setData(ID_ROLE, key)
    return view


def _tree(keys: list[object]) -> QTreeWidget:
    view = QTreeWidget()
    for key in keys:
        row = QTreeWidgetItem([str(key)])
        row.setData(0, ID_ROLE, key)
        view.addTopLevelItem(row)
    return view


@pytest.mark.parametrize("make", [_list, _tree], ids=["list", "tree"])
def test_rows_are_found_and_read_by_their_key(qtbot: Any, make: Any) -> None:
    view = make([3, 7, 11])
    qtbot.addWidget(view)
    assert current_id(view) is None
    ensure_current(view)
    assert current_id(view) == 3
    assert select_value(view, 11)
    assert current_id(view) == 11
    assert not select_value(view, 99)  # not shown: the current row stays
    assert current_value(view) == 11
    assert select_value(view, 99, else_first=True)
    assert current_id(view) == 3


def test_a_name_key_and_an_empty_list(qtbot: Any) -> None:
    names = _tree(["Directie", "Team"])
    empty = _list([])
    qtbot.addWidget(names)
    qtbot.addWidget(empty)
    assert select_value(names, "Team") and current_value(names) == "Team"
    ensure_current(empty)
    assert current_value(empty) is None
    assert not select_value(empty, 1, else_first=True)
