"""The reflection dialog by keyboard: three answers and energy saved as typed; a gentle timer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store
from ritmeregie.ui.rituals.reflection import ReflectionDialog

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

AMS = ZoneInfo("Europe/Amsterdam")
DAY = dt.date(2027, 3, 29)


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 3, 29, 16, 45, tzinfo=AMS)


@pytest.fixture
def dialog(qtbot, store: Store, clock: ManualClock) -> Iterator[ReflectionDialog]:  # type: ignore[no-untyped-def]
    window = ReflectionDialog(store, clock, DAY)
    window.bring_forward()
    qtbot.waitActive(window)
    yield window
    if shiboken6.isValid(window):
        window.close()


def test_three_answers_and_energy_by_keyboard(
    qtbot, dialog: ReflectionDialog, store: Store
) -> None:  # type: ignore[no-untyped-def]
    assert dialog.focusWidget() is dialog.satisfied_edit
    qtbot.keyClicks(dialog.satisfied_edit, "Notulen voor de lunch af")
    qtbot.keyClick(dialog.satisfied_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.less_edit
    qtbot.keyClicks(dialog.less_edit, "Mail tussendoor")
    qtbot.keyClick(dialog.less_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.differently_edit, "Inbox-blok om 11:00")
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.energy_buttons[0]
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert dialog.energy() == 4
    saved = store.reflections.get(DAY)
    assert saved is not None
    assert (saved.satisfied, saved.less_satisfied, saved.differently) == (
        "Notulen voor de lunch af",
        "Mail tussendoor",
        "Inbox-blok om 11:00",
    )
    qtbot.waitUntil(lambda: store.reflections.get(DAY).energy == 4)  # type: ignore[union-attr]


def test_typing_is_saved_after_a_short_pause_without_leaving_the_field(
    qtbot, dialog, store
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.differently_edit, "Eerder stoppen")
    assert store.reflections.get(DAY) is None
    qtbot.waitUntil(lambda: store.reflections.get(DAY) is not None)
    assert store.reflections.get(DAY).differently == "Eerder stoppen"


def test_escape_closes_and_keeps_everything(qtbot, dialog, store) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.satisfied_edit, "Rustige dag")
    qtbot.keyClick(dialog.satisfied_edit, Qt.Key.Key_Escape)
    assert store.reflections.get(DAY).satisfied == "Rustige dag"


def test_reopening_shows_what_was_written(qtbot, store, clock) -> None:  # type: ignore[no-untyped-def]
    store.reflections.save(DAY, "A", "B", "C", 2)
    window = ReflectionDialog(store, clock, DAY)
    qtbot.addWidget(window)
    assert window.satisfied_edit.toPlainText() == "A"
    assert window.differently_edit.toPlainText() == "C"
    assert window.energy() == 2
    assert not window.saver.pending


def test_the_timer_is_gentle_and_never_stops_anything(qtbot, dialog, clock) -> None:  # type: ignore[no-untyped-def]
    assert dialog.timer_label.text() == "0 min · take 5 to 10 minutes"
    clock.advance(dt.timedelta(minutes=6))
    dialog.on_tick()
    assert dialog.timer_label.text() == "6 min · round off when you are ready"
    assert dialog.timer_bar.value() == 6 * 60
    clock.advance(dt.timedelta(minutes=9))
    dialog.on_tick()
    assert dialog.timer_label.text() == "15 min · a good moment to stop"
    assert dialog.timer_bar.value() == dialog.timer_bar.maximum()
    assert dialog.isVisible() and not dialog.satisfied_edit.isReadOnly()
    assert dialog.ticker.isActive()
