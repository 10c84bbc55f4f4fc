"""One path from "the store changed" to one replan, whoever wrote.

A write inside the app commits through the store, which announces it (storage/changes.py, no Qt):
the plan is rebuilt once, a moment later, on the Qt thread — so no dialog has to remember to
replan, and a dialog that saves five rows replans once. A write by another process (the command
line) arrives as a "changed" notice over the single-instance channel and replans at once; if that
notice never came, SQLite's data_version shows the change on the next heartbeat or wake.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from ..storage import Store

log = logging.getLogger("ritmeregie.ui")

# Commits of one action (a dialog saving several rows) arrive within this; one replan follows.
REPLAN_DEBOUNCE_MS = 50


class StoreChanges(QObject):
    """Made by the controller (so every controller, also a window's own in a test, follows the
    store), with its `replan`; the app adds the heartbeat look and the command line's notice.
    The controller connects its plan_changed to `on_replanned` first of all, so a replan made for
    another reason covers every commit before it and the pending one is dropped."""

    def __init__(
        self, store: Store, replan: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._replan = replan
        self._reason = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REPLAN_DEBOUNCE_MS)
        self._timer.timeout.connect(self.on_due)
        store.changes.listen(self.on_committed)
        # The store may outlive this object (tests build several controllers on one store).
        listener, changes = self.on_committed, store.changes
        self.destroyed.connect(lambda: changes.unlisten(listener))

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def on_committed(self) -> None:
        """The store committed a write (this app's own): replan once, shortly."""
        self._schedule("a change was saved")

    @Slot()
    def check_now(self) -> None:
        """Look whether another process changed the store (one cheap PRAGMA); replan if so."""
        if self._store.changes.changed_elsewhere():
            self._schedule("the store was changed elsewhere")

    def replan_now(self, reason: str) -> None:
        """Another process says it changed the store: replan before answering it."""
        self._store.changes.changed_elsewhere()  # that change is known now: a new baseline
        self._timer.stop()
        self._replan(reason)

    def stop(self) -> None:
        self._timer.stop()
        self._store.changes.unlisten(self.on_committed)

    def _schedule(self, reason: str) -> None:
        self._reason = reason
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def on_due(self) -> None:
        self._replan(self._reason)

    @Slot()
    def on_replanned(self) -> None:
        self._timer.stop()
