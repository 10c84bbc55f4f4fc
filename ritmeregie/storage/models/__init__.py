"""The tables. Rows stay inside the storage layer; repositories hand out domain or record objects.

One module per part (base, core, calendars); importing the package registers every table on
`Base.metadata`, which Alembic and the schema checks read."""

from __future__ import annotations

from ritmeregie.storage.models.base import NAMING_CONVENTION, Base
from ritmeregie.storage.models.calendars import (
    CaldavAccountRow,
    CaldavCollectionRow,
    CaldavObjectRow,
    CalendarCopyRow,
    CalendarEventRow,
    CalendarSourceRow,
)
from ritmeregie.storage.models.core import (
    AgendaItemRow,
    AgreementRow,
    CallRow,
    ChecklistItemRow,
    ChecklistRow,
    DaduRecordRow,
    DaduRowRow,
    FrictionRow,
    ManagerRow,
    MustDoRow,
    NudgeLogRow,
    ReflectionRow,
    ReviewNoteRow,
    SettingRow,
)

__all__ = [
    "NAMING_CONVENTION",
    "AgendaItemRow",
    "AgreementRow",
    "Base",
    "CaldavAccountRow",
    "CaldavCollectionRow",
    "CaldavObjectRow",
    "CalendarCopyRow",
    "CalendarEventRow",
    "CalendarSourceRow",
    "CallRow",
    "ChecklistItemRow",
    "ChecklistRow",
    "DaduRecordRow",
    "DaduRowRow",
    "FrictionRow",
    "ManagerRow",
    "MustDoRow",
    "NudgeLogRow",
    "ReflectionRow",
    "ReviewNoteRow",
    "SettingRow",
]
