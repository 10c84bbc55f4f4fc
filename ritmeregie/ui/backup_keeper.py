"""The running app's daily backup: at start and whenever the local day turns over.

The copy itself is storage's (storage/backup.py: online, verified, rotated to 7 daily + 4 weekly);
this only decides when, on the Qt main thread, and says once per run when a copy could not be
made (a full disk, a read-only folder). The data itself is not touched by a failed copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ..storage import Store, StoreError
from ..storage.backup import daily_backup
from .controller import RhythmController

log = logging.getLogger("ritmeregie.ui")


class BackupKeeper(QObject):
    backup_made = Signal(object)  # Path of the new copy
    backup_failed = Signal(str)  # the reason, one line

    def __init__(
        self,
        store: Store,
        controller: RhythmController,
        notify: Callable[[str, str], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._controller = controller
        self._notify = notify
        self._said_failure = False

    @Slot()
    def run(self) -> Path | None:
        """Make today's copy unless it exists; never raises."""
        if self._store.read_only:
            return None  # nothing can change there, and no copy can be written next to it
        try:
            made = daily_backup(
                self._store.path,
                self._store.data_dir,
                self._controller.today(),
                self._controller.clock.now(),
            )
        except (StoreError, OSError) as exc:
            reason = str(exc)
            log.warning("daily backup failed: %s", reason)
            self.backup_failed.emit(reason)
            if not self._said_failure:
                self._said_failure = True
                self._notify(
                    self.tr("ritmeregie"),
                    self.tr(
                        "Today's backup could not be made ({reason}). Your data itself is "
                        "safe; ritmeregie tries again tomorrow."
                    ).format(reason=reason),
                )
            return None
        if made is not None:
            self.backup_made.emit(made)
        return made

    @Slot(object)
    def on_day_changed(self, _day: object) -> None:
        self.run()
