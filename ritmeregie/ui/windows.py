"""One place that opens the app's windows and dialogs: at most one of each, raised when asked again.

The tray menu, the Today window, nudges and the command channel all ask for a WindowKey; the
factory behind it is imported only then, so start-up pays for no dialog it does not show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, assert_never

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ritmeregie.ui.window_keys import WindowKey

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp

log = logging.getLogger("ritmeregie.ui")


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


def factory_for(key: WindowKey) -> Callable[..., QWidget]:
    """The window's factory(app, **context) -> QWidget (not yet shown). Each is imported only when
    its window is first asked for, so start-up pays for no dialog it does not show."""
    match key:
        case WindowKey.TODAY:
            from ritmeregie.ui.vandaag import open_vandaag

            return open_vandaag
        case WindowKey.DAGSTART:
            from ritmeregie.ui.rituals.dagstart import open_dagstart

            return open_dagstart
        case WindowKey.REFLECTION:
            from ritmeregie.ui.rituals.reflection import open_reflection

            return open_reflection
        case WindowKey.DADU:
            from ritmeregie.ui.rituals.dadu import open_dadu

            return open_dadu
        case WindowKey.FRICTION_ENTRY:
            from ritmeregie.ui.rituals.friction_entry import open_friction_entry

            return open_friction_entry
        case WindowKey.FRICTION_FRIDAY:
            from ritmeregie.ui.rituals.friction_friday import open_friction_friday

            return open_friction_friday
        case WindowKey.CHECKLISTS:
            from ritmeregie.ui.rituals.checklists import open_checklists

            return open_checklists
        case WindowKey.WEEKLY_REVIEW:
            from ritmeregie.ui.rituals.weekly_review import open_weekly_review

            return open_weekly_review
        case WindowKey.COMPETENCE_MIRROR:
            from ritmeregie.ui.rituals.mirror import open_competence_mirror

            return open_competence_mirror
        case WindowKey.HISTORY:
            from ritmeregie.ui.history import open_history

            return open_history
        case WindowKey.STATISTICS:
            from ritmeregie.ui.statistics import open_statistics

            return open_statistics
        case WindowKey.SETTINGS:
            from ritmeregie.ui.settings.window import open_settings

            return open_settings
        case WindowKey.WELCOME:
            from ritmeregie.ui.first_run import open_welcome

            return open_welcome
        case WindowKey.SEND_CHECK:
            from ritmeregie.ui.words.send_check import open_send_check

            return open_send_check
        case WindowKey.PHRASES:
            from ritmeregie.ui.words.phrases_window import open_phrases

            return open_phrases
        case WindowKey.REPORT_PROMPT:
            from ritmeregie.ui.words.report_prompt import open_report_prompt

            return open_report_prompt
        case WindowKey.WEEK:
            from ritmeregie.ui.week_view import open_week

            return open_week
        case WindowKey.REQUEST_INTAKE:
            from ritmeregie.ui.managers.intake import open_request_intake

            return open_request_intake
        case WindowKey.MATRIX:
            from ritmeregie.ui.managers.matrix_window import open_matrix

            return open_matrix
        case WindowKey.CONFLICT_NOTICE:
            from ritmeregie.ui.managers.conflict_notice import open_conflict_notice

            return open_conflict_notice
    assert_never(key)
