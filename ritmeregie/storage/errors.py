"""Errors the storage layer raises; each carries one readable English line the CLI can print."""

from __future__ import annotations


class StoreError(Exception):
    """Anything that keeps the store from opening or from doing what was asked."""


class SchemaTooNewError(StoreError):
    """The file was written by a newer ritmeregie; we leave it exactly as it is."""


class NotADatabaseError(StoreError):
    """The file at the database path is not a ritmeregie database; we never touch it."""


class SettingsError(StoreError, ValueError):
    """A setting that does not exist or a value it cannot take."""


class NotFoundError(StoreError, KeyError):
    """No record with that id."""

    def __str__(self) -> str:
        # KeyError quotes its argument; keep the one readable line instead.
        return str(self.args[0]) if self.args else "not found"


class InvalidRecordError(StoreError, ValueError):
    """A record the domain rules refuse (naive datetime, end before start, energy out of range...)."""
