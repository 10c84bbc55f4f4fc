"""Which moments of a day plan deserve a nudge, and what the user can answer.

Pure derivation: the scheduler turns each Nudge into one DateTrigger job; nothing here is persisted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .model import AGENDA_KINDS, Block, BlockKind, DayPlan


class NudgeKind(StrEnum):
    BLOCK_START = "block_start"
    HEADS_UP = "heads_up"
    BLOCK_END = "block_end"
    DADU_UPDATE = "dadu_update"  # a DADU update is due today (see dadu_nudges.py)
    DECISION_SLOT = "decision_slot"  # "bel bij twijfel": an open decision near its deadline


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
        BlockKind.REPORT,
    }
)
# Imported busy time from other calendars is context, not the assistant's own moment; a DADU
# block's moment is its meeting's end (the DADU prompt), moved to when the block starts.
SILENT_KINDS = frozenset({BlockKind.BUSY, BlockKind.DADU})
# Items of the own agenda: each keeps its heads-up, start and end, even when it overlaps another
# (a double booking is exactly when the assistant needs to hear of both).
OWN_AGENDA_KINDS = frozenset({BlockKind.MEETING, BlockKind.CALL})
# A start or end this late is no longer "now": it goes into the one catch-up message instead.
LATE_GRACE = dt.timedelta(seconds=90)


class Timeliness(StrEnum):
    """What a moment that comes due at `now` still is (see `timeliness`)."""

    ON_TIME = "on_time"  # show it
    STALE = "stale"  # a heads-up for something that has started: say nothing
    MISSED = "missed"  # too late to show as if it were now: name it in the one catch-up


@dataclass(frozen=True, slots=True)
class Nudge:
    at: dt.datetime  # aware, in the plan's zone
    kind: NudgeKind
    block: Block
    about: tuple[str, ...] = ()  # what else it concerns: the meetings whose DADU update is due
    # Other moments at the same instant, shown in the same card (see `gathered`).
    together: tuple[Nudge, ...] = ()

    @property
    def key(self) -> str:
        """Stable across re-plans of the same day, so a rebuilt job replaces its twin.

        An agenda item's key names the item (its id, or its title), not only kind and start:
        two meetings starting at the same minute are two moments, and a meeting moved or deleted
        takes only its own moments with it.
        """
        block = self.block
        key = f"{self.kind.value}:{block.kind.value}:{block.start.isoformat()}"
        if block.kind not in AGENDA_KINDS:
            return key  # the rhythm has one block of a kind at a time
        who = f"#{block.agenda_id}" if block.agenda_id is not None else block.title
        return f"{key}:{who}"

    @property
    def parts(self) -> tuple[Nudge, ...]:
        """This moment and the ones shown with it, each on its own (`together` left empty)."""
        return (dataclasses.replace(self, together=()), *self.together)

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

    `after` drops moments already past; `paused_until` drops moments while paused. No moment of
    the rhythm falls inside a meeting; the meetings' own heads-up, start and end all stay, also
    when meetings overlap (the caller shows moments at one instant together: `gathered`).
    """
    heads_up = dt.timedelta(minutes=heads_up_minutes)
    found: list[Nudge] = []
    # The DADU prompt opens in the meeting's DADU block: after back-to-back meetings that is
    # later than the meeting's end.
    dadu_starts = {_meeting_key(b): b.start for b in plan.blocks if b.kind is BlockKind.DADU}
    for block in plan.blocks:
        if block.kind in SILENT_KINDS:
            continue
        found.append(Nudge(block.start, NudgeKind.BLOCK_START, block))
        if block.kind in HEADS_UP_KINDS and heads_up_minutes > 0 and not _rhythm_call(block):
            # In UTC: wall-clock subtraction drops `fold`, and in the repeated autumn hour the
            # heads-up of the second 02:30 would land on the first 02:28 (a double nudge).
            early = (_utc(block.start) - heads_up).astimezone(block.start.tzinfo)
            found.append(Nudge(early, NudgeKind.HEADS_UP, block))
        if block.kind in END_KINDS:
            found.append(
                Nudge(dadu_starts.get(_meeting_key(block), block.end), NudgeKind.BLOCK_END, block)
            )
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


def _meeting_key(block: Block) -> tuple[object, ...]:
    """What a meeting and its DADU block share (the DADU block carries the meeting's title)."""
    return (block.agenda_id, block.event_uid, block.event_occurrence, block.source, block.title)


def _rhythm_call(block: Block) -> bool:
    """A personal call of the rhythm (not an agenda item, not from a calendar): it follows the
    quiet quarter, and a heads-up two minutes before would break that quiet; its start is enough."""
    return block.kind is BlockKind.CALL and block.from_rhythm


def _utc(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(dt.UTC)


def _inside_other_meeting(nudge: Nudge, meetings: Iterable[Block]) -> bool:
    if nudge.block.kind in OWN_AGENDA_KINDS:
        return False  # an own meeting's moment is never silenced by another meeting
    at = _utc(nudge.at)
    return any(_utc(m.start) < at < _utc(m.end) and m is not nudge.block for m in meetings)


# Which moment leads a card when several fall at the same instant: the one that asks for an
# answer (a meeting's DADU, a ritual's start), then meetings starting, then heads-ups.
def _lead_rank(nudge: Nudge) -> tuple[int, int]:
    answerable = 0 if nudge.answerable else 1
    order = {
        NudgeKind.BLOCK_END: 0,
        NudgeKind.BLOCK_START: 1,
        NudgeKind.HEADS_UP: 2,
        NudgeKind.DADU_UPDATE: 3,
        NudgeKind.DECISION_SLOT: 4,
    }
    return answerable, order[nudge.kind]


def gathered(nudges: Iterable[Nudge]) -> list[Nudge]:
    """Moments at the same instant as one nudge: the leading one with the others `together`.

    One card names them all, so a meeting ending as the next one starts (or two meetings at
    the same minute) never has one card close the other. In time order.
    """
    by_instant: dict[dt.datetime, list[Nudge]] = {}
    for nudge in nudges:
        for part in nudge.parts:
            by_instant.setdefault(_utc(part.at), []).append(part)
    result = []
    for instant in sorted(by_instant):
        group = sorted(by_instant[instant], key=_lead_rank)
        lead, others = group[0], tuple(group[1:])
        result.append(dataclasses.replace(lead, together=others))
    return result


def timeliness(nudge: Nudge, now: dt.datetime, grace: dt.timedelta = LATE_GRACE) -> Timeliness:
    """Whether a moment coming due at `now` is still news.

    After any gap (a frozen or suspended machine, a busy one) the scheduler's wake comes late: a
    heads-up for a block that has already started says "in 2 minutes" about the past, so it is
    dropped; a start or end more than `grace` late is named in the one catch-up instead.
    """
    moment = _utc(now)
    if nudge.kind is NudgeKind.HEADS_UP:
        return Timeliness.STALE if moment >= _utc(nudge.block.start) else Timeliness.ON_TIME
    return Timeliness.MISSED if moment - _utc(nudge.at) > grace else Timeliness.ON_TIME
