""" "Snel antwoord…": the quick replies, filled in for today; edit one in place, copy with Enter.

Her edits are saved as she types (a short pause), in the `phrases` setting; "Back to the default"
forgets her wording. The filled text uses her manager's name and next week's first free focus
block from the planner, the same as `ritmeregie phrases`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.services.phrases import (
    Phrase,
    PhraseContext,
    context_from_store,
    fill,
    phrases,
    save_phrase,
    saved_phrases,
)
from ritmeregie.storage import StoreError

if TYPE_CHECKING:
    from ..app import RitmeregieApp

SAVE_AFTER_MS = 600


class PhrasesWindow(QWidget):
    copied = Signal(str)  # the filled text put on the clipboard

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app = app
        self.setWindowTitle(self.tr("Quick reply"))
        self.resize(720, 460)
        self._context = PhraseContext()
        self._phrases: list[Phrase] = []
        self._loading = False
        self._editing_row = -1  # the reply in the editor (the list's row may already have moved)

        list_label = QLabel(self.tr("&Replies"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Quick replies"))
        self.list.setSpacing(2)
        list_label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self.on_row_changed)
        self.list.itemActivated.connect(lambda _item: self.on_copy())
        for keys in (QKeySequence.StandardKey.Copy,):
            copy_key = QShortcut(QKeySequence(keys), self.list)
            copy_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            copy_key.activated.connect(self.on_copy)

        text_label = QLabel(self.tr("&Text (yours to change)"), self)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Text of the reply"))
        self.editor.setTabChangesFocus(True)
        text_label.setBuddy(self.editor)
        self.editor.textChanged.connect(self.on_edited)
        hint = QLabel(
            self.tr(
                "{manager} becomes your manager's name, {next_free_slot} next week's first "
                "free focus block."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMargin(8)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAccessibleName(self.tr("As it will be copied"))
        self.manager = QLineEdit(self)
        self.manager.setAccessibleName(self.tr("Your manager's name"))
        self.manager.setPlaceholderText(self.tr("e.g. Inge"))
        self.manager.editingFinished.connect(self.on_manager_changed)

        self.copy_button = QPushButton(self.tr("&Copy (Enter)"), self)
        self.copy_button.clicked.connect(self.on_copy)
        self.reset_button = QPushButton(self.tr("Back to the &default"), self)
        self.reset_button.clicked.connect(self.on_reset)
        self.status = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("&Manager's name"), self.manager)
        right = QVBoxLayout()
        right.addWidget(text_label)
        right.addWidget(self.editor, 2)
        right.addWidget(hint)
        right.addWidget(QLabel(self.tr("As it will be copied:"), self))
        right.addWidget(self.preview, 1)
        right.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status, 1)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.on_save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self.setFocusProxy(self.list)
        self.reload()

    # --- data -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the phrases and the context (manager, next free slot) afresh."""
        store = self.app.store
        controller = self.app.controller
        self._context = context_from_store(store, controller.today(), controller.tz)
        self._phrases = phrases(saved_phrases(store))
        self.manager.setText(self._context.manager or "")
        row = max(self.list.currentRow(), 0)
        self._loading = True
        self._editing_row = -1
        self.list.clear()
        for phrase in self._phrases:
            self.list.addItem(QListWidgetItem(phrase.title))
        self._loading = False
        self.list.setCurrentRow(row)

    def current(self) -> Phrase | None:
        row = self.list.currentRow()
        return self._phrases[row] if 0 <= row < len(self._phrases) else None

    def filled(self) -> str:
        return fill(self.editor.toPlainText(), self._context)

    # --- slots --------------------------------------------------------------------------------------

    @Slot(int)
    def on_row_changed(self, _row: int) -> None:
        if self._loading:
            return
        self.on_save()  # a pending edit of the previous reply is kept
        self._editing_row = self.list.currentRow()
        phrase = self.current()
        self._loading = True
        self.editor.setPlainText(phrase.template if phrase else "")
        self._loading = False
        self.reset_button.setEnabled(bool(phrase and phrase.edited))
        self.preview.setText(self.filled())
        self.status.clear()

    @Slot()
    def on_edited(self) -> None:
        if self._loading:
            return
        self.preview.setText(self.filled())
        self._save_timer.start()

    @Slot()
    def on_save(self) -> None:
        if not self._save_timer.isActive():
            return
        self._save_timer.stop()
        row = self._editing_row
        if not 0 <= row < len(self._phrases):
            return
        try:
            save_phrase(self.app.store, self._phrases[row].name, self.editor.toPlainText())
        except StoreError as exc:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self._phrases = phrases(saved_phrases(self.app.store))
        self.reset_button.setEnabled(self._phrases[row].edited)
        self.status.setText(self.tr("Saved."))

    @Slot()
    def on_reset(self) -> None:
        phrase = self.current()
        if phrase is None:
            return
        self._save_timer.stop()
        save_phrase(self.app.store, phrase.name, "")
        self.reload()
        self.status.setText(self.tr("The default is back."))

    @Slot()
    def on_manager_changed(self) -> None:
        name = self.manager.text().strip()
        if name == (self._context.manager or ""):
            return
        try:
            self.app.store.settings.set("manager_name", name)
        except (StoreError, ValueError) as exc:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=exc))
            return
        self._context = PhraseContext(name or None, self._context.next_free_slot)
        self.preview.setText(self.filled())

    @Slot()
    def on_copy(self) -> None:
        self.on_save()
        text = self.filled()
        QGuiApplication.clipboard().setText(text)
        self.status.setText(self.tr("Copied."))
        self.copied.emit(text)

    def bring_forward(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        self.list.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def open_phrases(app: RitmeregieApp) -> PhrasesWindow:
    return PhrasesWindow(app)
