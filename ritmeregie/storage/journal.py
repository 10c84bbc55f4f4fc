"""Reflections (one per day) and the friction log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from ritmeregie.domain.clock import Clock

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import FrictionRow, ReflectionRow
from .records import Friction, FrictionStatus, Reflection
from .utc import require_aware, utc_now


class Reflections:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def save(
        self,
        date: dt.date,
        satisfied: str,
        less_satisfied: str,
        differently: str,
        energy: int | None = None,
    ) -> Reflection:
        """Write the day's reflection, replacing an earlier one of the same day."""
        if energy is not None and (isinstance(energy, bool) or not 1 <= energy <= 5):
            raise InvalidRecordError(f"Energy is a number from 1 to 5, not {energy}.")
        with self._sessions.write() as session:
            row = session.scalar(select(ReflectionRow).where(ReflectionRow.date == date))
            if row is None:
                row = ReflectionRow(date=date)
                session.add(row)
            row.satisfied = satisfied
            row.less_satisfied = less_satisfied
            row.differently = differently
            row.energy = energy
            row.updated_utc = utc_now(self._clock)
            session.flush()
            return _to_reflection(row)

    def get(self, date: dt.date) -> Reflection | None:
        with self._sessions.read() as session:
            row = session.scalar(select(ReflectionRow).where(ReflectionRow.date == date))
            return _to_reflection(row) if row is not None else None

    def between(self, first: dt.date, last: dt.date) -> list[Reflection]:
        """Reflections from first to last inclusive, oldest first."""
        query = (
            select(ReflectionRow)
            .where(ReflectionRow.date >= first, ReflectionRow.date <= last)
            .order_by(ReflectionRow.date)
        )
        with self._sessions.read() as session:
            return [_to_reflection(row) for row in session.scalars(query)]

    def all(self) -> list[Reflection]:
        """Every reflection ever written, oldest first (for export)."""
        query = select(ReflectionRow).order_by(ReflectionRow.date)
        with self._sessions.read() as session:
            return [_to_reflection(row) for row in session.scalars(query)]

    def first_date(self) -> dt.date | None:
        """The day of the oldest reflection (None: none written yet)."""
        with self._sessions.read() as session:
            first: dt.date | None = session.scalar(select(func.min(ReflectionRow.date)))
            return first

    def dates(self, until: dt.date | None = None) -> list[dt.date]:
        """The days that have a reflection (up to `until` inclusive), oldest first: the streak."""
        query = select(ReflectionRow.date).order_by(ReflectionRow.date)
        if until is not None:
            query = query.where(ReflectionRow.date <= until)
        with self._sessions.read() as session:
            return list(session.scalars(query))


class Frictions:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def add(self, text: str) -> Friction:
        if not text.strip():
            raise InvalidRecordError("A friction needs a few words.")
        row = FrictionRow(
            text=text.strip(), created_utc=utc_now(self._clock), status=FrictionStatus.OPEN.value
        )
        with self._sessions.write() as session:
            session.add(row)
            session.flush()
            return _to_friction(row)

    def open(self) -> list[Friction]:
        query = (
            select(FrictionRow)
            .where(FrictionRow.status == FrictionStatus.OPEN.value)
            .order_by(FrictionRow.created_utc, FrictionRow.id)
        )
        with self._sessions.read() as session:
            return [_to_friction(row) for row in session.scalars(query)]

    def all(self) -> list[Friction]:
        query = select(FrictionRow).order_by(FrictionRow.created_utc, FrictionRow.id)
        with self._sessions.read() as session:
            return [_to_friction(row) for row in session.scalars(query)]

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Friction]:
        """Frictions noted in [start, end), oldest first."""
        query = (
            select(FrictionRow)
            .where(
                FrictionRow.created_utc >= require_aware(start, "start"),
                FrictionRow.created_utc < require_aware(end, "end"),
            )
            .order_by(FrictionRow.created_utc, FrictionRow.id)
        )
        with self._sessions.read() as session:
            return [_to_friction(row) for row in session.scalars(query)]

    def set_status(self, friction_id: int, status: FrictionStatus) -> Friction:
        status = FrictionStatus(status)
        with self._sessions.write() as session:
            row = session.get(FrictionRow, friction_id)
            if row is None:
                raise NotFoundError(f"There is no friction {friction_id}.")
            row.status = status.value
            row.resolved_utc = None if status is FrictionStatus.OPEN else utc_now(self._clock)
            return _to_friction(row)


def _to_reflection(row: ReflectionRow) -> Reflection:
    return Reflection(
        date=row.date,
        satisfied=row.satisfied,
        less_satisfied=row.less_satisfied,
        differently=row.differently,
        energy=row.energy,
        updated=row.updated_utc,
    )


def _to_friction(row: FrictionRow) -> Friction:
    return Friction(
        id=row.id,
        text=row.text,
        status=FrictionStatus(row.status),
        created=row.created_utc,
        resolved=row.resolved_utc,
    )
