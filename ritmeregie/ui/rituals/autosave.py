"""Save as you type: a small debounced saver for ritual dialogs (a crash loses nothing).

Usage::

    self.saver = DebouncedSaver(self._save, parent=self)
    self.saver.watch(self.satisfied_edit, self.energy_combo)  # text/value changes schedule a save
    self.saver.watch_window(self)                             # close/hide of the dialog flushes

    def _save(self) -> None:                                  # reads the widgets, writes the store
        self.store.reflections.save(...)

What it guarantees:

- every change (textChanged, valueChanged, currentIndexChanged, toggled) starts a short
  `delay_ms` timer; a pause in typing writes once (debounced, a few hundred ms);
- while someone keeps typing without a pause, a save still happens at the latest `max_wait_ms`
  after the first unsaved change, so a crash in the middle of a long paragraph loses seconds at
  most, never the paragraph;
- focus leaving a watched widget, and hiding or closing the watched window, saves at once
  (`flush()`); the app's `aboutToQuit` flushes every live saver too;
- `save` runs on the Qt main thread only (the store's thread). An exception from `save` is
  logged and kept as `last_error`; the change stays pending so the next change or flush retries;
- a save the disk refuses (WriteFailedError: full, read-only) keeps what was typed on screen:
  the watched window does not close, or comes back when it was hidden, until a save succeeds
  (the app says once why, through WriteNotice; the next change or close tries again).

Set `suspended` while filling widgets from the store, so loading is not mistaken for typing
(or use the `loading()` context manager).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from ...storage import WriteFailedError

log = logging.getLogger("ritmeregie.ui")

SAVE_DELAY_MS = 350
MAX_WAIT_MS = 2_000

_live: weakref.WeakSet[DebouncedSaver] = weakref.WeakSet()
_quit_hooked = False


class DebouncedSaver(QObject):
    """Calls `save()` shortly after the last change, at the latest `max_wait_ms` after the first."""

    saved = Signal()

    def __init__(
        self,
        save: Callable[[], None],
        *,
        delay_ms: int = SAVE_DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.suspended = False
        self.last_error: Exception | None = None
        self._windows: weakref.WeakSet[QWidget] = weakref.WeakSet()
        self._pending = False
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(delay_ms)
        self._delay.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(self.flush)
        _live.add(self)
        _hook_quit()

    @property
    def pending(self) -> bool:
        """True while a change waits to be written."""
        return self._pending

    # -- wiring ----------------------------------------------------------------------------------

    def watch(self, *widgets: QWidget | QButtonGroup) -> None:
        """Schedule a save on every change of these inputs and flush when focus leaves them."""
        for widget in widgets:
            if isinstance(widget, QButtonGroup):
                widget.idToggled.connect(self._on_toggled)
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(self.on_changed)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.on_changed)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self.on_changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.on_changed)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.on_changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.on_changed)
            elif not isinstance(widget, QAbstractSpinBox):
                raise TypeError(f"cannot watch a {type(widget).__name__}")
            widget.installEventFilter(self)

    def watch_window(self, window: QWidget) -> None:
        """Flush when the window hides or closes (Esc, the close button, the app quitting); while
        the disk refuses the save, the window stays open with what was typed."""
        self._windows.add(window)
        window.installEventFilter(self)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill widgets from the store without that counting as a change."""
        before = self.suspended
        self.suspended = True
        try:
            yield
        finally:
            self.suspended = before

    # -- saving ----------------------------------------------------------------------------------

    @Slot()
    def on_changed(self) -> None:
        if self.suspended:
            return
        self._pending = True
        self._delay.start()  # restarts: the debounce
        if not self._deadline.isActive():
            self._deadline.start()

    @Slot(int, bool)
    def _on_toggled(self, _id: int, _checked: bool) -> None:
        self.on_changed()

    def mark_changed(self) -> None:
        """For changes a watched signal does not cover (e.g. a list edited in code)."""
        self.on_changed()

    @Slot()
    def flush(self) -> None:
        """Write now if anything is pending; nothing happens when all is saved."""
        self._delay.stop()
        self._deadline.stop()
        if not self._pending:
            return
        try:
            self._save()
        except WriteFailedError as exc:  # the disk's doing, said once by WriteNotice
            self.last_error = exc
            log.info("saving as you type: %s", exc)
            return
        except Exception as exc:  # keep typing possible; the next change retries
            self.last_error = exc
            log.exception("saving as you type failed")
            return
        self._pending = False
        self.last_error = None
        self.saved.emit()

    @property
    def refused(self) -> bool:
        """True while a change waits because the disk refused to save it."""
        return self._pending and isinstance(self.last_error, WriteFailedError)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.FocusOut, QEvent.Type.Hide, QEvent.Type.Close):
            return False
        self.flush()
        if not self.refused or watched not in self._windows:
            return False
        assert isinstance(watched, QWidget)
        if kind == QEvent.Type.Close:
            event.ignore()
            return True  # the window stays, with what was typed
        if kind == QEvent.Type.Hide and not event.spontaneous():
            # Closed by Esc or a button (QDialog.done eats its own close event): bring it back
            # with the text, and keep Qt from deleting it meanwhile (it deletes after the hide).
            # If the app is quitting, the timer never fires. A minimised window is left alone.
            _keep_until_shown(watched)
        return False


def _keep_until_shown(window: QWidget) -> None:
    delete_on_close = window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def back() -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, delete_on_close)
        window.show()

    QTimer.singleShot(0, window, back)


def flush_all() -> None:
    """Write every saver's pending change (the app calls this when it quits)."""
    for saver in list(_live):
        if shiboken6.isValid(saver):  # the dialog that owned it may be gone already
            saver.flush()


def _hook_quit() -> None:
    global _quit_hooked
    app = QApplication.instance()
    if _quit_hooked or app is None:
        return
    app.aboutToQuit.connect(flush_all, Qt.ConnectionType.DirectConnection)
    _quit_hooked = True
