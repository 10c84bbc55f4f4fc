"""A small card for the moments that need an answer: Start · Later (+5 min) · Skip.

It appears without taking keyboard focus (the user may be typing a mail), and only becomes
focusable once the user clicks it; from then on every answer is one key away. It answers exactly
once: a button, a key, or MISSED when it times out or is closed unanswered.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeAnswer, NudgeKind

from .palette import block_colour
from .texts import nudge_message, nudge_title
from .tray_card import STRIPE_WIDTH_PX, paint_card, position_near_tray

SNOOZE_MINUTES = 5
DEFAULT_TIMEOUT_MS = 5 * 60 * 1000
CARD_WIDTH_PX = 380

FULL_ANSWERS = (NudgeAnswer.STARTED, NudgeAnswer.SNOOZED, NudgeAnswer.SKIPPED)
# The quiet quarter is short and late in the day: skipping it is not offered, only moving it.
QUIET_QUARTER_ANSWERS = (NudgeAnswer.STARTED, NudgeAnswer.SNOOZED)


def answers_for(kind: BlockKind) -> tuple[NudgeAnswer, ...]:
    return QUIET_QUARTER_ANSWERS if kind is BlockKind.QUIET_QUARTER else FULL_ANSWERS


class NudgeWindow(QWidget):
    answered = Signal(object)  # NudgeAnswer, exactly once

    def __init__(
        self,
        title: str,
        message: str,
        answers: Sequence[NudgeAnswer] = FULL_ANSWERS,
        *,
        kind: BlockKind | None = None,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        capture_dadu: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        super().__init__(parent, flags)
        unknown = set(answers) - set(FULL_ANSWERS)
        if unknown or not answers:
            raise ValueError(f"a nudge window offers start, later and/or skip, not {answers}")
        self._answer: NudgeAnswer | None = None
        self._stripe = (
            block_colour(kind) if kind is not None else self.palette().highlight().color()
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)
        self.setFixedWidth(CARD_WIDTH_PX)
        self.buttons: dict[NudgeAnswer, QPushButton] = {}
        self._build(title, message, tuple(answers), capture_dadu)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(timeout_ms)
        self._timeout.timeout.connect(self.on_timed_out)

    @classmethod
    def for_nudge(
        cls, nudge: Nudge, *, timeout_ms: int = DEFAULT_TIMEOUT_MS, parent: QWidget | None = None
    ) -> NudgeWindow:
        return cls(
            nudge_title(nudge),
            nudge_message(nudge),
            answers_for(nudge.block.kind),
            kind=nudge.block.kind,
            timeout_ms=timeout_ms,
            capture_dadu=nudge.kind is NudgeKind.BLOCK_END,
            parent=parent,
        )

    # --- building ------------------------------------------------------------------------------

    def _build(
        self, title: str, message: str, answers: tuple[NudgeAnswer, ...], capture_dadu: bool
    ) -> None:
        title_label = QLabel(title, self)
        font = title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title_label.setFont(font)
        title_label.setWordWrap(True)
        message_label = QLabel(message, self)
        message_label.setWordWrap(True)
        message_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addStretch(1)
        labels = {
            NudgeAnswer.STARTED: (self.tr("&Start"), self.tr("Start now")),
            NudgeAnswer.SNOOZED: (
                self.tr("&Later (+{minutes} min)").format(minutes=SNOOZE_MINUTES),
                self.tr("Later, in {minutes} minutes").format(minutes=SNOOZE_MINUTES),
            ),
            NudgeAnswer.SKIPPED: (self.tr("S&kip"), self.tr("Skip this time")),
        }
        if capture_dadu:  # the end of a meeting: "start" means writing down its DADU
            labels[NudgeAnswer.STARTED] = (
                self.tr("&Capture DADU"),
                self.tr("Capture the DADU of this meeting now"),
            )
        for answer in FULL_ANSWERS:
            if answer not in answers:
                continue
            text, accessible = labels[answer]
            button = QPushButton(text, self)
            button.setAccessibleName(accessible)
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, a=answer: self._give(a))
            row.addWidget(button)
            self.buttons[answer] = button
        first = self.buttons.get(NudgeAnswer.STARTED) or next(iter(self.buttons.values()))
        first.setDefault(True)
        self.setFocusProxy(first)
        self._first_button = first

        layout = QVBoxLayout(self)
        # The stripe is painted in the left margin (paintEvent); content starts after it.
        layout.setContentsMargins(STRIPE_WIDTH_PX + 16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(title_label)
        layout.addWidget(message_label)
        layout.addSpacing(4)
        layout.addLayout(row)
        # Clicks on the labels or the card fall through to the window; clicks on buttons answer.
        for child in (title_label, message_label):
            child.installEventFilter(self)

    # --- answering -----------------------------------------------------------------------------

    @property
    def answer(self) -> NudgeAnswer | None:
        return self._answer

    def _give(self, answer: NudgeAnswer) -> None:
        if self._answer is not None:
            return
        self._answer = answer
        self._timeout.stop()
        self.answered.emit(answer)
        self.close()

    @Slot()
    def on_timed_out(self) -> None:
        self._give(NudgeAnswer.MISSED)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._give(NudgeAnswer.MISSED)
        super().closeEvent(event)

    # --- focus: none until asked for ---------------------------------------------------------

    @Slot()
    def accept_focus(self) -> None:
        """Let the window take keyboard focus (after a click on it) and focus the first answer."""
        handle = self.windowHandle()
        if handle is not None:
            # On the QWindow, not via setWindowFlags: the widget route hides and re-creates it.
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        self.activateWindow()
        self._first_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        if self._timeout.isActive():
            self._timeout.start()  # the user is here: give them the full time again

    @property
    def accepts_focus(self) -> bool:
        handle = self.windowHandle()
        flags = handle.flags() if handle is not None else self.windowFlags()
        return not flags & Qt.WindowType.WindowDoesNotAcceptFocus

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.accept_focus()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and not self.accepts_focus:
            self.accept_focus()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            target = (
                focused if isinstance(focused, QPushButton) and focused.window() is self else None
            )
            (target or self.buttons.get(NudgeAnswer.STARTED) or self._first_button).click()
            return
        if key == Qt.Key.Key_Escape:
            # "Not now" is the gentle reading of Esc; without a Later button it just closes.
            later = self.buttons.get(NudgeAnswer.SNOOZED)
            if later is not None:
                later.click()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    # --- showing -------------------------------------------------------------------------------

    def show_near(self, anchor: QRect | None = None) -> None:
        """Show next to the tray icon's geometry if known, else bottom-right of the screen."""
        self.adjustSize()
        self.move(self._position(anchor))
        self.show()
        if self._answer is None:
            self._timeout.start()

    def _position(self, anchor: QRect | None) -> QPoint:
        return position_near_tray(self.size(), anchor)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_card(self, self._stripe)
