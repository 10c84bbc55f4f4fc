"""DADU: one row's editor (decision; action, who, deadline; update, on which day)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ritmeregie.storage import DaduRow

from ..date_field import DateField


class DaduRowEditor(QFrame):
    """One row: Decision; Action, who, deadline; Update (how), on which day."""

    def __init__(
        self,
        number: int,
        today: Callable[[], dt.date],
        anchor: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.row_id: int | None = None
        self.saved: DaduRow | None = None  # what the store has for row_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.number_label = QLabel(self)
        font = self.number_label.font()
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.decision_edit = QLineEdit(self)
        self.decision_edit.setPlaceholderText(self.tr("What was decided?"))
        self.action_edit = QLineEdit(self)
        self.action_edit.setPlaceholderText(self.tr("What happens next?"))
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setPlaceholderText(self.tr("Who"))
        self.deadline_edit = DateField(today, anchor, self)
        self.update_edit = QLineEdit(self)
        self.update_edit.setPlaceholderText(self.tr("How and to whom do we report back?"))
        self.update_date_edit = DateField(today, anchor, self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setFlat(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.number_label, 0, 0)
        grid.addWidget(QLabel(self.tr("Decision"), self), 0, 1)
        grid.addWidget(self.decision_edit, 0, 2, 1, 4)
        grid.addWidget(self.remove_button, 0, 6)
        grid.addWidget(QLabel(self.tr("Action"), self), 1, 1)
        grid.addWidget(self.action_edit, 1, 2)
        grid.addWidget(self.owner_edit, 1, 3)
        grid.addWidget(QLabel(self.tr("Deadline"), self), 1, 4)
        grid.addWidget(self.deadline_edit, 1, 5, 1, 2)
        grid.addWidget(QLabel(self.tr("Update"), self), 2, 1)
        grid.addWidget(self.update_edit, 2, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("On"), self), 2, 4)
        grid.addWidget(self.update_date_edit, 2, 5, 1, 2)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 1)
        self.set_number(number)

    def inputs(self) -> tuple[QWidget, ...]:
        return (
            self.decision_edit,
            self.action_edit,
            self.owner_edit,
            self.deadline_edit,
            self.update_edit,
            self.update_date_edit,
        )

    def set_number(self, number: int) -> None:
        self.number_label.setText(f"{number}")
        names = (
            self.tr("Decision, row {number}"),
            self.tr("Action, row {number}"),
            self.tr("Who, row {number}"),
            self.tr("Deadline, row {number}"),
            self.tr("Update, row {number}"),
            self.tr("Update date, row {number}"),
        )
        for widget, name in zip(self.inputs(), names, strict=True):
            widget.setAccessibleName(name.format(number=number))
        self.remove_button.setAccessibleName(self.tr("Remove row {number}").format(number=number))

    def set_anchor(self, anchor: dt.date) -> None:
        self.deadline_edit.set_anchor(anchor)
        self.update_date_edit.set_anchor(anchor)

    def value(self) -> DaduRow:
        return DaduRow(
            decision=self.decision_edit.text().strip(),
            action=self.action_edit.text().strip(),
            owner=self.owner_edit.text().strip(),
            deadline=self.deadline_edit.value(),
            update_note=self.update_edit.text().strip(),
            update_date=self.update_date_edit.value(),
            id=self.row_id,
        )

    def set_value(self, row: DaduRow) -> None:
        self.decision_edit.setText(row.decision)
        self.action_edit.setText(row.action)
        self.owner_edit.setText(row.owner)
        self.deadline_edit.set_value(row.deadline)
        self.update_edit.setText(row.update_note)
        self.update_date_edit.set_value(row.update_date)
        self.row_id = row.id
        self.saved = row if row.id is not None else None
