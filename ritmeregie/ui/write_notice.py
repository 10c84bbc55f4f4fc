"""Says it once when the disk refuses a write (full, read-only, failing), then only logs.

The store's write watch (storage/database.py WriteWatch) is the one place a refused write is
heard: every repository write goes through it, whichever slot, timer or dialog made it. This
notice turns the first refusal into one notification in the user's language; while the trouble
lasts further refusals go to the log only; after a write succeeds again the next refusal is said
again. Callers catch WriteFailedError only to keep going (and to keep what was typed on screen);
a refusal that escapes a slot anyway is logged by the app's excepthook without another message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from ..storage import Store, WriteFailedError, WriteProblem

log = logging.getLogger("ritmeregie.ui")

Notify = Callable[[str, str], object]


class WriteNotice(QObject):
    def __init__(self, store: Store, notify: Notify, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._notify = notify
        self.said: list[str] = []  # what was said, for the log and the tests
        store.writes.listen(self.on_write)

    def announce_read_only(self) -> None:
        """At start: a store that could only be opened for reading is said once, up front."""
        if not self._store.read_only:
            return
        problem = self._store.read_only_because or WriteProblem.READ_ONLY
        self._store.writes.failed(WriteFailedError(problem, self._store.path))

    def on_write(self, error: WriteFailedError | None, first: bool) -> None:
        if error is None:
            log.info("writes reach the disk again")
            return
        if not first:
            log.info("still not saved: %s", error)
            return
        text = self.text_for(error)
        log.warning("not saved, told the user: %s", error)
        self.said.append(text)
        self._notify(self.tr("Not saved"), text)

    def text_for(self, error: WriteFailedError) -> str:
        folder = str(error.path.parent)
        if self._store.read_only_because is WriteProblem.DISK_FULL:
            return self.tr(
                "The disk is full: ritmeregie shows your day, but cannot save changes. Nothing "
                "is damaged; make some room and start ritmeregie again."
            )
        if self._store.read_only:
            return self.tr(
                "Your data folder {folder} is read-only: ritmeregie shows your day, "
                "but cannot save changes."
            ).format(folder=folder)
        texts = {
            WriteProblem.DISK_FULL: self.tr(
                "The disk is full, so your last change was not saved. Everything saved before "
                "is safe; make some room and ritmeregie saves again."
            ),
            WriteProblem.READ_ONLY: self.tr(
                "Your data folder {folder} has become read-only, so your last change was not "
                "saved. Everything saved before is safe."
            ),
            WriteProblem.DISK_ERROR: self.tr(
                "The disk reported an error, so your last change was not saved. Everything "
                "saved before is safe."
            ),
            WriteProblem.LOCKED: self.tr(
                "Another program keeps your data file locked, so your last change was not "
                "saved. Everything saved before is safe."
            ),
            WriteProblem.CANNOT_OPEN: self.tr(
                "Your data file cannot be opened for writing, so your last change was not "
                "saved. Everything saved before is safe."
            ),
        }
        return texts[error.problem].format(folder=folder)
