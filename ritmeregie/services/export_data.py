"""What an export holds, whatever its format: the shared shape the writers (JSON, CSV, Markdown) read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from ritmeregie.storage import (
        AgendaEntry,
        Call,
        Checklist,
        DaduRecord,
        Friction,
        MustDo,
        Reflection,
    )

EXPORT_FORMAT_VERSION = 1
# Bounds for "everything": far enough to hold any real data, near enough for every time zone.
EVER_START = dt.datetime(1900, 1, 2, tzinfo=dt.UTC)
EVER_END = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)
FIRST_DAY = dt.date(1900, 1, 2)
LAST_DAY = dt.date(9998, 12, 31)


class ExportFormat(StrEnum):
    MD = "md"
    CSV = "csv"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class ReviewNote:
    kind: str  # weekly_review | competence_mirror
    period: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything one export holds, already limited to its range; the writers only format."""

    tz: ZoneInfo
    exported: dt.datetime
    first: dt.date | None
    last: dt.date | None
    reflections: tuple[Reflection, ...] = ()
    dadu: tuple[DaduRecord, ...] = ()
    mustdos: tuple[MustDo, ...] = ()
    frictions: tuple[Friction, ...] = ()
    agenda: tuple[AgendaEntry, ...] = ()
    everything: bool = False
    calls: tuple[Call, ...] = ()
    checklists: tuple[Checklist, ...] = ()
    review_notes: tuple[ReviewNote, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)

    def only(
        self,
        *,
        reflections: tuple[Reflection, ...] = (),
        dadu: tuple[DaduRecord, ...] = (),
        frictions: tuple[Friction, ...] = (),
    ) -> ExportData:
        """A copy holding just these lists (the History window exports what it shows)."""
        return replace(
            self,
            reflections=reflections,
            dadu=dadu,
            mustdos=(),
            frictions=frictions,
            agenda=(),
            everything=False,
        )
