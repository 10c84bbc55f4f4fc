"""The app under test: the real composition root on a ManualClock, and the one way to take it down.

`AppUnderTest` is what the `make_app` fixture (tests/gui/conftest.py) hands out; `shut_down` is its
teardown and the one the older helpers (ritual_app, meetings_support, settings_support,
every_window) use too: the app stopped (scheduler, watches, calendar sync), its tray stopped, every
window it opened closed and deleted, then the store closed. `LIVE_APPS` and `LIVE_TRAYS` let the
leak check (`leftovers`, run after every gui test by conftest.py) see what a test built, without
keeping anything alive.
"""

from __future__ import annotations

import datetime as dt
import weakref
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store, open_store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.tray import Tray
from ritmeregie.ui.window_keys import WindowKey

AMS = ZoneInfo("Europe/Amsterdam")

Shown = TypeVar("Shown", bound=QWidget)

LIVE_APPS: weakref.WeakSet[RitmeregieApp] = weakref.WeakSet()
LIVE_TRAYS: weakref.WeakSet[Tray] = weakref.WeakSet()


def _register(cls: type, registry: weakref.WeakSet) -> None:  # type: ignore[type-arg]
    """Every instance built from now on is noted in `registry` (weakly)."""
    original = cls.__init__
    if getattr(original, "registers_instances", False):
        return

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        original(self, *args, **kwargs)
        registry.add(self)

    __init__.registers_instances = True  # type: ignore[attr-defined]
    cls.__init__ = __init__  # type: ignore[misc]


def watch_instances() -> None:
    _register(RitmeregieApp, LIVE_APPS)
    _register(Tray, LIVE_TRAYS)


class RecordingNotifier:
    """Stands in for the OS notification parts only; the app's chain and presenter stay real."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> bool:
        self.sent.append((title, message))
        return True


class AppUnderTest:
    """A RitmeregieApp on its own store and ManualClock; the OS notifiers replaced by a recorder."""

    def __init__(
        self,
        data_dir: Path,
        now: dt.datetime | ManualClock,
        tz: ZoneInfo = AMS,
        *,
        welcome_seen: bool = False,
    ) -> None:
        self.clock = now if isinstance(now, ManualClock) else ManualClock(now)
        self.store: Store = open_store(data_dir, clock=self.clock)
        if welcome_seen:  # a returning user's store
            self.store.settings.set("first_run_done", True)
        self.app = RitmeregieApp(self.store, self.clock, tz)
        self.notes = RecordingNotifier()
        self.app.notifier._parts = [self.notes]  # type: ignore[attr-defined]
        self.started = False
        self.closed = False

    def start(self) -> None:
        self.app.start()
        self.started = True

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        shut_down(self.app)
        self.store.close()


def shut_down(app: RitmeregieApp) -> None:
    """Stop everything `app` runs and close every window it opened (the store stays open)."""
    if not shiboken6.isValid(app):
        return
    app.stop()
    if app.tray is not None:
        app.tray.stop()
    for widget in (app.presenter.window, app.prompts.window):
        if widget is not None and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    for key in WindowKey:
        window = app.windows.get(key)
        if window is not None and shiboken6.isValid(window):
            window.close()  # a window with unsaved problems asks for a second close
            window.close()
            window.deleteLater()
    app.deleteLater()
    flush_deletes()


def flush_deletes() -> None:
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # type: ignore[arg-type]


def _active_timers(root: QObject) -> list[QTimer]:
    return [t for t in root.findChildren(QTimer) if shiboken6.isValid(t) and t.isActive()]


def leftovers(windows_before: set[int]) -> list[str]:
    """What a test left running, each stopped or closed as it is found."""
    flush_deletes()
    found: list[str] = []
    for tray in list(LIVE_TRAYS):
        if shiboken6.isValid(tray) and not tray.stopped:
            found.append("a Tray that was never stopped (its minute timer keeps firing)")
            tray.stop()
    roots: list[QObject] = [app for app in LIVE_APPS if shiboken6.isValid(app)]
    roots += [tray for tray in LIVE_TRAYS if shiboken6.isValid(tray)]
    qapp = QApplication.instance()
    if qapp is not None:
        roots.append(qapp)
        for widget in QApplication.topLevelWidgets():
            if id(widget) in windows_before:
                continue
            roots.append(widget)
            if widget.isVisible():
                found.append(f"an open window: {type(widget).__name__} {widget.windowTitle()!r}")
                widget.close()
                widget.deleteLater()
    for root in roots:
        for timer in _active_timers(root):
            owner = timer.parent()
            found.append(
                f"an active QTimer ({timer.objectName() or 'unnamed'}, every "
                f"{timer.interval()} ms) of {type(owner).__name__ if owner else 'nothing'}"
            )
            timer.stop()
    flush_deletes()
    return found


def shown_active(qtbot: Any, window: Shown) -> Shown:
    """Show a window under test (qtbot closes it at the end) and wait until it has the keyboard."""
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def focused(widget: QWidget) -> QWidget:
    """Where the keyboard is inside widget's window (offscreen windows need not be active)."""
    focus = widget.window().focusWidget()
    assert focus is not None
    return focus
