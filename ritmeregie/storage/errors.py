"""Errors the storage layer raises; each carries one readable English line the CLI can print."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class StoreError(Exception):
    """Anything that keeps the store from opening or from doing what was asked."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer ritmeregie; we leave it exactly as it is."""


class NotADatabaseError(StoreError):
    """The file at the database path is not a ritmeregie database; we never touch it."""


class NotOwnedError(StoreError):
    """The data folder or a file in it belongs to another user; we neither use nor change it."""


class SettingsError(StoreError, ValueError):
    """A setting that does not exist or a value it cannot take."""


class NotFoundError(StoreError, KeyError):
    """No record with that id."""

    def __str__(self) -> str:
        # KeyError quotes its argument; keep the one readable line instead.
        return str(self.args[0]) if self.args else "not found"


class InvalidRecordError(StoreError, ValueError):
    """A record the domain rules refuse (naive datetime, end before start, energy out of range...)."""


class DiskFullError(StoreError):
    """The disk is full: not damage, and nothing was changed. Make room and try again."""


class ReadOnlyStoreError(StoreError):
    """The data folder or file can be read but not written (a read-only or full disk).

    open_store catches it and opens the store read-only; it reaches a caller only when there is
    nothing to read either (no database file yet). `problem` says why, for the user."""

    def __init__(self, message: str, problem: WriteProblem | None = None) -> None:
        super().__init__(message)
        self.problem = problem or WriteProblem.READ_ONLY


class WriteProblem(Enum):
    """Why a write did not reach the disk, as far as SQLite can tell."""

    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    DISK_ERROR = "disk error"
    LOCKED = "locked"
    CANNOT_OPEN = "cannot open"


class WriteFailedError(StoreError):
    """A write was refused by the disk; nothing of it was stored, everything before it stays.

    `problem` lets the app say it in the user's language; str() is one English line for the CLI.
    """

    def __init__(self, problem: WriteProblem, path: Path) -> None:
        self.problem = problem
        self.path = path
        super().__init__(_WRITE_LINES[problem].format(path=path, folder=path.parent))


_WRITE_LINES = {
    WriteProblem.DISK_FULL: "Not saved: the disk is full ({path}).",
    WriteProblem.READ_ONLY: "Not saved: the data folder {folder} is read-only.",
    WriteProblem.DISK_ERROR: "Not saved: the disk reported an error while writing {path}.",
    WriteProblem.LOCKED: "Not saved: another program keeps {path} locked.",
    WriteProblem.CANNOT_OPEN: "Not saved: {path} cannot be opened for writing.",
}
