"""The settings window: opened through the hub, pages by keyboard, restore defaults with undo, and
a rhythm with problems is never lost without a word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QTabBar,
    QTreeWidget,
)
from settings_support import QT_LOG_IGNORE, focused, now, shell, show  # noqa: F401 (fixtures)

from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.settings.window import SettingsWindow
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


@pytest.fixture
def window(qtbot, shell: RitmeregieApp) -> SettingsWindow:  # noqa: F811
    opened = shell.show_window(WindowKey.SETTINGS)
    assert isinstance(opened, SettingsWindow)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    return opened


def test_the_hub_opens_one_window_and_jumps_to_a_page(
    qtbot,
    window: SettingsWindow,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    assert window.current_key() == "rhythm"
    again = shell.show_window(WindowKey.SETTINGS, page="general")
    assert again is window
    assert window.current_key() == "general"


def test_pages_by_keyboard(qtbot, window: SettingsWindow) -> None:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_key() == "nudges"
    qtbot.keyClick(focused(window), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == window._keys[2]
    qtbot.keyClick(focused(window), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(window), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "rhythm"
    # Tab leaves the page list for the page itself.
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    assert window.rhythm_page.isAncestorOf(focused(window))


def test_every_input_has_an_accessible_name(window: SettingsWindow) -> None:
    inputs = [
        w
        for kind in (QAbstractSpinBox, QComboBox, QLineEdit, QCheckBox, QTreeWidget, QTabBar)
        for w in window.findChildren(kind)
        # The line edit inside a spin box or combo box is part of it, not an input of its own.
        if not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]
    assert len(inputs) > 20
    assert [w for w in inputs if not (w.accessibleName() or getattr(w, "text", str)())] == []


def test_restore_defaults_on_the_page_in_view_with_undo(
    qtbot,
    window: SettingsWindow,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    shell.store.settings.set("heads_up_minutes", 9)
    window.close()
    qtbot.waitUntil(lambda: shell.windows.get(WindowKey.SETTINGS) is None)
    window = shell.show_window(WindowKey.SETTINGS, page="nudges")  # type: ignore[assignment]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.nudges_page.heads_up_spin.value() == 9
    qtbot.keyClick(focused(window), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.undo_bar.isVisible())
    assert shell.store.settings.get("heads_up_minutes") == 2
    assert shell.store.settings.rhythm() == default_rhythm()  # other pages untouched
    assert focused(window) is window.undo_button
    qtbot.keyClick(window.undo_button, Qt.Key.Key_Space)
    assert shell.store.settings.get("heads_up_minutes") == 9
    assert not window.undo_bar.isVisible()
    assert window.restore_button.isVisible()


def test_the_undo_offer_ends_with_a_page_switch(qtbot, window: SettingsWindow) -> None:
    window.restore_button.click()
    assert window.undo_bar.isVisible()
    window.show_page("general")
    assert not window.undo_bar.isVisible()


def test_close_with_an_unsaved_rhythm_asks_once_without_a_dialog(
    qtbot,
    window: SettingsWindow,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    page = window.rhythm_page
    page.focus_spin.setValue(300)
    assert window.unsaved_label.text() == "Rhythm not saved yet: first fix what is marked."
    assert not window.saved_label.isVisible()
    window.show_page("general")
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.current_key() == "rhythm"
    assert window.unsaved_label.text() == (
        "Not saved: fix what is marked, or close again to leave it."
    )
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shell.windows.get(WindowKey.SETTINGS) is None)
    assert shell.store.settings.rhythm().focus_minutes == 50


def test_escape_closes_a_window_without_problems(
    qtbot,
    window: SettingsWindow,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    assert window.saved_label.text() == "Changes are saved as you make them."
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shell.windows.get(WindowKey.SETTINGS) is None)


def test_a_saved_rhythm_change_replans_while_the_window_is_open(
    qtbot,
    window: SettingsWindow,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        window.rhythm_page.reset_spin.setValue(10)
    resets = [b for b in shell.controller.plan.blocks if b.kind.value == "reset"]
    assert resets and all(b.minutes == 10 for b in resets)
    show(qtbot, window)
