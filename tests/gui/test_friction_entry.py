"""The one-line friction entry: type, Enter saves; Esc cancels; near the tray; nothing lingers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import QT_LOG_IGNORE, at, running_app
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ritmeregie.storage import FrictionStatus
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.rituals.friction_entry import SAVED_SHOWN_MS, FrictionEntry
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(14, 12)) as (running, _clock):
        yield running


def open_entry(qtbot: Any, app: RitmeregieApp) -> FrictionEntry:
    entry = app.show_window(WindowKey.FRICTION_ENTRY)
    assert isinstance(entry, FrictionEntry)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is entry)
    return entry


def test_type_and_enter_saves_at_once(qtbot: Any, app: RitmeregieApp) -> None:
    entry = open_entry(qtbot, app)
    assert entry.line.hasFocus()  # the keyboard is there without a click
    with qtbot.waitSignal(entry.friction_saved) as saved:
        qtbot.keyClicks(entry.line, "Declaratieformulier steeds kwijt")
        qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    (friction,) = app.store.frictions.open()
    assert friction.text == "Declaratieformulier steeds kwijt"
    assert friction.status is FrictionStatus.OPEN
    assert saved.args == [friction]
    assert "Friday" in entry.hint.text()
    # It goes away by itself a moment later, and comes back empty.
    qtbot.waitUntil(lambda: not entry.isVisible(), timeout=SAVED_SHOWN_MS * 5)
    assert open_entry(qtbot, app) is entry
    assert entry.line.text() == "" and not entry.line.isReadOnly()


def test_esc_cancels_and_saves_nothing(qtbot: Any, app: RitmeregieApp) -> None:
    entry = open_entry(qtbot, app)
    qtbot.keyClicks(entry.line, "Half gedacht")
    qtbot.keyClick(entry.line, Qt.Key.Key_Escape)
    assert not entry.isVisible()
    assert app.store.frictions.all() == []


def test_enter_on_an_empty_line_just_closes(qtbot: Any, app: RitmeregieApp) -> None:
    entry = open_entry(qtbot, app)
    qtbot.keyClicks(entry.line, "   ")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert not entry.isVisible()
    assert app.store.frictions.all() == []


def test_it_sits_next_to_the_tray_or_bottom_right(qtbot: Any, app: RitmeregieApp) -> None:
    entry = open_entry(qtbot, app)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(entry.frameGeometry())
    assert entry.geometry().right() > area.center().x()
    assert entry.geometry().bottom() > area.center().y()
    top_tray = QRect(area.right() - 30, area.top(), 24, 24)
    entry.move(entry._position(top_tray))
    assert entry.geometry().top() > top_tray.bottom()
    assert area.contains(entry.geometry())
    assert entry.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_two_entries_in_a_row(qtbot: Any, app: RitmeregieApp) -> None:
    for text in ("Printer op 2 hapert", "Zaal boeken kost drie mails"):
        entry = open_entry(qtbot, app)
        qtbot.keyClicks(entry.line, text)
        qtbot.keyClick(entry.line, Qt.Key.Key_Return)  # the next one opens before this closes
    assert [f.text for f in app.store.frictions.open()] == [
        "Printer op 2 hapert",
        "Zaal boeken kost drie mails",
    ]
