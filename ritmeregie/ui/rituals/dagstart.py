"""Dagstart: today's three must-do's and one call, chosen in five minutes, by keyboard alone.

Left: the day's slots (typing in a slot makes or renames a must-do, saved as typed) and the call.
Right: what helps choosing — yesterday's "what I'll do differently", today's agenda and deadlines,
and the open must-do's (sorted urgent/important, then deadline) to pick from with Enter.
"Not today — next week" moves a must-do to next Monday and says so, with an undo.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.review import next_monday
from ritmeregie.services.today import day_tasks
from ritmeregie.services.vocabulary import long_date
from ritmeregie.storage import MustDo

from ..controller import RhythmController
from ..list_helpers import ID_ROLE, current_id, current_value, ensure_current
from ..undo_bar import UndoBar
from .autosave import DebouncedSaver
from .dagstart_context import DagstartContext
from .dagstart_managers import matrix_order
from .must_do_slot import MustDoSlot, bold, date_in_sentence, pool_text

if TYPE_CHECKING:
    from ..app import RitmeregieApp

SLOTS = 3


class DagstartDialog(QDialog):
    def __init__(self, controller: RhythmController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.store = controller.store
        self.today = controller.today()
        self.slots: list[MustDoSlot] = []
        self._deferred: MustDo | None = None
        self.setWindowTitle(self.tr("Day start — ritmeregie"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saver = DebouncedSaver(self.save, parent=self)
        self._build()
        self.saver.watch_window(self)
        self.load()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()).width() + 40, 560)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        title = bold(QLabel(self.tr("Day start"), self), 1.45)
        self.date_label = QLabel(long_date(self.today), self)
        intro = QLabel(self.tr("What really must happen today? Three must-dos and one call."), self)
        intro.setWordWrap(True)

        must_heading = bold(QLabel(self.tr("Today's &must-dos"), self))
        self.slot_box = QVBoxLayout()
        self.slot_box.setSpacing(14)
        self.deferred_bar = UndoBar(self.tr("&Undo"), self, expire_ms=None)
        self.deferred_label = self.deferred_bar.label
        self.undo_button = self.deferred_bar.button
        self.deferred_bar.undo_chosen.connect(self.on_undo_defer)

        call_heading = bold(QLabel(self.tr("&Call"), self))
        self.call_edit = QLineEdit(self)
        self.call_edit.setPlaceholderText(self.tr("Who do you call today, and about what?"))
        self.call_edit.setAccessibleName(self.tr("Today's call"))
        self.call_note = QLabel(self)
        self.call_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        call_heading.setBuddy(self.call_edit)
        self.saver.watch(self.call_edit)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(must_heading)
        left.addLayout(self.slot_box)
        left.addWidget(self.deferred_bar)
        left.addSpacing(10)
        left.addWidget(call_heading)
        call_row = QHBoxLayout()
        call_row.addWidget(self.call_edit, 1)
        call_row.addWidget(self.call_note)
        left.addLayout(call_row)
        left.addStretch(1)
        self._must_heading = must_heading

        self.context = DagstartContext(self)
        # Callers and tests reach these parts on the dialog itself.
        self.yesterday_heading = self.context.yesterday_heading
        self.yesterday_label = self.context.yesterday_label
        self.agenda_label = self.context.agenda_label
        self.deadlines_label = self.context.deadlines_label
        self.meeting_checks = self.context.meeting_checks
        self.conflict_context = self.context.conflict_context

        pool_heading = bold(QLabel(self.tr("&Open must-dos"), self))
        self.pool = QListWidget(self)
        self.pool.setAccessibleName(self.tr("Open must-dos to pick from"))
        self.pool.setAlternatingRowColors(True)
        self.pool.setWordWrap(True)
        self.pool.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pool.setSpacing(2)
        self.pool.itemActivated.connect(self.on_pool_activated)
        pool_heading.setBuddy(self.pool)
        self.pick_button = QPushButton(self.tr("&Add to today"), self)
        self.pick_button.setAutoDefault(False)
        self.pick_button.setToolTip(self.tr("Enter in the list does the same"))
        self.pick_button.clicked.connect(self.on_pick)
        self.pool.currentItemChanged.connect(lambda *_: self._update_pick())

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.context)
        right.addSpacing(10)
        right.addWidget(pool_heading)
        right.addWidget(self.pool, 1)
        pick_row = QHBoxLayout()
        pick_row.addStretch(1)
        pick_row.addWidget(self.pick_button)
        right.addLayout(pick_row)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setDefault(False)
        self.done_button.setAutoDefault(False)
        self.done_button.setToolTip(self.tr("Ctrl+Enter · everything is saved as you type"))
        self.done_button.clicked.connect(self.accept)
        saved_hint = QLabel(self.tr("Saved as you type."), self)
        saved_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QHBoxLayout()
        buttons.addWidget(saved_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.date_label)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(body, 1)
        layout.addSpacing(8)
        layout.addLayout(buttons)

    def _ensure_slots(self, count: int) -> None:
        while len(self.slots) < count:
            slot = MustDoSlot(len(self.slots) + 1, self)
            slot.title_edit.textChanged.connect(self.saver.on_changed)
            slot.title_edit.installEventFilter(self.saver)
            slot.urgent_box.toggled.connect(lambda _c, s=slot: self.on_priority(s))
            slot.important_box.toggled.connect(lambda _c, s=slot: self.on_priority(s))
            slot.defer_button.clicked.connect(lambda _c=False, s=slot: self.on_defer(s))
            self.slot_box.addWidget(slot)
            self.slots.append(slot)
        if self.slots:
            self._must_heading.setBuddy(self.slots[0].title_edit)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = []
        for slot in self.slots:
            chain += [slot.title_edit, slot.urgent_box, slot.important_box, slot.defer_button]
        chain += [self.undo_button, self.call_edit, self.pool, self.pick_button, self.done_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- reading the store ---------------------------------------------------------------------

    def day_must_dos(self) -> list[MustDo]:
        items = day_tasks(self.store, self.today, self.controller.tz).must_dos
        # Planned for this very day (by 'plan next week' or by hand) first, then carried ones.
        return sorted(items, key=lambda m: m.planned_for != self.today)

    def load(self) -> None:
        with self.saver.loading():
            items = self.day_must_dos()
            self._ensure_slots(max(SLOTS, len(items)))
            for index, slot in enumerate(self.slots):
                slot.show_must_do(items[index] if index < len(items) else None, self.today)
            call = self.store.calls.for_day(self.today)
            self.call_edit.setText(call.who if call else "")
            self.call_note.setText(
                self.tr("from {date}").format(date=f"{call.date.day}-{call.date.month}")
                if call and call.date != self.today
                else ""
            )
            self.context.load(self.controller, self.today)
            self._load_pool()

    def _load_pool(self) -> None:
        keep = current_value(self.pool)
        self.pool.clear()
        for must_do in matrix_order(self.store, self.store.must_dos.pool(self.today)):
            item = QListWidgetItem(pool_text(must_do), self.pool)
            item.setData(ID_ROLE, must_do.id)
            if must_do.id == keep:
                self.pool.setCurrentItem(item)
        ensure_current(self.pool)
        if not self.pool.count():
            item = QListWidgetItem(self.tr("Nothing open. Type a new must-do on the left."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.pool.addItem(item)
        self._update_pick()

    def _update_pick(self) -> None:
        has_item = current_value(self.pool) is not None
        free = any(slot.is_free() for slot in self.slots)
        self.pick_button.setEnabled(has_item and free)
        self.pick_button.setToolTip(
            self.tr("Enter in the list does the same")
            if free
            else self.tr("Three is plenty: clear or defer one first")
        )

    # -- saving (as typed) ---------------------------------------------------------------------

    def save(self) -> None:
        store = self.store
        for slot in self.slots:
            text = slot.title_edit.text().strip()
            must_do = slot.must_do
            if must_do is not None and must_do.is_done:
                continue
            if must_do is None and text:
                slot.must_do = store.must_dos.add(
                    text,
                    urgent=slot.urgent_box.isChecked(),
                    important=slot.important_box.isChecked(),
                    planned_for=self.today,
                )
                slot.created_here = True
                slot.show_must_do(slot.must_do, self.today, text=False)
            elif must_do is not None and not text:
                # An emptied line lets the must-do go: one typed here disappears, one picked
                # earlier goes back to the open list.
                if slot.created_here:
                    store.must_dos.remove(must_do.id)
                else:
                    store.must_dos.plan(must_do.id, None)
                slot.must_do = None
                slot.created_here = False
                with self.saver.loading():
                    slot.show_must_do(None, self.today)
            elif must_do is not None and text != must_do.title:
                slot.must_do = store.must_dos.rename(must_do.id, text)
        self._save_call()
        self._load_pool()

    def _save_call(self) -> None:
        who = self.call_edit.text().strip()
        call = self.store.calls.for_day(self.today)
        if not who:
            if call is not None and call.date == self.today:
                self.store.calls.remove(call.id)
            return
        if call is None:
            self.store.calls.add(self.today, who)
        elif call.who != who or call.date != self.today:
            self.store.calls.update(call.id, who=who, date=self.today)
            self.call_note.setText("")

    # -- actions -------------------------------------------------------------------------------

    def on_priority(self, slot: MustDoSlot) -> None:
        if self.saver.suspended:
            return
        self.saver.flush()  # a typed title becomes a must-do first
        if slot.must_do is not None:
            slot.must_do = self.store.must_dos.set_priority(
                slot.must_do.id,
                urgent=slot.urgent_box.isChecked(),
                important=slot.important_box.isChecked(),
            )

    def on_defer(self, slot: MustDoSlot) -> None:
        self.saver.flush()
        if slot.must_do is None:
            return
        self._deferred = self.store.must_dos.defer_next_week(slot.must_do.id, self.today)
        monday = next_monday(self.today)
        self.deferred_bar.offer(
            self.tr("‘{title}’ moved to {date}.").format(
                title=self._deferred.title, date=date_in_sentence(monday)
            )
        )
        self.load()
        self.undo_button.setFocus()

    @Slot()
    def on_undo_defer(self) -> None:
        if self._deferred is None:
            return
        self.store.must_dos.plan(self._deferred.id, self.today)
        self._deferred = None
        self.deferred_bar.dismiss()
        self.load()

    @Slot(QListWidgetItem)
    def on_pool_activated(self, _item: QListWidgetItem) -> None:
        self.on_pick()

    @Slot()
    def on_pick(self) -> None:
        must_do_id = current_id(self.pool)
        if must_do_id is None or not any(slot.is_free() for slot in self.slots):
            return
        self.saver.flush()
        self.store.must_dos.plan(must_do_id, self.today)
        self.load()
        self.pool.setFocus()

    # -- showing -------------------------------------------------------------------------------

    def set_context(self, **_context: object) -> None:
        """Asked again (tray, Vandaag, a nudge): the dialog is already up; just come forward."""

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        if all(slot.is_free() for slot in self.slots):
            self.slots[0].title_edit.setFocus()


def open_dagstart(app: RitmeregieApp, **_context: object) -> DagstartDialog:
    return DagstartDialog(app.controller)
