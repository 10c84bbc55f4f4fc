"""plan_day: rituals at their times, the agenda first, the rest filled with focus blocks and resets.

All arithmetic happens on UTC instants, so a 23- or 25-hour day needs no special cases; only the
conversion of wall-clock times (localtime.local_instant) knows about DST.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from .localtime import (
    DEFAULT_DAY_BOUNDARY,
    MIDNIGHT,
    day_bounds,
    local_instant,
    wall_time_exists,
    zone,
)
from .model import AgendaItem, Block, BlockKind, DayPlan, NoteReason, PlanNote
from .rhythm import DayRhythm, RhythmTemplate

Interval = tuple[dt.datetime, dt.datetime]

FOCUS_TITLE = "Focusblok"
RESET_TITLE = "Reset"


def plan_day(
    date: dt.date,
    rhythm: RhythmTemplate,
    agenda: Iterable[AgendaItem],
    tz: str | ZoneInfo,
    *,
    boundary: dt.time = DEFAULT_DAY_BOUNDARY,
    dadu_minutes: int = 0,
) -> DayPlan:
    """The plan of the local day `date`. Agenda items count when they fall in the day's window
    (`date` at `boundary` up to the next date at `boundary`), so a meeting at 00:30 belongs to the
    evening before; work hours and rituals stay on `date` itself.

    With `dadu_minutes`, the first minutes after each meeting are a `dadu` block (see
    `_dadu_blocks`); rituals make room for them as they do for the agenda."""
    tzinfo = zone(tz) if isinstance(tz, str) else tz
    day_start, day_end = day_bounds(date, tzinfo, boundary)
    # An all-day event (a holiday) belongs to its calendar date, not to the night before it.
    date_start, date_end = day_bounds(date, tzinfo, MIDNIGHT)
    # Everything inside the planner is UTC (see the module docstring).
    agenda_blocks = [
        Block(
            i.kind,
            start,
            end,
            i.title,
            agenda_id=i.id,
            source=i.source,
            blocking=i.blocking and not i.all_day,
            tentative=i.tentative,
            all_day=i.all_day,
            event_uid=i.event_uid,
            event_occurrence=i.event_occurrence,
            decision_line=i.decision_line,
        )
        for i in agenda
        for start, end in [(i.start.astimezone(dt.UTC), i.end.astimezone(dt.UTC))]
        for lo, hi in [(date_start, date_end) if i.all_day else (day_start, day_end)]
        if start < hi and end > lo
    ]
    busy: list[Interval] = [(b.start, b.end) for b in agenda_blocks if b.blocking]
    agenda_blocks += _dadu_blocks(agenda_blocks, busy, dt.timedelta(minutes=dadu_minutes))
    busy = [(b.start, b.end) for b in agenda_blocks if b.blocking]

    day = rhythm.for_date(date)
    if day is None:
        return _finish(date, tzinfo, agenda_blocks, [])

    work = (
        local_instant(date, day.hours.start, tzinfo),
        local_instant(date, day.hours.end, tzinfo),
    )
    ritual_blocks, notes = _place_rituals(date, day, tzinfo, work, busy)
    occupied = busy + [(b.start, b.end) for b in ritual_blocks]
    filler = _fill(_gaps(work, occupied), rhythm)
    return _finish(date, tzinfo, agenda_blocks + ritual_blocks + filler, notes)


# A DADU block waits at most this long behind back-to-back meetings; later, the moment is gone.
DADU_WAIT = dt.timedelta(hours=2)


def _dadu_blocks(
    agenda_blocks: list[Block], busy: list[Interval], length: dt.timedelta
) -> list[Block]:
    """The seeds' "kort DADU-blok": `length` after each meeting, before the next focus block.

    It starts when the meeting ends, or (back-to-back meetings) when the agenda is free again,
    one after the other in the meetings' order; it is cut short by the next agenda item and
    left out when the agenda stays full for `DADU_WAIT`. It carries its meeting's identity.
    """
    if length <= dt.timedelta(0):
        return []
    meetings = sorted(
        (b for b in agenda_blocks if b.kind is BlockKind.MEETING and not b.all_day),
        key=lambda b: (b.end, b.start),
    )
    taken: list[Interval] = list(busy)
    found: list[Block] = []
    for meeting in meetings:
        start = _free_from(meeting.end, taken)
        if start - meeting.end > DADU_WAIT:
            continue
        stop = min([start + length] + [s for s, _e in taken if start < s < start + length])
        taken.append((start, stop))
        found.append(
            Block(
                BlockKind.DADU,
                start,
                stop,
                meeting.title,
                agenda_id=meeting.agenda_id,
                source=meeting.source,
                event_uid=meeting.event_uid,
                event_occurrence=meeting.event_occurrence,
                decision_line=meeting.decision_line,
            )
        )
    return found


def _free_from(instant: dt.datetime, taken: list[Interval]) -> dt.datetime:
    """The first moment at or after `instant` outside every interval of `taken`."""
    moved = True
    while moved:
        moved = False
        for start, end in taken:
            if start <= instant < end:
                instant, moved = end, True
    return instant


def _place_rituals(
    date: dt.date,
    day: DayRhythm,
    tzinfo: ZoneInfo,
    work: Interval,
    busy: list[Interval],
) -> tuple[list[Block], list[PlanNote]]:
    placed: list[Block] = []
    notes: list[PlanNote] = []
    for ritual in day.rituals:
        want = local_instant(date, ritual.start, tzinfo)
        length = dt.timedelta(minutes=ritual.minutes)
        if not wall_time_exists(date, ritual.start, tzinfo):
            notes.append(
                PlanNote(
                    ritual.kind,
                    ritual.title,
                    NoteReason.TIME_DOES_NOT_EXIST,
                    want,
                    want,
                    manager=ritual.manager,
                )
            )
        taken = [(b.start, b.end) for b in placed]
        start = want
        if _overlaps((want, want + length), busy + taken):
            reason = (
                NoteReason.COLLIDES_WITH_AGENDA
                if _overlaps((want, want + length), busy)
                else NoteReason.COLLIDES_WITH_RITUAL
            )
            # A ritual outside work hours may stay outside them; it only looks for room nearby.
            window = (min(work[0], want), max(work[1], want + length))
            found = _nearest_slot(want, length, _gaps(window, busy + taken))
            notes.append(
                PlanNote(ritual.kind, ritual.title, reason, want, found, manager=ritual.manager)
            )
            if found is None:
                continue
            start = found
        placed.append(
            Block(
                ritual.kind,
                start,
                start + length,
                ritual.title,
                from_rhythm=True,
                manager=ritual.manager,
            )
        )
    return placed, notes


def _fill(gaps: list[Interval], rhythm: RhythmTemplate) -> list[Block]:
    """Focus blocks separated by resets; a remainder shorter than the minimum stays free (buffer)."""
    focus = dt.timedelta(minutes=rhythm.focus_minutes)
    reset = dt.timedelta(minutes=rhythm.reset_minutes)
    shortest = dt.timedelta(minutes=rhythm.min_focus_minutes)
    blocks: list[Block] = []
    for start, end in gaps:
        cursor = start
        while end - cursor >= shortest:
            stop = min(cursor + focus, end)
            blocks.append(Block(BlockKind.FOCUS, cursor, stop, FOCUS_TITLE))
            if end - (stop + reset) < shortest:
                break
            blocks.append(Block(BlockKind.RESET, stop, stop + reset, RESET_TITLE))
            cursor = stop + reset
    return blocks


def _gaps(window: Interval, occupied: list[Interval]) -> list[Interval]:
    gaps: list[Interval] = []
    cursor = window[0]
    for start, end in sorted(occupied):
        if end <= cursor:
            continue
        if start >= window[1]:
            break
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < window[1]:
        gaps.append((cursor, window[1]))
    return gaps


def _overlaps(interval: Interval, others: list[Interval]) -> bool:
    return any(interval[0] < end and start < interval[1] for start, end in others)


def _nearest_slot(
    want: dt.datetime, length: dt.timedelta, gaps: list[Interval]
) -> dt.datetime | None:
    best: tuple[dt.timedelta, int, dt.datetime] | None = None
    for start, end in gaps:
        if end - start < length:
            continue
        candidate = min(max(want, start), end - length)
        # On a tie prefer the later slot: after a meeting rather than squeezed before it.
        key = (abs(candidate - want), 0 if candidate >= want else 1, candidate)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def _finish(date: dt.date, tzinfo: ZoneInfo, blocks: list[Block], notes: list[PlanNote]) -> DayPlan:
    # Sort on UTC instants before going local: same-zone aware datetimes compare by wall time.
    ordered = sorted(blocks, key=lambda b: (b.start.astimezone(dt.UTC), b.end.astimezone(dt.UTC)))
    local = tuple(
        Block(
            b.kind,
            b.start.astimezone(tzinfo),
            b.end.astimezone(tzinfo),
            b.title,
            agenda_id=b.agenda_id,
            source=b.source,
            blocking=b.blocking,
            tentative=b.tentative,
            all_day=b.all_day,
            from_rhythm=b.from_rhythm,
            event_uid=b.event_uid,
            event_occurrence=b.event_occurrence,
            decision_line=b.decision_line,
            manager=b.manager,
        )
        for b in ordered
    )
    return DayPlan(date=date, timezone=tzinfo.key, blocks=local, notes=tuple(notes))
