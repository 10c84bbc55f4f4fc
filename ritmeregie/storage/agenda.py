"""The own agenda: instants in UTC plus the IANA zone the item was entered in."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, select

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.localtime import UnknownTimezoneError, zone
from ritmeregie.domain.model import AgendaItem, BlockKind

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import AgendaItemRow
from .records import AgendaEntry
from .utc import require_aware, utc_now


class Agenda:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def add(
        self,
        title: str,
        start: dt.datetime,
        end: dt.datetime,
        tz: str,
        kind: BlockKind = BlockKind.MEETING,
        notes: str = "",
        *,
        decision_question: str | None = None,
        source: str | None = None,
    ) -> AgendaItem:
        start_utc, end_utc = _checked(title, start, end, kind)
        _check_zone(tz)
        now = utc_now(self._clock)
        row = AgendaItemRow(
            title=title.strip(),
            start_utc=start_utc,
            end_utc=end_utc,
            tz=tz,
            kind=BlockKind(kind).value,
            notes=notes,
            decision_question=decision_question,
            source=source,
            created_utc=now,
            updated_utc=now,
        )
        with self._sessions.write() as session:
            session.add(row)
            session.flush()
            return _to_item(row)

    def get(self, item_id: int) -> AgendaItem | None:
        with self._sessions.read() as session:
            row = session.get(AgendaItemRow, item_id)
            return _to_item(row) if row is not None else None

    def entry(self, item_id: int) -> AgendaEntry | None:
        """Everything stored about an item (zone, notes, decision question), for editing."""
        with self._sessions.read() as session:
            row = session.get(AgendaItemRow, item_id)
            return _to_entry(row) if row is not None else None

    def update(
        self,
        item_id: int,
        *,
        title: str | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        kind: BlockKind | None = None,
        tz: str | None = None,
        notes: str | None = None,
        decision_question: str | None = None,
    ) -> AgendaItem:
        with self._sessions.write() as session:
            row = session.get(AgendaItemRow, item_id)
            if row is None:
                raise NotFoundError(f"There is no agenda item {item_id}.")
            new_title = row.title if title is None else title
            new_kind = BlockKind(row.kind) if kind is None else kind
            start_utc, end_utc = _checked(
                new_title,
                row.start_utc if start is None else start,
                row.end_utc if end is None else end,
                new_kind,
            )
            if tz is not None:
                _check_zone(tz)
                row.tz = tz
            row.title = new_title.strip()
            row.kind = BlockKind(new_kind).value
            row.start_utc, row.end_utc = start_utc, end_utc
            if notes is not None:
                row.notes = notes
            if decision_question is not None:
                row.decision_question = decision_question or None
            row.updated_utc = utc_now(self._clock)
            session.flush()
            return _to_item(row)

    def remove(self, item_id: int) -> bool:
        with self._sessions.write() as session:
            row = session.get(AgendaItemRow, item_id)
            if row is None:
                return False
            session.delete(row)
            return True

    def between(self, start: dt.datetime, end: dt.datetime) -> list[AgendaItem]:
        """Items overlapping [start, end), by start then id."""
        with self._sessions.read() as session:
            return [_to_item(row) for row in session.scalars(_overlapping(start, end))]

    def entries_between(self, start: dt.datetime, end: dt.datetime) -> list[AgendaEntry]:
        """Like between(), with everything stored about each item (export reads notes too)."""
        with self._sessions.read() as session:
            return [_to_entry(row) for row in session.scalars(_overlapping(start, end))]

    def count(self) -> int:
        with self._sessions.read() as session:
            return session.scalar(select(func.count()).select_from(AgendaItemRow)) or 0


def _overlapping(start: dt.datetime, end: dt.datetime) -> Select[AgendaItemRow]:
    """Rows overlapping [start, end), by start then id."""
    return (
        select(AgendaItemRow)
        .where(
            AgendaItemRow.start_utc < require_aware(end, "end"),
            AgendaItemRow.end_utc > require_aware(start, "start"),
        )
        .order_by(AgendaItemRow.start_utc, AgendaItemRow.id)
    )


def _checked(
    title: str, start: dt.datetime, end: dt.datetime, kind: BlockKind
) -> tuple[dt.datetime, dt.datetime]:
    if not title.strip():
        raise InvalidRecordError("An agenda item needs a title.")
    start_utc = require_aware(start, "start")
    end_utc = require_aware(end, "end")
    try:
        # The domain's own rules (end after start, an agenda kind) decide what is valid.
        AgendaItem(title, start_utc, end_utc, BlockKind(kind))
    except ValueError as exc:
        raise InvalidRecordError(f"Agenda item '{title}': {exc}.") from exc
    return start_utc, end_utc


def _check_zone(tz: str) -> None:
    try:
        zone(tz)
    except UnknownTimezoneError as exc:
        raise InvalidRecordError(
            f"'{tz}' is not a known time zone (e.g. Europe/Amsterdam)."
        ) from exc


def _to_item(row: AgendaItemRow) -> AgendaItem:
    return AgendaItem(
        title=row.title,
        start=row.start_utc,
        end=row.end_utc,
        kind=BlockKind(row.kind),
        id=row.id,
        source=row.source,
    )


def _to_entry(row: AgendaItemRow) -> AgendaEntry:
    return AgendaEntry(
        id=row.id,
        title=row.title,
        start=row.start_utc,
        end=row.end_utc,
        tz=row.tz,
        kind=BlockKind(row.kind),
        notes=row.notes,
        decision_question=row.decision_question,
        source=row.source,
        created=row.created_utc,
        updated=row.updated_utc,
    )
