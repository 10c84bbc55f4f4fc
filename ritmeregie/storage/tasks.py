"""Must-do's (urgent/important, deadline, defer) and the day's call.

The day's list is derived, never copied: what is planned for the day, plus what was planned for an
earlier day and is still open (offered again until it is done, deferred or let go), plus what was
ticked off during the day. So "unfinished ones are offered again tomorrow" needs no job at midnight.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from ritmeregie.domain.clock import Clock
from ritmeregie.domain.priority import Preference
from ritmeregie.domain.review import next_monday

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import CallRow, MustDoRow
from .records import Call, Intake, MustDo
from .utc import require_aware, utc_now

# A week of full days is the longest a single request can sensibly be estimated at.
MAX_ESTIMATE_MINUTES = 7 * 24 * 60


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
        *,
        manager_id: int | None = None,
        estimate_minutes: int | None = None,
        intake: Intake | None = None,
    ) -> MustDo:
        if not title.strip():
            raise InvalidRecordError("A must-do needs a title.")
        _check_estimate(estimate_minutes)
        answers = intake or Intake()
        row = MustDoRow(
            title=title.strip(),
            urgent=urgent,
            important=important,
            deadline=deadline,
            planned_for=planned_for,
            created_utc=utc_now(self._clock),
            manager_id=manager_id,
            estimate_minutes=estimate_minutes,
            goal=answers.goal.strip(),
            needed_for=answers.needed_for.strip(),
            impact=answers.impact.strip(),
            prefer=answers.prefer.value if answers.prefer is not None else None,
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
        with self._sessions.read() as session:
            return [_to_must_do(row) for row in session.scalars(_sorted(query))]

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

    def defer_next_week(self, must_do_id: int, today: dt.date) -> MustDo:
        """ "Not today — next week": planned again for the next Monday."""
        return self.defer(must_do_id, next_monday(today))

    # -- the day's list ------------------------------------------------------------------------

    def for_day(self, date: dt.date, start: dt.datetime, end: dt.datetime) -> list[MustDo]:
        """The day's must-do's: planned for it, still open from an earlier day, or ticked off
        between `start` and `end` (the day's bounds as instants). Sorted like `open()`.
        """
        start_utc, end_utc = require_aware(start, "start"), require_aware(end, "end")
        row = MustDoRow
        carried = and_(
            row.planned_for < date,
            row.done_utc.is_(None),
            or_(row.deferred_to.is_(None), row.deferred_to <= date),
        )
        ticked_today = and_(row.done_utc >= start_utc, row.done_utc < end_utc)
        query = select(row).where(or_(row.planned_for == date, carried, ticked_today))
        with self._sessions.read() as session:
            return [_to_must_do(r) for r in session.scalars(_sorted(query))]

    def chosen_for(self, date: dt.date) -> list[MustDo]:
        """Must-do's chosen for the day itself: planned for it by hand (a dagstart, Vandaag, the
        command line), not a "next week" deferral landing there nor a DADU deadline's reminder,
        and not one carried over from an earlier day."""
        query = select(MustDoRow).where(
            MustDoRow.planned_for == date,
            MustDoRow.deferred_to.is_(None),
            MustDoRow.dadu_row_id.is_(None),
        )
        with self._sessions.read() as session:
            return [_to_must_do(r) for r in session.scalars(_sorted(query))]

    def pool(self, date: dt.date) -> list[MustDo]:
        """Open must-do's not (yet) on the day's list: the ones a dagstart can pick from."""
        query = select(MustDoRow).where(
            MustDoRow.done_utc.is_(None),
            or_(MustDoRow.planned_for.is_(None), MustDoRow.planned_for > date),
            or_(MustDoRow.deferred_to.is_(None), MustDoRow.deferred_to <= date),
        )
        with self._sessions.read() as session:
            return [_to_must_do(r) for r in session.scalars(_sorted(query))]

    def done_between(self, start: dt.datetime, end: dt.datetime) -> list[MustDo]:
        """Ticked off in [start, end), in the order they were done."""
        query = (
            select(MustDoRow)
            .where(
                MustDoRow.done_utc >= require_aware(start, "start"),
                MustDoRow.done_utc < require_aware(end, "end"),
            )
            .order_by(MustDoRow.done_utc, MustDoRow.id)
        )
        with self._sessions.read() as session:
            return [_to_must_do(r) for r in session.scalars(query)]

    def deadlines_between(self, first: dt.date, last: dt.date) -> list[MustDo]:
        """Open must-do's with a deadline from first to last inclusive, earliest first."""
        query = (
            select(MustDoRow)
            .where(
                MustDoRow.done_utc.is_(None),
                MustDoRow.deadline >= first,
                MustDoRow.deadline <= last,
            )
            .order_by(MustDoRow.deadline, MustDoRow.id)
        )
        with self._sessions.read() as session:
            return [_to_must_do(r) for r in session.scalars(query)]

    # -- editing -------------------------------------------------------------------------------

    def plan(self, must_do_id: int, date: dt.date | None) -> MustDo:
        """Put it on a day's list (None: back to the pool); undoes a deferral."""
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.planned_for = date
            row.deferred_to = None
            return _to_must_do(row)

    def rename(self, must_do_id: int, title: str) -> MustDo:
        if not title.strip():
            raise InvalidRecordError("A must-do needs a title.")
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.title = title.strip()
            return _to_must_do(row)

    def set_priority(self, must_do_id: int, *, urgent: bool, important: bool) -> MustDo:
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.urgent = urgent
            row.important = important
            return _to_must_do(row)

    def set_request(
        self,
        must_do_id: int,
        *,
        manager_id: int | None,
        estimate_minutes: int | None,
        deadline: dt.date | None,
        intake: Intake,
    ) -> MustDo:
        """The intake card saves as you type: the request's manager, estimate, deadline, answers."""
        _check_estimate(estimate_minutes)
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.manager_id = manager_id
            row.estimate_minutes = estimate_minutes
            row.deadline = deadline
            row.goal = intake.goal.strip()
            row.needed_for = intake.needed_for.strip()
            row.impact = intake.impact.strip()
            row.prefer = intake.prefer.value if intake.prefer is not None else None
            session.flush()
            session.refresh(row)
            return _to_must_do(row)

    def set_manager(self, must_do_id: int, manager_id: int | None) -> MustDo:
        """Whose request it is (or nobody's), the intake's other answers untouched."""
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.manager_id = manager_id
            session.flush()
            session.refresh(row)
            return _to_must_do(row)

    def set_deadline(self, must_do_id: int, deadline: dt.date | None) -> MustDo:
        """An agreement moved it: the new date it is needed by."""
        with self._sessions.write() as session:
            row = _require(session, must_do_id)
            row.deadline = deadline
            return _to_must_do(row)

    def remove(self, must_do_id: int) -> bool:
        with self._sessions.write() as session:
            row = session.get(MustDoRow, must_do_id)
            if row is None:
                return False
            session.delete(row)
            return True


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

    def between(self, first: dt.date, last: dt.date) -> list[Call]:
        """Calls planned from first to last inclusive, by date then id (history and export)."""
        query = (
            select(CallRow)
            .where(CallRow.date >= first, CallRow.date <= last)
            .order_by(CallRow.date, CallRow.id)
        )
        with self._sessions.read() as session:
            return [_to_call(row) for row in session.scalars(query)]

    def for_day(self, date: dt.date) -> Call | None:
        """The day's call: the one planned for it, else the latest earlier call still not made
        (offered again until it is made or replaced)."""
        with self._sessions.read() as session:
            row = session.scalar(
                select(CallRow).where(CallRow.date == date).order_by(CallRow.id.desc()).limit(1)
            )
            if row is None:
                row = session.scalar(
                    select(CallRow)
                    .where(CallRow.date < date, CallRow.done.is_(False))
                    .order_by(CallRow.date.desc(), CallRow.id.desc())
                    .limit(1)
                )
            return _to_call(row) if row is not None else None

    def update(self, call_id: int, *, who: str | None = None, date: dt.date | None = None) -> Call:
        """Rename the call and/or move it to another day (a carried call taken on for today)."""
        if who is not None and not who.strip():
            raise InvalidRecordError("A call needs a name.")
        with self._sessions.write() as session:
            row = _require_call(session, call_id)
            if who is not None:
                row.who = who.strip()
            if date is not None:
                row.date = date
            return _to_call(row)

    def remove(self, call_id: int) -> bool:
        with self._sessions.write() as session:
            row = session.get(CallRow, call_id)
            if row is None:
                return False
            session.delete(row)
            return True

    def done(self, call_id: int, done: bool = True) -> Call:
        with self._sessions.write() as session:
            row = _require_call(session, call_id)
            row.done = done
            return _to_call(row)


def _require(session: Session, must_do_id: int) -> MustDoRow:
    row = session.get(MustDoRow, must_do_id)
    if row is None:
        raise NotFoundError(f"There is no must-do {must_do_id}.")
    return row


def _require_call(session: Session, call_id: int) -> CallRow:
    row = session.get(CallRow, call_id)
    if row is None:
        raise NotFoundError(f"There is no call {call_id}.")
    return row


def _sorted(query: Select[MustDoRow]) -> Select[MustDoRow]:
    """Urgent-and-important first, then by deadline (none last), then oldest first."""
    return query.order_by(
        MustDoRow.urgent.desc(),
        MustDoRow.important.desc(),
        MustDoRow.deadline.is_(None),
        MustDoRow.deadline,
        MustDoRow.id,
    )


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
        manager_id=row.manager_id,
        manager=row.manager.name if row.manager is not None else None,
        estimate_minutes=row.estimate_minutes,
        goal=row.goal or "",
        needed_for=row.needed_for or "",
        impact=row.impact or "",
        prefer=Preference(row.prefer) if row.prefer else None,
    )


def _check_estimate(minutes: int | None) -> None:
    if minutes is not None and not 0 <= minutes <= MAX_ESTIMATE_MINUTES:
        raise InvalidRecordError(
            f"An estimate is from 0 to {MAX_ESTIMATE_MINUTES} minutes, not {minutes}."
        )


def _to_call(row: CallRow) -> Call:
    return Call(id=row.id, date=row.date, who=row.who, done=row.done)
