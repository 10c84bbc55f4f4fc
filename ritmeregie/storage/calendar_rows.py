"""Rows to records and back for the calendar store, and the bulk insert of a refresh's occurrences
(plain executemany in chunks: a year of a busy layer is tens of thousands of rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from ritmeregie.domain.model import LayerRole

from .calendar_records import CalendarEvent, CalendarSource
from .errors import InvalidRecordError
from .models import CalendarEventRow, CalendarSourceRow
from .utc import require_aware

INSERT_CHUNK = 5_000


def insert_events(
    session: Session, source_id: int, events: Iterable[CalendarEvent]
) -> tuple[int, int | None]:
    """Insert in chunks; (count, longest minutes).

    A big layer is hundreds of thousands of rows, so they go straight to the driver's
    executemany, with the instants written as UTCDateTime writes them (naive UTC text, which
    keeps SQL comparisons right); the ORM's per-row work cost more than the expansion itself.
    """
    connection = session.connection()
    count = 0
    longest = dt.timedelta(0)
    chunk: list[tuple[object, ...]] = []
    for event in events:
        chunk.append(event_row(source_id, event))
        longest = max(longest, event.end - event.start)
        if len(chunk) >= INSERT_CHUNK:
            connection.exec_driver_sql(INSERT_SQL, chunk)
            count += len(chunk)
            chunk = []
    if chunk:
        connection.exec_driver_sql(INSERT_SQL, chunk)
        count += len(chunk)
    minutes = -(-int(longest.total_seconds()) // 60)  # rounded up: never too short a bound
    return count, minutes


INSERT_SQL = (
    "INSERT INTO calendar_events (source_id, uid, recurrence_id, title, start_utc, end_utc, "
    "all_day, tentative, declined_by, decision_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def stored_instant(value: dt.datetime) -> str:
    """The text UTCDateTime stores: naive UTC, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def event_row(source_id: int, event: CalendarEvent) -> tuple[object, ...]:
    start = require_aware(event.start, "start")
    end = require_aware(event.end, "end")
    if end <= start:
        raise InvalidRecordError(f"Event '{event.title}' must end after it starts.")
    return (
        source_id,
        event.uid,
        event.recurrence_id,
        event.title,
        stored_instant(start),
        stored_instant(end),
        int(event.all_day),
        int(event.tentative),
        event.declined_by,
        event.decision_line,
    )


def to_source(row: CalendarSourceRow) -> CalendarSource:
    return CalendarSource(
        id=row.id,
        name=row.name,
        blocking=bool(row.blocking),
        visible=bool(row.visible),
        color=row.color,
        url=row.url,
        refresh_minutes=row.refresh_minutes,
        raw_sha256=row.raw_sha256,
        imported=row.imported_utc,
        last_attempt=row.last_attempt_utc,
        last_error=row.last_error,
        expanded_from=row.expanded_from,
        expanded_to=row.expanded_to,
        event_count=row.event_count,
        skipped_count=row.skipped_count,
        longest_minutes=row.longest_minutes,
        role=layer_role(row.role),
        address=row.address,
    )


def layer_role(value: str | None) -> LayerRole:
    try:
        return LayerRole(value or LayerRole.CONTEXT)
    except ValueError:
        return LayerRole.CONTEXT  # a value from a newer version: context harms nothing


def to_event(row: CalendarEventRow, name: str, blocking: bool, role: str) -> CalendarEvent:
    return CalendarEvent(
        uid=row.uid,
        title=row.title,
        start=row.start_utc,
        end=row.end_utc,
        recurrence_id=row.recurrence_id,
        all_day=bool(row.all_day),
        tentative=bool(row.tentative),
        source=name,
        blocking=bool(blocking),
        declined_by=row.declined_by,
        decision_line=row.decision_line,
        role=layer_role(role),
    )
