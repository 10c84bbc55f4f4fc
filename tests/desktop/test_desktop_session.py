"""The desktop session itself works: a tray exists, icons embed, real clicks reach them, screenshots work."""

from __future__ import annotations

from pathlib import Path

import pytest
from desktop_tools import (
    EmbeddedTray,
    centre_of,
    name_has_owner,
    region_is_painted,
    right_click,
    screenshot,
    tray_is_embedded,
    wait_until,
)
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

pytestmark = pytest.mark.desktop


def test_the_session_has_a_system_tray(qapp: QApplication) -> None:
    assert QGuiApplication.platformName() == "xcb"
    assert QSystemTrayIcon.isSystemTrayAvailable()


def test_the_session_has_a_notification_daemon_on_its_private_bus() -> None:
    assert name_has_owner("org.freedesktop.Notifications")


def test_tray_icon_embeds_inside_the_screen(embedded_tray: EmbeddedTray) -> None:
    assert tray_is_embedded(embedded_tray.icon)


def test_right_click_on_the_tray_icon_opens_its_menu(
    embedded_tray: EmbeddedTray, artifacts_dir: Path
) -> None:
    assert not embedded_tray.menu.isVisible()

    right_click(*centre_of(embedded_tray.icon.geometry()))
    wait_until(embedded_tray.menu.isVisible, what="the tray menu to open after a right-click")

    # Visible is not yet painted: wait until the display really shows the menu where Qt put it.
    wait_until(
        lambda: region_is_painted(embedded_tray.menu.geometry()),
        what="the open menu to be drawn on the display",
    )

    shot = screenshot(artifacts_dir / "tray-menu-open.png")
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.size() == QGuiApplication.primaryScreen().size()
