"""SQLite storage (SQLAlchemy 2 + Alembic): the own agenda, rituals' records, settings, nudge log.

Imports the domain only. Open with open_store(data_dir); every failure is a StoreError with one
readable line.
"""

from __future__ import annotations

from .checklists import Checklist, ChecklistItem
from .errors import (
    DiskFullError,
    InvalidRecordError,
    NotADatabaseError,
    NotFoundError,
    ReadOnlyStoreError,
    SchemaTooNewError,
    SettingsError,
    StoreError,
    WriteFailedError,
    WriteProblem,
)
from .migrate import HEAD_REVISION
from .records import (
    AgendaEntry,
    Agreement,
    Call,
    DaduRecord,
    DaduRow,
    EventLink,
    Friction,
    FrictionStatus,
    Intake,
    Manager,
    MustDo,
    NudgeAnswer,
    NudgeLogEntry,
    Reflection,
)
from .settings import SETTINGS, SettingSpec
from .store import Store, open_store

__all__ = [
    "HEAD_REVISION",
    "SETTINGS",
    "AgendaEntry",
    "Agreement",
    "Call",
    "Checklist",
    "ChecklistItem",
    "DaduRecord",
    "DaduRow",
    "DiskFullError",
    "EventLink",
    "Friction",
    "FrictionStatus",
    "Intake",
    "InvalidRecordError",
    "Manager",
    "MustDo",
    "NotADatabaseError",
    "NotFoundError",
    "NudgeAnswer",
    "NudgeLogEntry",
    "ReadOnlyStoreError",
    "Reflection",
    "SchemaTooNewError",
    "SettingSpec",
    "SettingsError",
    "Store",
    "StoreError",
    "WriteFailedError",
    "WriteProblem",
    "open_store",
]
