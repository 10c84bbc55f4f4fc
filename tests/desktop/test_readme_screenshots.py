"""The README's pictures, taken from the running app on the real desktop session, in English and Dutch.

Each shot is what a user sees: the tray menu opened by a real right-click, the nudge window the
presenter shows for a focus block, and the Today window with a meeting and a call. A ManualClock on
a Tuesday morning keeps the pictures the same from run to run. The Dutch shots are also checked for
text the catalogue translates but the screen still shows in English.

Shots go to test-artifacts/readme/; the good ones are copied by hand to docs/screenshots/.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from desktop_tools import (
    park_pointer,
    region_is_painted,
    right_click,
    tray_is_embedded,
    wait_until,
)
from PySide6.QtCore import QLocale, QRect, QTranslator
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QWidget,
)

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.i18n import active_language, install_qt_translator, set_language
from ritmeregie.resources import i18n_dir
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.texts import nudge_message, nudge_title

pytestmark = pytest.mark.desktop

AMS = ZoneInfo("Europe/Amsterdam")
T = TypeVar("T")
TUESDAY_10_05 = dt.datetime(2027, 3, 23, 10, 5, tzinfo=AMS)
MARGIN_PX = 16
# A calm desktop behind the shots instead of Xvfb's black root window.
DESKTOP_RGB = 0xD5DAE1

AGENDA = {
    "en": (("Budget meeting 2028", 14, 0, 60, BlockKind.MEETING),
           ("Call Marieke about the minutes", 11, 45, 15, BlockKind.CALL)),
    "nl": (("Overleg begroting 2028", 14, 0, 60, BlockKind.MEETING),
           ("Marieke bellen over de notulen", 11, 45, 15, BlockKind.CALL)),
}  # fmt: skip


# --- the session around the shots --------------------------------------------------------------------


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
        lrelease = Path(__import__("sys").executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    return qm


def translated_sources() -> dict[str, str]:
    """English source -> Dutch translation, for every finished translation that differs."""
    table: dict[str, str] = {}
    root = ET.parse(i18n_dir() / "ritmeregie_nl.ts").getroot()
    for message in root.iter("message"):
        source, node = message.findtext("source"), message.find("translation")
        if source is None or node is None or not node.text or node.get("type"):
            continue
        if node.text != source:
            table[source.replace("&", "")] = node.text
    return table


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


@pytest.fixture
def shell(
    qapp: QApplication, data_dir: Path, language: str, desktop_backdrop: None
) -> Iterator[RitmeregieApp]:
    clock = ManualClock(TUESDAY_10_05)
    store = open_store(data_dir, clock=clock)
    app = RitmeregieApp(store, clock, AMS)
    for title, hour, minute, minutes, kind in AGENDA[language]:
        start = TUESDAY_10_05.replace(hour=hour, minute=minute)
        app.controller.add_agenda(title, start, start + dt.timedelta(minutes=minutes), kind)
    app.start()
    assert app.tray is not None
    tray = app.tray
    wait_until(lambda: tray_is_embedded(tray.icon), what="the tray icon to embed")
    wait_until(lambda: region_is_painted(tray.icon.geometry()), what="the tray icon to be drawn")
    wait_until(lambda: only_icon_in_tray(tray.icon.geometry()), what="an earlier icon to leave")
    yield app
    tray.menu.hide()
    park_pointer()  # leave the tray icon free for the next test's click
    if app.presenter.window is not None:
        app.presenter.window.close()
    app.stop()
    if app.vandaag is not None:
        app.vandaag.hide()
        app.vandaag.deleteLater()
    tray.menu.deleteLater()
    app.deleteLater()
    qapp.processEvents()
    store.close()


def only_icon_in_tray(icon: QRect) -> bool:
    """trayer grows by one icon width per icon: beside ours there must be bare desktop only."""
    screen = QGuiApplication.primaryScreen().geometry()
    beside = [icon.translated(-icon.width(), 0), icon.translated(icon.width(), 0)]
    return not any(region_is_painted(r) for r in beside if screen.contains(r))


# --- taking and checking the shots -------------------------------------------------------------------


def shot(rect: QRect, path: Path) -> QImage:
    """Grab `rect` (plus a margin, kept on the screen) of the display and save it as PNG."""
    screen = QGuiApplication.primaryScreen()
    area = rect.adjusted(-MARGIN_PX, -MARGIN_PX, MARGIN_PX, MARGIN_PX) & screen.geometry()
    image = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).toImage()
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG"), f"could not save {path}"
    return image


def visible_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    if isinstance(widget, QMenu):
        texts += [a.text() for a in widget.actions() if a.isVisible() and not a.isSeparator()]
    for child in widget.findChildren(QLabel):
        if child.isVisible():
            texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        if child.isVisible():
            texts.append(child.text())
    for action in widget.findChildren(QAction):
        if action.isVisible() and action.text():
            texts.append(action.text())
    texts.append(widget.windowTitle())
    return [t.replace("&", "") for t in texts if t]


def assert_no_english_left(widget: QWidget, language: str) -> None:
    if language != "nl":
        return
    sources = translated_sources()
    english = sorted({t for t in visible_texts(widget) if t in sources})
    assert not english, f"untranslated in the Dutch {widget.objectName() or widget}: {english}"


def readme_dir(artifacts_dir: Path) -> Path:
    return artifacts_dir / "readme"


def test_tray_menu(shell: RitmeregieApp, language: str, artifacts_dir: Path) -> None:
    tray = shell.tray
    assert tray is not None

    park_pointer()
    # A real right-click near the icon's lower left corner: the menu opens down and to the left
    # of the pointer, so the icon itself stays in the picture.
    icon = tray.icon.geometry()
    right_click(icon.left() + 3, icon.bottom() - 3)

    wait_until(tray.menu.isVisible, what="the menu to open")
    wait_until(lambda: region_is_painted(tray.menu.geometry()), what="the menu to be drawn")
    QApplication.processEvents()
    image = shot(
        tray.menu.geometry().united(tray.icon.geometry()),
        readme_dir(artifacts_dir) / f"tray-menu-{language}.png",
    )
    assert not image.isNull()
    expected = {"en": "Today", "nl": "Vandaag"}[language]
    assert tray.today_action.text() == expected
    assert_no_english_left(tray.menu, language)


def test_nudge_window_for_a_focus_block(
    shell: RitmeregieApp, language: str, artifacts_dir: Path
) -> None:
    nudge = next(
        n
        for n in shell.controller.upcoming_nudges()
        if n.kind is NudgeKind.BLOCK_START and n.block.kind is BlockKind.FOCUS
    )

    shell.scheduler.nudge_due.emit(nudge)

    window = shell.presenter.window
    assert window is not None
    wait_until(window.isVisible, what="the nudge window to show")
    wait_until(lambda: region_is_painted(window.frameGeometry()), what="the nudge to be drawn")
    assert shell.tray is not None
    image = shot(
        window.frameGeometry().united(shell.tray.icon.geometry()),
        readme_dir(artifacts_dir) / f"nudge-{language}.png",
    )
    assert not image.isNull()
    assert_no_english_left(window, language)


def test_today_window_with_a_meeting_and_a_call(
    shell: RitmeregieApp, language: str, artifacts_dir: Path
) -> None:
    shell.show_vandaag()

    window = shell.vandaag
    assert window is not None
    # There is no window manager to place it: leave room for the desktop around it in the shot.
    window.move(3 * MARGIN_PX, 3 * MARGIN_PX)
    wait_until(window.isVisible, what="the Today window to show")
    wait_until(lambda: region_is_painted(window.frameGeometry()), what="Today to be drawn")
    texts = visible_texts(window)
    for title, *_rest in AGENDA[language]:
        assert any(title in t for t in texts) or _painted_in_timeline(window, title), title
    image = shot(window.frameGeometry(), readme_dir(artifacts_dir) / f"vandaag-{language}.png")
    assert not image.isNull()
    assert_no_english_left(window, language)


def in_english(qapp: QApplication, produce: Callable[[], T]) -> T:
    """What `produce` returns with the Dutch catalogue taken out for a moment."""
    translators = qapp.findChildren(QTranslator)
    for translator in translators:
        qapp.removeTranslator(translator)
    language = active_language()
    set_language("en")
    try:
        return produce()
    finally:
        set_language(language)
        for translator in translators:
            qapp.installTranslator(translator)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_dutch_nudges_are_all_dutch(
    shell: RitmeregieApp, language: str, qapp: QApplication
) -> None:
    start = TUESDAY_10_05.replace(hour=14, minute=0)
    meeting = next(
        n for n in shell.controller.upcoming_nudges() if n.block.kind is BlockKind.MEETING
    )
    focus = next(n for n in shell.controller.upcoming_nudges() if n.block.kind is BlockKind.FOCUS)
    assert meeting.block.start == start
    untranslated: list[str] = []
    for nudge in (focus, meeting):
        for render in (nudge_title, nudge_message):
            dutch = render(nudge)
            english = in_english(qapp, lambda r=render, n=nudge: r(n))  # type: ignore[misc]
            # The user's own title is the same in every language; anything else must change.
            if dutch == english and dutch != nudge.block.title:
                untranslated.append(dutch)
    assert untranslated == []


def _painted_in_timeline(window: Any, title: str) -> bool:
    # The agenda list is a tree widget: its rows are items, not labels.
    from PySide6.QtWidgets import QTreeWidget

    for tree in window.findChildren(QTreeWidget):
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if any(title in item.text(col) for col in range(tree.columnCount())):
                return True
    return False
