"""Imported calendars: one source per layer, its last good raw copy and its expanded occurrences.

A refresh replaces a source's events, raw copy and window in one transaction, so a reader sees
either the old layer or the new one, never half of each; a failed import only records the error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.model import LayerRole

from .calendar_records import CalendarEvent as CalendarEvent
from .calendar_records import CalendarSource as CalendarSource
from .calendar_records import EventBatch as EventBatch
from .calendar_rows import (
    insert_events,
    to_event,
    to_source,
)
from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import CalendarCopyRow, CalendarEventRow, CalendarSourceRow
from .utc import require_aware, utc_now

NAME_MAX_CHARS = 80
REFRESH_MINUTES_RANGE = (5, 24 * 60)


class Calendars:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # --- sources --------------------------------------------------------------------------------

    def add(
        self,
        name: str,
        *,
        blocking: bool = False,
        role: LayerRole = LayerRole.CONTEXT,
        color: str | None = None,
        url: str | None = None,
        refresh_minutes: int | None = None,
        batch: EventBatch | None = None,
    ) -> CalendarSource:
        """A new layer, with its first import in the same transaction when a batch is given."""
        clean = check_name(name)
        _check_refresh(refresh_minutes)
        with self._sessions.write() as session:
            if _row(session, clean) is not None:
                raise InvalidRecordError(f"There is already a calendar named '{clean}'.")
            row = CalendarSourceRow(
                name=clean,
                blocking=blocking,
                role=LayerRole(role).value,
                visible=True,
                color=color,
                url=url,
                refresh_minutes=refresh_minutes,
                event_count=0,
                skipped_count=0,
            )
            session.add(row)
            session.flush()
            if batch is not None:
                self._replace(session, row, batch)
            return to_source(row)

    def get(self, name: str) -> CalendarSource | None:
        with self._sessions.read() as session:
            row = _row(session, name.strip())
            return to_source(row) if row is not None else None

    def sources(self) -> list[CalendarSource]:
        with self._sessions.read() as session:
            rows = session.scalars(select(CalendarSourceRow).order_by(CalendarSourceRow.id))
            return [to_source(row) for row in rows]

    def names(self) -> list[str]:
        return [source.name for source in self.sources()]

    def raw(self, name: str) -> str | None:
        """The last good copy of the file, for expanding dates outside the cached window."""
        with self._sessions.read() as session:
            return session.scalar(
                select(CalendarCopyRow.raw_ics)
                .join(CalendarSourceRow, CalendarCopyRow.source_id == CalendarSourceRow.id)
                .where(CalendarSourceRow.name == name.strip())
            )

    def remove(self, name: str) -> bool:
        with self._sessions.write() as session:
            row = _row(session, name.strip())
            if row is None:
                return False
            session.delete(row)  # events go with it (ON DELETE CASCADE)
            return True

    def set_blocking(self, name: str, blocking: bool) -> CalendarSource:
        return self._change(name, blocking=blocking)

    def set_role(self, name: str, role: LayerRole) -> CalendarSource:
        return self._change(name, role=LayerRole(role).value)

    def set_visible(self, name: str, visible: bool) -> CalendarSource:
        return self._change(name, visible=visible)

    def set_color(self, name: str, color: str | None) -> CalendarSource:
        return self._change(name, color=color)

    def set_subscription(
        self, name: str, url: str | None, refresh_minutes: int | None
    ) -> CalendarSource:
        _check_refresh(refresh_minutes)
        return self._change(name, url=url, refresh_minutes=refresh_minutes if url else None)

    def _change(self, name: str, **values: object) -> CalendarSource:
        with self._sessions.write() as session:
            row = _row(session, name.strip())
            if row is None:
                raise NotFoundError(f"There is no calendar named '{name.strip()}'.")
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            return to_source(row)

    # --- importing ------------------------------------------------------------------------------

    def replace_events(self, name: str, batch: EventBatch) -> CalendarSource:
        """Swap the layer for a new import in one transaction; the error of a former try is cleared."""
        with self._sessions.write() as session:
            row = _row(session, name.strip())
            if row is None:
                raise NotFoundError(f"There is no calendar named '{name.strip()}'.")
            self._replace(session, row, batch)
            return to_source(row)

    def record_unchanged(self, name: str) -> CalendarSource | None:
        """A refresh that found the same bytes as stored: only the attempt is noted."""
        with self._sessions.write() as session:
            row = _row(session, name.strip())
            if row is None:
                return None
            row.last_attempt_utc = utc_now(self._clock)
            row.last_error = None
            session.flush()
            return to_source(row)

    def record_failure(self, name: str, error: str) -> CalendarSource | None:
        """Remember that a refresh failed (and why); the previous events stay as they were."""
        with self._sessions.write() as session:
            row = _row(session, name.strip())
            if row is None:
                return None
            row.last_attempt_utc = utc_now(self._clock)
            row.last_error = error
            session.flush()
            return to_source(row)

    def _replace(self, session: Session, row: CalendarSourceRow, batch: EventBatch) -> None:
        if batch.last < batch.first:
            raise InvalidRecordError("An import window must end on or after its first day.")
        session.execute(delete(CalendarEventRow).where(CalendarEventRow.source_id == row.id))
        count, longest = insert_events(session, row.id, batch.events)
        now = utc_now(self._clock)
        if batch.raw_ics is not None:
            session.execute(delete(CalendarCopyRow).where(CalendarCopyRow.source_id == row.id))
            session.execute(insert(CalendarCopyRow).values(source_id=row.id, raw_ics=batch.raw_ics))
            row.raw_sha256 = batch.raw_sha256
            row.imported_utc = now
            row.skipped_count = batch.skipped_count
            row.last_attempt_utc = now
            row.last_error = None
        if batch.address is not None:
            row.address = batch.address
        row.expanded_from = batch.first
        row.expanded_to = batch.last
        row.event_count = count
        row.longest_minutes = longest
        session.flush()

    # --- reading --------------------------------------------------------------------------------

    def events_between(
        self, start: dt.datetime, end: dt.datetime, names: Iterable[str] | None = None
    ) -> list[CalendarEvent]:
        """Stored occurrences overlapping [start, end), by start; `names` limits the layers."""
        start_utc = require_aware(start, "start")
        end_utc = require_aware(end, "end")
        query = (
            select(
                CalendarEventRow,
                CalendarSourceRow.name,
                CalendarSourceRow.blocking,
                CalendarSourceRow.role,
            )
            .join(CalendarSourceRow, CalendarEventRow.source_id == CalendarSourceRow.id)
            .where(CalendarEventRow.start_utc < end_utc, CalendarEventRow.end_utc > start_utc)
            .order_by(CalendarEventRow.start_utc, CalendarEventRow.id)
        )
        if names is not None:
            query = query.where(CalendarSourceRow.name.in_(list(names)))
        with self._sessions.read() as session:
            longest = session.execute(
                select(
                    func.max(CalendarSourceRow.longest_minutes),
                    func.count().filter(CalendarSourceRow.longest_minutes.is_(None)),
                )
            ).one()
            if longest[0] is not None and not longest[1]:
                # Every layer knows its longest occurrence: the start is bounded from below too,
                # so the index gives the day's rows instead of everything before the day.
                earliest = start_utc - dt.timedelta(minutes=int(longest[0]))
                query = query.where(CalendarEventRow.start_utc >= earliest)
            return [
                to_event(event, name, blocking, role)
                for event, name, blocking, role in session.execute(query)
            ]

    def occurrences(self, uid: str, names: Iterable[str] | None = None) -> list[CalendarEvent]:
        """Every stored occurrence of one UID (a DADU finds its meeting again), by start."""
        query = (
            select(
                CalendarEventRow,
                CalendarSourceRow.name,
                CalendarSourceRow.blocking,
                CalendarSourceRow.role,
            )
            .join(CalendarSourceRow, CalendarEventRow.source_id == CalendarSourceRow.id)
            .where(CalendarEventRow.uid == uid)
            .order_by(CalendarEventRow.start_utc, CalendarEventRow.id)
        )
        if names is not None:
            query = query.where(CalendarSourceRow.name.in_(list(names)))
        with self._sessions.read() as session:
            return [
                to_event(event, name, blocking, role)
                for event, name, blocking, role in session.execute(query)
            ]

    def count_events(self, name: str | None = None) -> int:
        query = select(func.count()).select_from(CalendarEventRow)
        if name is not None:
            query = query.join(CalendarSourceRow).where(CalendarSourceRow.name == name.strip())
        with self._sessions.read() as session:
            return session.scalar(query) or 0


def check_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidRecordError("A calendar needs a name.")
    if len(clean) > NAME_MAX_CHARS:
        raise InvalidRecordError(f"A calendar name can be at most {NAME_MAX_CHARS} characters.")
    return clean


def _check_refresh(minutes: int | None) -> None:
    low, high = REFRESH_MINUTES_RANGE
    if minutes is not None and not low <= minutes <= high:
        raise InvalidRecordError(f"Refresh every {low} to {high} minutes.")


def _row(session: Session, name: str) -> CalendarSourceRow | None:
    return session.scalar(select(CalendarSourceRow).where(CalendarSourceRow.name == name))
