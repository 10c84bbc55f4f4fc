"""The undo offer after a removal: one line saying what happened and an Undo button.

Vandaag, DADU, Dagstart, Friday's frictions and Settings (restore defaults) all show the same bar,
so it looks and answers the same everywhere. With `expire_ms` the offer goes away on its own
(ten seconds: long enough to notice a slip, short enough not to linger); `expired` then says so.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

UNDO_MS = 10_000


class UndoBar(QFrame):
    undo_chosen = Signal()
    expired = Signal()  # the offer timed out (only with expire_ms)

    def __init__(self, text: str, parent: QWidget, *, expire_ms: int | None = UNDO_MS) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # The window gives the button's words: its translation picks a free Alt key there.
        self.button = QPushButton(text, self)
        self.button.setAutoDefault(False)
        self.button.setDefault(False)
        self.button.clicked.connect(self.undo_chosen)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()
        self._timer: QTimer | None = None
        if expire_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(expire_ms)
            self._timer.timeout.connect(self.on_timeout)

    def offer(self, message: str | None = None) -> None:
        """Show the bar (with a new message when given); the time to undo starts again."""
        if message is not None:
            self.label.setText(message)
        self.show()
        if self._timer is not None:
            self._timer.start()

    def dismiss(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.hide()

    @Slot()
    def on_timeout(self) -> None:
        self.hide()
        self.expired.emit()
