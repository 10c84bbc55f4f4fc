"""The conflict notice: one calm card when two managers' work does not fit, with a proposal.

It names both requests, the proposal (which could move, to when, what that affects) and the
seeds' advice: a short three-way talk. "Copy agreement" puts the text for mail or Teams on the
clipboard; "Keep agreement" stores it with both requests (History shows it) and moves the one the
proposal moves. The watch in conflict_watch.py decides when it shows: once per conflict, never
during a meeting.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ritmeregie.domain.capacity import Conflict
from ritmeregie.domain.model import BlockKind
from ritmeregie.services.manager_texts import (
    advice_text,
    agreement_text,
    proposal_text,
    summary_text,
)
from ritmeregie.services.managers import DEFAULT_RANGE_DAYS, apply_proposal, conflicts_between
from ritmeregie.storage import Store, StoreError

from ..palette import block_colour
from ..tray_card import STRIPE_WIDTH_PX, paint_card, position_near_tray

if TYPE_CHECKING:
    from ..app import RitmeregieApp

CARD_WIDTH_PX = 460


def conflicts_from(store: Store, today: dt.date, tz: ZoneInfo) -> list[Conflict]:
    """The conflicts of the coming two weeks (what `ritmeregie conflicts` shows)."""
    last = today + dt.timedelta(days=DEFAULT_RANGE_DAYS - 1)
    return list(conflicts_between(store, today, last, tz).conflicts)


def current_conflicts(app: RitmeregieApp) -> list[Conflict]:
    return conflicts_from(app.store, app.controller.today(), app.controller.tz)


class ConflictNotice(QWidget):
    agreement_kept = Signal(object)  # Agreement

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.app = app
        self.conflict: Conflict | None = None
        # Each opening shows the conflicts as they are then.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Two requests do not fit"))
        self.setMinimumWidth(CARD_WIDTH_PX)
        self._stripe = block_colour(BlockKind.FRICTION_FRIDAY)
        self.heading = QLabel(self.tr("Two requests do not fit"), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = self._text()
        self.proposal = self._text()
        self.advice = self._text()
        self.status = self._text()
        self.copy_button = QPushButton(self.tr("&Copy agreement"), self)
        self.keep_button = QPushButton(self.tr("&Keep agreement"), self)
        self.later_button = QPushButton(self.tr("&Later"), self)
        self.copy_button.clicked.connect(self.on_copy)
        self.keep_button.clicked.connect(self.on_keep)
        self.later_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.copy_button, self.keep_button, self.later_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(STRIPE_WIDTH_PX + 14, 12, 14, 12)
        layout.setSpacing(8)
        for widget in (self.heading, self.summary, self.proposal, self.advice, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setFocusProxy(self.copy_button)

    def _text(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_conflict(self, conflict: Conflict | None) -> None:
        self.conflict = conflict
        self.status.clear()
        self.status.hide()
        if conflict is None:
            self.summary.setText(self.tr("The work fits: no conflicts in the coming two weeks."))
            for label in (self.proposal, self.advice):
                label.clear()
                label.hide()
        else:
            self.summary.setText(summary_text(conflict))
            self.proposal.setText(proposal_text(conflict))
            self.advice.setText(advice_text(conflict))
            self.proposal.show()
            self.advice.show()
        for button in (self.copy_button, self.keep_button):
            button.setEnabled(conflict is not None)

    def agreement(self) -> str:
        if self.conflict is None:
            return ""
        return agreement_text(self.conflict, self.app.controller.today())

    @Slot()
    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.agreement())
        self._say(self.tr("Copied: paste it into your mail or Teams."))

    @Slot()
    def on_keep(self) -> None:
        conflict = self.conflict
        if conflict is None:
            return
        ids = [conflict.keep.id, conflict.proposal.move.id]
        try:
            agreement = self.app.store.agreements.add(self.agreement(), ids)
            if conflict.other is not None and conflict.proposal.to is not None:
                apply_proposal(self.app.store, conflict)
        except StoreError as exc:
            self._say(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self.keep_button.setEnabled(False)
        self._say(self.tr("Kept with both requests; History shows it."))
        self.agreement_kept.emit(agreement)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self.adjustSize()

    def set_context(self, conflict: Conflict | None = None) -> None:
        self.show_conflict(conflict)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def bring_forward(self) -> None:
        if self.conflict is None:
            found = current_conflicts(self.app)
            self.show_conflict(found[0] if found else None)
        self.adjustSize()
        self.move(position_near_tray(self.size(), self.app.tray_geometry()))
        self.show()
        self.raise_()
        self.activateWindow()

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_card(self, self._stripe)


def open_conflict_notice(app: RitmeregieApp, conflict: Conflict | None = None) -> ConflictNotice:
    notice = ConflictNotice(app)
    if conflict is not None:
        notice.show_conflict(conflict)
    return notice
