"""Note a friction in one line, near the tray: type, Enter, gone. Esc cancels.

A small card without a title bar that takes the keyboard at once (the user clicked for it), so
from the tray click to a saved friction is two seconds. Frictievrijdag picks the line up later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ritmeregie.domain.model import BlockKind
from ritmeregie.storage import StoreError

from ..palette import block_colour
from ..tray_card import STRIPE_WIDTH_PX, paint_card, position_near_tray

if TYPE_CHECKING:
    from ..app import RitmeregieApp

CARD_WIDTH_PX = 420
SAVED_SHOWN_MS = 700  # "Noted" stays this long; the friction is already stored by then


class FrictionEntry(QWidget):
    friction_saved = Signal(object)  # Friction

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        super().__init__(parent, flags)
        self.app = app
        # One instance lives on (the hub keeps it): closing hides it, showing starts afresh.
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.setInterval(SAVED_SHOWN_MS)
        self._close_timer.timeout.connect(self.close)
        self.setWindowTitle(self.tr("Note a friction"))
        self.setFixedWidth(CARD_WIDTH_PX)
        self._stripe = block_colour(BlockKind.FRICTION_FRIDAY)

        heading = QLabel(self.tr("Friction"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.hint = QLabel(self.tr("Enter saves · Esc cancels"), self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.hint)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("What costs you time again and again?"))
        self.line.setAccessibleName(self.tr("Friction"))
        self.line.setClearButtonEnabled(True)
        self.line.returnPressed.connect(self.on_enter)
        self.line.textEdited.connect(self.on_edited)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(STRIPE_WIDTH_PX + 14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.line)
        self.setFocusProxy(self.line)

    # --- answering ------------------------------------------------------------------------------

    @Slot()
    def on_enter(self) -> None:
        text = self.line.text().strip()
        if not text:
            self.close()  # nothing typed: Enter is just "never mind"
            return
        try:
            friction = self.app.store.frictions.add(text)
        except StoreError as exc:
            self.hint.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self.friction_saved.emit(friction)
        self.line.setReadOnly(True)
        self.hint.setText(self.tr("Noted — see you on Friday."))
        self._close_timer.start()

    @Slot(str)
    def on_edited(self, _text: str) -> None:
        self.hint.setText(self.tr("Enter saves · Esc cancels"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    # --- showing --------------------------------------------------------------------------------

    def bring_forward(self) -> None:
        self._close_timer.stop()
        if not self.isVisible() or self.line.isReadOnly():
            self.line.clear()
            self.line.setReadOnly(False)
            self.on_edited("")
        self.adjustSize()
        self.move(self._position(self.app.tray_geometry()))
        self.show()
        self.raise_()
        self.activateWindow()
        self.line.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        self._close_timer.stop()  # closed already (Esc, or the app quitting): nothing left to do
        super().hideEvent(event)

    def _position(self, anchor: QRect | None) -> QPoint:
        return position_near_tray(self.size(), anchor)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_card(self, self._stripe)


def open_friction_entry(app: RitmeregieApp) -> FrictionEntry:
    return FrictionEntry(app)
