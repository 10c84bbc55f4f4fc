"""The "Mail nakijken…" and "Snel antwoord…" windows: reached from the tray, checked as you type,
copied with one key, edits kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import QT_LOG_IGNORE, at, running_app
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ritmeregie.services.phrases import default_phrases
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.tray import Tray
from ritmeregie.ui.window_keys import WindowKey
from ritmeregie.ui.words.phrases_window import PhrasesWindow
from ritmeregie.ui.words.send_check import SendCheckWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]

MAILS = Path(__file__).resolve().parents[1] / "data" / "mails"


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(14, 12)) as (running, _clock):
        yield running


def test_the_tray_menu_opens_both_windows(qtbot: Any, app: RitmeregieApp) -> None:
    tray = Tray(app.controller)
    try:
        for key, kind in (
            (WindowKey.SEND_CHECK, SendCheckWindow),
            (WindowKey.PHRASES, PhrasesWindow),
        ):
            action = tray.window_actions[key]
            assert action.isVisible()
            with qtbot.waitSignal(tray.window_requested) as asked:
                action.trigger()
            assert asked.args == [key]
            assert isinstance(app.show_window(key), kind)
    finally:
        tray.stop()


def test_findings_follow_the_draft_once_typing_pauses(qtbot: Any, app: RitmeregieApp) -> None:
    window = app.show_window(WindowKey.SEND_CHECK)
    assert isinstance(window, SendCheckWindow)
    assert window.findings.count() == 0 and window.copy_button.isEnabled() is False
    reports: list[object] = []
    window.checked.connect(reports.append)
    draft = (MAILS / "bad" / "en-no-deadline.txt").read_text("utf-8")
    for end in range(10, len(draft) + 1, 10):  # keystrokes arriving faster than the pause
        window.draft.setPlainText(draft[:end])
    window.draft.setPlainText(draft)
    qtbot.waitUntil(lambda: len(reports) == 1)
    QTest.qWait(0)
    assert len(reports) == 1, "one check after the typing, not one per keystroke"
    item = window.findings.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == "no_deadline"
    assert "day or time" in item.text()
    assert window.opening.toPlainText().startswith("Goal: ")
    assert window.copy_button.isEnabled()


def test_one_key_copies_the_opening_line(qtbot: Any, app: RitmeregieApp) -> None:
    window = app.show_window(WindowKey.SEND_CHECK)
    assert isinstance(window, SendCheckWindow)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.draft.setPlainText((MAILS / "bad" / "nl-geen-deadline.txt").read_text("utf-8"))
    # Copied at once, even before the pause: the line belongs to what is on screen.
    QTest.keyClick(
        window.draft,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == window.opening.toPlainText()
    assert window.opening.toPlainText().startswith("Doel: ")
    assert "Kun je de begroting" in window.opening.toPlainText()


def test_a_good_draft_is_ready_to_send(qtbot: Any, app: RitmeregieApp) -> None:
    window = app.show_window(WindowKey.SEND_CHECK)
    assert isinstance(window, SendCheckWindow)
    window.draft.setPlainText((MAILS / "good" / "en-venue.txt").read_text("utf-8"))
    window.on_check()
    assert window.findings.count() == 0
    assert window.status.text() == "Ready to send: nothing to remark."
    assert not window.copy_button.isEnabled()


def test_enter_copies_the_filled_reply(qtbot: Any, app: RitmeregieApp) -> None:
    window = app.show_window(WindowKey.PHRASES)
    assert isinstance(window, PhrasesWindow)
    assert window.list.count() == len(default_phrases())
    window.list.setFocus()
    window.list.setCurrentRow(1)  # not this week, next week
    with qtbot.waitSignal(window.copied) as copied:
        QTest.keyClick(window.list, Qt.Key.Key_Return)
    text = QGuiApplication.clipboard().text()
    assert copied.args == [text]
    assert "{next_free_slot}" not in text
    assert "on Monday 29 March at" in text  # the Friday's next week, first free focus block


def test_an_edited_reply_is_kept_and_the_default_comes_back(qtbot: Any, app: RitmeregieApp) -> None:
    window = app.show_window(WindowKey.PHRASES)
    assert isinstance(window, PhrasesWindow)
    window.list.setCurrentRow(5)  # call-me
    window.manager.setText("Inge")
    window.manager.editingFinished.emit()
    window.editor.setPlainText("Bel {manager} of mij gerust.")
    assert window.preview.text() == "Bel Inge of mij gerust."
    window.list.setCurrentRow(0)  # switching saves what was typed
    assert app.store.settings.get("phrases") == {"call-me": "Bel {manager} of mij gerust."}
    assert app.store.settings.get("manager_name") == "Inge"
    window.list.setCurrentRow(5)
    assert window.reset_button.isEnabled()
    window.reset_button.click()
    assert app.store.settings.get("phrases") == {}
    assert window.editor.toPlainText() == default_phrases()["call-me"][1]
    assert not window.reset_button.isEnabled()


def test_ctrl_c_on_the_list_copies_too(qtbot: Any, app: RitmeregieApp) -> None:
    window = app.show_window(WindowKey.PHRASES)
    assert isinstance(window, PhrasesWindow)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.list.setCurrentRow(5)
    window.list.setFocus()
    with qtbot.waitSignal(window.copied):
        QTest.keyClick(window.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Feel free to call me, I'm happy to think along."
