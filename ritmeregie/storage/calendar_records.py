"""What the calendar store hands out: a layer (its source) and one occurrence, and the batch a refresh
writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ritmeregie.domain.model import LayerRole


@dataclass(frozen=True, slots=True)
class CalendarSource:
    """A layer as the UI and the CLI see it (the raw copy stays in the store: see `raw`)."""

    id: int
    name: str
    blocking: bool
    visible: bool
    color: str | None
    url: str | None
    refresh_minutes: int | None
    raw_sha256: str | None
    imported: dt.datetime | None
    last_attempt: dt.datetime | None
    last_error: str | None
    expanded_from: dt.date | None
    expanded_to: dt.date | None
    event_count: int
    skipped_count: int
    longest_minutes: int | None = None
    role: LayerRole = LayerRole.CONTEXT
    address: str | None = None  # her address as the file shows it (None: not found)

    @property
    def subscribed(self) -> bool:
        return self.url is not None

    def covers(self, first: dt.date, last: dt.date) -> bool:
        """Whether the cached occurrences span the local days first..last (inclusive)."""
        return (
            self.expanded_from is not None
            and self.expanded_to is not None
            and self.expanded_from <= first
            and last <= self.expanded_to
        )


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One occurrence, instants in UTC. `source`, `blocking` and `role` are filled in when read
    back. `recurrence_id` is the occurrence's original start (RECURRENCE-ID, or its start)."""

    uid: str
    title: str
    start: dt.datetime
    end: dt.datetime
    recurrence_id: str | None = None
    all_day: bool = False
    tentative: bool = False
    source: str | None = None
    blocking: bool = False
    declined_by: str | None = None  # lower-case addresses that declined, space-separated
    decision_line: str | None = None  # the invite's decision line
    role: LayerRole = LayerRole.CONTEXT


@dataclass(frozen=True, slots=True)
class EventBatch:
    """The result of one successful import: what replaces the source's layer."""

    events: Sequence[CalendarEvent]
    first: dt.date
    last: dt.date
    raw_ics: str | None = None  # None: keep the stored raw copy (a re-expansion of the window)
    raw_sha256: str | None = None
    skipped_count: int = 0
    address: str | None = None  # her address as read from the file (kept when None)
