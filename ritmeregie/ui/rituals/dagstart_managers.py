"""The dagstart when she works for several managers: suggestions from the priority matrix and the
conflicts named early.

With one manager (or none) nothing changes. From the second one on, the open must-do's are
offered in the matrix's order (urgent and important, then important, then urgent, then the rest;
each by deadline), each with its manager, and the context shows the first conflict of the coming
two weeks with its proposal and the advice to talk it over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ritmeregie.domain.priority import pressing_order
from ritmeregie.services.manager_texts import advice_text, proposal_text, summary_text
from ritmeregie.services.managers import as_request, several_managers
from ritmeregie.storage import MustDo, StoreError

if TYPE_CHECKING:
    from ..controller import RhythmController


def matrix_order(store: object, items: Sequence[MustDo]) -> list[MustDo]:
    """The pool in the matrix's order when there are several managers; as it was otherwise."""
    if not several_managers(store):
        return list(items)
    return sorted(items, key=lambda m: pressing_order(as_request(m)))


class ConflictContext:
    """A heading and a text in the dagstart's context grid, shown only when there is a conflict."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int) -> None:
        self.heading = QLabel(parent)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(parent)
        self.text.setWordWrap(True)
        grid.addWidget(self.heading, row, 0)
        grid.addWidget(self.text, row + 1, 0)
        self.show(False)

    def show(self, visible: bool) -> None:
        self.heading.setVisible(visible)
        self.text.setVisible(visible)

    def load(self, controller: RhythmController) -> None:
        from ritmeregie.ui.managers.conflict_notice import conflicts_from

        try:
            store = controller.store
            found = (
                conflicts_from(store, controller.today(), controller.tz)
                if several_managers(store)
                else []
            )
        except StoreError:
            found = []
        if not found:
            self.show(False)
            return
        conflict = found[0]
        self.heading.setText(QCoreApplication.translate("DagstartDialog", "Does not fit"))
        lines = [summary_text(conflict), proposal_text(conflict), advice_text(conflict)]
        self.text.setText("\n\n".join(lines))  # three paragraphs: what, proposal, advice
        self.show(True)
