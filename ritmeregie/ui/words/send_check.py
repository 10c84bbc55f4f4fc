""" "Mail nakijken…": paste a draft, the findings follow as you type; copy the opening line at once.

The rules are the command line's (ritmeregie/domain/sendcheck.py), so the window and
`ritmeregie send-check` always agree. Findings speak the draft's language; the window itself
speaks the app's. Nothing typed here is stored or sent anywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.sendcheck import FindingKind
from ritmeregie.platform.i18n import active_language
from ritmeregie.services.send_check_texts import kind_label, report_data

if TYPE_CHECKING:
    from ..app import RitmeregieApp

# Typing pauses this long before the draft is checked again (the check itself takes a few ms).
DEBOUNCE_MS = 250
COPY_OPENING_KEYS = "Ctrl+Shift+C"
OPENING_LINES = 2


class SendCheckWindow(QWidget):
    checked = Signal(object)  # the report: {"language", "findings", "opening"}

    def __init__(self, app: RitmeregieApp | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Check a mail"))
        self.resize(640, 620)
        self._report: dict[str, object] = {"language": "", "findings": [], "opening": None}

        intro = QLabel(
            self.tr(
                "Paste your draft. The remarks follow as you type; nothing you type here is "
                "stored or leaves this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        draft_label = QLabel(self.tr("&Draft"), self)
        self.draft = QPlainTextEdit(self)
        self.draft.setAccessibleName(self.tr("Draft"))
        self.draft.setPlaceholderText(self.tr("Hi Mark,\n\nCould you …"))
        self.draft.setTabChangesFocus(True)
        draft_label.setBuddy(self.draft)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        findings_label = QLabel(self.tr("&Remarks and suggestions"), self)
        self.findings = QListWidget(self)
        self.findings.setAccessibleName(self.tr("Remarks"))
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setSpacing(3)
        findings_label.setBuddy(self.findings)

        opening_label = QLabel(self.tr("&Opening line to copy (goal · action · deadline)"), self)
        self.opening = QPlainTextEdit(self)
        self.opening.setReadOnly(True)
        self.opening.setTabChangesFocus(True)
        self.opening.setAccessibleName(self.tr("Opening line to copy"))
        lines = self.opening.fontMetrics().lineSpacing() * OPENING_LINES
        self.opening.setFixedHeight(lines + 2 * self.opening.frameWidth() + 12)
        opening_label.setBuddy(self.opening)
        self.copy_button = QPushButton(
            self.tr("Copy opening line ({keys})").format(
                keys=QKeySequence(COPY_OPENING_KEYS).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            ),
            self,
        )
        self.copy_button.clicked.connect(self.on_copy_opening)
        self.copied = QLabel(self)
        shortcut = QShortcut(QKeySequence(COPY_OPENING_KEYS), self)
        shortcut.activated.connect(self.on_copy_opening)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)

        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied, 1)
        copy_row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(draft_label)
        layout.addWidget(self.draft, 3)
        layout.addWidget(self.status)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings, 2)
        layout.addWidget(opening_label)
        layout.addWidget(self.opening)
        layout.addLayout(copy_row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.on_check)
        self.draft.textChanged.connect(self._timer.start)
        self.setFocusProxy(self.draft)
        self.on_check()

    @property
    def report(self) -> dict[str, object]:
        return self._report

    @Slot()
    def on_check(self) -> None:
        self._timer.stop()
        text = self.draft.toPlainText()
        self._report = report_data(text, active_language())
        findings = self._report["findings"]
        assert isinstance(findings, list)
        self.findings.clear()
        language = str(self._report["language"])
        for finding in findings:
            label = kind_label(FindingKind(finding["kind"]), language)
            item = QListWidgetItem(f"{label}: {finding['message']}\n→ {finding['suggestion']}")
            item.setData(Qt.ItemDataRole.UserRole, finding["kind"])
            self.findings.addItem(item)
        if not text.strip():
            self.status.setText(self.tr("Paste or type a draft to check it."))
        elif not findings:
            self.status.setText(self.tr("Ready to send: nothing to remark."))
        else:
            # One whole sentence per language: a bare "English" in the catalogue would clash with the
            # language list, which names each language in its own words.
            remarks = (
                self.tr("Remarks: {count} · read as Dutch")
                if language == "nl"
                else self.tr("Remarks: {count} · read as English")
            )
            self.status.setText(remarks.format(count=len(findings)))
        opening = self._report["opening"]
        self.opening.setPlainText(opening if isinstance(opening, str) else "")
        self.opening.setEnabled(bool(opening))
        self.copy_button.setEnabled(bool(opening))
        self.copied.clear()
        self.checked.emit(self._report)

    @Slot()
    def on_copy_opening(self) -> None:
        if self._timer.isActive():
            self.on_check()  # typed just now: copy the line for what is on screen
        if not self.opening.toPlainText():
            return
        QGuiApplication.clipboard().setText(self.opening.toPlainText())
        self.copied.setText(self.tr("Copied."))

    def bring_forward(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        self.draft.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def open_send_check(app: RitmeregieApp) -> SendCheckWindow:
    return SendCheckWindow(app)
