"""The Vandaag (Today) window: the day's plan as a timeline and the own agenda to edit.

Everything goes through the RhythmController: the window reads the plan and the status, writes
agenda changes (which replan), and repaints on `plan_changed` / `state_changed`. While it is
visible a single-shot timer aimed at the next minute boundary moves the now-line; while hidden
there is no timer at all.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QWidget,
)

from ritmeregie.domain.localtime import local_instant
from ritmeregie.domain.model import AgendaItem, Block
from ritmeregie.domain.session import Status
from ritmeregie.services.vocabulary import display_title, long_date, note_text

from .agenda_dialog import AgendaDialog
from .calendar_import import CalendarImporter, ics_paths
from .calendar_legend import CalendarLegend, sync_layers
from .controller import RhythmController
from .day_navigation import DayNavigator, next_working_day
from .day_story import future_day, past_day
from .timeline_geometry import view_range
from .vandaag_agenda import VandaagAgenda, hhmm
from .window_keys import WindowKey

if TYPE_CHECKING:
    from .app import RitmeregieApp

DEFAULT_VIEW = (dt.time(8, 0), dt.time(18, 0))  # a day without work hours (the weekend)


class VandaagWindow(VandaagAgenda):
    def __init__(self, controller: RhythmController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self._removed: AgendaItem | None = None
        self._dirty = True
        self.open_dialog: AgendaDialog | None = None
        self.setWindowTitle(self.tr("Today — ritmeregie"))
        self.resize(900, 700)

        self.minute_timer = QTimer(self)
        self.minute_timer.setSingleShot(True)
        # Precise: a coarse timer may fire up to 3 s late, showing the minute that just ended.
        self.minute_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.minute_timer.timeout.connect(self.on_minute_passed)

        self._build()
        self._connect_agenda()
        self._build_actions()
        # Other days: Alt+Left/Right, a date picker, Home back to today (day_navigation).
        self.navigator = DayNavigator(controller.today, self)
        self.navigator.date_chosen.connect(self.on_date_chosen)
        self.navigator.today_again.connect(self.timeline.select_now)
        self.navigator.week_requested.connect(lambda: self.window_requested.emit(WindowKey.WEEK))
        self._following_today = True
        self.main_layout.insertWidget(0, self.navigator)
        nav = self.navigator
        chain = (
            self.undo_button,
            nav.previous_button,
            nav.picker,
            nav.next_button,
            nav.today_button,
            nav.working_button,
            nav.week_button,
            self.timeline,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        # Imported calendars: a legend with a toggle per layer, and .ics files dropped on the window.
        self.legend = CalendarLegend(self)
        self.legend.layer_toggled.connect(self.on_layer_toggled)
        self.main_layout.insertWidget(self.main_layout.indexOf(self.notes_label) + 1, self.legend)
        self.importer = CalendarImporter(controller, self)
        self.setAcceptDrops(True)
        controller.plan_changed.connect(self.on_plan_changed)
        controller.state_changed.connect(self.on_plan_changed)
        self.refresh()

    # --- building -------------------------------------------------------------------------------

    # --- showing --------------------------------------------------------------------------------

    def bring_forward(self) -> None:
        self.show()
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        else:
            self.on_minute_passed()
        self._scroll_to_now()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.minute_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The app lives in the tray: closing Vandaag only hides it.
        event.ignore()
        self.hide()

    def _scroll_to_now(self) -> None:
        y = self.timeline.now_y()
        if y is not None:
            self.scroll_area.ensureVisible(0, int(y), 0, self.scroll_area.viewport().height() // 3)

    # --- refreshing -----------------------------------------------------------------------------

    @Slot()
    def on_plan_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True  # refreshed when shown; a hidden window does no work

    @Slot()
    def refresh(self) -> None:
        """Re-read plan, status and agenda; also the slot the minute timer ends in."""
        self._dirty = False
        controller = self.controller
        tz = controller.tz
        if self._following_today:
            self.navigator.set_date(controller.today())
        plan = (
            controller.effective_plan()
            if self.is_today()
            else controller.plan_for(self.navigator.date)
        )
        self.date_label.setText(long_date(plan.date))
        notes = [note_text(note, tz) for note in plan.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        day = controller.store.settings.rhythm().for_date(plan.date)
        work = None
        if day is not None:
            work = (
                local_instant(plan.date, day.hours.start, tz).astimezone(tz),
                local_instant(plan.date, day.hours.end, tz).astimezone(tz),
            )
        fallback = (
            local_instant(plan.date, DEFAULT_VIEW[0], tz).astimezone(tz),
            local_instant(plan.date, DEFAULT_VIEW[1], tz).astimezone(tz),
        )
        start, end = view_range(plan.blocks, work, fallback)
        sync_layers(self.legend, self.timeline, controller.store)
        self.timeline.set_day(plan.blocks, start, end, tz)
        self.tasks_panel.setVisible(self.is_today())
        self._refresh_agenda()
        self.on_minute_passed()

    def is_today(self) -> bool:
        return self.navigator.date == self.controller.today()

    @Slot(object)
    def on_date_chosen(self, date: dt.date) -> None:
        self._following_today = date == self.controller.today()
        self.refresh()

    def _offer_working_day(self, now: dt.datetime) -> None:
        """On a free day, or today after work hours, a button to the next working day."""
        rhythm = self.controller.store.settings.rhythm()
        date = self.navigator.date
        day = rhythm.for_date(date)
        after_work = (
            day is not None
            and self.is_today()
            and now >= local_instant(date, day.hours.end, self.controller.tz)
        )
        offer = day is None or after_work
        self.navigator.offer_working_day(next_working_day(rhythm, date) if offer else None)

    @Slot()
    def on_minute_passed(self) -> None:
        status = self.controller.status()
        self.timeline.set_now(status.now, status.paused_until)
        self.status_label.setText(self.status_text() if self.is_today() else self.day_text())
        self._offer_working_day(status.now)
        self._arm_minute_timer()

    def day_text(self) -> str:
        """Another day than today: what happened, or what is planned."""
        date, controller = self.navigator.date, self.controller
        if date < controller.today():
            lines = past_day(controller.store, date, controller.tz, controller.day_boundary())
        else:
            lines = future_day(controller.store, date)
        return "\n".join(lines)

    def _arm_minute_timer(self) -> None:
        if not self.isVisible():
            self.minute_timer.stop()
            return
        now = self.controller.now()
        into_minute_ms = now.second * 1000 + now.microsecond // 1000
        # A little past the boundary, so the label never shows the minute that just ended.
        self.minute_timer.start(60_000 - into_minute_ms + 50)

    def status_text(self) -> str:
        controller = self.controller
        tz = controller.tz
        status = controller.status()
        parts: list[str] = []
        if status.paused_until is not None:
            if status.paused_until >= controller.day_window()[1]:
                parts.append(self.tr("Paused for the rest of today"))
            else:
                parts.append(
                    self.tr("Paused until {time}").format(time=hhmm(status.paused_until, tz))
                )
        elif status.current is not None:
            parts.append(
                self.tr("Now: {title} until {time}").format(
                    title=display_title(status.current), time=hhmm(status.current.end, tz)
                )
            )
        upcoming = self._next_after_pause(status) if status.paused_until else status.next
        if upcoming is not None:
            starts = upcoming.start
            if status.paused_until is not None and status.paused_until > starts:
                starts = status.paused_until  # the rhythm picks up mid-block when the pause ends
            parts.append(
                self.tr("Next: {title} at {time}").format(
                    title=display_title(upcoming), time=hhmm(starts, tz)
                )
            )
        if not parts:
            return self.tr("Nothing more planned today.")
        return " · ".join(parts)

    def _next_after_pause(self, status: Status) -> Block | None:
        """While paused, 'next' is what the rhythm resumes with, not what the pause skips."""
        until = status.paused_until
        if until is None:
            return status.next
        plan = self.controller.effective_plan()
        return plan.block_at(until) or plan.next_block(until)

    # --- the agenda -----------------------------------------------------------------------------

    # --- list and timeline together -------------------------------------------------------------

    # --- imported calendars ---------------------------------------------------------------------

    @Slot(str, bool)
    def on_layer_toggled(self, name: str, visible: bool) -> None:
        self.controller.store.calendars.set_visible(name, visible)
        self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if ics_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = ics_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.importer.import_file(paths[0])


def open_vandaag(app: RitmeregieApp) -> VandaagWindow:
    window = VandaagWindow(app.controller)
    window.window_requested.connect(app.show_window)
    return window
