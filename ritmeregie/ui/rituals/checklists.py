"""Checklists for recurring tasks: open one when the task comes around, tick its steps.

Left the checklists, right the open one. Space ticks a step (saved at once), F2 renames it,
Delete removes it (Ctrl+Z brings it back), Ctrl+Up/Down moves it, Enter in "Add a step" adds one.
"New round" clears the ticks for the next time the task comes around.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidgetItem,
    QWidget,
)

from ritmeregie.storage import Checklist, ChecklistItem, InvalidRecordError

from ..list_helpers import ID_ROLE, current_id, ensure_current
from .autosave import DebouncedSaver
from .checklists_view import ChecklistsView

if TYPE_CHECKING:
    from ..app import RitmeregieApp


class ChecklistsWindow(ChecklistsView):
    def __init__(
        self, app: RitmeregieApp, checklist_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app = app
        self.store = app.store
        self.removed: list[ChecklistItem] = []
        self._filling = False
        self.setWindowTitle(self.tr("Checklists — ritmeregie"))
        self.resize(760, 500)
        self._build()
        self._connect()
        self.saver = DebouncedSaver(self.save_title, parent=self)
        self.saver.watch(self.title_edit)
        self.saver.watch_window(self)
        self.refresh(checklist_id, reveal=True)

    # --- building -------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.lists.currentItemChanged.connect(self.on_list_chosen)
        self.archived_box.toggled.connect(lambda _on: self.refresh(self.current_id()))
        self.new_button.clicked.connect(self.on_new)
        self.items.itemChanged.connect(self.on_item_changed)
        self.items.installEventFilter(self)
        self.add_edit.returnPressed.connect(self.on_add_item)
        self.round_button.clicked.connect(self.on_new_round)
        self.archive_button.clicked.connect(self.on_archive)
        self.undo_button.clicked.connect(self.on_undo)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.items)
        undo.setContext(Qt.ShortcutContext.WidgetShortcut)
        undo.activated.connect(self.on_undo)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)

    # --- reading --------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        return current_id(self.lists)

    def current(self) -> Checklist | None:
        checklist_id = self.current_id()
        return self.store.checklists.get(checklist_id) if checklist_id is not None else None

    @Slot()
    def refresh(self, select_id: int | None = None, reveal: bool = False) -> None:
        """Re-read the lists; `reveal` shows archived ones when the one asked for is archived."""
        self.saver.flush()
        select_id = select_id if select_id is not None else self.current_id()
        everything = self.store.checklists.all(include_archived=True)
        chosen = next((c for c in everything if c.id == select_id), None)
        if reveal and chosen is not None and chosen.archived and not self.archived_box.isChecked():
            self.archived_box.blockSignals(True)
            self.archived_box.setChecked(True)  # asked for an archived one: show it
            self.archived_box.blockSignals(False)
        shown = [c for c in everything if self.archived_box.isChecked() or not c.archived]
        self.lists.blockSignals(True)
        self.lists.clear()
        for checklist in shown:
            row = QListWidgetItem(self._list_text(checklist), self.lists)
            row.setData(ID_ROLE, checklist.id)
            row.setToolTip(checklist.title)
            if checklist.archived:
                row.setForeground(self.palette().placeholderText())
            if checklist.id == select_id:
                self.lists.setCurrentItem(row)
        ensure_current(self.lists)
        self.lists.blockSignals(False)
        self.detail.setVisible(bool(shown))
        self.empty_label.setVisible(not everything)
        self.show_checklist(self.current())

    def _list_text(self, checklist: Checklist) -> str:
        if not checklist.items:
            return checklist.title
        return f"{checklist.title}  ·  {checklist.done_count}/{len(checklist.items)}"

    def show_checklist(self, checklist: Checklist | None, current_item: int | None = None) -> None:
        self._filling = True
        try:
            with self.saver.loading():
                self.title_edit.setText(checklist.title if checklist else "")
            self.items.clear()
            for item in checklist.items if checklist else ():
                row = QListWidgetItem(item.text, self.items)
                row.setData(ID_ROLE, item.id)
                row.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsEditable
                )
                row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
                self._style_row(row, item.done)
                if item.id == current_item:
                    self.items.setCurrentItem(row)
            ensure_current(self.items)
        finally:
            self._filling = False
        self._update_progress(checklist)

    def _update_progress(self, checklist: Checklist | None) -> None:
        if checklist is None:
            self.progress_label.clear()
            return
        total = len(checklist.items)
        if total == 0:
            text = self.tr("No steps yet: add the first one below.")
        elif checklist.complete:
            text = self.tr("All {total} steps done. “New round” clears them for next time.").format(
                total=total
            )
        else:
            text = self.tr("{done} of {total} steps done").format(
                done=checklist.done_count, total=total
            )
        self.progress_label.setText(text)
        self.archive_button.setText(
            self.tr("Un&archive") if checklist.archived else self.tr("&Archive")
        )
        row = self.lists.currentItem()
        if row is not None:
            row.setText(self._list_text(checklist))

    # --- changing -------------------------------------------------------------------------------

    @Slot()
    def on_list_chosen(self, *_args: object) -> None:
        self.saver.flush()
        self.show_checklist(self.current())

    def save_title(self) -> None:
        checklist_id = self.current_id()
        if checklist_id is None or not self.title_edit.text().strip():
            return  # an empty title is not stored; the old one stays
        checklist = self.store.checklists.rename(checklist_id, self.title_edit.text())
        row = self.lists.currentItem()
        if row is not None:
            row.setText(self._list_text(checklist))

    @Slot(QListWidgetItem)
    def on_item_changed(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        item_id = int(row.data(ID_ROLE))
        done = row.checkState() == Qt.CheckState.Checked
        stored = next((i for i in self._items() if i.id == item_id), None)
        if stored is None:
            return
        if stored.done != done:
            self.store.checklists.tick(item_id, done)
            self._filling = True
            self._style_row(row, done)
            self._filling = False
        if row.text().strip() != stored.text:
            try:
                self.store.checklists.rename_item(item_id, row.text())
            except InvalidRecordError:
                self._filling = True
                row.setText(stored.text)  # an emptied step keeps its words; Delete removes it
                self._filling = False
        self._update_progress(self.current())

    def _style_row(self, row: QListWidgetItem, done: bool) -> None:
        """A ticked step steps back: greyed, so what is left stands out."""
        role = QPalette.ColorRole.PlaceholderText if done else QPalette.ColorRole.Text
        row.setForeground(self.items.palette().color(role))

    def _items(self) -> tuple[ChecklistItem, ...]:
        checklist = self.current()
        return checklist.items if checklist else ()

    @Slot()
    def on_add_item(self) -> None:
        checklist_id = self.current_id()
        text = self.add_edit.text().strip()
        if checklist_id is None or not text:
            return
        checklist = self.store.checklists.add_item(checklist_id, text)
        self.add_edit.clear()
        self.show_checklist(checklist, checklist.items[-1].id)
        self.add_edit.setFocus()

    @Slot()
    def on_new(self) -> None:
        checklist = self.store.checklists.create(self.tr("New checklist"))
        self.refresh(checklist.id)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    @Slot()
    def on_new_round(self) -> None:
        checklist_id = self.current_id()
        if checklist_id is not None:
            self.show_checklist(self.store.checklists.new_round(checklist_id))
            self.items.setFocus()

    @Slot()
    def on_archive(self) -> None:
        checklist = self.current()
        if checklist is not None:
            self.store.checklists.archive(checklist.id, not checklist.archived)
            self.refresh(checklist.id)
            self.lists.setFocus()

    def remove_current_item(self) -> None:
        row = self.items.currentItem()
        if row is None:
            return
        index = self.items.row(row)
        removed = self.store.checklists.remove_item(int(row.data(ID_ROLE)))
        if removed is None:
            return
        self.removed.append(removed)
        checklist = self.current()
        following = (
            checklist.items[min(index, len(checklist.items) - 1)]
            if checklist and checklist.items
            else None
        )
        self.show_checklist(checklist, following.id if following else None)
        self.undo_button.setText(self.tr("&Undo: ‘{text}’").format(text=removed.text))
        self.undo_button.show()

    @Slot()
    def on_undo(self) -> None:
        if not self.removed:
            return
        item = self.removed.pop()
        if self.store.checklists.get(item.checklist_id) is None:
            return
        checklist = self.store.checklists.add_item(item.checklist_id, item.text, item.position)
        restored = checklist.items[min(item.position, len(checklist.items) - 1)]
        if item.done:
            self.store.checklists.tick(restored.id)
        self.refresh(item.checklist_id)
        self.show_checklist(self.current(), restored.id)
        self.undo_button.setVisible(bool(self.removed))
        self.items.setFocus()

    def move_current_item(self, steps: int) -> None:
        row = self.items.currentItem()
        if row is None:
            return
        item_id = int(row.data(ID_ROLE))
        position = max(0, self.items.row(row) + steps)
        self.show_checklist(self.store.checklists.move_item(item_id, position), item_id)

    # --- keys and context -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.items and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.items.state() == QAbstractItemView.State.EditingState:
                return False
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() == Qt.Key.Key_Delete and not control:
                self.remove_current_item()
                return True
            if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current_item(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def set_context(self, checklist_id: int | None = None) -> None:
        self.refresh(checklist_id, reveal=True)

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        (self.items if self.items.count() else self.add_edit).setFocus()


def open_checklists(app: RitmeregieApp, checklist_id: int | None = None) -> ChecklistsWindow:
    return ChecklistsWindow(app, checklist_id)
