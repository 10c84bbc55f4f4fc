"""Dagstart: today's meetings whose invite names no decision, and double bookings.

The seeds ask for one line in every invite: "Welke beslissing moet hier vandaag genomen worden?"
Meetings from her own calendar whose invite text has no such line are listed with the question
ready to copy into the invite; two meetings at the same time are named (issue 16).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ritmeregie.services.meetings import Meeting, double_bookings

COPIED_MS = 4_000


def decision_question() -> str:
    """The question as the agenda dialog offers it, in her language."""
    return QCoreApplication.translate("AgendaDialog", "What decision must be taken here today?")


class MeetingChecks(QWidget):
    """Hidden while every meeting of the day has its decision line and none overlaps."""

    def __init__(self, parent: QWidget | None = None, gap: int = 12) -> None:
        super().__init__(parent)
        self.missing_heading = QLabel(self)
        font = self.missing_heading.font()
        font.setBold(True)
        self.missing_heading.setFont(font)
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        # The whole question is shown, wrapped: a narrow line edit showed only its end.
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_label.setAccessibleName(self.tr("Decision question for the invite"))
        self.copy_button = QPushButton(self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.on_copy)
        self.double_label = QLabel(self)
        self.double_label.setWordWrap(True)
        palette = self.double_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
        self.double_label.setPalette(palette)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.question_label, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, gap, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.missing_heading)
        layout.addWidget(self.missing_label)
        layout.addSpacing(4)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.double_label)
        self.missing: list[Meeting] = []
        self.hide()

    def show_meetings(self, meetings: list[Meeting]) -> None:
        self.missing = [m for m in meetings if m.source is not None and not m.decision_line]
        pairs = double_bookings(meetings)
        self.missing_heading.setText(self.tr("No decision line in the invite"))
        self.missing_label.setText("\n".join(f"{m.start:%H:%M}  {m.title}" for m in self.missing))
        self.question_label.setText(f"“{decision_question()}”")
        self.copy_button.setText(self.tr("Cop&y the line"))
        for widget in (self.missing_heading, self.missing_label, self.question_label):
            widget.setVisible(bool(self.missing))
        self.copy_button.setVisible(bool(self.missing))
        self.double_label.setText(
            "\n\n".join(
                self.tr("Double booked at {time}: {first} and {second}.").format(
                    time=f"{second.start:%H:%M}", first=first.title, second=second.title
                )
                for first, second in pairs
            )
        )
        self.double_label.setVisible(bool(pairs))
        self.setVisible(bool(self.missing or pairs))

    @Slot()
    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(decision_question())
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(
            COPIED_MS, self.copy_button, lambda: self.copy_button.setText(self.tr("Cop&y the line"))
        )
