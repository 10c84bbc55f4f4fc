"""Small building blocks the settings pages and the welcome share: fields, headings, messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSpinBox, QTimeEdit, QWidget

from ritmeregie.platform.i18n import time_format

# A warm red that reads on light and dark panels alike (the timeline's now-line colour).
PROBLEM_COLOUR = "#D64541"


def heading(parent: QWidget, scale: float = 1.3) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def subheading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def hint(parent: QWidget) -> QLabel:
    """A quiet line of explanation under a heading or a field."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ProblemLabel(QLabel):
    """The message next to a field: one sentence, hidden while there is nothing to say.

    The field it belongs to carries the same words as its accessible description, so a screen
    reader says them when the field gets focus.
    """

    def __init__(self, field: QWidget | None, parent: QWidget) -> None:
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(PROBLEM_COLOUR))
        self.setPalette(palette)
        self.hide()

    def say(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        if self._field is not None:
            self._field.setAccessibleDescription(message)


def time_edit(parent: QWidget, accessible_name: str = "") -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat(time_format())
    # Values arrive on Enter, Tab or a step, not on every keystroke: no alarm half-way through 09:00.
    edit.setKeyboardTracking(False)
    edit.setAccessibleName(accessible_name)
    return edit


def set_time(edit: QTimeEdit, value: dt.time) -> None:
    edit.setTime(QTime(value.hour, value.minute))


def time_value(edit: QTimeEdit) -> dt.time:
    time = edit.time()
    return dt.time(time.hour(), time.minute())


def minutes_spin(parent: QWidget, low: int, high: int, accessible_name: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setKeyboardTracking(False)
    spin.setAccessibleName(accessible_name)
    return spin
