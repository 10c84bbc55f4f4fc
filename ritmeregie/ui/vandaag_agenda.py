"""Vandaag's own agenda: the list beside the timeline, new / edit / delete with undo, and the
keys for them. Writes go through the controller (which replans); the list follows the timeline's
selection and the other way round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeWidgetItem

from ritmeregie.domain.model import AgendaItem, Block
from ritmeregie.services.vocabulary import kind_name
from ritmeregie.storage import WriteFailedError

from .agenda_dialog import AgendaDialog, AgendaValues, next_slot
from .day_navigation import DayNavigator
from .list_helpers import current_id, ensure_current, select_value
from .vandaag_view import VandaagView


def hhmm(instant: dt.datetime, tz: dt.tzinfo) -> str:
    return instant.astimezone(tz).strftime("%H:%M")


class VandaagAgenda(VandaagView):
    _removed: AgendaItem | None
    open_dialog: AgendaDialog | None
    navigator: DayNavigator

    def _connect_agenda(self) -> None:
        self.timeline.block_activated.connect(self.on_block_activated)
        self.timeline.block_selected.connect(self.on_block_selected)
        self.agenda_list.itemActivated.connect(self.on_item_activated)
        self.agenda_list.currentItemChanged.connect(self.on_current_item_changed)
        self.new_button.clicked.connect(self.on_new)
        # The buttons sit under the list and act on its row; the keys follow the focus.
        self.edit_button.clicked.connect(lambda: self._edit(self.list_agenda_id()))
        self.delete_button.clicked.connect(lambda: self._delete(self.list_agenda_id()))
        self.undo_bar.undo_chosen.connect(self.on_undo)
        self.undo_bar.expired.connect(self.on_undo_expired)

    def _build_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            QCoreApplication.translate("VandaagWindow", "New item"),
            [QKeySequence(QKeySequence.StandardKey.New)],
            self.on_new,
        )
        self.edit_action = action(
            QCoreApplication.translate("VandaagWindow", "Edit"),
            [QKeySequence(Qt.Key.Key_F2)],
            self.on_edit,
        )
        self.delete_action = action(
            QCoreApplication.translate("VandaagWindow", "Delete"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.on_delete,
        )
        self.undo_action = action(
            QCoreApplication.translate("VandaagWindow", "Undo"),
            [QKeySequence(QKeySequence.StandardKey.Undo)],
            self.on_undo,
        )
        self.undo_action.setEnabled(False)
        self.new_button.setToolTip(
            self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.edit_button.setToolTip(QCoreApplication.translate("VandaagWindow", "Enter or F2"))
        self.delete_button.setToolTip(
            self.delete_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.undo_button.setToolTip(
            self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )

    def _refresh_agenda(self) -> None:
        tz = self.controller.tz
        selected = self.current_agenda_id()
        self.agenda_list.clear()
        for item in self.controller.agenda_on(self.navigator.date):
            time = f"{hhmm(item.start, tz)}–{hhmm(item.end, tz)}"
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
        ensure_current(self.agenda_list)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_current = self.list_agenda_id() is not None
        self.edit_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

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
        return current_id(self.agenda_list)

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
        self.undo_bar.offer(
            QCoreApplication.translate("VandaagWindow", "Removed ‘{title}’.").format(
                title=removed.title
            )
        )
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
        select_value(self.agenda_list, item_id)

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
        self.scroll_area.ensureVisible(int(rect.center().x()), int(rect.center().y()), 0, 40)
        if block.agenda_id is not None:
            self._select_agenda(block.agenda_id)
