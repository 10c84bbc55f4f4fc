"""The tray icon: the current block drawn into the pixmap, a tooltip, and the menu.

Redraws are aimed at the next minute boundary with one single-shot timer — no polling loop and no
per-second timer while idle (a tray app runs all day on battery).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ritmeregie.services.vocabulary import display_title

from ..domain.session import Status
from .controller import RhythmController
from .today_tasks import day_tasks, tooltip_lines
from .tray_icon_painter import TrayIconState, tray_icon
from .window_keys import WindowKey

# Wake a little after the boundary so the new minute is certainly there when we draw it.
BOUNDARY_SLACK_MS = 150


def ms_to_next_minute(now: dt.datetime) -> int:
    into_minute = now.second + now.microsecond / 1_000_000
    return math.ceil((60 - into_minute) * 1000) + BOUNDARY_SLACK_MS


def icon_state(status: Status) -> TrayIconState:
    if status.current is None:
        return TrayIconState(kind=None, paused=status.paused)
    return TrayIconState(
        kind=status.current.kind,
        remaining_fraction=min(1.0, max(0.0, status.remaining_fraction)),
        minutes_left=status.minutes_left,
        paused=status.paused,
    )


class Tray(QObject):
    """Owns the QSystemTrayIcon and its menu; talks to the day only through the controller."""

    today_requested = Signal()
    window_requested = Signal(object)  # WindowKey
    quit_requested = Signal()

    def __init__(self, controller: RhythmController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._stopped = False
        self.icon = QSystemTrayIcon(self)
        self.icon.activated.connect(self.on_activated)
        self.menu = QMenu()  # a QMenu cannot take a QObject parent; the Tray keeps it alive
        self._build_menu()
        self.icon.setContextMenu(self.menu)
        self._last_state: TrayIconState | None = None
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setTimerType(Qt.TimerType.PreciseTimer)
        self._redraw.timeout.connect(self.refresh)
        # Today's must-do's for the tooltip, read when they (or the day) change, not every minute.
        self._task_lines: list[str] | None = None
        # Every saved change replans (store_changes.py); a new day is a new plan.
        controller.plan_changed.connect(self.on_tasks_changed)
        controller.state_changed.connect(self.refresh)
        self.menu.aboutToShow.connect(self.refresh)
        # Torn down without stop() (the menu or the day's controller deleted first): the minute
        # timer must not fire into a menu whose actions are gone.
        self.menu.destroyed.connect(self.on_torn_down)
        controller.destroyed.connect(self.on_torn_down)
        self.refresh()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """The app is stopping: no more redraws (the menu may go before this object does)."""
        self._redraw.stop()
        self.icon.hide()
        if self._stopped:
            return
        self._stopped = True
        self._controller.plan_changed.disconnect(self.on_tasks_changed)
        self._controller.state_changed.disconnect(self.refresh)

    @Slot()
    def on_torn_down(self) -> None:
        """The menu or the controller is being deleted: stop redrawing, touch neither again."""
        self._stopped = True
        redraw = getattr(self, "_redraw", None)  # at interpreter exit attributes may be gone
        if redraw is not None and shiboken6.isValid(redraw):
            redraw.stop()

    # -- menu --------------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object] | None = None) -> QAction:
        action = QAction(text, menu)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _window_action(self, menu: QMenu, text: str, key: WindowKey) -> QAction:
        action = self._action(menu, text, lambda: self.window_requested.emit(key))
        self.window_actions[key] = action
        return action

    def _build_menu(self) -> None:
        m = self.menu
        self.window_actions: dict[WindowKey, QAction] = {}
        self.now_action = self._action(m, "")
        self.now_action.setEnabled(False)
        self.next_action = self._action(m, "")
        self.next_action.setEnabled(False)
        m.addSeparator()
        self.focus_menu = QMenu(self.tr("Start focus now"), m)
        self._action(
            self.focus_menu, self.tr("25 minutes"), lambda: self._controller.start_focus(25)
        )
        self._action(
            self.focus_menu, self.tr("50 minutes"), lambda: self._controller.start_focus(50)
        )
        m.addMenu(self.focus_menu)
        self.reset_action = self._action(
            m, self.tr("Take a reset"), lambda: self._controller.take_reset()
        )
        self.stop_action = self._action(
            m, self.tr("Back to the plan"), self._controller.stop_override
        )
        self.pause_menu = QMenu(self.tr("Pause the rhythm"), m)
        self._action(self.pause_menu, self.tr("For 30 minutes"), lambda: self._controller.pause(30))
        self._action(self.pause_menu, self.tr("For 1 hour"), lambda: self._controller.pause(60))
        self._action(
            self.pause_menu, self.tr("For the rest of today"), lambda: self._controller.pause(None)
        )
        self.pause_menu_action = m.addMenu(self.pause_menu)
        self.resume_action = self._action(m, self.tr("Resume the rhythm"), self._controller.resume)
        m.addSeparator()
        self.today_action = self._action(m, self.tr("Today"), self.today_requested.emit)
        self._window_action(m, self.tr("Week…"), WindowKey.WEEK)
        self._window_action(m, self.tr("Reflect now…"), WindowKey.REFLECTION)
        self._window_action(m, self.tr("New DADU…"), WindowKey.DADU)
        self._window_action(m, self.tr("Note a friction…"), WindowKey.FRICTION_ENTRY)
        self._window_action(m, self.tr("Check a mail…"), WindowKey.SEND_CHECK)
        self._window_action(m, self.tr("Quick reply…"), WindowKey.PHRASES)
        self.rituals_menu = QMenu(self.tr("Rituals"), m)
        self._window_action(self.rituals_menu, self.tr("Dagstart…"), WindowKey.DAGSTART)
        self._window_action(self.rituals_menu, self.tr("Weekly review…"), WindowKey.WEEKLY_REVIEW)
        self._window_action(
            self.rituals_menu, self.tr("Frictievrijdag…"), WindowKey.FRICTION_FRIDAY
        )
        self._window_action(self.rituals_menu, self.tr("Checklists…"), WindowKey.CHECKLISTS)
        self._window_action(self.rituals_menu, self.tr("Report via AI…"), WindowKey.REPORT_PROMPT)
        self._window_action(
            self.rituals_menu, self.tr("Competence mirror…"), WindowKey.COMPETENCE_MIRROR
        )
        self.rituals_menu_action = m.addMenu(self.rituals_menu)
        self.rituals_menu_action.setVisible(any(a.isVisible() for a in self.rituals_menu.actions()))
        self._window_action(m, self.tr("History…"), WindowKey.HISTORY)
        self._window_action(m, self.tr("Statistics…"), WindowKey.STATISTICS)
        m.addSeparator()
        self._window_action(m, self.tr("Settings…"), WindowKey.SETTINGS)
        m.addSeparator()
        self.quit_action = self._action(m, self.tr("Quit ritmeregie"), self.quit_requested.emit)

    def retranslate(self) -> None:
        """Rebuild the menu in the language just installed (Settings → General switches it)."""
        for submenu in (self.focus_menu, self.pause_menu, self.rituals_menu):
            submenu.deleteLater()
        self.menu.clear()
        self._build_menu()
        self._task_lines = None  # their "(from yesterday)" is in the old language
        self.refresh()

    # -- refresh -----------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self._stopped:
            return
        status = self._controller.status()
        state = icon_state(status)
        if state != self._last_state:
            self.icon.setIcon(tray_icon(state))
            self._last_state = state
        self.icon.setToolTip(self.tooltip(status))
        self._update_menu(status)
        self._redraw.start(ms_to_next_minute(status.now))

    @Slot()
    def on_tasks_changed(self) -> None:
        self._task_lines = None
        self.refresh()

    @Slot(bool)
    def on_scheme_changed(self, _dark: bool) -> None:
        """Light/dark turned: paint the icon afresh even though the block did not change."""
        self._last_state = None
        self.refresh()

    def tooltip(self, status: Status) -> str:
        lines = ["ritmeregie"]
        if status.paused and status.paused_until is not None:
            lines.append(self.tr("Paused until {time}").format(time=f"{status.paused_until:%H:%M}"))
        lines.append(self._now_text(status))
        if status.next is not None:
            lines.append(self._next_text(status))
        if self._task_lines is None:
            self._task_lines = tooltip_lines(day_tasks(self._controller))
        lines += self._task_lines
        return "\n".join(lines)

    def _now_text(self, status: Status) -> str:
        if status.current is None:
            return self.tr("Now: free time")
        return self.tr("Now: {title} until {time}").format(
            title=display_title(status.current), time=f"{status.current.end:%H:%M}"
        )

    def _next_text(self, status: Status) -> str:
        assert status.next is not None
        return self.tr("Next: {title} at {time}").format(
            title=display_title(status.next), time=f"{status.next.start:%H:%M}"
        )

    def _update_menu(self, status: Status) -> None:
        self.now_action.setText(self._now_text(status))
        self.next_action.setVisible(status.next is not None)
        if status.next is not None:
            self.next_action.setText(self._next_text(status))
        override = self._controller.state.override is not None
        self.stop_action.setVisible(override)
        self.pause_menu_action.setVisible(not status.paused)
        self.resume_action.setVisible(status.paused)

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.today_requested.emit()

    def next_redraw_ms(self) -> int:
        return self._redraw.remainingTime() if self._redraw.isActive() else -1
