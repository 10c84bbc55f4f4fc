"""Must-do's (urgent/important, deadline, defer) and the day's call."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ritmeregie.domain.clock import Clock

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import CallRow, MustDoRow
from .records import Call, MustDo
from .utc import utc_now


class MustDos:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def add(
        self,
        title: str,
        urgent: bool = False,
        important: bool = False,
        deadline: dt.date | None = None,
        planned_for: dt.date | None = None,
    ) -> MustDo:
        if not title.strip():
            raise InvalidRecordError("A must-do needs a title.")
        row = MustDoRow(
            title=title.strip(),
            urgent=urgent,
            important=important,
            deadline=deadline,
            planned_for=planned_for,
            created_utc=utc_now(self._clock),
        )
        with self._sessions.write() as session:
            session.add(row)
            session.flush()
            return _to_must_do(row)

    def get(self, must_do_id: int) -> MustDo | None:
        with self._sessions.read() as session:
            row = session.get(MustDoRow, must_do_id)
            return _to_must_do(row) if row is not None else None

    def open(self, on: dt.date | None = None) -> list[MustDo]:
        """Not yet done, urgent-and-important first. With `on`, leave out what was deferred past
        that date."""
        query = select(MustDoRow).where(MustDoRow.done_utc.is_(None))
        if on is not None:
            query = query.where(or_(MustDoRow.deferred_to.is_(None), MustDoRow.deferred_to <= on))
        query = query.order_by(
            MustDoRow.urgent.desc(),
            MustDoRow.important.desc(),
            MustDoRow.deadline.is_(None),
            MustDoRow.deadline,
            MustDoRow.id,
        )
        with self._sessions.read() as session:
            return [_to_must_do(row) for row in session.scalars(query)]

    def done(self, must_do_id: int) -> MustDo:
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            if row.done_utc is None:
                row.done_utc = utc_now(self._clock)
            return _to_must_do(row)

    def undo(self, must_do_id: int) -> MustDo:
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.done_utc = None
            return _to_must_do(row)

    def defer(self, must_do_id: int, to_date: dt.date) -> MustDo:
        """Plan it again for a later day ("next week" rather than now)."""
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.deferred_to = to_date
            row.planned_for = to_date
            return _to_must_do(row)


class Calls:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def add(self, date: dt.date, who: str) -> Call:
        if not who.strip():
            raise InvalidRecordError("A call needs a name.")
        row = CallRow(date=date, who=who.strip(), done=False)
        with self._sessions.write() as session:
            session.add(row)
            session.flush()
            return _to_call(row)

    def on(self, date: dt.date) -> list[Call]:
        query = select(CallRow).where(CallRow.date == date).order_by(CallRow.id)
        with self._sessions.read() as session:
            return [_to_call(row) for row in session.scalars(query)]

    def done(self, call_id: int, done: bool = True) -> Call:
        with self._sessions.write() as session:
            row = session.get(CallRow, call_id)
            if row is None:
                raise NotFoundError(f"There is no call {call_id}.")
            row.done = done
            return _to_call(row)


def _require(session: Session, must_do_id: int) -> MustDoRow:
    row = session.get(MustDoRow, must_do_id)
    if row is None:
        raise NotFoundError(f"There is no must-do {must_do_id}.")
    return row


def _to_must_do(row: MustDoRow) -> MustDo:
    return MustDo(
        id=row.id,
        title=row.title,
        urgent=row.urgent,
        important=row.important,
        deadline=row.deadline,
        planned_for=row.planned_for,
        deferred_to=row.deferred_to,
        done=row.done_utc,
        created=row.created_utc,
    )


def _to_call(row: CallRow) -> Call:
    return Call(id=row.id, date=row.date, who=row.who, done=row.done)
