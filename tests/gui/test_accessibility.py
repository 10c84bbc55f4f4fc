"""Keyboard and screen-reader use of every window and dialog.

- every input a user can focus has a name a screen reader reads out: its accessible name, or the
  text of the label that is its buddy (Qt's accessibility layer uses both; this asks that layer);
- Tab reaches every focusable control of a window, and Tab never gets stuck (a text field or table
  that keeps Tab for itself must let Ctrl+Tab move on, as Qt's do);
- every control that takes input has a focus policy that includes Tab.

The nudge window is built never to take focus (it must not steal typing from another program); it is
checked for names only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from every_window import ALL_WINDOWS, NUDGE_WINDOW, QT_OFFSCREEN_NOISE, open_window, shell_app
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTextEdit,
    QWidget,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_OFFSCREEN_NOISE)]

# Tabs a control may keep before focus moves on (a time edit's sections: hours, minutes, seconds).
SECTIONS_AT_MOST = 4
INPUT_TYPES = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
# Parts Qt builds inside composite controls (a spin box's line edit, a combo's view, a scroll area's
# bars, a calendar popup): they are reached and named through their owner.
INTERNAL_PARENTS = (QAbstractSpinBox, QComboBox, QAbstractItemView)


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    return f"{type(widget).__name__}({name!r}, {text!r})"


def is_internal(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return True  # part of its scroll area; the wheel and the keys of the area move it
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, INTERNAL_PARENTS):
            return True
        parent = parent.parentWidget()
    return False


def shown_controls(window: QWidget) -> list[QWidget]:
    """The visible, enabled widgets of this window a user operates (not Qt's inner parts)."""
    controls = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if not widget.isEnabled() or is_internal(widget):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(widget, INPUT_TYPES):
            controls.append(widget)
    return controls


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def overrides_input(widget: QWidget) -> bool:
    """A Python widget class that handles keys or clicks itself is a control, whatever its base."""
    cls = type(widget)
    if cls.__module__.startswith("PySide6"):
        return False
    return any(
        getattr(cls, handler) is not getattr(base, handler, None)
        for handler in ("keyPressEvent", "mousePressEvent")
        for base in (next(b for b in cls.__mro__ if b.__module__.startswith("PySide6")),)
    )


@pytest.mark.parametrize("name", ALL_WINDOWS)
def test_every_input_has_a_name(qtbot, data_dir: Path, name: str) -> None:
    with shell_app(data_dir) as app:
        window = open_window(app, name)
        unnamed = [
            describe(widget)
            for widget in shown_controls(window)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            # A scroll area is a container: its content carries the names.
            and not isinstance(widget, QScrollArea)
            and not accessible_name(widget)
        ]
        assert not unnamed, f"{name}: inputs without an accessible name or buddy label: {unnamed}"


@pytest.mark.parametrize("name", ALL_WINDOWS)
def test_controls_take_keyboard_focus(qtbot, data_dir: Path, name: str) -> None:
    with shell_app(data_dir) as app:
        window = open_window(app, name)
        if name == NUDGE_WINDOW:
            pytest.skip("the nudge window never takes focus, by design")
        candidates = [
            w
            for w in window.findChildren(QWidget)
            if w.window() is window
            and w.isVisibleTo(window)
            and w.isEnabled()
            and not is_internal(w)
            and (isinstance(w, INPUT_TYPES) or overrides_input(w))
        ]
        without = [describe(w) for w in candidates if not w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        assert not without, f"{name}: controls Tab cannot reach (focus policy): {without}"


def tab_from(widget: QWidget, qtbot) -> QWidget | None:
    """Press Tab until focus leaves `widget`.

    A time edit first walks its own sections (hours, minutes) with Tab, as Qt's do; a text field or
    table that keeps Tab for itself is left with Ctrl+Tab, Qt's way out.
    """
    for _ in range(SECTIONS_AT_MOST):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is not widget:
            return after
    qtbot.keyClick(widget, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return QApplication.focusWidget()


def counts_as_visited(widget: QWidget, visited: list[QWidget]) -> bool:
    if widget in visited:
        return True
    proxy = widget.focusProxy()
    if proxy is not None and proxy in visited:
        return True
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        # One Tab stop per group of radio buttons; the arrow keys choose within it.
        group = widget.group()
        siblings = (
            group.buttons()
            if group is not None
            else [w for w in widget.parentWidget().children() if isinstance(w, QRadioButton)]
        )
        return any(sibling in visited for sibling in siblings)
    return False


@pytest.mark.parametrize("name", ALL_WINDOWS)
def test_tab_reaches_every_control(qtbot, data_dir: Path, name: str) -> None:
    with shell_app(data_dir) as app:
        window = open_window(app, name)
        if name == NUDGE_WINDOW:
            pytest.skip("the nudge window never takes focus, by design")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        reachable = {w for w in shown_controls(window) if w.focusPolicy() & Qt.FocusPolicy.TabFocus}
        if len(reachable) < 2:
            pytest.skip(f"{name} has {len(reachable)} focusable control(s): nothing to Tab between")
        start = QApplication.focusWidget()
        if start is None or start.window() is not window:
            window.focusNextChild()
            start = QApplication.focusWidget()
        assert start is not None, f"{name}: nothing takes focus"

        visited: list[QWidget] = [start]
        current = start
        for _ in range(4 * len(reachable) + 10):
            after = tab_from(current, qtbot)
            assert after is not None and after is not current, (
                f"{name}: Tab is stuck on {describe(current)}"
            )
            if after is start:
                break
            visited.append(after)
            current = after
        missed = [describe(w) for w in reachable if not counts_as_visited(w, visited)]
        order = " → ".join(describe(w) for w in visited)
        assert not missed, f"{name}: Tab never reaches {missed}; Tab order: {order}"
