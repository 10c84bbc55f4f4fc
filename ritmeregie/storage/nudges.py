"""The nudge log: what was planned, when it was shown and how it was answered (for statistics)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, String, case, func, select, type_coerce

from ritmeregie.domain.statistics import BLOCK_START, BlockFact

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
        with self._sessions.write(announce=False) as session:  # bookkeeping: no replan
            session.add(row)
            session.flush()
            return row.id

    def answer(self, log_id: int, answer: NudgeAnswer, at: dt.datetime) -> None:
        answer = NudgeAnswer(answer)
        at_utc = require_aware(at, "at")
        with self._sessions.write(announce=False) as session:  # bookkeeping: no replan
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

    def first_planned(self) -> dt.datetime | None:
        """When the oldest entry was planned (aware UTC; None: the log is empty)."""
        with self._sessions.read() as session:
            first: dt.datetime | None = session.scalar(select(func.min(NudgeLogRow.planned_utc)))
        if first is None:
            return None
        return first if first.tzinfo is not None else first.replace(tzinfo=dt.UTC)

    def block_facts(self, start: dt.datetime, end: dt.datetime) -> list[BlockFact]:
        """One BlockFact per block whose start nudges were planned in [start, end), by block start.

        Folded in SQL (GROUP BY over the indexed planned time) so a year of statistics reads a few
        thousand rows instead of mapping every log row; the rules are those of
        ritmeregie.domain.statistics.blocks_from_nudges, which the tests compare it with.
        """
        row = NudgeLogRow
        block_start = func.coalesce(row.block_start_utc, row.planned_utc)

        def answered(answer: NudgeAnswer) -> ColumnElement[int]:
            return func.max(case((row.answer == answer.value, 1), else_=0))

        def text(column: ColumnElement[Any]) -> ColumnElement[str]:
            # The stored text as it is: fromisoformat below is many times faster than the
            # generic DateTime result processing, and a year of blocks is thousands of rows.
            return type_coerce(column, String)

        query = (
            select(
                row.block_kind,
                text(func.min(block_start)),
                text(func.max(row.block_end_utc)),
                text(func.min(case((row.answer == NudgeAnswer.STARTED.value, row.answered_utc)))),
                answered(NudgeAnswer.SNOOZED),
                answered(NudgeAnswer.SKIPPED),
                answered(NudgeAnswer.MISSED),
            )
            .where(
                row.nudge_kind == BLOCK_START,
                row.planned_utc >= require_aware(start, "start"),
                row.planned_utc < require_aware(end, "end"),
            )
            # Ordered as grouped, so SQLite sorts once (for the grouping) and not twice.
            .group_by(block_start, row.block_kind)
            .order_by(block_start, row.block_kind)
        )
        with self._sessions.read() as session:
            return [
                BlockFact(
                    kind,
                    _aware(first),
                    _aware(last) if last is not None else None,
                    _aware(started) if started is not None else None,
                    bool(snoozed),
                    bool(skipped),
                    bool(missed),
                )
                for kind, first, last, started, snoozed, skipped, missed in session.execute(query)
            ]


def _aware(value: str) -> dt.datetime:
    """Stored instants are naive UTC text ("2027-03-26 08:00:00.000000")."""
    return dt.datetime.fromisoformat(value + "+00:00")


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
