"""Settings → Nudges: saved at once; the heads-up replans so the jobs follow; defaults with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from settings_support import QT_LOG_IGNORE, now, shell, show  # noqa: F401 (fixtures)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.settings.nudges_page import NudgesPage

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


@pytest.fixture
def page(qtbot, shell: RitmeregieApp) -> NudgesPage:  # noqa: F811
    widget = NudgesPage(shell)
    qtbot.addWidget(widget)
    show(qtbot, widget)
    return widget


def quiet_quarter_heads_up(shell: RitmeregieApp) -> list[str]:  # noqa: F811
    return [
        f"{n.at:%H:%M}"
        for n in shell.controller.upcoming_nudges()
        if n.kind is NudgeKind.HEADS_UP and n.block.kind is BlockKind.QUIET_QUARTER
    ]


def test_shows_the_stored_values(page: NudgesPage) -> None:
    assert page.heads_up_spin.value() == 2
    assert page.snooze_spin.value() == 5
    assert page.window_check.isChecked()
    assert not page.sound_check.isChecked()


def test_heads_up_by_keyboard_is_saved_and_replans(
    qtbot,
    page: NudgesPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    assert quiet_quarter_heads_up(shell) == ["16:28"]
    qtbot.keyClick(page.heads_up_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        qtbot.keyClicks(page.heads_up_spin, "10")
        qtbot.keyClick(page.heads_up_spin, Qt.Key.Key_Return)
    assert shell.store.settings.get("heads_up_minutes") == 10
    assert quiet_quarter_heads_up(shell) == ["16:20"]


def test_no_heads_up_at_zero(qtbot, page: NudgesPage, shell: RitmeregieApp) -> None:  # noqa: F811
    page.heads_up_spin.setFocus()
    for _ in range(2):
        qtbot.keyClick(page.heads_up_spin, Qt.Key.Key_Down)
    assert page.heads_up_spin.text() == "None"
    assert shell.store.settings.get("heads_up_minutes") == 0
    assert quiet_quarter_heads_up(shell) == []


def test_snooze_sound_and_window(qtbot, page: NudgesPage, shell: RitmeregieApp) -> None:  # noqa: F811
    page.snooze_spin.setFocus()
    qtbot.keyClick(page.snooze_spin, Qt.Key.Key_Up)
    assert shell.store.settings.get("snooze_minutes") == 6
    page.sound_check.setFocus()
    qtbot.keyClick(page.sound_check, Qt.Key.Key_Space)
    assert shell.store.settings.get("sound") is True
    page.window_check.setFocus()
    qtbot.keyClick(page.window_check, Qt.Key.Key_Space)
    assert shell.store.settings.get("nudge_window") is False


def test_restore_defaults_and_undo(qtbot, page: NudgesPage, shell: RitmeregieApp) -> None:  # noqa: F811
    settings = shell.store.settings
    settings.set("heads_up_minutes", 7)
    settings.set("sound", True)
    page._load()
    with qtbot.waitSignal(shell.controller.plan_changed, timeout=1000):
        undo = page.restore_defaults()
    assert settings.get("heads_up_minutes") == 2 and settings.get("sound") is False
    assert page.heads_up_spin.value() == 2 and not page.sound_check.isChecked()
    undo()
    assert settings.get("heads_up_minutes") == 7 and settings.get("sound") is True
    assert page.heads_up_spin.value() == 7


def test_the_presenter_honours_the_window_setting(
    qtbot,
    page: NudgesPage,
    shell: RitmeregieApp,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Off: an answerable nudge becomes a notification instead of the nudge window."""
    sent: list[tuple[str, str]] = []
    monkeypatch.setattr(shell.notifier, "notify", lambda title, text: sent.append((title, text)))
    page.window_check.setFocus()
    qtbot.keyClick(page.window_check, Qt.Key.Key_Space)
    nudge = next(
        n
        for n in shell.controller.upcoming_nudges()
        if n.answerable and n.at > shell.controller.now() + dt.timedelta(minutes=1)
    )
    shell.presenter.on_nudge_due(nudge)
    assert shell.presenter.window is None
    assert len(sent) == 1
