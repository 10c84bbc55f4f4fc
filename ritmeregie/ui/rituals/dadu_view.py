"""DADU, its view: the dialog's widgets and where they sit; dadu.py adds loading, saving and keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..date_field import DateField
from ..undo_bar import UndoBar

if TYPE_CHECKING:
    pass

COPIED_MS = 6_000


class DaduDialogView(QDialog):
    def _build(self, today: Callable[[], dt.date]) -> None:
        heading = QLabel(QCoreApplication.translate("DaduDialog", "DADU"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        heading.setFont(font)
        subtitle = QLabel(
            QCoreApplication.translate("DaduDialog", "Decision · Action · Deadline · Update"), self
        )
        subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("DaduDialog", "Which meeting?")
        )
        self.title_edit.setAccessibleName(QCoreApplication.translate("DaduDialog", "Meeting"))
        # Typed like every date in the app (18-12, 18 december, morgen); text that is not a
        # date stays visible with the reason below, the meeting keeps its last good date.

        self.date_edit = DateField(today, today(), self, required=True)
        self.date_edit.setAccessibleName(
            QCoreApplication.translate("DaduDialog", "Date of the meeting")
        )
        self.date_problem_label = QLabel(self)
        self.date_problem_label.setWordWrap(True)
        self.date_problem_label.setAccessibleName(
            QCoreApplication.translate("DaduDialog", "Date problem")
        )
        problem_font = self.date_problem_label.font()
        problem_font.setBold(True)
        self.date_problem_label.setFont(problem_font)
        self.date_problem_label.hide()
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        self.question_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        title_label = QLabel(QCoreApplication.translate("DaduDialog", "&Meeting:"), self)
        title_label.setBuddy(self.title_edit)
        date_label = QLabel(QCoreApplication.translate("DaduDialog", "&Date:"), self)
        date_label.setBuddy(self.date_edit)
        form = QHBoxLayout()
        form.setSpacing(8)
        form.addWidget(title_label)
        form.addWidget(self.title_edit, 1)
        form.addSpacing(10)
        form.addWidget(date_label)
        form.addWidget(self.date_edit)

        self.rows_box = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.setSpacing(10)
        self.rows_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.rows_box)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.add_button = QPushButton(QCoreApplication.translate("DaduDialog", "&Add row"), self)
        self.add_button.setToolTip(QCoreApplication.translate("DaduDialog", "Ctrl+Enter"))
        hint = QLabel(
            QCoreApplication.translate(
                "DaduDialog",
                "A deadline becomes a must-do on that day; an update date becomes a reminder "
                "that morning.",
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(hint, 1)

        self.undo_bar = UndoBar(QCoreApplication.translate("DaduDialog", "&Undo"), self)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button

        self.status_label = QLabel(self)
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_label.setAccessibleName(QCoreApplication.translate("DaduDialog", "Save status"))
        self.markdown_button = QPushButton(
            QCoreApplication.translate("DaduDialog", "Copy as Mar&kdown"), self
        )
        self.markdown_button.setToolTip(
            QCoreApplication.translate(
                "DaduDialog", "For Teams, Loop, SharePoint or a wiki (Ctrl+Shift+M)"
            )
        )
        self.text_button = QPushButton(
            QCoreApplication.translate("DaduDialog", "Copy as &text"), self
        )
        self.text_button.setToolTip(
            QCoreApplication.translate(
                "DaduDialog", "For Outlook or Teams: pastes as a table (Ctrl+Shift+C)"
            )
        )
        self.close_button = QPushButton(QCoreApplication.translate("DaduDialog", "&Close"), self)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.status_label, 1)
        for button in (self.markdown_button, self.text_button, self.close_button):
            bottom.addWidget(button)
        for button in (self.add_button, self.undo_button, *self._bottom_buttons()):
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.date_problem_label)
        layout.addWidget(self.question_label)
        layout.addSpacing(4)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.undo_bar)
        layout.addSpacing(4)
        layout.addLayout(bottom)

        self.title_edit.installEventFilter(self)
        self.date_edit.installEventFilter(self)

    def _bottom_buttons(self) -> tuple[QPushButton, ...]:
        return (self.markdown_button, self.text_button, self.close_button)
