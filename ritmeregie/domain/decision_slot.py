""" "Bel bij twijfel": a DADU decision still open near its deadline gets a five-minute slot.

The seeds: "bel even bij twijfels: wat moeten we zeker weten vóór woensdag?" and a "minislot om
knopen door te hakken". A DADU row's decision is *open* when it is written as a question (it ends
with "?") or starts with a word that says so ("open:", "nog open", "te beslissen", "to decide",
"tbd"). A row without a decision is an action, not an open decision, and is left alone.

From the working day before its deadline up to the deadline itself, one calm nudge a day offers the
first five minutes of a free block (focus, reset or inbox, after the day start, never inside a
meeting) to settle the earliest such decision: call, ask, decide. Nothing is planned into the day;
the caller passes no decision once the day's slot nudge was shown or missed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .dadu_nudges import first_free_block
from .model import DayPlan
from .nudges import Nudge, NudgeKind

SLOT_MINUTES = 5
# How many days before the deadline the slot is offered (besides the deadline day itself).
LEAD_DAYS = 1
OPEN_PREFIXES = ("open:", "open -", "nog open", "te beslissen", "to decide", "tbd")


@dataclass(frozen=True, slots=True)
class OpenDecision:
    meeting_title: str
    question: str
    deadline: dt.date


def is_open_decision(decision: str) -> bool:
    text = decision.strip()
    if not text:
        return False
    return text.endswith("?") or text.casefold().startswith(OPEN_PREFIXES)


def decision_to_settle(decisions: Iterable[OpenDecision], today: dt.date) -> OpenDecision | None:
    """The open decision whose deadline comes first among those due today or on the next day(s)
    of LEAD_DAYS; None when none is that close (or all are past)."""
    near = [
        d
        for d in decisions
        if is_open_decision(d.question) and 0 <= (d.deadline - today).days <= LEAD_DAYS
    ]
    return min(near, key=lambda d: (d.deadline, d.meeting_title), default=None)


def decision_slot_nudge(
    plan: DayPlan,
    decisions: Sequence[OpenDecision],
    *,
    after: dt.datetime | None = None,
    paused_until: dt.datetime | None = None,
) -> Nudge | None:
    """The day's one "bel bij twijfel" nudge, or None (nothing open near its deadline, no room)."""
    decision = decision_to_settle(decisions, plan.date)
    if decision is None:
        return None
    block = first_free_block(plan, after=after, paused_until=paused_until)
    if block is None:
        return None
    about = (
        decision.question.strip(),
        decision.meeting_title.strip(),
        decision.deadline.isoformat(),
    )
    return Nudge(block.start, NudgeKind.DECISION_SLOT, block, about=about)
