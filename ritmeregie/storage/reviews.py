"""Notes of the weekly review (period = its Monday) and the competence mirror (period = 1 January)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Select, select

from ritmeregie.domain.clock import Clock

from .database import Sessions
from .models import ReviewNoteRow
from .utc import utc_now


class ReviewKind(StrEnum):
    WEEKLY_REVIEW = "weekly_review"
    COMPETENCE_MIRROR = "competence_mirror"


def period_start(kind: ReviewKind, date: dt.date) -> dt.date:
    """The period a date belongs to: its week's Monday, or its year's first day."""
    if ReviewKind(kind) is ReviewKind.WEEKLY_REVIEW:
        return date - dt.timedelta(days=date.weekday())
    return dt.date(date.year, 1, 1)


class Reviews:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def get(self, kind: ReviewKind, period: dt.date) -> str:
        """The notes of the period that holds `period` ("" when nothing was written yet)."""
        kind = ReviewKind(kind)
        with self._sessions.read() as session:
            row = session.scalar(_query(kind, period_start(kind, period)))
            return row.text if row is not None else ""

    def save(self, kind: ReviewKind, period: dt.date, text: str) -> None:
        """Write the notes (saved as typed: the whole text each time, replacing the last)."""
        kind = ReviewKind(kind)
        start = period_start(kind, period)
        with self._sessions.write() as session:
            row = session.scalar(_query(kind, start))
            if row is None:
                row = ReviewNoteRow(kind=kind.value, period_start=start)
                session.add(row)
            row.text = text
            row.updated_utc = utc_now(self._clock)

    def periods(self, kind: ReviewKind) -> list[dt.date]:
        """Every period with notes, newest first (for history and export)."""
        query = (
            select(ReviewNoteRow.period_start)
            .where(ReviewNoteRow.kind == ReviewKind(kind).value, ReviewNoteRow.text != "")
            .order_by(ReviewNoteRow.period_start.desc())
        )
        with self._sessions.read() as session:
            return list(session.scalars(query))


def _query(kind: ReviewKind, start: dt.date) -> Select[ReviewNoteRow]:
    return select(ReviewNoteRow).where(
        ReviewNoteRow.kind == kind.value, ReviewNoteRow.period_start == start
    )
