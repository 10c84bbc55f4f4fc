"""Today's must-dos and call in Vandaag and the tray tooltip: ticked by keyboard, carried over."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from ritmeregie.ui.today_tasks import TodayTasksPanel, day_tasks, tooltip_lines
from ritmeregie.ui.vandaag import VandaagWindow
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

AMS = ZoneInfo("Europe/Amsterdam")
TUE = dt.date(2027, 3, 30)
MON = dt.date(2027, 3, 29)


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 3, 30, 9, 0, tzinfo=AMS)


def test_ticking_by_keyboard_writes_and_tells_everyone(qtbot, store, controller) -> None:  # type: ignore[no-untyped-def]
    first = store.must_dos.add("Notulen MT", planned_for=TUE)
    store.must_dos.add("Zaal boeken", planned_for=TUE)
    panel = TodayTasksPanel(controller)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    box = panel.boxes[first.id]
    box.setFocus()
    with qtbot.waitSignal(controller.plan_changed):  # the saved tick replans, no call needed
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert store.must_dos.get(first.id).is_done  # type: ignore[union-attr]
    assert panel.boxes[first.id].isChecked()
    assert panel.focusWidget() is panel.boxes[first.id]  # the rebuilt list keeps the focus there
    qtbot.keyClick(panel.boxes[first.id], Qt.Key.Key_Space)
    assert not store.must_dos.get(first.id).is_done  # type: ignore[union-attr]


def test_yesterdays_unfinished_must_do_and_call_are_offered_again(qtbot, store, controller) -> None:  # type: ignore[no-untyped-def]
    store.must_dos.add("Declaraties", planned_for=MON)
    call = store.calls.add(MON, "Karin")
    panel = TodayTasksPanel(controller)
    qtbot.addWidget(panel)
    (box,) = panel.boxes.values()
    assert box.text() == "Declaraties (from yesterday)"
    assert panel.call_box is not None and panel.call_box.text() == "Call: Karin"
    panel.call_box.setChecked(True)
    made = store.calls.for_day(TUE)
    assert made is not None and made.id == call.id and made.done and made.date == TUE


def test_empty_day_points_to_the_day_start(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    panel = TodayTasksPanel(controller)
    qtbot.addWidget(panel)
    assert not panel.empty_label.isHidden()
    with qtbot.waitSignal(panel.window_requested) as asked:
        qtbot.mouseClick(panel.dagstart_button, Qt.MouseButton.LeftButton)
    assert asked.args == [WindowKey.DAGSTART]


def test_tooltip_lines(store, controller) -> None:  # type: ignore[no-untyped-def]
    for title in ("A", "B", "C", "D", "E"):
        store.must_dos.add(title, planned_for=TUE)
    done = store.must_dos.add("Klaar", planned_for=TUE)
    store.must_dos.done(done.id)
    store.calls.add(TUE, "Jeroen")
    assert tooltip_lines(day_tasks(controller)) == [
        "Must-dos: 1 of 6 done",
        "○ A",
        "○ B",
        "○ C",
        "… and 2 more",
        "Call: ○ Jeroen",
    ]


def test_vandaag_shows_the_panel_and_asks_for_the_day_start(qtbot, store, controller) -> None:  # type: ignore[no-untyped-def]
    store.must_dos.add("Notulen MT", planned_for=TUE)
    window = VandaagWindow(controller)
    qtbot.addWidget(window)
    window.show()
    assert [b.text() for b in window.tasks_panel.boxes.values()] == ["Notulen MT"]
    with qtbot.waitSignal(window.window_requested) as asked:
        window.tasks_panel.dagstart_button.click()
    assert asked.args == [WindowKey.DAGSTART]
    with qtbot.waitSignal(controller.plan_changed):  # any saved change reaches the panel
        store.must_dos.add("Nieuw", planned_for=TUE)
    assert len(window.tasks_panel.boxes) == 2


def test_the_tray_tooltip_names_todays_must_dos_and_follows_ticks(qtbot, store, controller) -> None:  # type: ignore[no-untyped-def]
    from ritmeregie.ui.tray import Tray

    first = store.must_dos.add("Notulen MT", planned_for=TUE)
    store.calls.add(TUE, "Karin")
    tray = Tray(controller)
    tooltip = tray.icon.toolTip()
    assert "Must-dos: 0 of 1 done\n○ Notulen MT\nCall: ○ Karin" in tooltip
    with qtbot.waitSignal(controller.plan_changed):  # the saved tick reaches the tooltip
        store.must_dos.done(first.id)
    assert "Must-dos: 1 of 1 done" in tray.icon.toolTip()
    assert "○ Notulen MT" not in tray.icon.toolTip()
    tray.menu.deleteLater()
