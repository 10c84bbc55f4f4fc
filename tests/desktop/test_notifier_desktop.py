"""Notifications for real: plyer -> private D-Bus -> dunst, and the tray fallback when dunst is gone."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop_tools import (
    EmbeddedTray,
    region_is_painted,
    screenshot,
    start_dunst,
    stop_dunst,
    wait_for_history_entry,
    wait_until,
)
from PySide6.QtWidgets import QApplication, QWidget

from ritmeregie.platform.notifier import (
    FallbackNotifier,
    NotifierProblem,
    PlyerNotifier,
    TrayNotifier,
)
from ritmeregie.platform.services import notification_service_available

pytestmark = pytest.mark.desktop


def unique(text: str) -> str:
    # dunst's history outlives a test, so every test looks for its own titles.
    return f"{text} {uuid.uuid4().hex[:8]}"


def shown_balloon() -> QWidget | None:
    """On an XEmbed tray, QSystemTrayIcon.showMessage draws Qt's own balloon widget."""
    for widget in QApplication.topLevelWidgets():
        if widget.metaObject().className() == "QBalloonTip" and widget.isVisible():
            return widget
    return None


@pytest.fixture
def dunst_stopped() -> Iterator[None]:
    """The session's dunst is killed for the test and started again afterwards for later tests."""
    stop_dunst()
    try:
        yield
    finally:
        start_dunst()


def test_the_service_probe_sees_dunst() -> None:
    assert notification_service_available(include_activatable=False)


def test_plyer_notification_arrives_in_dunst() -> None:
    title = unique("Focus block")
    body = "Twenty-five minutes for the minutes of Monday."

    assert PlyerNotifier().notify(title, body)

    entry = wait_for_history_entry(title)
    assert entry["summary"] == title
    assert entry["body"] == body
    assert entry["appname"] == "ritmeregie"


@pytest.mark.usefixtures("dunst_stopped")
def test_without_dunst_the_tray_takes_over_and_the_problem_is_reported_once(
    embedded_tray: EmbeddedTray, artifacts_dir: Path
) -> None:
    assert not notification_service_available(include_activatable=False)
    problems: list[NotifierProblem] = []
    notifier = FallbackNotifier(
        [PlyerNotifier(), TrayNotifier(embedded_tray.icon)], on_problem=problems.append
    )

    assert notifier.notify("Reflection", "What went well today?")
    assert notifier.notify("Dagstart", "Three must-do's and one call.")
    assert notifier.notify("Stil kwartier", "Fifteen quiet minutes.")

    assert problems == [NotifierProblem(failed="PlyerNotifier", used_instead="TrayNotifier")]
    wait_until(lambda: shown_balloon() is not None, what="the tray balloon to show")
    balloon = shown_balloon()
    assert balloon is not None
    wait_until(lambda: region_is_painted(balloon.frameGeometry()), what="the balloon to be drawn")
    screenshot(artifacts_dir / "tray-fallback-balloon.png")


def test_a_restarted_dunst_is_used_again(embedded_tray: EmbeddedTray) -> None:
    problems: list[NotifierProblem] = []
    notifier = FallbackNotifier(
        [PlyerNotifier(), TrayNotifier(embedded_tray.icon)],
        on_problem=problems.append,
        retry_after_s=0.0,
    )
    stop_dunst()
    try:
        assert notifier.notify(unique("While dunst is away"), "via the tray")
    finally:
        start_dunst()
    title = unique("Back again")

    assert notifier.notify(title, "via dunst")

    assert wait_for_history_entry(title)["body"] == "via dunst"
    assert not notifier.degraded
    assert len(problems) == 1
