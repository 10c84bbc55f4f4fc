"""The welcome: shown at the first start only, skippable, work hours and language, by keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QTimeEdit
from settings_support import (  # noqa: F401 (fixtures)
    QT_LOG_IGNORE,
    catalogue,
    english_after,
    focused,
    now,
    shell,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.rhythm import FRIDAY, MONDAY, SATURDAY, default_rhythm
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.first_run import WelcomeDialog
from ritmeregie.ui.settings.window import SettingsWindow
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


@pytest.fixture
def welcome(qtbot, shell: RitmeregieApp) -> WelcomeDialog:  # noqa: F811
    shown = shell.welcome_if_new()
    assert isinstance(shown, WelcomeDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def type_time(qtbot, edit: QTimeEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clearFocus()
    edit.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab does: the hours selected
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_the_first_start_shows_the_welcome_with_the_default_day(
    welcome: WelcomeDialog,
) -> None:
    assert welcome.isVisible()
    assert focused(welcome) is welcome.start_button  # Enter starts
    kinds = [b.kind for b in welcome.preview.blocks()]
    assert kinds[0] is BlockKind.DAGSTART
    assert {BlockKind.FOCUS, BlockKind.RESET, BlockKind.LUNCH, BlockKind.REFLECTION} <= set(kinds)
    assert BlockKind.FRICTION_FRIDAY not in kinds  # the plain day (Tuesday)
    assert welcome.start_edit.time().toString("HH:mm") == "08:30"
    assert welcome.end_edit.time().toString("HH:mm") == "17:00"


def test_skip_by_escape_changes_nothing_and_it_does_not_come_back(
    qtbot,
    welcome: WelcomeDialog,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    type_time(qtbot, welcome.start_edit, "0900")  # typed, then skipped
    qtbot.keyClick(focused(welcome), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shell.windows.get(WindowKey.WELCOME) is None)
    assert shell.store.settings.get("first_run_done") is True
    assert shell.store.settings.rhythm() == default_rhythm()
    assert shell.welcome_if_new() is None


def test_the_close_button_counts_as_seen(
    qtbot,
    welcome: WelcomeDialog,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    welcome.close()
    qtbot.waitUntil(lambda: shell.windows.get(WindowKey.WELCOME) is None)
    assert shell.store.settings.get("first_run_done") is True


def test_work_hours_for_every_working_day_by_keyboard(
    qtbot,
    welcome: WelcomeDialog,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    type_time(qtbot, welcome.start_edit, "0900")
    type_time(qtbot, welcome.end_edit, "1730")
    # The picture follows before anything is saved.
    assert welcome.preview.blocks()[0].start.time() == t("09:00")
    assert shell.store.settings.rhythm() == default_rhythm()
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        welcome.start_button.setFocus()
        qtbot.keyClick(welcome.start_button, Qt.Key.Key_Return)
    rhythm = shell.store.settings.rhythm()
    assert sorted(rhythm.days) == [0, 1, 2, 3, 4]  # the weekend stays free
    assert SATURDAY not in rhythm.days
    for day in rhythm.days.values():
        assert (day.hours.start, day.hours.end) == (t("09:00"), t("17:30"))
    friday = {r.kind: r.start for r in rhythm.days[FRIDAY].rituals}
    assert friday[BlockKind.DAGSTART] == t("09:00")
    assert friday[BlockKind.INBOX] == t("11:00")
    assert friday[BlockKind.QUIET_QUARTER] == t("17:00")
    calls = [r.start for r in rhythm.days[FRIDAY].rituals if r.kind is BlockKind.CALL]
    assert calls == [t("17:15"), t("17:20")]
    assert friday[BlockKind.REFLECTION] == t("17:25")
    monday = {r.kind: r.start for r in rhythm.days[MONDAY].rituals}
    # The review at 09:00 would collide with the carried day start: pushed along, not dropped.
    assert monday[BlockKind.DAGSTART] == t("09:00")
    assert monday[BlockKind.WEEKLY_REVIEW] == t("09:05")
    plan = {b.kind: f"{b.start:%H:%M}" for b in shell.controller.plan.blocks}
    assert plan[BlockKind.DAGSTART] == "09:00"
    assert shell.store.settings.get("first_run_done") is True


def test_hours_that_do_not_make_a_day_are_explained_and_start_waits(
    qtbot,
    welcome: WelcomeDialog,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    type_time(qtbot, welcome.end_edit, "0800")
    assert welcome.hours_problem.isVisible()
    assert welcome.hours_problem.text() == (
        "Work hours end after they start: choose an end after 08:30."
    )
    assert not welcome.start_button.isEnabled()
    qtbot.keyClick(focused(welcome), Qt.Key.Key_Return)
    assert welcome.isVisible()
    type_time(qtbot, welcome.end_edit, "1700")
    assert welcome.start_button.isEnabled() and not welcome.hours_problem.isVisible()


def test_a_day_too_short_for_its_rituals_is_named(
    qtbot,
    welcome: WelcomeDialog,
) -> None:
    type_time(qtbot, welcome.end_edit, "0900")
    # Quiet quarter and reflection move along to 08:30 and 08:45 and push lunch ahead of them.
    assert welcome.hours_problem.text() == (
        "Lunch (08:00–08:30) starts before your work hours (08:30–09:00)."
    )
    assert not welcome.start_button.isEnabled()


def test_adjust_the_rhythm_saves_and_opens_the_settings(
    qtbot,
    welcome: WelcomeDialog,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    type_time(qtbot, welcome.end_edit, "1630")
    qtbot.keyClick(focused(welcome), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shell.windows.get(WindowKey.SETTINGS) is not None)
    settings = shell.windows.get(WindowKey.SETTINGS)
    assert isinstance(settings, SettingsWindow)
    assert settings.current_key() == "rhythm"
    assert shell.store.settings.rhythm().days[FRIDAY].hours.end == t("16:30")
    assert shell.store.settings.get("first_run_done") is True


def test_the_language_applies_at_once(
    qtbot,
    welcome: WelcomeDialog,
    shell: RitmeregieApp,  # noqa: F811
    catalogue: Path,  # noqa: F811
    english_after: None,  # noqa: F811
) -> None:
    combo = welcome.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != "nl":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert shell.store.settings.get("language") == "nl"
    assert QCoreApplication.translate("Tray", "Today") == "Vandaag"
    assert welcome.isVisible()  # still there to be read in Dutch


def test_not_shown_when_already_seen(shell: RitmeregieApp) -> None:  # noqa: F811
    shell.store.settings.set("first_run_done", True)
    assert shell.welcome_if_new() is None
    assert shell.windows.get(WindowKey.WELCOME) is None
