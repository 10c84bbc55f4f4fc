"""Light and dark: the palette follows the system's scheme, the tray icon repaints; the app icon."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ritmeregie.ui.app_icon import app_icon
from ritmeregie.ui.palette import (
    SchemeFollower,
    contrast_ratio,
    palette_is_dark,
    scheme_palette,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def follower(qapp) -> Iterator[SchemeFollower]:
    before = QPalette(qapp.palette())
    follower = SchemeFollower(qapp)
    yield follower
    follower.deleteLater()
    QApplication.setPalette(before)


def test_a_dark_system_gets_a_dark_palette_and_back(qtbot, follower: SchemeFollower) -> None:
    label = QLabel("Focus block")
    qtbot.addWidget(label)
    assert not palette_is_dark(label.palette())  # the offscreen style starts light

    with qtbot.waitSignal(follower.scheme_changed) as turned:
        follower.on_color_scheme_changed(Qt.ColorScheme.Dark)

    assert turned.args == [True]
    assert follower.dark
    qtbot.waitUntil(lambda: palette_is_dark(label.palette()))  # widgets follow the app palette

    with qtbot.waitSignal(follower.scheme_changed) as turned:
        follower.on_color_scheme_changed(Qt.ColorScheme.Light)

    assert turned.args == [False]
    qtbot.waitUntil(lambda: not palette_is_dark(label.palette()))


def test_an_unknown_scheme_leaves_the_palette_alone(qapp, follower: SchemeFollower) -> None:
    window_colour = qapp.palette().color(QPalette.ColorRole.Window)
    follower.on_color_scheme_changed(Qt.ColorScheme.Unknown)
    assert qapp.palette().color(QPalette.ColorRole.Window) == window_colour


@pytest.mark.parametrize("dark", [False, True])
def test_both_palettes_keep_text_readable(dark: bool) -> None:
    palette = scheme_palette(dark)
    roles = QPalette.ColorRole
    assert palette_is_dark(palette) is dark
    for fore, back in (
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
    ):
        assert contrast_ratio(palette.color(fore), palette.color(back)) >= 4.5, (fore, back)


@pytest.mark.qt_log_ignore(r"No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_the_tray_icon_repaints_when_the_scheme_turns(qtbot, data_dir) -> None:
    from every_window import shell_app

    with shell_app(data_dir) as app:
        app._show_tray()
        tray = app.tray
        assert tray is not None
        painted: list[object] = []
        tray.icon.setIcon = painted.append  # type: ignore[method-assign]
        tray.refresh()
        assert painted == []  # same block, same icon: nothing to paint
        app.looks.scheme_changed.emit(True)
        assert len(painted) == 1


def test_the_app_icon_is_crisp_at_every_size_and_ratio(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (64, 64), (256, 256)} <= sizes
    # 32 logical px on a 2x screen: a real 64 px picture, not 32 scaled up.
    pixmap = icon.pixmap(QSize(32, 32), 2.0)
    assert pixmap.deviceIndependentSize().toSize() == QSize(32, 32)
    assert pixmap.width() == 64
