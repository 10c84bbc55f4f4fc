""" "Verslag via AI…": today's DADUs and her style notes as one prompt to copy.

Nothing is sent anywhere: she pastes the prompt into the assistant her organisation allows, then
makes the draft her own. Her style notes are saved as she types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.nudges import NudgeAnswer
from ritmeregie.domain.rhythm import REPORT_TITLE
from ritmeregie.domain.ritual_done import REPORT_COPIED
from ritmeregie.services.report_prompt import build_prompt
from ritmeregie.services.ritual_facts import ritual_facts
from ritmeregie.storage import StoreError

from ..rituals.dadu_text import dadu_labels

if TYPE_CHECKING:
    from ..app import RitmeregieApp

SAVE_AFTER_MS = 600
COPY_KEYS = "Ctrl+Shift+C"


class ReportPromptWindow(QWidget):
    copied = Signal(str)

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app = app
        self.setWindowTitle(self.tr("Report via AI"))
        self.resize(640, 600)

        intro = QLabel(
            self.tr(
                "Today's DADUs and your style notes as one prompt for the AI assistant your "
                "organisation allows. ritmeregie sends nothing anywhere. Make the draft your own "
                "before you send it, and say that AI helped."
            ),
            self,
        )
        intro.setWordWrap(True)
        style_label = QLabel(self.tr("&How you write (a few lines)"), self)
        self.style_notes = QPlainTextEdit(self)
        self.style_notes.setAccessibleName(self.tr("How you write"))
        self.style_notes.setPlaceholderText(
            self.tr("e.g. Short sentences, the 'je' form, decisions first, no jargon.")
        )
        self.style_notes.setTabChangesFocus(True)
        style_label.setBuddy(self.style_notes)
        prompt_label = QLabel(self.tr("&Prompt to copy"), self)
        self.prompt = QPlainTextEdit(self)
        self.prompt.setReadOnly(True)
        self.prompt.setTabChangesFocus(True)
        self.prompt.setAccessibleName(self.tr("Prompt to copy"))
        prompt_label.setBuddy(self.prompt)
        keys = QKeySequence(COPY_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.copy_button = QPushButton(self.tr("Copy prompt ({keys})").format(keys=keys), self)
        self.copy_button.clicked.connect(self.on_copy)
        QShortcut(QKeySequence(COPY_KEYS), self).activated.connect(self.on_copy)
        self.status = QLabel(self)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(style_label)
        layout.addWidget(self.style_notes, 1)
        layout.addWidget(prompt_label)
        layout.addWidget(self.prompt, 3)
        layout.addLayout(buttons)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.on_save)
        self.style_notes.setPlainText(app.store.settings.style_notes())
        self.style_notes.textChanged.connect(self.on_style_edited)
        self.setFocusProxy(self.style_notes)
        self.refresh()

    def refresh(self) -> None:
        """Gather today's DADUs again (one may have been added since the window opened)."""
        today = self.app.controller.today()
        meetings = self.app.store.dadu.between(today, today)
        self.prompt.setPlainText(
            build_prompt(meetings, self.style_notes.toPlainText(), dadu_labels(today))
        )

    @Slot()
    def on_style_edited(self) -> None:
        self.refresh()
        self._save_timer.start()

    @Slot()
    def on_save(self) -> None:
        self._save_timer.stop()
        try:
            self.app.store.settings.set("style_notes", self.style_notes.toPlainText())
        except (StoreError, ValueError) as exc:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=exc))

    @Slot()
    def on_copy(self) -> None:
        if self._save_timer.isActive():
            self.on_save()
        text = self.prompt.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Copied. Paste it into your assistant."))
        self._log_done()
        self.copied.emit(text)

    def _log_done(self) -> None:
        """The day's verslag is done once its prompt is copied: logged once, so the optional
        after-lunch ritual stays quiet for the rest of the day (ritmeregie/services/ritual_facts.py)."""
        c = self.app.controller
        now = c.clock.now()
        day = c.today()
        try:
            if ritual_facts(self.app.store, day, c.tz, c.day_boundary()).report_copied:
                return
            entry = self.app.store.nudge_log.record(
                now, REPORT_COPIED, BlockKind.REPORT.value, REPORT_TITLE, now
            )
            self.app.store.nudge_log.answer(entry, NudgeAnswer.STARTED, now)
        except StoreError:
            pass  # a refused write is said once elsewhere; the copy itself worked

    def bring_forward(self) -> None:
        self.refresh()
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        self.style_notes.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def open_report_prompt(app: RitmeregieApp) -> ReportPromptWindow:
    return ReportPromptWindow(app)
