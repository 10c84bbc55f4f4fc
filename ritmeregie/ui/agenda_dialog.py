"""Add or edit one item of the own agenda: title, date, start, end and kind (meeting or call).

The dialog only gathers and checks values; the caller stores them through the controller, which
replans. Times are local wall-clock times in the controller's zone, turned into instants with the
domain's DST-safe conversion.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTime, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.localtime import local_instant, wall_time_repeats
from ritmeregie.domain.model import BlockKind
from ritmeregie.services.vocabulary import kind_name

from .date_field import DateField

STEP_MINUTES = 5
DEFAULT_MINUTES = 30
COPIED_MS = 2_000
QUESTION_MAX_PX = 520
EDITABLE_KINDS = (BlockKind.MEETING, BlockKind.CALL)


@dataclass(frozen=True, slots=True)
class AgendaValues:
    title: str
    start: dt.datetime  # aware, in the dialog's zone
    end: dt.datetime
    kind: BlockKind
    decision_question: str = ""  # the line for a meeting's invite; empty for a call


def _tab_leaves(widget: QAbstractSpinBox, event: QEvent) -> bool:
    """Tab and Shift+Tab move to the next field, as everywhere else in a form. Qt's time edits
    walk their own parts first (hours, minutes); typing a separator or Left/Right still moves
    between the parts."""
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return False
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    forward = event.key() == Qt.Key.Key_Tab and not (
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )
    QWidget.focusNextPrevChild(widget, forward)
    return True


class FiveMinuteTimeEdit(QTimeEdit):
    """Arrow keys and the wheel move minutes in steps of five and land on a multiple of five;
    typing any minute still works. Tab leaves the field (see _tab_leaves)."""

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)

    def stepBy(self, steps: int) -> None:
        if self.currentSection() != QTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        time = self.time()
        minutes = time.hour() * 60 + time.minute()
        snapped = minutes - minutes % STEP_MINUTES
        if steps < 0 and snapped != minutes:
            steps += 1  # the first step down only snaps
        target = max(0, min(24 * 60 - STEP_MINUTES, snapped + steps * STEP_MINUTES))
        self.setTime(QTime(target // 60, target % 60))


def next_slot(now: dt.datetime) -> dt.datetime:
    """The next quarter hour after now: where a new item most often starts."""
    base = now.replace(second=0, microsecond=0)
    return base + dt.timedelta(minutes=15 - base.minute % 15)


class AgendaDialog(QDialog):
    def __init__(
        self,
        tz: dt.tzinfo,
        *,
        today: Callable[[], dt.date],
        start: dt.datetime,
        end: dt.datetime | None = None,
        title: str = "",
        kind: BlockKind = BlockKind.MEETING,
        editing: bool = False,
        decision_question: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tz = tz
        self._first_date = start.astimezone(tz).date()
        self._title_touched = bool(title)
        start = start.astimezone(tz)
        # Real minutes, not wall-clock ones: in the autumn night 02:30 + 30 min is the second 02:00.
        default_end = start.astimezone(dt.UTC) + dt.timedelta(minutes=DEFAULT_MINUTES)
        end = (end or default_end).astimezone(tz)
        self.setWindowTitle(self.tr("Edit item") if editing else self.tr("New item"))
        self.setMinimumWidth(420)

        self.title_edit = QLineEdit(title, self)
        self.title_edit.setPlaceholderText(self.tr("What is it about?"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        # Typed as everywhere (18-12, 18 december, morgen, vrijdag); OK waits for a real date.
        self.date_edit = DateField(today, start.date(), self, required=True)
        self.date_edit.set_value(start.date())
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.start_edit = self._time_edit(start, self.tr("Start"))
        self.end_edit = self._time_edit(end, self.tr("End"))
        self.kind_combo = QComboBox(self)
        for option in EDITABLE_KINDS:
            self.kind_combo.addItem(kind_name(option), option.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(BlockKind(kind).value)))
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.currentIndexChanged.connect(self.on_kind_changed)
        # The autumn night's hour happens twice: which one is asked, only then.
        self.fold_combo = QComboBox(self)
        self.fold_combo.addItems(["", ""])
        self.fold_combo.setCurrentIndex(start.fold)
        self.fold_combo.setAccessibleName(self.tr("Which time"))
        self.fold_combo.currentIndexChanged.connect(self.on_fold_changed)
        self._span = (start.astimezone(dt.UTC), end.astimezone(dt.UTC))

        # Every invite carries one line: what must be decided here today.
        self.question_edit = QLineEdit(decision_question or self.default_question(), self)
        self.question_edit.setAccessibleName(self.tr("Decision question"))
        self.question_edit.setCursorPosition(0)
        # Wide enough for the whole default sentence in either language, within reason.
        sentence = self.question_edit.fontMetrics().horizontalAdvance(self.default_question())
        self.question_edit.setMinimumWidth(min(QUESTION_MAX_PX, sentence + 16))
        self.question_edit.setToolTip(self.tr("One line for the invite: what must be decided?"))
        self.copy_button = QPushButton(self.tr("Cop&y"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the decision question"))
        self.copy_button.setToolTip(self.tr("Copy the line to paste it into the invite"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.on_copy_question)
        self.question_row = QWidget(self)
        question_layout = QHBoxLayout(self.question_row)
        question_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.setSpacing(6)
        question_layout.addWidget(self.question_edit, 1)
        question_layout.addWidget(self.copy_button)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem"))
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        # Room for two lines from the start, so the dialog does not jump when a message appears.
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)
        self.fold_label = QLabel(self.tr("The clocks go &back:"), self)
        self.fold_label.setBuddy(self.fold_combo)
        form.addRow(self.fold_label, self.fold_combo)
        self._fold_shown = True
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        # Full width under the fields: the line is a sentence, not a value.
        self.question_label = QLabel(self.tr("Decision &question for the invite:"), self)
        self.question_label.setBuddy(self.question_edit)
        form.addRow(self.question_label)
        form.addRow(self.question_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        order = (self.title_edit, self.date_edit, self.start_edit, self.end_edit, self.kind_combo)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.kind_combo, self.question_edit)
        QWidget.setTabOrder(self.question_edit, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.buttons)
        self._show_fold()  # before the dialog takes its size: hidden rows take no room
        self.on_kind_changed()

        self._last_start = self.start_edit.time()
        self.start_edit.timeChanged.connect(self.on_start_changed)
        for signal in (
            self.title_edit.textChanged,
            self.date_edit.textChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.fold_combo.currentIndexChanged,
        ):
            signal.connect(self.on_changed)
        self.title_edit.setFocus()
        self.on_changed()

    def _time_edit(self, at: dt.datetime, name: str) -> FiveMinuteTimeEdit:
        edit = FiveMinuteTimeEdit(QTime(at.hour, at.minute), self)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        return edit

    # --- values ---------------------------------------------------------------------------------

    def _wall(self, time: QTime) -> tuple[dt.date, dt.time]:
        date = self.date_edit.value() or self._first_date
        return date, dt.time(time.hour(), time.minute())

    def _instant(self, time: QTime, after: dt.datetime | None = None) -> dt.datetime:
        """The start in the repeated hour is the one chosen; the end the first after the start."""
        date, wall = self._wall(time)
        if not wall_time_repeats(date, wall, self._tz):
            return local_instant(date, wall, self._tz).astimezone(self._tz)
        first, second = (dt.datetime.combine(date, wall, self._tz).replace(fold=f) for f in (0, 1))
        if after is None:
            return second if self.fold_combo.currentIndex() == 1 else first
        # Compared as instants: two times in one zone compare by wall clock, fold ignored.
        return first if first.astimezone(dt.UTC) > after.astimezone(dt.UTC) else second

    def repeats(self) -> bool:
        """Whether the start falls in the hour that happens twice (the end follows the start)."""
        return wall_time_repeats(*self._wall(self.start_edit.time()), self._tz)

    def values(self) -> AgendaValues:
        start = self._instant(self.start_edit.time())
        return AgendaValues(
            title=self.title_edit.text().strip(),
            start=start,
            end=self._instant(self.end_edit.time(), after=start),
            kind=BlockKind(self.kind_combo.currentData()),
            decision_question=self.question_edit.text().strip() if self.is_meeting() else "",
        )

    def problems(self) -> list[str]:
        """What stops OK, one sentence each; empty when the values can be stored."""
        values = self.values()
        found = []
        if not values.title:
            found.append(self.tr("Give the item a title."))
        date_problem = self.date_edit.text_problem()
        if date_problem:
            found.append(date_problem)
        if values.end.astimezone(dt.UTC) <= values.start.astimezone(dt.UTC):
            found.append(self.tr("The end must be after the start."))
        return found

    # --- the decision question ------------------------------------------------------------------

    def default_question(self) -> str:
        return self.tr("What decision must be taken here today?")

    def is_meeting(self) -> bool:
        return BlockKind(self.kind_combo.currentData()) is BlockKind.MEETING

    @Slot()
    def on_kind_changed(self) -> None:
        """A call has no invite: the line shows for meetings only."""
        meeting = self.is_meeting()
        self.question_label.setVisible(meeting)
        self.question_row.setVisible(meeting)
        self.adjustSize()

    @Slot()
    def on_copy_question(self) -> None:
        text = self.question_edit.text().strip() or self.default_question()
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(
            COPIED_MS, self.copy_button, lambda: self.copy_button.setText(self.tr("Cop&y"))
        )

    # --- validation -----------------------------------------------------------------------------

    @Slot(QTime)
    def on_start_changed(self, start: QTime) -> None:
        """Moving the start moves the end along: the length stays what it was."""
        shift_s = self._last_start.secsTo(start)
        self._last_start = start
        end = self.end_edit.time()
        end_minutes = (end.hour() * 60 + end.minute()) + shift_s // 60
        end_minutes = max(0, min(24 * 60 - 1, end_minutes))
        self.end_edit.setTime(QTime(end_minutes // 60, end_minutes % 60))

    def _show_fold(self) -> None:
        """The choice shows only for a start in the repeated hour; its texts name the offsets.

        Texts and visibility change only when they differ: each change resizes the dialog."""
        shown = self.repeats()
        if shown:
            date, wall = self._wall(self.start_edit.time())
            moments = (dt.datetime.combine(date, wall, self._tz).replace(fold=f) for f in (0, 1))
            texts = (self.tr("the first time ({offset})"), self.tr("the second time ({offset})"))
            for index, (moment, text) in enumerate(zip(moments, texts, strict=True)):
                offset = moment.strftime("%z")
                wanted = text.format(offset=f"UTC{offset[:3]}:{offset[3:]}")
                if self.fold_combo.itemText(index) != wanted:
                    self.fold_combo.setItemText(index, wanted)
        if shown != self._fold_shown:
            self._fold_shown = shown
            self.fold_label.setVisible(shown)
            self.fold_combo.setVisible(shown)

    @Slot(int)
    def on_fold_changed(self, _index: int) -> None:
        """The other of the two times moves the end along: the length stays what it was."""
        old_start, old_end = self._span
        start = self._instant(self.start_edit.time()).astimezone(dt.UTC)
        end = (start + (old_end - old_start)).astimezone(self._tz)
        self.end_edit.setTime(QTime(end.hour, end.minute))

    @Slot()
    def on_changed(self) -> None:
        values = self.values()
        self._span = (values.start.astimezone(dt.UTC), values.end.astimezone(dt.UTC))
        self._show_fold()
        problems = self.problems()
        if self.title_edit.text():
            self._title_touched = True
        # A new, still empty form is not an error yet: OK stays off, but nothing scolds.
        shown = problems if self._title_touched or self.title_edit.text() else problems[1:]
        self.message.setText(" ".join(shown))
        self.ok_button.setEnabled(not problems)

    def accept(self) -> None:
        if self.problems():
            self._title_touched = True
            self.on_changed()
            return
        super().accept()
