"""DADU records: Decision, Action, Deadline, Update — one record per meeting, rows in order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ritmeregie.domain.clock import Clock

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import AgendaItemRow, DaduRecordRow, DaduRowRow
from .records import DaduRecord, DaduRow
from .utc import utc_now


class Dadu:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def add(
        self,
        meeting_title: str,
        meeting_date: dt.date,
        rows: Sequence[DaduRow],
        agenda_item_id: int | None = None,
    ) -> int:
        if not meeting_title.strip():
            raise InvalidRecordError("A DADU record needs the meeting's title.")
        with self._sessions.write() as session:
            if agenda_item_id is not None and session.get(AgendaItemRow, agenda_item_id) is None:
                raise NotFoundError(f"There is no agenda item {agenda_item_id}.")
            record = DaduRecordRow(
                meeting_title=meeting_title.strip(),
                meeting_date=meeting_date,
                agenda_item_id=agenda_item_id,
                created_utc=utc_now(self._clock),
                rows=[
                    DaduRowRow(
                        decision=row.decision,
                        action=row.action,
                        owner=row.owner,
                        deadline=row.deadline,
                        update_note=row.update_note,
                        update_date=row.update_date,
                    )
                    for row in rows
                ],
            )
            session.add(record)
            session.flush()
            return record.id

    def get(self, record_id: int) -> DaduRecord | None:
        with self._sessions.read() as session:
            record = session.get(
                DaduRecordRow, record_id, options=[selectinload(DaduRecordRow.rows)]
            )
            return _to_record(record) if record is not None else None

    def between(self, first: dt.date, last: dt.date) -> list[DaduRecord]:
        """Records of meetings from first to last inclusive, oldest first."""
        query = (
            select(DaduRecordRow)
            .where(DaduRecordRow.meeting_date >= first, DaduRecordRow.meeting_date <= last)
            .order_by(DaduRecordRow.meeting_date, DaduRecordRow.id)
            .options(selectinload(DaduRecordRow.rows))
        )
        with self._sessions.read() as session:
            return [_to_record(record) for record in session.scalars(query)]

    def remove(self, record_id: int) -> bool:
        with self._sessions.write() as session:
            record = session.get(DaduRecordRow, record_id)
            if record is None:
                return False
            session.delete(record)
            return True


def _to_record(record: DaduRecordRow) -> DaduRecord:
    return DaduRecord(
        id=record.id,
        meeting_title=record.meeting_title,
        meeting_date=record.meeting_date,
        agenda_item_id=record.agenda_item_id,
        created=record.created_utc,
        rows=tuple(
            DaduRow(
                decision=row.decision,
                action=row.action,
                owner=row.owner,
                deadline=row.deadline,
                update_note=row.update_note,
                update_date=row.update_date,
            )
            for row in record.rows
        ),
    )
