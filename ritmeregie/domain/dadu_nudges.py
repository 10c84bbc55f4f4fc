"""When a DADU update is due today, one calm nudge says so.

The moment: the start of the first free block (focus, reset or inbox) after the day start has
ended: the day has been sorted out and the update can still be planned in. If that moment has
passed (the app started late, or the update was entered today), it is the next free block's start
instead. Never inside a meeting or a call, never while paused, and at most one a day: the caller
passes no meetings once the day's update nudge was shown or missed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .model import Block, BlockKind, DayPlan
from .nudges import Nudge, NudgeKind

# Blocks whose start is a good moment to hear about an update: the user's own time.
FREE_KINDS = frozenset({BlockKind.FOCUS, BlockKind.RESET, BlockKind.INBOX})


def dadu_update_nudge(
    plan: DayPlan,
    meeting_titles: Sequence[str],
    *,
    after: dt.datetime | None = None,
    paused_until: dt.datetime | None = None,
) -> Nudge | None:
    """The day's one DADU-update nudge, or None when nothing is due or no free moment is left."""
    titles = tuple(dict.fromkeys(t.strip() for t in meeting_titles if t.strip()))
    if not titles:
        return None
    block = first_free_block(plan, after=after, paused_until=paused_until)
    if block is None:
        return None
    return Nudge(block.start, NudgeKind.DADU_UPDATE, block, about=titles)


def first_free_block(
    plan: DayPlan,
    *,
    after: dt.datetime | None = None,
    paused_until: dt.datetime | None = None,
) -> Block | None:
    """The first free block (focus, reset, inbox) starting after the day start has ended, after
    `after` and not while paused, never inside a meeting: a calm moment for a one-time nudge."""
    earliest = _day_start_end(plan)
    meetings = [b for b in plan.blocks if _is_meeting(b)]
    for block in sorted(plan.blocks, key=lambda b: _utc(b.start)):
        start = _utc(block.start)
        if block.kind not in FREE_KINDS or block.all_day:
            continue
        if earliest is not None and start < earliest:
            continue
        if after is not None and start <= _utc(after):
            continue
        if paused_until is not None and start < _utc(paused_until):
            continue
        if any(_utc(m.start) <= start < _utc(m.end) for m in meetings):
            continue
        return block
    return None


def with_dadu_update(
    nudges: Sequence[Nudge],
    plan: DayPlan,
    meeting_titles: Sequence[str],
    *,
    after: dt.datetime | None = None,
    paused_until: dt.datetime | None = None,
) -> list[Nudge]:
    """`nudges` plus the day's DADU-update nudge, in the same order nudges_for uses."""
    found = list(nudges)
    extra = dadu_update_nudge(plan, meeting_titles, after=after, paused_until=paused_until)
    if extra is None:
        return found
    found.append(extra)
    return sorted(found, key=lambda n: (_utc(n.at), n.kind is not NudgeKind.BLOCK_END))


def with_moment(nudges: Sequence[Nudge], extra: Nudge | None) -> list[Nudge]:
    """`nudges` plus one more one-time moment (or none), in the order nudges_for uses."""
    found = list(nudges)
    if extra is None:
        return found
    found.append(extra)
    return sorted(found, key=lambda n: (_utc(n.at), n.kind is not NudgeKind.BLOCK_END))


def _is_meeting(block: Block) -> bool:
    """Own meetings and calls, and busy time from other calendars that blocks the day."""
    if block.all_day:
        return False
    if block.kind in (BlockKind.MEETING, BlockKind.CALL):
        return True
    return block.kind is BlockKind.BUSY and block.blocking


def _day_start_end(plan: DayPlan) -> dt.datetime | None:
    starts = [b for b in plan.blocks if b.kind is BlockKind.DAGSTART]
    return min((_utc(b.end) for b in starts), default=None)


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)
