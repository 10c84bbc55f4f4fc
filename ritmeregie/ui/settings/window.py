"""The settings window: a list of pages on the left, the page on the right, saved as you go.

Why no OK/Cancel: the app runs all day in the tray and the plan it shows is live, so a change
that is valid is saved and replanned at once (the way GNOME and macOS settings work); a change
that is not valid says why next to its field and is not saved until it is. "Restore defaults"
works on the page in view and can be undone for a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..undo_bar import UndoBar
from .fields import ProblemLabel, hint
from .general_page import GeneralPage
from .nudges_page import NudgesPage
from .rhythm_page import RhythmPage

if TYPE_CHECKING:
    from ritmeregie.ui.app import RitmeregieApp
    from ritmeregie.ui.settings.calendars_page import CalendarsPage

PAGE_MARGINS = (24, 20, 24, 20)


@runtime_checkable
class Restorable(Protocol):
    """A page with "Restore defaults": it resets its settings and returns how to undo that."""

    def restore_defaults(self) -> Callable[[], None]: ...


def calendars_page_class() -> type[CalendarsPage]:
    """The calendars page, imported when Settings opens it (icalendar loads only then)."""
    from ritmeregie.ui.settings.calendars_page import CalendarsPage

    return CalendarsPage


class SettingsWindow(QWidget):
    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._app = app
        self._undo: Callable[[], None] | None = None
        self.pages: dict[str, QWidget] = {}
        self._keys: list[str] = []
        self._build()
        self.retranslate_ui()
        self.resize(920, 760)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.nav.setBackgroundRole(QPalette.ColorRole.Window)
        self.nav.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setViewportMargins(8, 10, 8, 10)
        self.stack = QStackedWidget(self)

        self.rhythm_page = RhythmPage(self._app)
        self.nudges_page = NudgesPage(self._app)
        self.general_page = GeneralPage(self._app)
        self._add_page("rhythm", self.rhythm_page)
        self._add_page("nudges", self.nudges_page)
        self._add_page("calendars", calendars_page_class()(self._app))
        self._add_page("general", self.general_page)
        self.nav.currentRowChanged.connect(self.on_page_chosen)
        width = max(self.nav.sizeHintForColumn(0), 120) + 28
        self.nav.setFixedWidth(width)

        self.restore_button = QPushButton(self)
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.on_restore)
        self.saved_label = hint(self)
        self.saved_label.setWordWrap(False)
        self.unsaved_label = ProblemLabel(None, self)
        self.unsaved_label.setWordWrap(False)
        self._unsaved = ""
        self._warned_on_close = False
        self.rhythm_page.unsaved_changed.connect(self.on_unsaved_changed)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close)

        self.undo_bar = UndoBar("", self)  # the words: retranslate_ui
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button
        self.undo_bar.undo_chosen.connect(self.on_undo)
        self.undo_bar.expired.connect(self.on_undo_expired)

        divider = QFrame(self)
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(divider)
        body.addWidget(self.stack, 1)

        footer = QHBoxLayout()
        footer.setContentsMargins(16, 10, 16, 12)
        footer.setSpacing(10)
        footer.addWidget(self.restore_button)
        footer.addWidget(self.undo_bar)
        footer.addStretch(1)
        footer.addWidget(self.saved_label)
        footer.addWidget(self.unsaved_label)
        footer.addWidget(self.close_button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(body, 1)
        layout.addWidget(line)
        layout.addLayout(footer)

        for sequence, step in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), 1),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), -1),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.activated.connect(lambda step=step: self.step_page(step))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self).activated.connect(self.close)

        self.nav.setCurrentRow(0)

    def _add_page(self, key: str, page: QWidget) -> None:
        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes from the page list straight into the page (the area follows the focus).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget(scroll)
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(*PAGE_MARGINS)
        inner.addWidget(page)
        scroll.setWidget(holder)
        self.stack.addWidget(scroll)
        self.pages[key] = page
        self._keys.append(key)
        QListWidgetItem("", self.nav)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings — ritmeregie"))
        names = {
            "rhythm": self.tr("Rhythm"),
            "nudges": self.tr("Nudges"),
            "calendars": self.tr("Calendars"),
            "general": self.tr("General"),
        }
        for row, key in enumerate(self._keys):
            item = self.nav.item(row)
            item.setText(names[key])
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 14))
        self.nav.setAccessibleName(self.tr("Settings pages"))
        self.restore_button.setText(self.tr("&Restore defaults"))
        self.restore_button.setToolTip(self.tr("Back to how ritmeregie came, on this page only"))
        self.saved_label.setText(self.tr("Changes are saved as you make them."))
        self.close_button.setText(self.tr("Close"))
        self.undo_label.setText(self.tr("Defaults restored."))
        self.undo_button.setText(self.tr("&Undo"))
        self._say_unsaved()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- pages ----------------------------------------------------------------------------------

    def current_key(self) -> str:
        return self._keys[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        if key in self._keys:
            self.nav.setCurrentRow(self._keys.index(key))

    def step_page(self, step: int) -> None:
        self.nav.setCurrentRow((self.nav.currentRow() + step) % len(self._keys))

    def set_context(self, page: str | None = None, **_context: Any) -> None:
        if page:
            self.show_page(page)

    @Slot(int)
    def on_page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.restore_button.setEnabled(isinstance(self.pages[self._keys[row]], Restorable))
        self._drop_undo()

    # --- restore defaults, with undo ------------------------------------------------------------

    @Slot()
    def on_restore(self) -> None:
        page = self.pages[self.current_key()]
        if not isinstance(page, Restorable):
            return
        self._undo = page.restore_defaults()
        self.restore_button.hide()
        self.undo_bar.offer()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_undo(self) -> None:
        undo = self._undo
        self._drop_undo()
        if undo is not None:
            undo()
        self.restore_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_undo_expired(self) -> None:
        self._drop_undo()

    def _drop_undo(self) -> None:
        self._undo = None
        self.undo_bar.dismiss()
        self.restore_button.show()

    # --- what is not saved ----------------------------------------------------------------------

    @Slot(str)
    def on_unsaved_changed(self, message: str) -> None:
        self._unsaved = message
        self._warned_on_close = False
        self._say_unsaved()

    def _say_unsaved(self) -> None:
        message = self._unsaved
        if message and self._warned_on_close:
            message = self.tr("Not saved: fix what is marked, or close again to leave it.")
        self.unsaved_label.say(message)
        self.saved_label.setVisible(not message)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unsaved and not self._warned_on_close:
            # Once, without a dialog: show where the problem is; a second close leaves it.
            self._warned_on_close = True
            self.show_page("rhythm")
            self._say_unsaved()
            event.ignore()
            return
        self._drop_undo()
        super().closeEvent(event)


def open_settings(app: RitmeregieApp, page: str | None = None, **_context: Any) -> SettingsWindow:
    window = SettingsWindow(app)
    if page:
        window.show_page(page)
    return window
