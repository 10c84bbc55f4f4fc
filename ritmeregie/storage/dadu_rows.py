"""The DADU store's rows: checks on what is written, finding a record, and rows to records and back
(with the must-do a deadline becomes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import InvalidRecordError, NotFoundError
from .models import AgendaItemRow, DaduRecordRow, DaduRowRow, MustDoRow
from .records import DaduRecord, DaduRow, EventLink
from .utc import require_aware

# Longest meeting title kept in a must-do's title ("Notulen delen (MT-overleg)").
MUST_DO_MEETING_CHARS = 40


def checked_title(meeting_title: str) -> str:
    if not meeting_title.strip():
        raise InvalidRecordError("A DADU record needs the meeting's title.")
    return meeting_title.strip()


def check_agenda_item(session: Session, agenda_item_id: int | None) -> None:
    if agenda_item_id is not None and session.get(AgendaItemRow, agenda_item_id) is None:
        raise NotFoundError(f"There is no agenda item {agenda_item_id}.")


def link(record: DaduRecordRow, event: EventLink | None) -> None:
    if event is None:
        return
    record.event_uid = event.uid
    record.event_occurrence = event.occurrence
    if event.start is not None:
        record.meeting_start_utc = require_aware(event.start, "start")


def find(
    session: Session,
    title: str,
    meeting_date: dt.date,
    agenda_item_id: int | None,
    event: EventLink | None = None,
) -> DaduRecordRow | None:
    if event is not None:
        by_event = session.scalar(
            select(DaduRecordRow)
            .where(
                DaduRecordRow.event_uid == event.uid,
                DaduRecordRow.event_occurrence == event.occurrence,
            )
            .order_by(DaduRecordRow.id)
        )
        if by_event is not None:
            return by_event
    base = select(DaduRecordRow).where(DaduRecordRow.meeting_date == meeting_date)
    if event is not None:
        # A record typed by title before (or another occurrence's): only an unlinked one.
        base = base.where(DaduRecordRow.event_uid.is_(None))
    if agenda_item_id is not None:
        by_item = session.scalar(
            base.where(DaduRecordRow.agenda_item_id == agenda_item_id).order_by(DaduRecordRow.id)
        )
        if by_item is not None:
            return by_item
    return session.scalar(
        base.where(DaduRecordRow.meeting_title == title).order_by(DaduRecordRow.id)
    )


def require_record(session: Session, record_id: int) -> DaduRecordRow:
    record = session.get(DaduRecordRow, record_id)
    if record is None:
        raise NotFoundError(f"There is no DADU record {record_id}.")
    return record


def require_row(session: Session, row_id: int) -> DaduRowRow:
    stored = session.get(DaduRowRow, row_id)
    if stored is None:
        raise NotFoundError(f"There is no DADU row {row_id}.")
    return stored


def must_dos_of(session: Session, row_id: int) -> list[MustDoRow]:
    query = select(MustDoRow).where(MustDoRow.dadu_row_id == row_id).order_by(MustDoRow.id)
    return list(session.scalars(query))


def must_do_title(row: DaduRowRow, meeting_title: str) -> str:
    what = (row.action or row.decision).strip()
    if not what:
        return ""
    meeting = meeting_title.strip()
    if len(meeting) > MUST_DO_MEETING_CHARS:
        meeting = meeting[: MUST_DO_MEETING_CHARS - 1].rstrip() + "…"
    return f"{what} ({meeting})" if meeting else what


def new_row(row: DaduRow) -> DaduRowRow:
    return DaduRowRow(
        decision=row.decision,
        action=row.action,
        owner=row.owner,
        deadline=row.deadline,
        update_note=row.update_note,
        update_date=row.update_date,
    )


def to_row(row: DaduRowRow) -> DaduRow:
    return DaduRow(
        decision=row.decision,
        action=row.action,
        owner=row.owner,
        deadline=row.deadline,
        update_note=row.update_note,
        update_date=row.update_date,
        id=row.id,
    )


def to_record(record: DaduRecordRow, rows: Sequence[DaduRowRow] | None = None) -> DaduRecord:
    event = None
    if record.event_uid is not None and record.event_occurrence is not None:
        event = EventLink(record.event_uid, record.event_occurrence, record.meeting_start_utc)
    return DaduRecord(
        id=record.id,
        meeting_title=record.meeting_title,
        meeting_date=record.meeting_date,
        agenda_item_id=record.agenda_item_id,
        created=record.created_utc,
        rows=tuple(to_row(row) for row in (record.rows if rows is None else rows)),
        event=event,
    )
