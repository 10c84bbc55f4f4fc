"""Dagstart's parts: one must-do line (title, urgent, important, not today) and the date words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ritmeregie.services.vocabulary import long_date, weekday_name
from ritmeregie.storage import MustDo

from ..today_tasks import carried_note


def date_in_sentence(date: dt.date) -> str:
    """long_date without the heading's capital: "maandag 5 april 2027" inside a Dutch sentence."""
    weekday = weekday_name(date)
    return weekday + long_date(date)[len(weekday) :]


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class MustDoSlot(QWidget):
    """One line of today's list: the title (editable), urgent, important, not today."""

    def __init__(self, number: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.must_do: MustDo | None = None
        self.created_here = False
        self.number_label = QLabel(f"{number}.", self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Type a must-do or pick one on the right"))
        self.title_edit.setAccessibleName(self.tr("Must-do {number}").format(number=number))
        self.note_label = QLabel(self)
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.urgent_box = QCheckBox(self.tr("Urgent"), self)
        self.important_box = QCheckBox(self.tr("Important"), self)
        self.defer_button = QPushButton(self.tr("Not today — next week"), self)
        self.defer_button.setAutoDefault(False)
        self.defer_button.setAccessibleName(
            self.tr("Must-do {number}: not today — next week").format(number=number)
        )
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.number_label.setMinimumWidth(
            self.number_label.fontMetrics().horizontalAdvance("3.") + 4
        )
        details = QHBoxLayout()
        details.setSpacing(14)
        details.addWidget(self.urgent_box)
        details.addWidget(self.important_box)
        details.addWidget(self.note_label)
        details.addStretch(1)
        details.addWidget(self.defer_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number_label, 0, 0)
        grid.addWidget(self.title_edit, 0, 1)
        grid.addLayout(details, 1, 1)
        grid.setColumnStretch(1, 1)

    def show_must_do(self, must_do: MustDo | None, today: dt.date, *, text: bool = True) -> None:
        """Show a must-do; text=False leaves the title alone (the user is typing in it)."""
        self.must_do = must_do
        if text:
            self.title_edit.setText(must_do.title if must_do else "")
            self.title_edit.setCursorPosition(0)
        self.urgent_box.setChecked(bool(must_do and must_do.urgent))
        self.important_box.setChecked(bool(must_do and must_do.important))
        note = carried_note(must_do, today) if must_do else ""
        if must_do is not None and must_do.is_done:
            note = self.tr("done")
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        done = must_do is not None and must_do.is_done
        self.title_edit.setReadOnly(done)
        font = self.title_edit.font()
        font.setStrikeOut(done)
        self.title_edit.setFont(font)
        for widget in (self.urgent_box, self.important_box, self.defer_button):
            widget.setEnabled(must_do is not None and not done)

    def is_free(self) -> bool:
        return self.must_do is None and not self.title_edit.text().strip()


def pool_text(must_do: MustDo) -> str:
    """A must-do as the open list shows it: title · urgent/important · deadline."""
    parts = [must_do.title]
    if must_do.urgent and must_do.important:
        parts.append(QCoreApplication.translate("DagstartDialog", "urgent and important"))
    elif must_do.urgent:
        parts.append(QCoreApplication.translate("DagstartDialog", "urgent"))
    elif must_do.important:
        parts.append(QCoreApplication.translate("DagstartDialog", "important"))
    if must_do.deadline is not None:
        parts.append(
            QCoreApplication.translate("DagstartDialog", "deadline {date}").format(
                date=f"{must_do.deadline.day}-{must_do.deadline.month}"
            )
        )
    return " · ".join(parts)
