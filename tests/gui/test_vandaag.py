"""The Vandaag window on a real store and a real controller, driven by the keyboard.

Friday 2027-03-26 in Europe/Amsterdam with the default rhythm: day start 08:30, focus 08:35 to 09:25,
reset 09:25 to 09:30, … The clock is a ManualClock; time moves only when a test moves it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from app_harness import focused, shown_active
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.ui.agenda_dialog import AgendaDialog
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.palette import block_colour
from ritmeregie.ui.timeline import NOW_LINE_COLOUR
from ritmeregie.ui.vandaag import VandaagWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

TZ = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 3, 26, hour, minute, tzinfo=TZ)


@pytest.fixture
def now() -> dt.datetime:
    return at(9)


@pytest.fixture
def window(qtbot, controller: RhythmController) -> VandaagWindow:
    win = VandaagWindow(controller)
    win.resize(900, 700)
    return shown_active(qtbot, win)


def _close(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _open_dialog(
    qtbot, window: VandaagWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> AgendaDialog:
    qtbot.keyClick(focused(window), key, modifier)
    dialog = window.open_dialog
    assert isinstance(dialog, AgendaDialog)
    # A person types into the active window; focus-in (which selects a time's first part)
    # only happens there. (waitActive passes early: a child of the active window counts.)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _blocking_overlaps(controller: RhythmController) -> list[tuple[str, str]]:
    blocks = [b for b in controller.effective_plan().blocks if b.blocking]
    return [
        (a.title, b.title)
        for i, a in enumerate(blocks)
        for b in blocks[i + 1 :]
        if a.start < b.end and b.start < a.end
    ]


# --- the timeline -------------------------------------------------------------------------------


def test_timeline_shows_the_plans_blocks(window: VandaagWindow, controller) -> None:
    assert window.timeline.blocks() == controller.effective_plan().blocks
    kinds = [b.kind for b in window.timeline.blocks()]
    assert kinds[:3] == [BlockKind.DAGSTART, BlockKind.FOCUS, BlockKind.RESET]
    assert BlockKind.FRICTION_FRIDAY in kinds


def test_focus_colour_is_painted_at_nine_and_the_now_line_on_it(window: VandaagWindow) -> None:
    timeline = window.timeline
    focus = next(b for b in timeline.blocks() if b.kind is BlockKind.FOCUS)
    assert focus.start == at(8, 35)
    image = timeline.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    ratio = image.devicePixelRatio()
    rect = timeline.block_rect(focus)
    x = int((rect.right() - 10) * ratio)  # right edge of the block: no text there
    y = timeline.y_for(at(9))
    below = image.pixelColor(x, int((y + 5) * ratio))
    above = image.pixelColor(x, int((y - 5) * ratio))
    assert _close(below, block_colour(BlockKind.FOCUS)), below.name()
    assert _close(above, block_colour(BlockKind.FOCUS)), above.name()
    # It is 09:00: the now-line runs through exactly there.
    assert timeline.now_y() == pytest.approx(y)
    on_line = image.pixelColor(x, round(y * ratio))
    assert _close(on_line, QColor(NOW_LINE_COLOUR), 40), on_line.name()


def test_now_line_moves_when_time_passes(window: VandaagWindow, clock: ManualClock) -> None:
    before = window.timeline.now_y()
    assert before is not None
    clock.advance(dt.timedelta(minutes=45))
    window.on_minute_passed()
    after = window.timeline.now_y()
    assert after is not None and after > before
    assert after == pytest.approx(window.timeline.y_for(at(9, 45)))
    assert window.status_label.text().startswith("Now: Focus block until 10:20")


def test_timeline_keyboard_selects_blocks(qtbot, window: VandaagWindow) -> None:
    timeline = window.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)  # first press: the block of now
    assert timeline.accessibleDescription() == "08:35–09:25 Focus block"
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected_block().kind is BlockKind.RESET
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    qtbot.keyClick(timeline, Qt.Key.Key_Up)
    assert timeline.selected_block().kind is BlockKind.DAGSTART
    with qtbot.waitSignal(timeline.block_activated) as activated:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert activated.args[0].kind is BlockKind.DAGSTART


# --- the header ---------------------------------------------------------------------------------


def test_header_names_the_date_the_current_and_the_next_block(window: VandaagWindow) -> None:
    assert window.date_label.text() == "Friday 26 March 2027"
    assert window.status_label.text() == "Now: Focus block until 09:25 · Next: Reset at 09:25"
    assert window.notes_label.isHidden()


def test_header_when_paused_and_with_a_moved_ritual(window: VandaagWindow, controller) -> None:
    controller.pause(10)
    # Next is what the rhythm resumes with: the focus block it skipped into, from 09:10.
    assert window.status_label.text() == "Paused until 09:10 · Next: Focus block at 09:10"
    controller.pause(None)
    assert window.status_label.text() == "Paused for the rest of today"
    controller.add_agenda("Audit", at(15), at(15, 30))
    assert "Friction Friday moved from 15:00 to 15:30" in window.notes_label.text()
    assert window.notes_label.isVisible()


# --- the agenda, by keyboard --------------------------------------------------------------------


def test_add_an_item_with_the_keyboard(qtbot, window: VandaagWindow, controller, store) -> None:
    window.agenda_list.setFocus()
    dialog = _open_dialog(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.ok_button.isEnabled()  # no title yet
    qtbot.keyClicks(focused(dialog), "Jaarplan met Marieke")
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)  # -> date (today)
    assert focused(dialog) is dialog.date_edit
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)  # -> start
    qtbot.keyClicks(focused(dialog), "10:30")
    assert dialog.end_edit.time().toString("HH:mm") == "11:00"  # the end moved along
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)  # -> end
    assert focused(dialog) is dialog.end_edit
    qtbot.keyClicks(focused(dialog), "11:15")
    with qtbot.waitSignal(controller.plan_changed):
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)

    [item] = controller.agenda_today()
    assert (item.title, item.kind) == ("Jaarplan met Marieke", BlockKind.MEETING)
    assert (item.start, item.end) == (at(10, 30), at(11, 15))
    meetings = [b for b in controller.effective_plan().blocks if b.kind is BlockKind.MEETING]
    assert [(b.start, b.end) for b in meetings] == [(at(10, 30), at(11, 15))]
    assert _blocking_overlaps(controller) == []
    assert window.agenda_list.topLevelItem(0).text(1) == "Jaarplan met Marieke"
    assert meetings[0] in window.timeline.blocks()


def test_the_dialog_says_what_is_wrong(qtbot, window: VandaagWindow, store) -> None:
    dialog = _open_dialog(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.title_edit, "Belletje")
    dialog.end_edit.setTime(dialog.start_edit.time())
    assert dialog.message.text() == "The end must be after the start."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
    assert dialog.isVisible() and store.agenda.count() == 0
    dialog.title_edit.clear()
    assert "Give the item a title." in dialog.message.text()
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Escape)
    assert window.open_dialog is None and store.agenda.count() == 0


def test_five_minute_steps(qtbot, window: VandaagWindow) -> None:
    dialog = _open_dialog(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
    edit = focused(dialog)
    assert edit is dialog.start_edit
    qtbot.keyClicks(edit, "10:32")
    edit.setCurrentSection(edit.Section.MinuteSection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.time().toString("HH:mm") == "10:35"
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.time().toString("HH:mm") == "10:25"
    dialog.reject()


def test_edit_an_item_with_the_keyboard(qtbot, window: VandaagWindow, controller, store) -> None:
    item = controller.add_agenda("Overleg", at(13), at(14))
    window.agenda_list.setFocus()
    dialog = _open_dialog(qtbot, window, Qt.Key.Key_F2)
    assert dialog.title_edit.text() == "Overleg"
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.title_edit, "Bellen met Ahmed")
    for _field in ("date", "start", "end"):
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
    assert focused(dialog) is dialog.end_edit
    qtbot.keyClicks(focused(dialog), "13:15")
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
    assert focused(dialog) is dialog.kind_combo
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Down)  # Meeting -> Call
    qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)

    stored = store.agenda.get(item.id)
    assert stored is not None
    assert (stored.title, stored.kind, stored.end) == (
        "Bellen met Ahmed",
        BlockKind.CALL,
        at(13, 15),
    )
    calls = [b for b in controller.effective_plan().blocks if b.agenda_id == item.id]
    assert [(b.kind, b.end) for b in calls] == [(BlockKind.CALL, at(13, 15))]
    assert _blocking_overlaps(controller) == []


def test_enter_on_an_agenda_block_in_the_timeline_opens_edit(qtbot, window, controller) -> None:
    item = controller.add_agenda("Overleg", at(13), at(14))
    block = next(b for b in window.timeline.blocks() if b.agenda_id == item.id)
    window.timeline.setFocus()
    window.timeline.select_block(block)
    dialog = _open_dialog(qtbot, window, Qt.Key.Key_Return)
    assert dialog.title_edit.text() == "Overleg"
    dialog.reject()


def test_delete_with_the_key_and_undo(qtbot, window: VandaagWindow, controller, store) -> None:
    controller.add_agenda("Overleg", at(13), at(14))
    window.agenda_list.setFocus()
    qtbot.keyClick(focused(window), Qt.Key.Key_Delete)
    assert store.agenda.count() == 0
    assert window.undo_bar.isVisible()
    assert window.undo_label.text() == "Removed ‘Overleg’."
    assert not any(b.kind is BlockKind.MEETING for b in controller.effective_plan().blocks)

    qtbot.keyClick(focused(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [back] = controller.agenda_today()
    assert (back.title, back.start, back.end) == ("Overleg", at(13), at(14))
    assert window.undo_bar.isHidden()
    assert any(b.agenda_id == back.id for b in window.timeline.blocks())
    qtbot.keyClick(focused(window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.agenda.count() == 1  # undo happens once


def test_delete_in_the_timeline_only_touches_agenda_blocks(qtbot, window, controller, store):
    item = controller.add_agenda("Overleg", at(13), at(14))
    timeline = window.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Down)  # the focus block of now, not an agenda item
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert store.agenda.count() == 1
    timeline.select_block(next(b for b in timeline.blocks() if b.agenda_id == item.id))
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert store.agenda.count() == 0


def test_undo_offer_expires(qtbot, window: VandaagWindow, controller, store) -> None:
    controller.add_agenda("Overleg", at(13), at(14))
    window.delete_button.click()
    assert window.undo_bar.isVisible()
    window.on_undo_expired()  # what the 10 s timer calls
    assert window.undo_bar.isHidden()
    window.on_undo()
    assert store.agenda.count() == 0


# --- the window's life --------------------------------------------------------------------------


def test_minute_timer_only_while_visible(qtbot, window: VandaagWindow, clock) -> None:
    assert window.minute_timer.isActive()
    assert window.minute_timer.isSingleShot()
    assert window.minute_timer.interval() == 60_050  # 09:00:00 now: the next boundary, just past
    clock.advance(dt.timedelta(seconds=20))
    window.on_minute_passed()
    assert window.minute_timer.interval() == 40_050
    window.close()  # closing hides: the app lives in the tray
    assert window.isHidden()
    assert not window.minute_timer.isActive()
    window.bring_forward()
    assert window.isVisible() and window.minute_timer.isActive()


def test_hidden_window_catches_up_when_shown(qtbot, window, controller) -> None:
    window.hide()
    controller.add_agenda("Overleg", at(13), at(14))
    window.bring_forward()
    assert window.agenda_list.topLevelItemCount() == 1


def test_screenshot(qtbot, window: VandaagWindow, controller, clock, artifacts_dir) -> None:
    clock.advance(dt.timedelta(minutes=72))  # 10:12
    controller.add_agenda("Overleg met Marieke over het jaarplan", at(13), at(14))
    controller.add_agenda("Bellen met de facilitaire dienst", at(15), at(15, 15), BlockKind.CALL)
    window.refresh()
    QApplication.processEvents()
    path = artifacts_dir / "vandaag_en.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
