"""Which moments of a day plan deserve a nudge, and what the user can answer.

Pure derivation: the scheduler turns each Nudge into one DateTrigger job; nothing here is persisted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .model import Block, BlockKind, DayPlan


class NudgeKind(StrEnum):
    BLOCK_START = "block_start"
    HEADS_UP = "heads_up"
    BLOCK_END = "block_end"
    DADU_UPDATE = "dadu_update"  # a DADU update is due today (see dadu_nudges.py)


class NudgeAnswer(StrEnum):
    STARTED = "started"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"


# A heads-up gives time to wrap up before moments that cannot simply start late.
HEADS_UP_KINDS = frozenset({BlockKind.MEETING, BlockKind.CALL, BlockKind.QUIET_QUARTER})
# The end of a meeting is when its DADU is captured; other ends are covered by the next start.
END_KINDS = frozenset({BlockKind.MEETING})
# Moments worth an interactive answer (start / later / skip); the rest are a quiet notification.
ANSWERABLE_KINDS = frozenset(
    {
        BlockKind.DAGSTART,
        BlockKind.FOCUS,
        BlockKind.INBOX,
        BlockKind.QUIET_QUARTER,
        BlockKind.FRICTION_FRIDAY,
        BlockKind.REFLECTION,
        BlockKind.WEEKLY_REVIEW,
    }
)
# Imported busy time from other calendars is context, not the assistant's own moment.
SILENT_KINDS = frozenset({BlockKind.BUSY})


@dataclass(frozen=True, slots=True)
class Nudge:
    at: dt.datetime  # aware, in the plan's zone
    kind: NudgeKind
    block: Block
    about: tuple[str, ...] = ()  # what else it concerns: the meetings whose DADU update is due

    @property
    def key(self) -> str:
        """Stable across re-plans of the same day, so a rebuilt job replaces its twin."""
        return f"{self.kind.value}:{self.block.kind.value}:{self.block.start.isoformat()}"

    @property
    def answerable(self) -> bool:
        if self.kind is NudgeKind.BLOCK_END:
            return self.block.kind in END_KINDS  # capture the DADU now, later, or skip it
        return self.kind is NudgeKind.BLOCK_START and self.block.kind in ANSWERABLE_KINDS


def nudges_for(
    plan: DayPlan,
    *,
    heads_up_minutes: int = 2,
    after: dt.datetime | None = None,
    paused_until: dt.datetime | None = None,
) -> list[Nudge]:
    """The nudges of a plan, in time order.

    `after` drops moments already past; `paused_until` drops moments while paused. No nudge falls
    inside a meeting, except that meeting's own heads-up and end.
    """
    heads_up = dt.timedelta(minutes=heads_up_minutes)
    found: list[Nudge] = []
    for block in plan.blocks:
        if block.kind in SILENT_KINDS:
            continue
        found.append(Nudge(block.start, NudgeKind.BLOCK_START, block))
        if block.kind in HEADS_UP_KINDS and heads_up_minutes > 0:
            # In UTC: wall-clock subtraction drops `fold`, and in the repeated autumn hour the
            # heads-up of the second 02:30 would land on the first 02:28 (a double nudge).
            early = (_utc(block.start) - heads_up).astimezone(block.start.tzinfo)
            found.append(Nudge(early, NudgeKind.HEADS_UP, block))
        if block.kind in END_KINDS:
            found.append(Nudge(block.end, NudgeKind.BLOCK_END, block))
    meetings = [b for b in plan.blocks if b.kind in (BlockKind.MEETING, BlockKind.CALL)]
    kept = [
        n
        for n in found
        if (after is None or _utc(n.at) > _utc(after))
        and (paused_until is None or _utc(n.at) >= _utc(paused_until))
        and not _inside_other_meeting(n, meetings)
    ]
    # Sort on UTC: same-zone aware datetimes compare by wall time, wrong in the repeated hour.
    return sorted(kept, key=lambda n: (_utc(n.at), n.kind != NudgeKind.BLOCK_END))


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)


def _inside_other_meeting(nudge: Nudge, meetings: Iterable[Block]) -> bool:
    at = _utc(nudge.at)
    return any(_utc(m.start) < at < _utc(m.end) and m is not nudge.block for m in meetings)
