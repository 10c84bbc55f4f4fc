"""The interactive nudge window: answers exactly once, by mouse, keyboard or timeout; never steals focus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeAnswer, NudgeKind
from ritmeregie.ui.nudge_window import NudgeWindow, answers_for
from ritmeregie.ui.texts import display_title, nudge_message, nudge_title
from ritmeregie.ui.tray_card import SCREEN_MARGIN_PX

pytestmark = [
    pytest.mark.gui,
    # Qt raises every Qt.Tool window it shows; the offscreen platform cannot and says so.
    pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)"),
]

TZ = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2027, 3, 26, 16, 30, tzinfo=TZ)


def _block(kind: BlockKind, title: str, minutes: int = 15) -> Block:
    return Block(kind, START, START + dt.timedelta(minutes=minutes), title)


def _window(
    qtbot, answers=None, timeout_ms: int = 600_000
) -> tuple[NudgeWindow, list[NudgeAnswer]]:
    window = NudgeWindow(
        "Focus block",
        "Focus block: 50 minutes for your own work.",
        answers if answers is not None else answers_for(BlockKind.FOCUS),
        kind=BlockKind.FOCUS,
        timeout_ms=timeout_ms,
    )
    qtbot.addWidget(window)
    received: list[NudgeAnswer] = []
    window.answered.connect(received.append)
    return window, received


@pytest.mark.parametrize("answer", [NudgeAnswer.STARTED, NudgeAnswer.SNOOZED, NudgeAnswer.SKIPPED])
def test_each_button_answers_once(qtbot, answer: NudgeAnswer) -> None:
    window, received = _window(qtbot)
    window.show_near(None)
    with qtbot.waitSignal(window.answered) as signal:
        qtbot.mouseClick(window.buttons[answer], Qt.MouseButton.LeftButton)
    assert signal.args == [answer]
    assert not window.isVisible()
    # Neither a second click, a close nor the timeout may answer again.
    window.buttons[answer].click()
    window.close()
    window.on_timed_out()
    assert received == [answer]


def _focused(window: NudgeWindow, qtbot) -> QPushButton:
    window.show_near(None)
    window.accept_focus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.buttons[NudgeAnswer.STARTED])
    return window.buttons[NudgeAnswer.STARTED]


def test_enter_starts(qtbot) -> None:
    window, received = _window(qtbot)
    start = _focused(window, qtbot)
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert received == [NudgeAnswer.STARTED]


def test_escape_means_later(qtbot) -> None:
    window, received = _window(qtbot)
    start = _focused(window, qtbot)
    qtbot.keyClick(start, Qt.Key.Key_Escape)
    assert received == [NudgeAnswer.SNOOZED]


def test_tab_then_space_presses_the_next_button(qtbot) -> None:
    window, received = _window(qtbot)
    start = _focused(window, qtbot)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    later = window.buttons[NudgeAnswer.SNOOZED]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is later)
    qtbot.keyClick(later, Qt.Key.Key_Space)
    assert received == [NudgeAnswer.SNOOZED]


def test_tab_then_enter_presses_the_focused_button(qtbot) -> None:
    window, received = _window(qtbot)
    start = _focused(window, qtbot)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    qtbot.keyClick(window.buttons[NudgeAnswer.SNOOZED], Qt.Key.Key_Tab)
    skip = window.buttons[NudgeAnswer.SKIPPED]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is skip)
    qtbot.keyClick(skip, Qt.Key.Key_Enter)
    assert received == [NudgeAnswer.SKIPPED]


def test_every_button_has_its_own_mnemonic(qtbot) -> None:
    window, _ = _window(qtbot)
    shortcuts = [button.shortcut().toString() for button in window.buttons.values()]
    assert shortcuts == ["Alt+S", "Alt+L", "Alt+K"]


@pytest.mark.desktop
def test_mnemonic_skips(qtbot) -> None:
    # Offscreen delivers test key events past the shortcut map; xcb runs them through it.
    window, received = _window(qtbot)
    _focused(window, qtbot)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: received == [NudgeAnswer.SKIPPED])


def test_timeout_counts_as_missed_once(qtbot) -> None:
    window, received = _window(qtbot, timeout_ms=20)
    with qtbot.waitSignal(window.answered, timeout=5000) as signal:
        window.show_near(None)
    assert signal.args == [NudgeAnswer.MISSED]
    assert not window.isVisible()
    window.close()
    assert received == [NudgeAnswer.MISSED]


def test_closing_unanswered_counts_as_missed(qtbot) -> None:
    window, received = _window(qtbot)
    window.show_near(None)
    window.close()
    assert received == [NudgeAnswer.MISSED]


def test_quiet_quarter_offers_start_and_later_only(qtbot) -> None:
    nudge = Nudge(START, NudgeKind.BLOCK_START, _block(BlockKind.QUIET_QUARTER, "Stil kwartier"))
    window = NudgeWindow.for_nudge(nudge)
    qtbot.addWidget(window)
    assert set(window.buttons) == {NudgeAnswer.STARTED, NudgeAnswer.SNOOZED}
    assert window.windowTitle() == "Quiet quarter"
    assert "15 minutes without mail or phone" in window.accessibleDescription()


def test_unknown_answers_are_refused(qtbot) -> None:
    with pytest.raises(ValueError):
        NudgeWindow("t", "m", (NudgeAnswer.MISSED,))
    with pytest.raises(ValueError):
        NudgeWindow("t", "m", ())


def test_accessible_names(qtbot) -> None:
    window, _ = _window(qtbot)
    assert window.accessibleName() == "Focus block"
    names = {a: b.accessibleName() for a, b in window.buttons.items()}
    assert all(names.values()) and len(set(names.values())) == 3


def test_shows_bottom_right_without_an_anchor(qtbot) -> None:
    window, _ = _window(qtbot)
    window.show_near(None)
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.geometry()
    assert frame.right() == area.right() - SCREEN_MARGIN_PX
    assert frame.bottom() == area.bottom() - SCREEN_MARGIN_PX


def test_shows_next_to_the_tray_icon(qtbot) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    window, _ = _window(qtbot)
    top_tray = QRect(area.right() - 40, area.top(), 24, 24)
    window.show_near(top_tray)
    assert window.geometry().top() > top_tray.bottom()
    assert area.contains(window.geometry())
    window.hide()
    bottom_tray = QRect(area.left() + 10, area.bottom() - 24, 24, 24)
    window.show_near(bottom_tray)
    assert window.geometry().bottom() < bottom_tray.top()
    assert area.contains(window.geometry())


def test_shown_without_asking_for_focus(qtbot) -> None:
    """The honest part on offscreen: the window asks the platform for no activation and no focus.

    Qt's offscreen platform activates every window it shows, whatever it asked for, so the
    end-to-end check (focus stays in the other window) is the desktop test below.
    """
    window, _ = _window(qtbot)
    window.show_near(None)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not window.accepts_focus
    window.accept_focus()
    assert window.accepts_focus


@pytest.mark.desktop
def test_showing_keeps_focus_in_the_other_window(qtbot) -> None:
    editor = QLineEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    window, _ = _window(qtbot)
    window.show_near(None)
    qtbot.waitExposed(window)
    # A round trip to the X server and back: any focus change it made has now arrived.
    QGuiApplication.sync()
    QApplication.processEvents()
    qtbot.keyClicks(editor, "still typing")
    assert QApplication.focusWidget() is editor
    assert QApplication.activeWindow() is editor
    assert editor.text() == "still typing"


def test_grab_for_review(qtbot, artifacts_dir: Path) -> None:
    nudge = Nudge(START, NudgeKind.BLOCK_START, _block(BlockKind.FOCUS, "Focusblok", 50))
    window = NudgeWindow.for_nudge(nudge)
    qtbot.addWidget(window)
    window.show_near(None)
    qtbot.waitExposed(window)
    assert window.grab().save(str(artifacts_dir / "nudge_window.png"))


# --- texts ----------------------------------------------------------------------------------


def test_default_dutch_titles_become_kind_names_and_own_titles_stay() -> None:
    assert display_title(_block(BlockKind.INBOX, "Inbox-blok")) == "Inbox block"
    assert display_title(_block(BlockKind.FOCUS, "Focusblok")) == "Focus block"
    assert display_title(_block(BlockKind.INBOX, "Mail van Petra")) == "Mail van Petra"


def test_heads_up_says_how_many_minutes() -> None:
    block = _block(BlockKind.MEETING, "MT-overleg", 60)
    two = Nudge(START - dt.timedelta(minutes=2), NudgeKind.HEADS_UP, block)
    one = Nudge(START - dt.timedelta(minutes=1), NudgeKind.HEADS_UP, block)
    assert nudge_title(two) == "MT-overleg in 2 minutes"
    assert "in 2 minutes" in nudge_message(two)
    assert nudge_title(one) == "MT-overleg in 1 minute"


@pytest.mark.parametrize("kind", list(BlockKind))
@pytest.mark.parametrize("nudge_kind", list(NudgeKind))
def test_every_nudge_has_finished_words(kind: BlockKind, nudge_kind: NudgeKind) -> None:
    nudge = Nudge(START, nudge_kind, _block(kind, "Eigen {titel}", 30))
    for text in (nudge_title(nudge), nudge_message(nudge)):
        assert text.strip()
        assert "{minutes}" not in text and "{title}" not in text
