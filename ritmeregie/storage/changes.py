"""Who hears that the store changed: every commit made through this store, and (when asked) the
commits another process made, seen through SQLite's `PRAGMA data_version`.

No Qt here: the app subscribes with a plain callable and decides itself how to replan (once,
debounced, on its own thread); the command line only counts its commits, to tell a running app.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("ritmeregie.storage")

CommitListener = Callable[[], None]


class ChangeWatch:
    """Commits of this store, announced to listeners; other processes' commits, on request.

    Listeners run synchronously on the thread that committed (the Store is used from one thread).
    `changed_elsewhere()` costs one PRAGMA on a connection of its own, kept open: cheap enough
    for a heartbeat. data_version changes for every commit of *another* connection, which
    includes this store's own engine, so each own commit moves the baseline along.
    """

    def __init__(self, path: Path, uri: str | None = None) -> None:
        self.commits = 0  # how many writes this store committed since it was opened
        self._path = path
        self._uri = uri  # a read-only store looks through its read-only URI
        self._listeners: list[CommitListener] = []
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None

    def listen(self, listener: CommitListener) -> None:
        self._listeners.append(listener)

    def unlisten(self, listener: CommitListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def committed(self) -> None:
        """A write of this store reached the disk: tell every listener."""
        self.commits += 1
        if self._conn is not None:
            self._version = self._data_version()  # our own commit is not news from elsewhere
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a listener must never turn a saved write into an error
                log.exception("a commit listener failed")

    def changed_elsewhere(self) -> bool:
        """True when another process committed since the last look (the first look sets the
        baseline and says False)."""
        if self._conn is None:
            try:
                if self._uri is not None:
                    self._conn = sqlite3.connect(self._uri, uri=True)
                else:
                    self._conn = sqlite3.connect(self._path)
            except sqlite3.Error as exc:
                log.info("cannot watch %s for changes: %s", self._path, exc)
                return False
            self._version = self._data_version()
            return False
        version = self._data_version()
        changed = version is not None and self._version is not None and version != self._version
        self._version = version
        return changed

    def _data_version(self) -> int | None:
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error as exc:  # damage or a vanished file: said elsewhere, not here
            log.info("cannot read the data version of %s: %s", self._path, exc)
            return None
        return int(row[0]) if row else None

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
