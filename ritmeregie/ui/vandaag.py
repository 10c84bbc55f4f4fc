"""The Vandaag (Today) window: the day's plan as a timeline and the own agenda to edit.

Everything goes through the RhythmController: the window reads the plan and the status, writes
agenda changes (which replan), and repaints on `plan_changed` / `state_changed`. While it is
visible a single-shot timer aimed at the next minute boundary moves the now-line; while hidden
there is no timer at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.localtime import local_instant
from ritmeregie.domain.model import AgendaItem, Block
from ritmeregie.domain.session import Status
from ritmeregie.services.vocabulary import display_title, kind_name, long_date, note_text
from ritmeregie.storage import WriteFailedError

from .agenda_dialog import AgendaDialog, AgendaValues, next_slot
from .calendar_import import CalendarImporter, ics_paths
from .calendar_legend import CalendarLegend, sync_layers
from .controller import RhythmController
from .day_navigation import DayNavigator, next_working_day
from .day_story import future_day, past_day
from .timeline import TimelineWidget
from .timeline_geometry import view_range
from .today_tasks import TodayTasksPanel
from .undo_bar import UndoBar
from .window_keys import WindowKey

if TYPE_CHECKING:
    from .app import RitmeregieApp

DEFAULT_VIEW = (dt.time(8, 0), dt.time(18, 0))  # a day without work hours (the weekend)


def _hhmm(instant: dt.datetime, tz: dt.tzinfo) -> str:
    return instant.astimezone(tz).strftime("%H:%M")


class VandaagWindow(QWidget):
    window_requested = Signal(
        object
    )  # WindowKey: a ritual, history, settings … asked for from here

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
        self._build_actions()
        # Other days: Alt+Left/Right, a date picker, Home back to today (day_navigation).
        self.navigator = DayNavigator(controller.today, self)
        self.navigator.date_chosen.connect(self.on_date_chosen)
        self.navigator.today_again.connect(self.timeline.select_now)
        self.navigator.week_requested.connect(lambda: self.window_requested.emit(WindowKey.WEEK))
        self._following_today = True
        self.layout().insertWidget(0, self.navigator)
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
        self.layout().insertWidget(self.layout().indexOf(self.notes_label) + 1, self.legend)
        self.importer = CalendarImporter(controller, self)
        self.setAcceptDrops(True)
        controller.plan_changed.connect(self.on_plan_changed)
        controller.state_changed.connect(self.on_plan_changed)
        self.refresh()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.date_label = QLabel(self)
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.date_label.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        status_font = self.status_label.font()
        status_font.setPointSizeF(status_font.pointSizeF() * 1.1)
        self.status_label.setFont(status_font)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName(self.tr("Changes to the rhythm today"))

        self.timeline = TimelineWidget(self)
        self.timeline.block_activated.connect(self.on_block_activated)
        self.timeline.block_selected.connect(self.on_block_selected)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.timeline)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusProxy(self.timeline)

        agenda_heading = QLabel(self.tr("Own agenda"), self)
        heading_font = agenda_heading.font()
        heading_font.setBold(True)
        agenda_heading.setFont(heading_font)
        self.agenda_list = QTreeWidget(self)
        self.agenda_list.setColumnCount(3)
        self.agenda_list.setHeaderLabels([self.tr("Time"), self.tr("Title"), self.tr("Kind")])
        self.agenda_list.setRootIsDecorated(False)
        self.agenda_list.setUniformRowHeights(True)
        self.agenda_list.setAlternatingRowColors(True)
        self.agenda_list.setAllColumnsShowFocus(True)
        self.agenda_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_list.setAccessibleName(self.tr("Own agenda of today"))
        header = self.agenda_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_list.itemActivated.connect(self.on_item_activated)
        self.agenda_list.currentItemChanged.connect(self.on_current_item_changed)
        agenda_heading.setBuddy(self.agenda_list)
        self.empty_label = QLabel(self.tr("Nothing on your own agenda today."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.new_button = QPushButton(self.tr("&New item"), self)
        self.edit_button = QPushButton(self.tr("&Edit"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.new_button.clicked.connect(self.on_new)
        # The buttons sit under the list and act on its row; the keys follow the focus.
        self.edit_button.clicked.connect(lambda: self._edit(self.list_agenda_id()))
        self.delete_button.clicked.connect(lambda: self._delete(self.list_agenda_id()))
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.undo_bar = UndoBar(self.tr("&Undo"), self)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button
        self.undo_bar.undo_chosen.connect(self.on_undo)
        self.undo_bar.expired.connect(self.on_undo_expired)

        side = QVBoxLayout()
        side.setSpacing(8)
        self.tasks_panel = TodayTasksPanel(self.controller, self)
        self.tasks_panel.window_requested.connect(self.window_requested)
        side.addWidget(self.tasks_panel)
        side.addSpacing(14)
        side.addWidget(agenda_heading)
        side.addWidget(self.agenda_list, 1)
        side.addWidget(self.empty_label)
        side.addLayout(buttons)
        side.addWidget(self.undo_bar)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.scroll, 3)
        body.addLayout(side, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(6)
        layout.addWidget(self.date_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notes_label)
        layout.addSpacing(10)
        layout.addLayout(body, 1)

        QWidget.setTabOrder(self.timeline, self.tasks_panel.dagstart_button)
        QWidget.setTabOrder(self.tasks_panel.dagstart_button, self.agenda_list)
        QWidget.setTabOrder(self.agenda_list, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.undo_button)

    def _build_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("New item"), [QKeySequence(QKeySequence.StandardKey.New)], self.on_new
        )
        self.edit_action = action(self.tr("Edit"), [QKeySequence(Qt.Key.Key_F2)], self.on_edit)
        self.delete_action = action(
            self.tr("Delete"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.on_delete
        )
        self.undo_action = action(
            self.tr("Undo"), [QKeySequence(QKeySequence.StandardKey.Undo)], self.on_undo
        )
        self.undo_action.setEnabled(False)
        self.new_button.setToolTip(
            self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.edit_button.setToolTip(self.tr("Enter or F2"))
        self.delete_button.setToolTip(
            self.delete_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.undo_button.setToolTip(
            self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )

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
            self.scroll.ensureVisible(0, int(y), 0, self.scroll.viewport().height() // 3)

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
                    self.tr("Paused until {time}").format(time=_hhmm(status.paused_until, tz))
                )
        elif status.current is not None:
            parts.append(
                self.tr("Now: {title} until {time}").format(
                    title=display_title(status.current), time=_hhmm(status.current.end, tz)
                )
            )
        upcoming = self._next_after_pause(status) if status.paused_until else status.next
        if upcoming is not None:
            starts = upcoming.start
            if status.paused_until is not None and status.paused_until > starts:
                starts = status.paused_until  # the rhythm picks up mid-block when the pause ends
            parts.append(
                self.tr("Next: {title} at {time}").format(
                    title=display_title(upcoming), time=_hhmm(starts, tz)
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

    def _refresh_agenda(self) -> None:
        tz = self.controller.tz
        selected = self.current_agenda_id()
        self.agenda_list.clear()
        for item in self.controller.agenda_on(self.navigator.date):
            time = f"{_hhmm(item.start, tz)}–{_hhmm(item.end, tz)}"
            row = QTreeWidgetItem([time, item.title, kind_name(item.kind)])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(1, item.title)
            # Air between rows; the width keeps ResizeToContents honest for the time column.
            metrics = self.agenda_list.fontMetrics()
            row.setSizeHint(0, QSize(metrics.horizontalAdvance(time) + 16, metrics.height() + 12))
            self.agenda_list.addTopLevelItem(row)
            if item.id == selected:
                self.agenda_list.setCurrentItem(row)
        has_items = self.agenda_list.topLevelItemCount() > 0
        self.empty_label.setVisible(not has_items)
        if has_items and self.agenda_list.currentItem() is None:
            self.agenda_list.setCurrentItem(self.agenda_list.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_current = self.list_agenda_id() is not None
        self.edit_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    # --- the agenda -----------------------------------------------------------------------------

    def current_agenda_id(self) -> int | None:
        """The item Edit and Delete act on: the timeline's agenda block when the timeline has
        focus, else the list's current row."""
        if self.timeline.hasFocus():
            block = self.timeline.selected_block()
            if block is None or block.agenda_id is None or block.source is not None:
                return None  # a rhythm block or an imported calendar: nothing of ours to change
            return int(block.agenda_id)
        return self.list_agenda_id()

    def list_agenda_id(self) -> int | None:
        row = self.agenda_list.currentItem()
        if row is None:
            return None
        value = row.data(0, Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _open_dialog(
        self, dialog: AgendaDialog, on_accepted: Callable[[AgendaValues], None]
    ) -> None:
        """Window-modal and non-blocking (open, not exec): the tray and timers keep running."""
        if self.open_dialog is not None:
            self.open_dialog.raise_()
            self.open_dialog.activateWindow()
            return
        self.open_dialog = dialog

        def finished(result: int) -> None:
            self.open_dialog = None
            if result == AgendaDialog.DialogCode.Accepted:
                try:
                    on_accepted(dialog.values())
                except WriteFailedError:
                    # Not saved (said once by WriteNotice): the dialog comes back with what was
                    # typed, to try again or copy; nothing is lost by a full disk.
                    self.open_dialog = dialog
                    QTimer.singleShot(0, dialog.open)
                    return
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    @Slot()
    def on_new(self) -> None:
        dialog = AgendaDialog(
            self.controller.tz,
            today=self.controller.today,
            start=next_slot(self.controller.now()),
            parent=self,
        )

        def store(values: AgendaValues) -> None:
            item = self.controller.add_agenda(
                values.title, values.start, values.end, values.kind, values.decision_question
            )
            self._select_agenda(item.id)

        self._open_dialog(dialog, store)

    @Slot()
    def on_edit(self) -> None:
        self._edit(self.current_agenda_id())

    def _edit(self, item_id: int | None) -> None:
        item = self.controller.store.agenda.get(item_id) if item_id is not None else None
        if item is None or item.id is None:
            return
        item_key = item.id
        entry = self.controller.store.agenda.entry(item_key)
        dialog = AgendaDialog(
            self.controller.tz,
            today=self.controller.today,
            start=item.start,
            end=item.end,
            title=item.title,
            kind=item.kind,
            editing=True,
            decision_question=entry.decision_question if entry is not None else None,
            parent=self,
        )

        def store(values: AgendaValues) -> None:
            self.controller.update_agenda(
                item_key,
                title=values.title,
                start=values.start,
                end=values.end,
                kind=values.kind,
                decision_question=values.decision_question,
            )
            self._select_agenda(item_key)

        self._open_dialog(dialog, store)

    @Slot()
    def on_delete(self) -> None:
        self._delete(self.current_agenda_id())

    def _delete(self, item_id: int | None) -> None:
        if item_id is None:
            return
        try:
            removed = self.controller.remove_agenda(item_id)
        except WriteFailedError:
            return  # still there (the disk refused; said once by WriteNotice)
        if removed is None:
            return
        self._removed = removed
        self.undo_bar.offer(self.tr("Removed ‘{title}’.").format(title=removed.title))
        self.undo_action.setEnabled(True)
        self.agenda_list.setFocus()

    @Slot()
    def on_undo(self) -> None:
        item = self._removed
        if item is None:
            return
        try:
            restored = self.controller.restore_agenda(item)
        except WriteFailedError:
            return  # the undo bar stays, to try again (said once by WriteNotice)
        self.on_undo_expired()
        self._select_agenda(restored.id)

    @Slot()
    def on_undo_expired(self) -> None:
        self._removed = None
        self.undo_bar.dismiss()
        self.undo_action.setEnabled(False)

    def _select_agenda(self, item_id: int | None) -> None:
        for index in range(self.agenda_list.topLevelItemCount()):
            row = self.agenda_list.topLevelItem(index)
            if row.data(0, Qt.ItemDataRole.UserRole) == item_id:
                self.agenda_list.setCurrentItem(row)
                break

    # --- list and timeline together -------------------------------------------------------------

    @Slot(QTreeWidgetItem, int)
    def on_item_activated(self, _row: QTreeWidgetItem, _column: int) -> None:
        self.on_edit()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def on_current_item_changed(
        self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._update_buttons()

    @Slot(object)
    def on_block_activated(self, block: Block) -> None:
        if block.agenda_id is not None and block.source is None:
            self._select_agenda(block.agenda_id)
            self.on_edit()

    @Slot(object)
    def on_block_selected(self, block: Block | None) -> None:
        if block is None:
            return
        rect = self.timeline.block_rect(block)
        self.scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 0, 40)
        if block.agenda_id is not None:
            self._select_agenda(block.agenda_id)

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
