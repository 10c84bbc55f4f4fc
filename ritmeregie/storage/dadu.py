"""DADU records: Decision, Action, Deadline, Update — one record per meeting, rows in order.

A row's deadline becomes a must-do planned for that date. The must-do remembers its row
(must_dos.dadu_row_id), so editing the row updates that one must-do instead of adding another;
removing the row leaves the must-do (it may already be on someone's day) but unlinks it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.decision_slot import OpenDecision

# Longest meeting title kept in a must-do's title ("Notulen delen (MT-overleg)").
from .dadu_rows import (
    check_agenda_item,
    checked_title,
    find,
    link,
    must_do_title,
    must_dos_of,
    new_row,
    require_record,
    require_row,
    to_record,
    to_row,
)
from .database import Sessions
from .models import DaduRecordRow, DaduRowRow, MustDoRow
from .records import DaduRecord, DaduRow, EventLink
from .utc import require_aware, utc_now


class Dadu:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- whole records ---------------------------------------------------------------------------

    def add(
        self,
        meeting_title: str,
        meeting_date: dt.date,
        rows: Sequence[DaduRow],
        agenda_item_id: int | None = None,
        event: EventLink | None = None,
    ) -> int:
        title = checked_title(meeting_title)
        with self._sessions.write() as session:
            check_agenda_item(session, agenda_item_id)
            record = DaduRecordRow(
                meeting_title=title,
                meeting_date=meeting_date,
                agenda_item_id=agenda_item_id,
                created_utc=utc_now(self._clock),
                rows=[new_row(row) for row in rows],
            )
            link(record, event)
            session.add(record)
            session.flush()
            for stored in record.rows:
                self._sync_must_do(session, stored)
            return record.id

    def get(self, record_id: int) -> DaduRecord | None:
        with self._sessions.read() as session:
            record = session.get(
                DaduRecordRow, record_id, options=[selectinload(DaduRecordRow.rows)]
            )
            return to_record(record) if record is not None else None

    def find(
        self,
        meeting_title: str,
        meeting_date: dt.date,
        agenda_item_id: int | None = None,
        event: EventLink | None = None,
    ) -> DaduRecord | None:
        """The record of that meeting: by its calendar occurrence when given (on any date: the
        occurrence may have moved), by agenda item, else by title on that date."""
        with self._sessions.read() as session:
            record = find(session, meeting_title.strip(), meeting_date, agenda_item_id, event)
            return to_record(record) if record is not None else None

    def linked_to_events(self) -> list[DaduRecord]:
        """Records of meetings from her own calendar (without their rows), oldest first."""
        query = (
            select(DaduRecordRow)
            .where(DaduRecordRow.event_uid.is_not(None))
            .order_by(DaduRecordRow.meeting_date, DaduRecordRow.id)
        )
        with self._sessions.read() as session:
            return [to_record(record, ()) for record in session.scalars(query)]

    def with_occurrences(self, links: Sequence[EventLink]) -> set[tuple[str, str]]:
        """Which of these occurrences have a DADU record, as (uid, occurrence) pairs."""
        uids = {link.uid for link in links}
        if not uids:
            return set()
        query = select(DaduRecordRow.event_uid, DaduRecordRow.event_occurrence).where(
            DaduRecordRow.event_uid.in_(uids)
        )
        with self._sessions.read() as session:
            return {(uid, occ) for uid, occ in session.execute(query) if uid and occ}

    def follow_event(
        self, record_id: int, meeting_title: str, meeting_date: dt.date, start: dt.datetime
    ) -> None:
        """The occurrence was renamed or moved in her calendar: the record follows it (its rows'
        must-do titles too)."""
        title = checked_title(meeting_title)
        with self._sessions.write() as session:
            record = require_record(session, record_id)
            record.meeting_title = title
            record.meeting_date = meeting_date
            record.meeting_start_utc = require_aware(start, "start")
            for stored in record.rows:
                self._sync_must_do(session, stored)
            session.flush()

    def between(self, first: dt.date, last: dt.date) -> list[DaduRecord]:
        """Records of meetings from first to last inclusive, oldest first."""
        query = (
            select(DaduRecordRow)
            .where(DaduRecordRow.meeting_date >= first, DaduRecordRow.meeting_date <= last)
            .order_by(DaduRecordRow.meeting_date, DaduRecordRow.id)
            .options(selectinload(DaduRecordRow.rows))
        )
        with self._sessions.read() as session:
            return [to_record(record) for record in session.scalars(query)]

    def first_date(self) -> dt.date | None:
        """The meeting date of the oldest record (None: no DADU yet)."""
        with self._sessions.read() as session:
            first: dt.date | None = session.scalar(select(func.min(DaduRecordRow.meeting_date)))
            return first

    def rename(
        self, record_id: int, meeting_title: str, meeting_date: dt.date | None = None
    ) -> DaduRecord:
        """Change the meeting's title (and date); the rows' must-do titles follow."""
        title = checked_title(meeting_title)
        with self._sessions.write() as session:
            record = require_record(session, record_id)
            record.meeting_title = title
            if meeting_date is not None:
                record.meeting_date = meeting_date
            for stored in record.rows:
                self._sync_must_do(session, stored)
            session.flush()
            return to_record(record)

    def remove(self, record_id: int) -> bool:
        """Remove a record and its rows; their must-do's stay, unlinked (the database sets NULL)."""
        with self._sessions.write() as session:
            record = session.get(DaduRecordRow, record_id)
            if record is None:
                return False
            session.delete(record)
            return True

    # -- rows, one at a time (the dialog saves as you type; the CLI adds one row per call) --------

    def append_row(
        self,
        meeting_title: str,
        meeting_date: dt.date,
        row: DaduRow,
        agenda_item_id: int | None = None,
        event: EventLink | None = None,
    ) -> DaduRecord:
        """Add a row to that meeting's record, creating the record when there is none yet."""
        title = checked_title(meeting_title)
        with self._sessions.write() as session:
            check_agenda_item(session, agenda_item_id)
            record = find(session, title, meeting_date, agenda_item_id, event)
            if record is None:
                record = DaduRecordRow(
                    meeting_title=title,
                    meeting_date=meeting_date,
                    agenda_item_id=agenda_item_id,
                    created_utc=utc_now(self._clock),
                )
                session.add(record)
            elif record.agenda_item_id is None and agenda_item_id is not None:
                record.agenda_item_id = agenda_item_id
            if record.event_uid is None:
                link(record, event)
            self._add_row(session, record, row)
            return to_record(record)

    def add_row(self, record_id: int, row: DaduRow) -> DaduRow:
        """Add a row at the end of a known record; the stored row comes back with its id."""
        with self._sessions.write() as session:
            record = require_record(session, record_id)
            return to_row(self._add_row(session, record, row))

    def update_row(self, row_id: int, row: DaduRow) -> DaduRow:
        """Replace a row's fields in place (its must-do follows)."""
        with self._sessions.write() as session:
            stored = require_row(session, row_id)
            stored.decision = row.decision
            stored.action = row.action
            stored.owner = row.owner
            stored.deadline = row.deadline
            stored.update_note = row.update_note
            stored.update_date = row.update_date
            session.flush()
            self._sync_must_do(session, stored)
            return to_row(stored)

    def remove_row(self, row_id: int) -> DaduRow | None:
        """Remove one row and return it (for undo); its must-do stays, unlinked."""
        with self._sessions.write() as session:
            stored = session.get(DaduRowRow, row_id)
            if stored is None:
                return None
            removed = to_row(stored)
            for must_do in must_dos_of(session, row_id):
                must_do.dadu_row_id = None
            record = stored.record
            record.rows.remove(stored)
            session.flush()
            return removed

    def record_of_row(self, row_id: int) -> DaduRecord | None:
        with self._sessions.read() as session:
            stored = session.get(DaduRowRow, row_id)
            return to_record(stored.record) if stored is not None else None

    def must_do_for_row(self, row_id: int) -> int | None:
        """The id of the must-do the row's deadline made, if it still has one."""
        with self._sessions.read() as session:
            linked = must_dos_of(session, row_id)
            return linked[0].id if linked else None

    # -- what the other rituals ask ---------------------------------------------------------------

    def with_open_actions(self, first: dt.date, last: dt.date) -> list[DaduRecord]:
        """Meetings from first to last (inclusive) that still have open actions, oldest first.

        Each record carries only its open rows: a row with an action (or an owner) whose
        deadline must-do is not ticked off yet. A row without a deadline has nothing to tick,
        so its action counts as open.
        """
        query = (
            select(DaduRecordRow)
            .where(DaduRecordRow.meeting_date >= first, DaduRecordRow.meeting_date <= last)
            .order_by(DaduRecordRow.meeting_date, DaduRecordRow.id)
            .options(selectinload(DaduRecordRow.rows))
        )
        found: list[DaduRecord] = []
        with self._sessions.read() as session:
            done_rows = set(
                session.scalars(
                    select(MustDoRow.dadu_row_id).where(
                        MustDoRow.dadu_row_id.is_not(None), MustDoRow.done_utc.is_not(None)
                    )
                )
            )
            for record in session.scalars(query):
                open_rows = [
                    row
                    for row in record.rows
                    if (row.action.strip() or row.owner.strip()) and row.id not in done_rows
                ]
                if open_rows:
                    found.append(to_record(record, open_rows))
        return found

    def updates_on(self, date: dt.date) -> list[DaduRecord]:
        """Meetings with a row whose update is due on `date`; each record carries only those rows."""
        query = (
            select(DaduRecordRow)
            .join(DaduRowRow)
            .where(DaduRowRow.update_date == date)
            .distinct()
            .order_by(DaduRecordRow.meeting_date, DaduRecordRow.id)
            .options(selectinload(DaduRecordRow.rows))
        )
        with self._sessions.read() as session:
            return [
                to_record(record, [r for r in record.rows if r.update_date == date])
                for record in session.scalars(query)
            ]

    def decisions_due_between(self, first: dt.date, last: dt.date) -> list[OpenDecision]:
        """Rows with a decision and a deadline from `first` to `last` (the caller decides which
        decisions are still open: see domain/decision_slot.py)."""
        query = (
            select(DaduRecordRow.meeting_title, DaduRowRow.decision, DaduRowRow.deadline)
            .join(DaduRowRow)
            .where(DaduRowRow.deadline >= first, DaduRowRow.deadline <= last)
            .where(DaduRowRow.decision != "")
            .order_by(DaduRowRow.deadline, DaduRowRow.id)
        )
        with self._sessions.read() as session:
            return [
                OpenDecision(title, decision, deadline)
                for title, decision, deadline in session.execute(query)
                if deadline is not None
            ]

    # -- internals -------------------------------------------------------------------------------

    def _add_row(self, session: Session, record: DaduRecordRow, row: DaduRow) -> DaduRowRow:
        stored = new_row(row)
        record.rows.append(stored)
        session.flush()
        self._sync_must_do(session, stored)
        session.flush()
        return stored

    def _sync_must_do(self, session: Session, stored: DaduRowRow) -> None:
        """Keep the row's must-do in step: create, update, or (deadline gone) let it go."""
        linked = must_dos_of(session, stored.id)
        if stored.deadline is None:
            for must_do in linked:
                if must_do.done_utc is None:
                    session.delete(must_do)  # an open reminder for a deadline that no longer exists
                else:
                    must_do.dadu_row_id = None  # done stays done, in the history
            return
        title = must_do_title(stored, stored.record.meeting_title)
        if not title:
            return
        if not linked:
            session.add(
                MustDoRow(
                    title=title,
                    deadline=stored.deadline,
                    planned_for=stored.deadline,
                    created_utc=utc_now(self._clock),
                    dadu_row_id=stored.id,
                )
            )
            return
        must_do = linked[0]
        if must_do.deadline != stored.deadline:
            must_do.planned_for = stored.deadline
            must_do.deferred_to = None
        must_do.title = title
        must_do.deadline = stored.deadline
