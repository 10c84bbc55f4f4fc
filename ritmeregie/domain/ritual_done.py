"""Which of a day's rituals are already done, so their nudge stays quiet.

A ritual is done when its result for the day already exists, however it came about (its dialog
opened from the tray before the nudge, Vandaag, the command line):

- dagstart: a must-do chosen for the day (planned for it by hand, not carried over, deferred there
  or a DADU deadline's reminder) or the day's own call;
- reflection: the day's reflection has something in it (an answer or the energy);
- frictievrijdag: no friction is open any more and at least one was dealt with that day;
- verslag (the optional after-lunch report): its prompt was copied that day (logged in the
  nudge log as `report_copied`, from the "Verslag via AI…" window however it was opened).

A meeting's end (the DADU prompt, in its DADU block) is done when that meeting already has its
DADU record: typed earlier from Vandaag or `dadu add --meeting`, by agenda item or by occurrence
of her own calendar.

The weekly review is never "done" beforehand: its notes are prepared ahead (now also in the
weekend) and its block is the conversation itself, where the dialog with those notes is wanted.

Pure: the facts are gathered from the store elsewhere (ritmeregie/services/ritual_facts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import BlockKind
from .nudges import Nudge, NudgeKind

# The rituals whose result can exist before their block starts.
RITUALS_WITH_RESULT = frozenset(
    {BlockKind.DAGSTART, BlockKind.REFLECTION, BlockKind.FRICTION_FRIDAY, BlockKind.REPORT}
)
# The nudge-log kind that says the day's verslag prompt was copied.
REPORT_COPIED = "report_copied"
# What a done ritual no longer needs: the reminders that it is time for it.
QUIETED_NUDGES = frozenset({NudgeKind.BLOCK_START, NudgeKind.HEADS_UP})


@dataclass(frozen=True, slots=True)
class RitualFacts:
    """What the store holds for one day."""

    chosen_must_dos: int = 0
    has_call: bool = False
    reflection_written: bool = False
    open_frictions: int = 0
    frictions_dealt_with: int = 0  # fixed, made a checklist of, or dropped that day
    report_copied: bool = False

    def done(self) -> frozenset[BlockKind]:
        kinds: set[BlockKind] = set()
        if self.chosen_must_dos > 0 or self.has_call:
            kinds.add(BlockKind.DAGSTART)
        if self.reflection_written:
            kinds.add(BlockKind.REFLECTION)
        if self.open_frictions == 0 and self.frictions_dealt_with > 0:
            kinds.add(BlockKind.FRICTION_FRIDAY)
        if self.report_copied:
            kinds.add(BlockKind.REPORT)
        return frozenset(kinds)


def asks_about_ritual(nudge: Nudge) -> bool:
    """Whether the nudge reminds of a ritual that can be done beforehand (only then is it worth
    looking at the store)."""
    return nudge.kind in QUIETED_NUDGES and nudge.block.kind in RITUALS_WITH_RESULT


def quiet_when_done(nudge: Nudge, done: frozenset[BlockKind]) -> bool:
    """True when the nudge asks for a ritual whose result already exists."""
    return asks_about_ritual(nudge) and nudge.block.kind in done


def asks_for_dadu(nudge: Nudge) -> bool:
    """Whether the nudge is a meeting's end: the moment its DADU is asked for."""
    return nudge.kind is NudgeKind.BLOCK_END and nudge.block.kind is BlockKind.MEETING


def quiet_when_dadu_written(nudge: Nudge, dadu_written: bool) -> bool:
    """True when the nudge asks for a meeting's DADU that is already written."""
    return asks_for_dadu(nudge) and dadu_written
