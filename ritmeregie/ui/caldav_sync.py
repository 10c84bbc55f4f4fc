"""CalDAV sync in the running app: shortly after a change (debounced), every few minutes, and
again with a growing pause after a failure.

The sync itself runs as `ritmeregie sync --json` in a child process (QProcess): the network may be
slow, and the Qt thread must not wait on it, while DESIGN.md keeps the store and the widgets off
worker threads. The child is the command line: it reads the keychain itself, asks this app for
its pause over the single-instance channel, and tells it when it changed the store (which then
replans as after any command). Everything here runs on the Qt thread.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

log = logging.getLogger("ritmeregie.ui")

DEBOUNCE_MS = 5_000  # a burst of edits syncs once
EVERY_MS = 5 * 60_000  # and the other devices' changes arrive within five minutes
BACKOFF_FIRST_MS = 60_000
BACKOFF_MAX_MS = 30 * 60_000


def cli_argv(data_dir: Path, *args: str) -> list[str]:
    """A command line for this store; a frozen bundle is the command itself."""
    head = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "ritmeregie"]
    )
    return [*head, *args, "--data-dir", str(data_dir)]


def sync_argv(data_dir: Path) -> list[str]:
    return cli_argv(data_dir, "sync", "--json")


class CaldavSync(QObject):
    synced = Signal(dict)  # the sync's JSON report
    sync_failed = Signal(str)  # one line: what went wrong; local work is untouched

    def __init__(
        self, data_dir: Path, has_bindings: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._has_bindings = has_bindings  # is anything bound (read on the Qt thread)
        self._process: QProcess | None = None
        self._again = False
        self.failures = 0
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(DEBOUNCE_MS)
        self._soon.timeout.connect(self.on_due)
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._every.timeout.connect(self.on_due)

    def start(self) -> None:
        """Every few minutes from now on, and once shortly (what changed while the app was off)."""
        self._every.start()
        self.poke()

    @property
    def running(self) -> bool:
        return self._process is not None

    def next_delay_ms(self) -> int:
        """After n failures in a row: 1, 2, 4 … minutes, at most 30."""
        if self.failures == 0:
            return DEBOUNCE_MS
        return int(min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (self.failures - 1)))

    @Slot()
    def poke(self) -> None:
        """Something changed here: sync shortly (once for a burst), unless backing off."""
        if self.failures == 0:
            self._soon.start()

    @Slot()
    def on_due(self) -> None:
        if not self._has_bindings():
            return
        if self._process is not None:
            self._again = True  # a change during a sync: one more sync after it
            return
        process = QProcess(self)
        process.finished.connect(self.on_finished)
        process.errorOccurred.connect(self.on_error)
        argv = sync_argv(self._data_dir)
        process.start(argv[0], argv[1:])
        self._process = process

    @Slot(int, QProcess.ExitStatus)
    def on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        process.deleteLater()
        if code == 0:
            self.failures = 0
            try:
                self.synced.emit(json.loads(out))
            except ValueError:
                log.info("the sync printed no report")
            if self._again:
                self._again = False
                self._soon.start()
            return
        self.failures += 1
        line = err.splitlines()[-1] if err else self.tr("The sync with the CalDAV server failed.")
        log.info("CalDAV sync failed (%d in a row): %s", self.failures, line)
        self.sync_failed.emit(line)
        self._soon.start(self.next_delay_ms())

    @Slot(QProcess.ProcessError)
    def on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self._process.deleteLater()
            self._process = None
            self.failures += 1
            self.sync_failed.emit(self.tr("The sync with the CalDAV server could not start."))
            self._soon.start(self.next_delay_ms())

    def stop(self) -> None:
        self._soon.stop()
        self._every.stop()
        if self._process is not None:
            self._process.kill()
            self._process.waitForFinished(5_000)
