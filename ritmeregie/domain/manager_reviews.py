"""Each manager's weekly review slot as a ritual of the day (several managers only).

A single-manager assistant keeps the rhythm's one weekly review exactly as it is. From two managers
on, the managers' own slots (weekday and wall-clock time, Settings → Managers) replace it: each a
`weekly_review` ritual naming its manager, so the planner places it like any ritual (it makes room
for the agenda, moves on a collision, and survives a DST day through `local_instant`) and its nudge
opens the review of that manager.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .model import BlockKind, ManagerRef
from .rhythm import DayRhythm, RhythmTemplate, Ritual

# A slot lasts as long as the rhythm's own weekly review; this when the rhythm has none.
DEFAULT_REVIEW_MINUTES = 30


@dataclass(frozen=True, slots=True)
class ReviewSlot:
    """A manager's weekly review: the weekday (0 = Monday) and local wall-clock time."""

    manager: ManagerRef
    weekday: int
    start: dt.time

    def __post_init__(self) -> None:
        if self.weekday not in range(7):
            raise ValueError("weekdays are numbered 0 (Monday) to 6 (Sunday)")


def review_title(name: str) -> str:
    """The block's stored title, in the rhythm's own Dutch words (STYLE.md: "Weekstart met je
    manager"); the UI and CLI show it in the user's language (services/vocabulary.py)."""
    return f"Weekstart met {name}"


def with_manager_reviews(
    rhythm: RhythmTemplate, slots: Sequence[ReviewSlot], managers: int
) -> RhythmTemplate:
    """The rhythm with the managers' review slots in place of its own weekly review.

    `managers` is how many managers she has: below two, or with no slot set, the rhythm is
    returned unchanged. A slot on a day without work hours (the weekend) is not planned: the
    rhythm has no day there to put it in."""
    if managers < 2 or not slots:
        return rhythm
    minutes = next(
        (
            r.minutes
            for day in rhythm.days.values()
            for r in day.rituals
            if r.kind is BlockKind.WEEKLY_REVIEW
        ),
        DEFAULT_REVIEW_MINUTES,
    )
    days: dict[int, DayRhythm] = {}
    for weekday, day in rhythm.days.items():
        own = tuple(r for r in day.rituals if r.kind is not BlockKind.WEEKLY_REVIEW)
        reviews = [
            Ritual(
                BlockKind.WEEKLY_REVIEW,
                slot.start,
                minutes,
                review_title(slot.manager.name),
                manager=slot.manager,
            )
            for slot in sorted(slots, key=lambda s: (s.start, s.manager.name, s.manager.id))
            if slot.weekday == weekday
        ]
        # The planner places rituals in their order (a stable sort on the time keeps hers as
        # they were): two managers at the same minute always come out the same way.
        rituals = sorted((*own, *reviews), key=lambda r: r.start)
        days[weekday] = dataclasses.replace(day, rituals=tuple(rituals))
    return dataclasses.replace(rhythm, days=days)
