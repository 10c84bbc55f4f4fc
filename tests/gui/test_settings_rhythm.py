"""Settings → Rhythm on a real store and controller, driven by the keyboard where a person would.

Friday 2027-03-26 with the default rhythm: day start 08:30, inbox 11:00, lunch 12:30, friction
Friday 15:00, quiet quarter 16:30, two personal calls 16:45 and 16:50, reflection 16:55; work hours
08:30 to 17:00.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QTimeEdit
from settings_support import (  # noqa: F401 (fixtures)
    QT_LOG_IGNORE,
    focused,
    now,
    shell,
    show,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.rhythm import FRIDAY, MONDAY, default_rhythm
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.settings.rhythm_page import RhythmPage

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


@pytest.fixture
def page(qtbot, shell: RitmeregieApp) -> RhythmPage:  # noqa: F811
    widget = RhythmPage(shell)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    show(qtbot, widget)
    return widget


def type_into(qtbot, widget: QAbstractSpinBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Focus a spin or time box, select what is there, type, press Enter (as a person does)."""
    # Arriving by Tab selects the first part (a time's hours), as it does for a person;
    # typing then runs on into the minutes.
    widget.clearFocus()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus())
    if not isinstance(widget, QTimeEdit):
        widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def choose_block(page: RhythmPage, kind: BlockKind) -> None:
    index = next(i for i, r in enumerate(page.day.rituals) if r.kind is kind)
    page.block_list.setCurrentItem(page.block_list.topLevelItem(index))
    assert page.day.rituals[index].kind is kind


def friday_starts(shell: RitmeregieApp) -> dict[BlockKind, dt.time]:  # noqa: F811
    day = shell.store.settings.rhythm().days[FRIDAY]
    return {r.kind: r.start for r in day.rituals}


def plan_starts(shell: RitmeregieApp, kind: BlockKind) -> list[str]:  # noqa: F811
    return [f"{b.start:%H:%M}" for b in shell.controller.plan.blocks if b.kind is kind]


# --- what the page shows ------------------------------------------------------------------------


def test_opens_on_today_with_its_rituals_and_a_preview(page: RhythmPage) -> None:
    assert page.day_tabs.currentIndex() == FRIDAY
    rows = [
        page.block_list.topLevelItem(i).text(0) for i in range(page.block_list.topLevelItemCount())
    ]
    assert rows == [
        "08:30–08:35",
        "11:00–11:30",
        "15:00–15:45",
        "16:30–16:45",
        "16:45–16:50",
        "16:50–16:55",
        "16:55–17:00",
    ]
    names = [
        page.block_list.topLevelItem(i).text(1) for i in range(page.block_list.topLevelItemCount())
    ]
    assert names[4:] == ["Personal call", "Personal call", "Reflection"]
    assert page.lunch_check.isChecked()
    assert page.lunch_start.time().toString("HH:mm") == "12:30"
    kinds = {b.kind for b in page.preview.blocks()}
    assert {BlockKind.FOCUS, BlockKind.RESET, BlockKind.FRICTION_FRIDAY} <= kinds
    assert page.current_issues() == ()


def test_arrow_keys_on_the_weekday_bar_change_the_day(qtbot, page: RhythmPage) -> None:
    page.day_tabs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.day_tabs, Qt.Key.Key_Right)
    assert page.weekday == FRIDAY + 1
    assert not page.working_check.isChecked()  # Saturday: no plan
    assert not page.start_edit.isEnabled()
    assert page.preview.blocks() == ()
    for _ in range(5):
        qtbot.keyClick(page.day_tabs, Qt.Key.Key_Left)
    assert page.weekday == MONDAY
    titles = [r.kind for r in page.day.rituals]
    assert BlockKind.WEEKLY_REVIEW in titles


# --- valid changes are saved and replan at once --------------------------------------------------


def test_a_shorter_focus_block_is_saved_and_replans(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        type_into(qtbot, page.focus_spin, "25")
    assert shell.store.settings.rhythm().focus_minutes == 25
    focus = [b for b in shell.controller.plan.blocks if b.kind is BlockKind.FOCUS]
    assert focus and max(b.minutes for b in focus) == 25
    assert not page.focus_problem.isVisible()


def test_moving_a_ritual_saves_the_new_time(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    choose_block(page, BlockKind.INBOX)
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        type_into(qtbot, page.block_start, "1400")
    assert friday_starts(shell)[BlockKind.INBOX] == t("14:00")
    assert plan_starts(shell, BlockKind.INBOX) == ["14:00"]
    # The list stays in time order and the moved block stays selected.
    assert page.day.rituals[page.block_list.currentIndex().row()].kind is BlockKind.INBOX
    assert page.block_list.currentItem().text(0) == "14:00–14:30"


def test_later_work_hours_carry_the_day_start(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    type_into(qtbot, page.start_edit, "0900")
    day = shell.store.settings.rhythm().days[FRIDAY]
    assert day.hours.start == t("09:00")
    assert friday_starts(shell)[BlockKind.DAGSTART] == t("09:00")
    # The saved rhythm replans the day (once, right after: ui/store_changes.py).
    qtbot.waitUntil(lambda: plan_starts(shell, BlockKind.DAGSTART) == ["09:00"])
    # Other days are their own: Monday still starts at 08:30.
    assert shell.store.settings.rhythm().days[MONDAY].hours.start == t("08:30")


def test_same_hours_for_every_working_day(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    type_into(qtbot, page.end_edit, "1630")
    assert shell.store.settings.rhythm().days[MONDAY].hours.end == t("17:00")
    qtbot.keyClick(
        focused(page), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier
    )  # "Use for e&very …"
    # A mnemonic "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: shell.store.settings.rhythm().days[MONDAY].hours.end == t("16:30"))
    rhythm = shell.store.settings.rhythm()
    assert all(day.hours.end == t("16:30") for day in rhythm.days.values())
    monday = {r.kind: r.start for r in rhythm.days[MONDAY].rituals}
    assert monday[BlockKind.REFLECTION] == t("16:25")  # the closing rituals moved along
    calls = [r.start for r in rhythm.days[MONDAY].rituals if r.kind is BlockKind.CALL]
    assert calls == [t("16:15"), t("16:20")]
    assert monday[BlockKind.QUIET_QUARTER] == t("16:00")


def test_add_a_block_then_name_it_and_remove_it(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    before = len(page.day.rituals)
    default_calls = [r.title for r in page.day.rituals if r.kind is BlockKind.CALL]
    assert default_calls == ["Persoonlijk belletje", "Persoonlijk belletje"]
    qtbot.keyClick(focused(page), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Add block"
    qtbot.waitUntil(lambda: len(page.day.rituals) == before + 1)
    added = page.day.rituals[page.block_list.currentIndex().row()]
    assert added.kind is BlockKind.CALL
    assert added.start == t("08:45")  # the first free quarter after the day start
    assert focused(page) is page.kind_combo
    saved = shell.store.settings.rhythm().days[FRIDAY].rituals
    assert any(r.kind is BlockKind.CALL and r.start == t("08:45") for r in saved)

    page.block_title.setFocus()
    page.block_title.selectAll()
    qtbot.keyClicks(page.block_title, "Belletje Karin")
    saved = shell.store.settings.rhythm().days[FRIDAY].rituals
    assert [r.title for r in saved if r.kind is BlockKind.CALL] == [
        "Belletje Karin",
        *default_calls,
    ]
    qtbot.waitUntil(
        lambda: (
            [b.title for b in shell.controller.plan.blocks if b.kind is BlockKind.CALL]
            == ["Belletje Karin", *default_calls]
        )
    )

    qtbot.keyClick(focused(page), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Re&move"
    qtbot.waitUntil(lambda: len(page.day.rituals) == before)
    saved = shell.store.settings.rhythm().days[FRIDAY].rituals
    assert [r.title for r in saved if r.kind is BlockKind.CALL] == default_calls
    assert len(page.day.rituals) == before


def test_a_new_kind_brings_its_own_title(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    choose_block(page, BlockKind.INBOX)
    page.kind_combo.setFocus()
    index = page.kind_combo.findText("Reflection")
    page.kind_combo.setCurrentIndex(index)
    page.kind_combo.activated.emit(index)
    assert page.block_title.text() == "Reflection"
    saved = shell.store.settings.rhythm().days[FRIDAY].rituals
    kinds = [r.kind for r in saved]
    assert BlockKind.INBOX not in kinds
    assert kinds.count(BlockKind.REFLECTION) == 2
    assert all(r.title == "Reflectie" for r in saved if r.kind is BlockKind.REFLECTION)


def test_a_day_off(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    page.working_check.setFocus()
    qtbot.keyClick(page.working_check, Qt.Key.Key_Space)
    assert FRIDAY not in shell.store.settings.rhythm().days
    qtbot.waitUntil(lambda: shell.controller.plan.blocks == ())
    assert page.preview.blocks() == ()
    qtbot.keyClick(page.working_check, Qt.Key.Key_Space)
    assert shell.store.settings.rhythm() == default_rhythm()


def test_lunch_can_be_switched_off(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    page.lunch_check.setFocus()
    qtbot.keyClick(page.lunch_check, Qt.Key.Key_Space)
    assert BlockKind.LUNCH not in friday_starts(shell)
    assert not page.lunch_start.isEnabled()
    qtbot.waitUntil(lambda: plan_starts(shell, BlockKind.LUNCH) == [])


# --- problems are said next to the field, and nothing is saved -----------------------------------


def test_focus_length_out_of_range_is_explained_and_not_saved(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    with qtbot.assertNotEmitted(shell.controller.plan_changed):
        type_into(qtbot, page.focus_spin, "150")
    assert page.focus_problem.isVisible()
    assert page.focus_problem.text() == "A focus block lasts 10 to 120 minutes."
    assert page.focus_spin.accessibleDescription() == page.focus_problem.text()
    assert shell.store.settings.rhythm().focus_minutes == 50
    assert page.unsaved_message() == "Rhythm not saved yet: first fix what is marked."
    type_into(qtbot, page.focus_spin, "90")
    assert not page.focus_problem.isVisible()
    assert shell.store.settings.rhythm().focus_minutes == 90
    assert page.unsaved_message() == ""


def test_overlapping_rituals_are_named_at_both(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    choose_block(page, BlockKind.INBOX)
    with qtbot.assertNotEmitted(shell.controller.plan_changed):
        type_into(qtbot, page.block_start, "1240")
    assert page.block_problem.text() == ("Inbox block (12:40–13:10) overlaps Lunch (12:30–13:00).")
    assert page.lunch_problem.text() == "Lunch (12:30–13:00) overlaps Inbox block (12:40–13:10)."
    assert friday_starts(shell)[BlockKind.INBOX] == t("11:00")
    row = page.block_list.currentItem()
    assert row.toolTip(1) == page.block_problem.text()
    assert page.day_tabs.tabIcon(FRIDAY).isNull() is False
    assert page.day_tabs.tabIcon(MONDAY).isNull()
    # Moving it clear of lunch saves it.
    type_into(qtbot, page.block_start, "1300")
    assert not page.block_problem.isVisible() and not page.lunch_problem.isVisible()
    assert friday_starts(shell)[BlockKind.INBOX] == t("13:00")


def test_a_ritual_before_the_work_hours(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    choose_block(page, BlockKind.DAGSTART)
    type_into(qtbot, page.block_start, "0800")
    assert page.block_problem.text() == (
        "Day start (08:00–08:05) starts before your work hours (08:30–17:00)."
    )
    assert friday_starts(shell)[BlockKind.DAGSTART] == t("08:30")


def test_lunch_outside_the_work_hours(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    type_into(qtbot, page.lunch_start, "1655")
    assert page.lunch_problem.text() == (
        "Lunch (16:55–17:25) ends after your work hours (08:30–17:00).\n"
        "Lunch (16:55–17:25) overlaps Reflection (16:55–17:00)."
    )
    assert friday_starts(shell)[BlockKind.LUNCH] == t("12:30")


def test_work_hours_that_end_before_they_start(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    type_into(qtbot, page.end_edit, "0800")
    assert page.hours_problem.text() == (
        "Work hours end after they start: choose an end after 08:30."
    )
    assert shell.store.settings.rhythm().days[FRIDAY].hours.end == t("17:00")


def test_a_block_needs_a_title(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    choose_block(page, BlockKind.INBOX)
    page.block_title.setFocus()
    page.block_title.selectAll()
    qtbot.keyClick(page.block_title, Qt.Key.Key_Delete)
    assert page.block_problem.text() == "Give this block a title."
    assert friday_starts(shell)[BlockKind.INBOX] == t("11:00")
    qtbot.keyClicks(page.block_title, "Mail")
    assert not page.block_problem.isVisible()
    titles = [r.title for r in shell.store.settings.rhythm().days[FRIDAY].rituals]
    assert "Mail" in titles


def test_a_problem_on_another_day_keeps_the_week_unsaved(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    type_into(qtbot, page.end_edit, "0800")
    page.day_tabs.setCurrentIndex(MONDAY)
    assert page.unsaved_message() == ("Rhythm not saved yet: first fix what is marked on Friday.")
    type_into(qtbot, page.focus_spin, "40")  # valid in itself, but the week is not
    assert shell.store.settings.rhythm().focus_minutes == 50
    page.day_tabs.setCurrentIndex(FRIDAY)
    type_into(qtbot, page.end_edit, "1700")
    assert shell.store.settings.rhythm().focus_minutes == 40
    assert page.unsaved_message() == ""


def test_restore_defaults_and_undo(qtbot, page: RhythmPage, shell: RitmeregieApp) -> None:  # noqa: F811
    type_into(qtbot, page.focus_spin, "30")
    choose_block(page, BlockKind.INBOX)
    type_into(qtbot, page.block_start, "1400")
    changed = shell.store.settings.rhythm()
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        undo = page.restore_defaults()
    assert shell.store.settings.rhythm() == default_rhythm()
    assert page.focus_spin.value() == 50
    undo()
    assert shell.store.settings.rhythm() == changed
    assert page.focus_spin.value() == 30


def test_a_weekend_day_switched_on_carries_the_daily_rituals(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    page.day_tabs.setCurrentIndex(5)  # Saturday: never had rituals
    page.working_check.setFocus()
    qtbot.keyClick(page.working_check, Qt.Key.Key_Space)
    saturday = shell.store.settings.rhythm().days[5]
    kinds = {r.kind for r in saturday.rituals}
    assert {BlockKind.DAGSTART, BlockKind.REFLECTION, BlockKind.LUNCH} <= kinds
    assert not kinds & {BlockKind.WEEKLY_REVIEW, BlockKind.FRICTION_FRIDAY}
    assert page.block_list.topLevelItemCount() > 0
    assert saturday.hours == shell.store.settings.rhythm().days[4].hours


def test_the_after_lunch_report_is_off_until_switched_on_and_then_replans(
    qtbot,
    page: RhythmPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    assert not page.report_check.isChecked()
    assert plan_starts(shell, BlockKind.REPORT) == []
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        page.report_check.click()
    week = shell.store.settings.rhythm()
    assert all(
        [(r.start, r.minutes) for r in day.rituals if r.kind is BlockKind.REPORT]
        == [(t("13:00"), 10)]
        for day in week.days.values()
    )
    assert plan_starts(shell, BlockKind.REPORT) == ["13:00"]
    assert BlockKind.REPORT in {r.kind for r in page.day.rituals}  # listed, to move or remove
    # Switched off, none is left anywhere: the saved rhythm is the default one again.
    page.report_check.click()
    assert not page.report_check.isChecked()
    assert shell.store.settings.rhythm() == default_rhythm()
