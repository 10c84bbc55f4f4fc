"""A date field that takes what people type and never throws typed text away.

It reads the same forms as the command line (domain/date_input: `18-12`, `18 december`, `morgen`,
`vrijdag`, `2027-12-18` …). While the text is not a date, `value()` keeps the last good one, so an
autosave mid-typing never drops a date; leaving the field shows a readable date in full, but text
that is not a date stays as typed and the field says why (`problem_changed`), so words typed into
the wrong field can be copied back. Up/Down step a day, PageUp/PageDown a week; Ctrl+A and typing
replaces the whole date, as in any text field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ritmeregie.domain.date_input import DateProblem, try_date_input
from ritmeregie.services.date_words import date_examples, date_problem_text

DATE_FORMAT = "%d-%m-%Y"
STEP_DAYS = {
    Qt.Key.Key_Up: 1,
    Qt.Key.Key_Down: -1,
    Qt.Key.Key_PageUp: 7,
    Qt.Key.Key_PageDown: -7,
}


class DateField(QLineEdit):
    """A date (or none, unless `required`), typed or stepped from `anchor`."""

    problem_changed = Signal(str)  # why the text is not a date; "" once it is (or is empty)

    def __init__(
        self,
        today: Callable[[], dt.date],
        anchor: dt.date,
        parent: QWidget | None = None,
        *,
        required: bool = False,
    ) -> None:
        super().__init__(parent)
        self._today = today  # the app's today: "morgen" and a date without a year depend on it
        self._anchor = anchor
        self._required = required
        self._value: dt.date | None = anchor if required else None
        self._problem = ""
        self.setPlaceholderText(date_examples())
        # Wide enough for the hint (and so for any date written in full).
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(date_examples()) + 16)
        self.setToolTip(
            self.tr("Type a date ({examples}); Up and Down move a day").format(
                examples=date_examples()
            )
        )
        self.textEdited.connect(self.on_edited)

    def set_anchor(self, anchor: dt.date) -> None:
        """Where stepping starts from when there is no date yet (e.g. the meeting's day)."""
        self._anchor = anchor

    def value(self) -> dt.date | None:
        return self._value

    def problem(self) -> str:
        """Why the text is not a date, as said when the field was left ("" when it is one)."""
        return self._problem

    def text_problem(self) -> str:
        """Why the text is not a date right now (for forms that must not accept it), or ""."""
        read = try_date_input(self.text(), self._today())
        if isinstance(read, dt.date) or (read is DateProblem.EMPTY and not self._required):
            return ""
        return date_problem_text(read, self.text().strip())

    def set_value(self, date: dt.date | None) -> None:
        self._value = date
        self.setText(date.strftime(DATE_FORMAT) if date else "")
        self._say("")

    @Slot(str)
    def on_edited(self, text: str) -> None:
        read = try_date_input(text, self._today())
        if isinstance(read, dt.date):
            self._value = read
            self._say("")
        elif read is DateProblem.EMPTY and not self._required:
            self._value = None
            self._say("")
        # Otherwise half typed (or not a date at all): keep the last good value and the text;
        # the reason is given when the field is left, not at every key.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = STEP_DAYS.get(Qt.Key(event.key()))
        if steps is not None and not event.modifiers():
            current = self._value
            # From no date, Up starts on the anchor itself.
            self.set_value(self._anchor if current is None else current + dt.timedelta(days=steps))
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        read = try_date_input(self.text(), self._today())
        if isinstance(read, dt.date) or (read is DateProblem.EMPTY and not self._required):
            shown = self._value.strftime(DATE_FORMAT) if self._value else ""
            if self.text() != shown:
                self.setText(shown)
            self._say("")
        else:
            self._say(date_problem_text(read, self.text().strip()) + " " + self._still())
        super().focusOutEvent(event)

    def _still(self) -> str:
        if self._value is None:
            return self.tr("No date is kept.")
        return self.tr("The date stays {date}.").format(date=self._value.strftime(DATE_FORMAT))

    def _say(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.setAccessibleDescription(problem)
            self.problem_changed.emit(problem)
