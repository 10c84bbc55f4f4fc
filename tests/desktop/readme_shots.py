"""What the README screenshot tests share: the session around the shots, taking them, checking them.

The app is the real RitmeregieApp on a ManualClock, started on the real desktop session (tray in
trayer, D-Bus, dunst); windows are opened through its window hub, as the tray opens them. A calm
backdrop replaces Xvfb's black root window. Shots are written to test-artifacts/readme/ and, only
with RITMEREGIE_UPDATE_SCREENSHOTS=1, copied to docs/screenshots/ (so CI never rewrites the repo).

The test modules take the fixtures with `from readme_shots import *`; readme_texts.py reads what a
shot shows, readme_days.py fills the store.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from desktop_tools import park_pointer, region_is_painted, tray_is_embedded, wait_until
from PySide6.QtCore import QLocale, QRect, QTranslator
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from ritmeregie.domain.clock import ManualClock
from ritmeregie.platform.i18n import install_qt_translator
from ritmeregie.platform.resources import i18n_dir
from ritmeregie.storage import Store, open_store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.window_keys import WindowKey

# What `from readme_shots import *` brings: the fixtures (everything else is imported by name).
__all__ = ["compiled_catalogue", "desktop_backdrop", "language", "launch"]

AMS = ZoneInfo("Europe/Amsterdam")
MARGIN_PX = 16
# A calm desktop behind the shots instead of Xvfb's black root window.
DESKTOP_RGB = 0xD5DAE1
REPO_ROOT = Path(__file__).resolve().parents[2]
DOCS_SCREENSHOTS = REPO_ROOT / "docs" / "screenshots"
UPDATE_ENV = "RITMEREGIE_UPDATE_SCREENSHOTS"


# --- the desktop and the language -------------------------------------------------------------------


def _set_root_background(rgb: int) -> None:
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSetWindowBackground.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
    x11.XClearWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    assert display, "cannot open the X display"
    root = x11.XDefaultRootWindow(display)
    x11.XSetWindowBackground(display, root, rgb)  # a TrueColor visual: the pixel is 0xRRGGBB
    x11.XClearWindow(display, root)
    x11.XFlush(display)
    x11.XCloseDisplay(display)


@pytest.fixture(scope="module")
def desktop_backdrop() -> Iterator[None]:
    _set_root_background(DESKTOP_RGB)
    yield
    _set_root_background(0x000000)


@pytest.fixture(scope="module")
def compiled_catalogue() -> Path:
    """The Dutch .qm, (re)built from the .ts when set-up has not done it or it is older."""
    ts = i18n_dir() / "ritmeregie_nl.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    return qm


def _remove_translators(qapp: QApplication) -> None:
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture(params=["en", "nl"])
def language(
    request: pytest.FixtureRequest, qapp: QApplication, compiled_catalogue: Path
) -> Iterator[str]:
    lang: str = request.param
    default_locale = QLocale()
    _remove_translators(qapp)
    if lang == "nl":
        assert install_qt_translator(qapp, "nl"), f"{compiled_catalogue} did not load"
    yield lang
    # install_qt_translator(app, "en") only stops *new* lookups; take the Dutch ones out by hand.
    _remove_translators(qapp)
    install_qt_translator(qapp, "en")
    QLocale.setDefault(default_locale)


# --- the running app ---------------------------------------------------------------------------------


def move_clock(clock: ManualClock, when: dt.datetime) -> None:
    """Put the clock at `when` (forward or back): seeding writes records at their own moments."""
    clock.jump_wall(when.astimezone(dt.UTC) - clock.now())


def only_icon_in_tray(icon: QRect) -> bool:
    """trayer grows by one icon width per icon: beside ours there must be bare desktop only."""
    screen = QGuiApplication.primaryScreen().geometry()
    beside = [icon.translated(-icon.width(), 0), icon.translated(icon.width(), 0)]
    return not any(region_is_painted(r) for r in beside if screen.contains(r))


@dataclass
class Session:
    """One started app in one language, and the shots taken from it."""

    app: RitmeregieApp
    store: Store
    clock: ManualClock
    language: str
    out_dir: Path

    def show(self, key: WindowKey, *, place: bool = True, **context: Any) -> QWidget:
        """Open a window through the hub, as the tray does. There is no window manager to place
        it: put it near the top left with desktop around it (place=False: where it put itself)."""
        window = self.app.show_window(key, **context)
        assert window is not None, f"the hub opened no {key} window"
        if place:
            screen = QGuiApplication.primaryScreen().geometry()
            room = screen.height() - window.frameGeometry().height() - MARGIN_PX
            window.move(3 * MARGIN_PX, max(MARGIN_PX, min(3 * MARGIN_PX, room)))
        self.settle(window)
        return window

    def settle(self, window: QWidget) -> None:
        wait_until(window.isVisible, what=f"{window.windowTitle()!r} to show")
        QApplication.processEvents()
        wait_until(lambda: region_is_painted(window.frameGeometry()), what="the window drawn")

    def capture(self, window: QWidget, name: str, *, with_rect: QRect | None = None) -> QImage:
        """The window (plus `with_rect`, e.g. the tray icon) with a margin, saved as <name>-<lang>.png;
        it must lie wholly on the screen, or the picture would cut it off."""
        QApplication.processEvents()
        rect = window.frameGeometry()
        screen = QGuiApplication.primaryScreen().geometry()
        assert screen.contains(rect), f"{name}: {rect} does not fit on the {screen} screen"
        if with_rect is not None:
            rect = rect.united(with_rect)
        path = self.out_dir / f"{name}-{self.language}.png"
        image = shot(rect, path)
        assert not image.isNull()
        if os.environ.get(UPDATE_ENV) == "1":
            DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, DOCS_SCREENSHOTS / path.name)
        return image

    def dismiss_interruptions(self) -> None:
        """A prompt or nudge the start may have raised (a missed reflection, the yearly mirror)
        is not part of the picture."""
        for window in (self.app.presenter.window, self.app.prompts.window):
            if window is not None and shiboken6.isValid(window):
                window.close()
        QApplication.processEvents()


Seed = Callable[[Store, ManualClock, str], Any]
Launch = Callable[..., Session]


@pytest.fixture
def launch(
    qapp: QApplication,
    data_dir: Path,
    language: str,
    desktop_backdrop: None,
    artifacts_dir: Path,
) -> Iterator[Launch]:
    """launch(now, seed=None): fill a fresh store (seed moves the clock as it writes), put the
    clock at `now`, start the app and wait for its tray icon. At most one app per test."""
    sessions: list[Session] = []
    flash_ms = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)  # a steady text cursor: the same picture every run

    def start(now: dt.datetime, seed: Seed | None = None) -> Session:
        assert not sessions, "one app per test"
        clock = ManualClock(now)
        store = open_store(data_dir, clock=clock)
        if seed is not None:
            seed(store, clock, language)
            move_clock(clock, now)
        app = RitmeregieApp(store, clock, AMS)
        session = Session(app, store, clock, language, artifacts_dir / "readme")
        sessions.append(session)
        app.start()
        assert app.tray is not None, "no tray: is this the desktop session?"
        tray = app.tray
        wait_until(lambda: tray_is_embedded(tray.icon), what="the tray icon to embed")
        wait_until(lambda: region_is_painted(tray.icon.geometry()), what="the tray icon drawn")
        wait_until(lambda: only_icon_in_tray(tray.icon.geometry()), what="an earlier icon to leave")
        session.dismiss_interruptions()
        return session

    yield start
    for session in sessions:
        _close(session, qapp)
    QApplication.setCursorFlashTime(flash_ms)


def _close(session: Session, qapp: QApplication) -> None:
    app = session.app
    if app.tray is not None:
        app.tray.menu.hide()
    park_pointer()  # leave the tray icon free for the next test's click
    session.dismiss_interruptions()
    app.stop()
    for key in WindowKey:
        window = app.windows.get(key)
        if window is not None and shiboken6.isValid(window):
            window.close()
            window.hide()
            window.deleteLater()
    if app.tray is not None:
        app.tray.menu.deleteLater()
    app.deleteLater()
    qapp.processEvents()
    session.store.close()


# --- taking and checking the shots -------------------------------------------------------------------


def shot(rect: QRect, path: Path) -> QImage:
    """Grab `rect` (plus a margin, kept on the screen) of the display once it stops changing (a
    text view may still be laying out its document), and save it as PNG."""
    screen = QGuiApplication.primaryScreen()
    area = rect.adjusted(-MARGIN_PX, -MARGIN_PX, MARGIN_PX, MARGIN_PX) & screen.geometry()
    grabs: list[QImage] = []

    def steady() -> bool:
        grabs.append(
            screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).toImage()
        )
        return len(grabs) >= 2 and grabs[-1] == grabs[-2]

    wait_until(steady, what=f"{path.name} to stop changing")
    image = grabs[-1]
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG"), f"could not save {path}"
    return image
