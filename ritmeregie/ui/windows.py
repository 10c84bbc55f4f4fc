"""One place that opens the app's windows and dialogs: at most one of each, raised when asked again.

The tray menu, the Today window, nudges and the command channel all ask for a WindowKey; the
factory behind it is imported only then, so start-up pays for no dialog it does not show.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind

if TYPE_CHECKING:
    from .app import RitmeregieApp

log = logging.getLogger("ritmeregie.ui")


class WindowKey(StrEnum):
    TODAY = "today"
    DAGSTART = "dagstart"
    REFLECTION = "reflection"
    DADU = "dadu"
    FRICTION_ENTRY = "friction_entry"
    FRICTION_FRIDAY = "friction_friday"
    CHECKLISTS = "checklists"
    WEEKLY_REVIEW = "weekly_review"
    COMPETENCE_MIRROR = "competence_mirror"
    HISTORY = "history"
    STATISTICS = "statistics"
    SETTINGS = "settings"
    WELCOME = "welcome"
    SEND_CHECK = "send_check"
    PHRASES = "phrases"
    REPORT_PROMPT = "report_prompt"
    WEEK = "week"


# key -> "module:function"; the function is factory(app, **context) -> QWidget (not yet shown).
FACTORIES: dict[WindowKey, str] = {
    WindowKey.TODAY: "ritmeregie.ui.vandaag:open_vandaag",
    WindowKey.DAGSTART: "ritmeregie.ui.rituals.dagstart:open_dagstart",
    WindowKey.REFLECTION: "ritmeregie.ui.rituals.reflection:open_reflection",
    WindowKey.DADU: "ritmeregie.ui.rituals.dadu:open_dadu",
    WindowKey.FRICTION_ENTRY: "ritmeregie.ui.rituals.friction_entry:open_friction_entry",
    WindowKey.FRICTION_FRIDAY: "ritmeregie.ui.rituals.friction_friday:open_friction_friday",
    WindowKey.CHECKLISTS: "ritmeregie.ui.rituals.checklists:open_checklists",
    WindowKey.WEEKLY_REVIEW: "ritmeregie.ui.rituals.weekly_review:open_weekly_review",
    WindowKey.COMPETENCE_MIRROR: "ritmeregie.ui.rituals.mirror:open_competence_mirror",
    WindowKey.HISTORY: "ritmeregie.ui.history:open_history",
    WindowKey.STATISTICS: "ritmeregie.ui.statistics:open_statistics",
    WindowKey.SETTINGS: "ritmeregie.ui.settings.window:open_settings",
    WindowKey.WELCOME: "ritmeregie.ui.first_run:open_welcome",
    WindowKey.SEND_CHECK: "ritmeregie.ui.words.send_check:open_send_check",
    WindowKey.PHRASES: "ritmeregie.ui.words.phrases_window:open_phrases",
    WindowKey.REPORT_PROMPT: "ritmeregie.ui.words.report_prompt:open_report_prompt",
    WindowKey.WEEK: "ritmeregie.ui.week_view:open_week",
}


# A ritual's block start, answered "Start", opens its window.
RITUAL_WINDOWS: dict[BlockKind, WindowKey] = {
    BlockKind.DAGSTART: WindowKey.DAGSTART,
    BlockKind.REFLECTION: WindowKey.REFLECTION,
    BlockKind.WEEKLY_REVIEW: WindowKey.WEEKLY_REVIEW,
    BlockKind.FRICTION_FRIDAY: WindowKey.FRICTION_FRIDAY,
    BlockKind.REPORT: WindowKey.REPORT_PROMPT,
}


def window_for_nudge(nudge: Nudge) -> tuple[WindowKey, dict[str, Any]] | None:
    """The window a nudge answered with Start opens (None: the block itself is the work)."""
    block = nudge.block
    if nudge.kind is NudgeKind.BLOCK_END and block.kind is BlockKind.MEETING:
        context = {
            "agenda_item_id": block.agenda_id,
            "meeting_title": block.title,
            "date": block.start.date(),  # the plan's local date
        }
        return WindowKey.DADU, context
    if nudge.kind is NudgeKind.BLOCK_START and block.kind in RITUAL_WINDOWS:
        return RITUAL_WINDOWS[block.kind], {}
    return None


def factory_for(key: WindowKey) -> Callable[..., QWidget] | None:
    """The factory, or None while that window does not exist in this build (its menu item hides)."""
    module_name, function_name = FACTORIES[key].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module_name.startswith(exc.name):
            return None
        raise
    factory: Callable[..., QWidget] = getattr(module, function_name)
    return factory


def available(key: WindowKey) -> bool:
    module_name = FACTORIES[key].split(":")[0]
    return importlib.util.find_spec(module_name) is not None


class WindowHub(QObject):
    """Keeps one live instance per key; a closed window (WA_DeleteOnClose or destroyed) is forgotten."""

    window_opened = Signal(object, object)  # WindowKey, QWidget

    def __init__(self, app: RitmeregieApp) -> None:
        super().__init__(app)
        self._app = app
        self._open: dict[WindowKey, QWidget] = {}
        self._stale: set[WindowKey] = set()  # open in the previous language

    def get(self, key: WindowKey) -> QWidget | None:
        return self._open.get(key)

    def after_language_change(self) -> None:
        """A window with `retranslate_ui` follows a language switch itself (LanguageChange); any
        other speaks the new language when next opened: a hidden one is dropped now, an open one
        is rebuilt when it is asked for again after being closed."""
        for key, window in list(self._open.items()):
            if hasattr(window, "retranslate_ui"):
                continue
            if window.isVisible():
                self._stale.add(key)
            else:
                self._forget(key, window)

    def _gone(self, key: WindowKey, window: QWidget) -> None:
        # Only if it is still the one we hold: a rebuilt window may have taken its place.
        if self._open.get(key) is window:
            del self._open[key]

    def _forget(self, key: WindowKey, window: QWidget) -> None:
        self._open.pop(key, None)
        self._stale.discard(key)
        window.deleteLater()

    def show(self, key: WindowKey, **context: Any) -> QWidget | None:
        window = self._open.get(key)
        if window is not None and key in self._stale and not window.isVisible():
            self._forget(key, window)
            window = None
        if window is None:
            factory = factory_for(key)
            if factory is None:
                log.warning("window %s is not part of this build", key)
                return None
            window = factory(self._app, **context)
            self._open[key] = window
            self._stale.discard(key)
            window.destroyed.connect(lambda _obj=None, k=key, w=window: self._gone(k, w))
            self.window_opened.emit(key, window)
        elif context and hasattr(window, "set_context"):
            window.set_context(**context)
        bring_forward(window)
        return window


def bring_forward(window: QWidget) -> None:
    if hasattr(window, "bring_forward"):
        window.bring_forward()
        return
    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.raise_()
    window.activateWindow()
