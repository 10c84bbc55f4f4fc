"""The nudge log: what was planned, when it was shown and how it was answered (for statistics)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from .database import Sessions
from .errors import NotFoundError
from .models import NudgeLogRow
from .records import NudgeAnswer, NudgeLogEntry
from .utc import require_aware


class NudgeLog:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def record(
        self,
        planned: dt.datetime,
        nudge_kind: str,
        block_kind: str,
        block_title: str,
        shown: dt.datetime | None,
        block_start: dt.datetime | None = None,
        block_end: dt.datetime | None = None,
    ) -> int:
        """block_start/block_end: the block the nudge was about, so statistics can count its minutes."""
        row = NudgeLogRow(
            planned_utc=require_aware(planned, "planned"),
            block_start_utc=require_aware(block_start, "block_start") if block_start else None,
            block_end_utc=require_aware(block_end, "block_end") if block_end else None,
            shown_utc=require_aware(shown, "shown") if shown is not None else None,
            nudge_kind=str(nudge_kind),
            block_kind=str(block_kind),
            block_title=block_title,
        )
        with self._sessions.write() as session:
            session.add(row)
            session.flush()
            return row.id

    def answer(self, log_id: int, answer: NudgeAnswer, at: dt.datetime) -> None:
        answer = NudgeAnswer(answer)
        at_utc = require_aware(at, "at")
        with self._sessions.write() as session:
            row = session.get(NudgeLogRow, log_id)
            if row is None:
                raise NotFoundError(f"There is no nudge {log_id} in the log.")
            row.answer = answer.value
            row.answered_utc = at_utc

    def between(self, start: dt.datetime, end: dt.datetime) -> list[NudgeLogEntry]:
        """Entries planned in [start, end), oldest first."""
        query = (
            select(NudgeLogRow)
            .where(
                NudgeLogRow.planned_utc >= require_aware(start, "start"),
                NudgeLogRow.planned_utc < require_aware(end, "end"),
            )
            .order_by(NudgeLogRow.planned_utc, NudgeLogRow.id)
        )
        with self._sessions.read() as session:
            return [_to_entry(row) for row in session.scalars(query)]


def _to_entry(row: NudgeLogRow) -> NudgeLogEntry:
    return NudgeLogEntry(
        id=row.id,
        planned=row.planned_utc,
        shown=row.shown_utc,
        nudge_kind=row.nudge_kind,
        block_kind=row.block_kind,
        block_title=row.block_title,
        block_start=row.block_start_utc,
        block_end=row.block_end_utc,
        answer=NudgeAnswer(row.answer) if row.answer is not None else None,
        answered=row.answered_utc,
    )
