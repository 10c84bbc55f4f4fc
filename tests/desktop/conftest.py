"""Fixtures for tests in the real desktop session: a tray icon that has really embedded in trayer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from desktop_tools import EmbeddedTray, solid_icon, tray_is_embedded, wait_until
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget


@pytest.fixture
def embedded_tray(qapp: QApplication, qtbot: object) -> Iterator[EmbeddedTray]:
    """A QSystemTrayIcon with an icon and a parented menu, shown and embedded in the tray host."""
    # PySide6 garbage-collects parentless menus and actions, so everything hangs off a holder widget.
    holder = QWidget()
    holder.setObjectName("tray-holder")
    icon = QSystemTrayIcon(solid_icon("#2e7d6b"), holder)
    menu = QMenu(holder)
    menu.addAction("Start focus now")
    menu.addAction("Take a reset")
    menu.addSeparator()
    menu.addAction("Quit")
    icon.setContextMenu(menu)
    icon.setToolTip("ritmeregie test tray")
    icon.show()
    wait_until(lambda: tray_is_embedded(icon), what="the tray icon to embed in trayer")
    yield EmbeddedTray(icon=icon, menu=menu, holder=holder)
    menu.hide()
    icon.hide()
    holder.deleteLater()
    qapp.processEvents()
