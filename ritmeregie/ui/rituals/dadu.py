"""DADU capture after a meeting: Decision, Action (who), Deadline, Update — saved as it is typed.

Opens from the meeting-end nudge ("Capture DADU"), the tray menu and Vandaag. Every row is written
to the store a moment after typing pauses (a crash loses nothing); a deadline becomes a must-do on
that date, and an update date today re-plans the day's nudges. Two copy buttons put the DADU on
the clipboard for Teams and Outlook.

Keys: Enter moves to the next field (on the last field: a new row), Ctrl+Enter adds a row,
Delete clears a date, Esc closes (after saving).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QWidget,
)

from ritmeregie.domain.dadu_text import is_empty
from ritmeregie.domain.model import BlockKind
from ritmeregie.services.vocabulary import kind_name
from ritmeregie.storage import DaduRow

from .autosave import DebouncedSaver
from .dadu_meeting import MeetingRef, resolve_meeting
from .dadu_row import DaduRowEditor
from .dadu_text import MeetingDadu, copy_markdown, copy_plain_text
from .dadu_view import DaduDialogView

if TYPE_CHECKING:
    from ..app import RitmeregieApp

COPIED_MS = 6_000


class DaduDialog(DaduDialogView):
    def __init__(
        self,
        app: RitmeregieApp,
        meeting: MeetingRef,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.store = app.store
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("DADU — ritmeregie"))
        self.resize(760, 600)
        self.rows: list[DaduRowEditor] = []
        self.record_id: int | None = None
        self.agenda_item_id: int | None = None
        self._stored_meeting: tuple[str, dt.date] | None = None
        self._removed: DaduRow | None = None
        self.saver = DebouncedSaver(self.save, parent=self)
        self._build(app.controller.today)
        self._connect()
        self.saver.watch(self.title_edit, self.date_edit)
        self.saver.watch_window(self)
        self.saver.saved.connect(self.on_saved)
        self.load(meeting)

    # --- building -------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.date_edit.problem_changed.connect(self.on_date_problem)
        self.add_button.clicked.connect(self.on_add_row)
        self.undo_bar.undo_chosen.connect(self.on_undo)
        self.markdown_button.clicked.connect(self.on_copy_markdown)
        self.text_button.clicked.connect(self.on_copy_text)
        add_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        add_shortcut.activated.connect(self.on_add_row)
        enter_shortcut = QShortcut(QKeySequence("Ctrl+Enter"), self)
        enter_shortcut.activated.connect(self.on_add_row)
        undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo_shortcut.activated.connect(self.on_undo)
        # Besides the buttons' Alt mnemonics: keys that work from inside any field.
        for keys, slot in (
            ("Ctrl+Shift+M", self.on_copy_markdown),
            ("Ctrl+Shift+C", self.on_copy_text),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.title_edit, self.date_edit]
        for row in self.rows:
            chain.extend(row.inputs())
            chain.append(row.remove_button)
        chain.extend([self.add_button, *self._bottom_buttons()])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- loading --------------------------------------------------------------------------------

    def load(self, meeting: MeetingRef) -> None:
        """Show a meeting's DADU: its stored rows and one empty row to type in."""
        self.saver.flush()
        self.meeting = meeting
        self.agenda_item_id = meeting.agenda_item_id
        record = (
            self.store.dadu.find(meeting.title, meeting.date, meeting.agenda_item_id)
            if meeting.title.strip() or meeting.agenda_item_id is not None
            else None
        )
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        with self.saver.loading():
            if record is not None:
                self.record_id = record.id
                self._stored_meeting = (record.meeting_title, record.meeting_date)
                self.title_edit.setText(record.meeting_title)
                self.date_edit.set_value(record.meeting_date)
                for stored in record.rows:
                    self._add_editor().set_value(stored)
            else:
                self.record_id = None
                self._stored_meeting = None
                self.title_edit.setText(meeting.title.strip())
                self.date_edit.set_value(meeting.date)
            self._add_editor()
        question = meeting.decision_question
        self.question_label.setText(
            self.tr("Decision question: {question}").format(question=question) if question else ""
        )
        self.question_label.setVisible(bool(question))
        self.status_label.setText(self.tr("Saved as you type."))
        focus = self.rows[-1].decision_edit if self.title_edit.text() else self.title_edit
        focus.setFocus()

    def _add_editor(self) -> DaduRowEditor:
        editor = DaduRowEditor(
            len(self.rows) + 1, self.app.controller.today, self.meeting_date(), self.rows_box
        )
        for field in (editor.deadline_edit, editor.update_date_edit):
            field.problem_changed.connect(self.on_date_problem)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, editor)
        self.rows.append(editor)
        self.saver.watch(*editor.inputs())
        for widget in editor.inputs():
            widget.installEventFilter(self)
        editor.remove_button.clicked.connect(lambda _=False, e=editor: self.remove_row(e))
        self._fix_tab_order()
        return editor

    # --- values ---------------------------------------------------------------------------------

    def meeting_title(self) -> str:
        """The typed title, or the word for a meeting while none is typed yet."""
        return self.title_edit.text().strip() or kind_name(BlockKind.MEETING)

    def meeting_date(self) -> dt.date:
        date = self.date_edit.value()
        return date if date is not None else self.meeting.date

    @Slot(str)
    def on_date_problem(self, problem: str) -> None:
        """The newest reason a date field cannot read its text; gone once every field can."""
        fields = [self.date_edit]
        for row in self.rows:
            fields += [row.deadline_edit, row.update_date_edit]
        open_problems = [f.problem() for f in fields if f.problem()]
        shown = problem or (open_problems[-1] if open_problems else "")
        self.date_problem_label.setText(shown)
        self.date_problem_label.setVisible(bool(shown))

    def current(self) -> MeetingDadu:
        rows = [row.value() for row in self.rows]
        return MeetingDadu(
            self.meeting_title(), self.meeting_date(), [r for r in rows if not is_empty(r)]
        )

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Write what differs from the store: the meeting, new rows, changed rows."""
        dadu = self.store.dadu
        title, date = self.meeting_title(), self.meeting_date()
        for editor in self.rows:
            editor.set_anchor(date)
        if self.record_id is not None and self._stored_meeting != (title, date):
            dadu.rename(self.record_id, title, date)
            self._stored_meeting = (title, date)
        for editor in self.rows:
            value = editor.value()
            if editor.row_id is None:
                if is_empty(value):
                    continue
                if self.record_id is None:
                    record = dadu.append_row(title, date, value, self.agenda_item_id)
                    self.record_id = record.id
                    self._stored_meeting = (record.meeting_title, record.meeting_date)
                    stored = record.rows[-1]
                else:
                    stored = dadu.add_row(self.record_id, value)
                editor.row_id, editor.saved = stored.id, stored
            elif value != editor.saved:
                editor.saved = dadu.update_row(editor.row_id, value)
        # Today's update nudge follows what was saved: the app replans on every commit.

    def _update_dates(self) -> set[dt.date]:
        dates = {e.saved.update_date for e in self.rows if e.saved is not None}
        return {d for d in dates if d is not None}

    @Slot()
    def on_saved(self) -> None:
        self.status_label.setText(
            self.tr("Saved at {time}.").format(time=self.app.controller.now().strftime("%H:%M"))
        )

    # --- rows -----------------------------------------------------------------------------------

    @Slot()
    def on_add_row(self) -> None:
        last = self.rows[-1] if self.rows else None
        if last is not None and is_empty(last.value()) and last.row_id is None:
            last.decision_edit.setFocus()  # an empty row is already waiting
            return
        editor = self._add_editor()
        editor.decision_edit.setFocus()
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(editor))

    def remove_row(self, editor: DaduRowEditor) -> None:
        self.saver.flush()
        if editor.row_id is not None:
            removed = self.store.dadu.remove_row(editor.row_id)
            self._removed = removed
            if removed is not None:
                what = removed.decision or removed.action or removed.owner
                self.undo_bar.offer(self.tr("Removed row ‘{what}’.").format(what=what))
        self.rows.remove(editor)
        editor.deleteLater()
        for number, row in enumerate(self.rows, start=1):
            row.set_number(number)
        if not self.rows:
            self._add_editor()
        self._fix_tab_order()
        # Undo is one Space away; Tab goes back to the rows.
        target = self.undo_button if self.undo_bar.isVisible() else self.rows[-1].decision_edit
        target.setFocus()

    @Slot()
    def on_undo(self) -> None:
        removed, self._removed = self._removed, None
        if removed is None or self.record_id is None:
            return
        self.saver.flush()
        stored = self.store.dadu.add_row(self.record_id, replace(removed, id=None))
        last = self.rows[-1]
        target = last if is_empty(last.value()) and last.row_id is None else self._add_editor()
        with self.saver.loading():
            target.set_value(stored)
        self._add_editor()
        self.undo_bar.dismiss()
        target.decision_edit.setFocus()

    # --- copying --------------------------------------------------------------------------------

    @Slot()
    def on_copy_markdown(self) -> None:
        self.saver.flush()
        copy_markdown(self.current())
        self._say_copied(self.tr("Copied as Markdown: paste it in Teams or a wiki."))

    @Slot()
    def on_copy_text(self) -> None:
        self.saver.flush()
        copy_plain_text(self.current())
        self._say_copied(self.tr("Copied: paste it in Outlook or Teams."))

    def _say_copied(self, text: str) -> None:
        self.status_label.setText(text)

    # --- keys and context -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            last = self.rows[-1].inputs()[-1] if self.rows else None
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier or watched is last:
                self.on_add_row()
            else:
                self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    def set_context(
        self,
        agenda_item_id: int | None = None,
        meeting_title: str | None = None,
        date: dt.date | None = None,
    ) -> None:
        """Asked again: another meeting loads (after saving this one); the same one stays."""
        meeting = resolve_meeting(self.app, agenda_item_id, meeting_title, date)
        if meeting == self.meeting:
            return
        self.load(meeting)

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def done(self, result: int) -> None:
        """Esc or Close: saved (the hide flushes), then gone, so the next open starts fresh."""
        super().done(result)
        self.deleteLater()


def open_dadu(
    app: RitmeregieApp,
    agenda_item_id: int | None = None,
    meeting_title: str | None = None,
    date: dt.date | None = None,
) -> DaduDialog:
    return DaduDialog(app, resolve_meeting(app, agenda_item_id, meeting_title, date))
