"""Every window and dialog of the app, opened the way the app opens them, for the cross-cutting tests
(accessibility, languages, clipping).

Windows come from the hub (`WindowKey`), so a window added later is covered without touching these
tests; keys whose module does not exist in this build are skipped. Besides the hub's windows there
are the agenda dialog (from Today), the nudge window and the tray menu.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from app_harness import AppUnderTest, flush_deletes, shut_down
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.ui.agenda_dialog import AgendaDialog
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.nudge_window import NudgeWindow, answers_for
from ritmeregie.ui.tray import Tray
from ritmeregie.ui.window_keys import WindowKey

AMS = ZoneInfo("Europe/Amsterdam")
# A Friday at 10:00: a focus block runs, frictievrijdag and the reflection lie ahead.
FRIDAY_10 = dt.datetime(2027, 3, 26, 10, 0, tzinfo=AMS)

AGENDA_DIALOG = "agenda_dialog"
NUDGE_WINDOW = "nudge_window"
TRAY_MENU = "tray_menu"
# Everything these tests open: the hub's windows, then the ones opened from inside them.
ALL_WINDOWS: tuple[str, ...] = (*(key.value for key in WindowKey), AGENDA_DIALOG, NUDGE_WINDOW)

QT_OFFSCREEN_NOISE = (
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support grabbing the keyboard",
    r"QFont::setPointSizeF: Point size <= 0",
)


@contextmanager
def shell_app(data_dir: Path) -> Iterator[RitmeregieApp]:
    """The app's composition root on a ManualClock, not started (no tray, no jobs firing)."""
    under_test = AppUnderTest(data_dir, FRIDAY_10, AMS)
    try:
        yield under_test.app
    finally:
        shut_down(under_test.app)
        # Also what was opened from inside the windows (agenda dialog, nudge window, tray menu).
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        flush_deletes()
        under_test.store.close()


def open_window(app: RitmeregieApp, name: str) -> QWidget:
    """Open one window by name (a WindowKey value or one of the names above), shown and laid out."""
    if name == AGENDA_DIALOG:
        window: QWidget = AgendaDialog(
            AMS, today=FRIDAY_10.date, start=FRIDAY_10 + dt.timedelta(hours=1)
        )
        window.show()
    elif name == NUDGE_WINDOW:
        window = nudge_window(app)
        window.show()
    else:
        key = WindowKey(name)
        shown = app.show_window(key)
        assert shown is not None, f"{name}: the hub opened nothing"
        window = shown
    QApplication.processEvents()
    return window


def nudge_window(app: RitmeregieApp) -> NudgeWindow:
    """The nudge for the running focus block, with the texts the presenter would give it."""
    from ritmeregie.ui.texts import nudge_message, nudge_title

    nudge = next(
        n
        for n in app.controller.upcoming_nudges()
        if n.kind is NudgeKind.BLOCK_START and n.block.kind is BlockKind.FOCUS
    )
    return NudgeWindow(
        nudge_title(nudge),
        nudge_message(nudge),
        answers_for(nudge.block.kind),
        kind=nudge.block.kind,
    )


def tray_menu(app: RitmeregieApp) -> tuple[Tray, QMenu]:
    tray = Tray(app.controller, app)
    tray.refresh()
    return tray, tray.menu
