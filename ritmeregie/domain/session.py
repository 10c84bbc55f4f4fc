"""The running day: the plan plus what the user did to it (focus now, a reset, a pause).

`effective_plan` splices an on-demand block into the plan; `status_at` answers "what now, what
next, how long" for the tray, the tooltip and `ritmeregie status`.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from .model import AGENDA_KINDS, Block, BlockKind, DayPlan
from .nudges import Nudge, nudges_for
from .planner import FOCUS_TITLE, RESET_TITLE

MIN_FOCUS_REMAINDER = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class RhythmState:
    paused_until: dt.datetime | None = None
    override: Block | None = None  # focus or reset started by hand; wins until it ends

    def paused(self, now: dt.datetime) -> bool:
        return self.paused_until is not None and _utc(now) < _utc(self.paused_until)

    def expire(self, now: dt.datetime) -> RhythmState:
        """Forget a pause or an override that has run out."""
        state = self
        if state.paused_until is not None and not state.paused(now):
            state = replace(state, paused_until=None)
        if state.override is not None and _utc(state.override.end) <= _utc(now):
            state = replace(state, override=None)
        return state


@dataclass(frozen=True, slots=True)
class Status:
    now: dt.datetime
    current: Block | None
    next: Block | None
    paused_until: dt.datetime | None
    remaining_fraction: float  # 1.0 at the block's start, 0.0 at its end
    minutes_left: int | None  # rounded up: "1" until the very last second

    @property
    def paused(self) -> bool:
        return self.paused_until is not None


def on_demand_block(kind: BlockKind, now: dt.datetime, minutes: int, tz: dt.tzinfo) -> Block:
    if kind not in (BlockKind.FOCUS, BlockKind.RESET):
        raise ValueError("only focus and reset can be started by hand")
    if not 1 <= minutes <= 240:
        raise ValueError("an on-demand block lasts 1 to 240 minutes")
    start = now.astimezone(tz)
    end = (start.astimezone(dt.UTC) + dt.timedelta(minutes=minutes)).astimezone(tz)
    return Block(kind, start, end, FOCUS_TITLE if kind is BlockKind.FOCUS else RESET_TITLE)


def effective_plan(plan: DayPlan, state: RhythmState) -> DayPlan:
    """The plan with the override spliced in: rhythm blocks under it are trimmed or dropped;
    agenda items stay (they belong to other people too)."""
    override = state.override
    if override is None:
        return plan
    o_start, o_end = _utc(override.start), _utc(override.end)
    blocks: list[Block] = [override]
    for block in plan.blocks:
        start, end = _utc(block.start), _utc(block.end)
        if block.kind in AGENDA_KINDS or end <= o_start or start >= o_end:
            blocks.append(block)
            continue
        if start < o_start:
            blocks.append(replace(block, end=override.start))
        if end > o_end:
            blocks.append(replace(block, start=override.end))
    # A sliver of planned focus left after a manual block is not worth its own nudge.
    blocks = [
        b
        for b in blocks
        if _utc(b.end) > _utc(b.start)
        and (
            b.kind is not BlockKind.FOCUS or b is override or b.end - b.start >= MIN_FOCUS_REMAINDER
        )
    ]
    blocks.sort(key=lambda b: (_utc(b.start), b is not override))
    return replace(plan, blocks=tuple(blocks))


def status_at(plan: DayPlan, state: RhythmState, now: dt.datetime) -> Status:
    state = state.expire(now)
    effective = effective_plan(plan, state)
    moment = _utc(now)
    current = state.override if state.override is not None else _own_block_at(effective, moment)
    upcoming = [b for b in effective.blocks if _utc(b.start) > moment]
    fraction, minutes_left = 0.0, None
    if current is not None:
        total = (_utc(current.end) - _utc(current.start)).total_seconds()
        left = max(0.0, (_utc(current.end) - moment).total_seconds())
        fraction = left / total if total > 0 else 0.0
        minutes_left = math.ceil(left / 60)
    return Status(
        now=now,
        current=current,
        next=upcoming[0] if upcoming else None,
        paused_until=state.paused_until,
        remaining_fraction=fraction,
        minutes_left=minutes_left,
    )


def session_nudges(
    plan: DayPlan, state: RhythmState, now: dt.datetime, heads_up_minutes: int
) -> list[Nudge]:
    """The nudges still to come: none while paused, none inside an on-demand block."""
    state = state.expire(now)
    nudges = nudges_for(
        effective_plan(plan, state),
        heads_up_minutes=heads_up_minutes,
        after=now,
        paused_until=state.paused_until,
    )
    override = state.override
    if override is None:
        return nudges
    o_start, o_end = _utc(override.start), _utc(override.end)
    return [
        n
        for n in nudges
        if n.block is not override
        and not (o_start <= _utc(n.at) < o_end and n.block.kind not in AGENDA_KINDS)
    ]


def _own_block_at(plan: DayPlan, moment: dt.datetime) -> Block | None:
    """The block now; when an imported busy layer overlaps, the own block wins."""
    # An all-day event (a holiday, "office closed") is context for the day, never "now".
    hits = [b for b in plan.blocks if not b.all_day and _utc(b.start) <= moment < _utc(b.end)]
    own = [b for b in hits if b.kind is not BlockKind.BUSY]
    chosen = own or hits
    return chosen[0] if chosen else None


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)
