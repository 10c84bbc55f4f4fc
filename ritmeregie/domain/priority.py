"""Requests of several managers and the priority matrix (urgent and important).

Pure: a request is what the conflict rules and the matrix need of a must-do (its manager by name,
its deadline and its estimate); the store and the windows translate to and from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Quadrant(StrEnum):
    """The four quadrants; the values are stable (`matrix --json` and scripts use them)."""

    URGENT_IMPORTANT = "urgent_important"
    IMPORTANT = "important"
    URGENT = "urgent"
    NEITHER = "neither"

    @property
    def urgent(self) -> bool:
        return self in (Quadrant.URGENT_IMPORTANT, Quadrant.URGENT)

    @property
    def important(self) -> bool:
        return self in (Quadrant.URGENT_IMPORTANT, Quadrant.IMPORTANT)


QUADRANTS = tuple(Quadrant)


def quadrant_of(*, urgent: bool, important: bool) -> Quadrant:
    if urgent and important:
        return Quadrant.URGENT_IMPORTANT
    if important:
        return Quadrant.IMPORTANT
    if urgent:
        return Quadrant.URGENT
    return Quadrant.NEITHER


class Preference(StrEnum):
    """The intake's last question: does the manager want it fast, or complete?"""

    SPEED = "speed"
    COMPLETENESS = "completeness"


@dataclass(frozen=True, slots=True)
class Request:
    """An open must-do as the matrix and the conflict rules see it."""

    id: int
    title: str
    manager: str | None = None  # the manager's name; None: nobody's in particular
    urgent: bool = False
    important: bool = False
    deadline: dt.date | None = None
    estimate_minutes: int | None = None
    impact: str = ""  # what moving it affects (the intake's answer)
    prefer: Preference | None = None

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_of(urgent=self.urgent, important=self.important)


def pressing_order(request: Request) -> tuple[int, dt.date, int]:
    """Sort key, most pressing first: quadrant, then deadline (none last), then oldest."""
    return (
        QUADRANTS.index(request.quadrant),
        request.deadline or dt.date.max,
        request.id,
    )


def matrix(
    requests: Iterable[Request], manager: str | None = None
) -> dict[Quadrant, tuple[Request, ...]]:
    """The requests sorted into the four quadrants (each most pressing first); with `manager`,
    only that manager's (names compare without regard to case)."""
    wanted = manager.casefold() if manager is not None else None
    chosen = [
        r
        for r in requests
        if wanted is None or (r.manager is not None and r.manager.casefold() == wanted)
    ]
    chosen.sort(key=pressing_order)
    return {q: tuple(r for r in chosen if r.quadrant is q) for q in QUADRANTS}


def suggestions(requests: Iterable[Request], count: int = 3) -> tuple[Request, ...]:
    """The dagstart's suggestions from the matrix: urgent-and-important first, then important
    (the work that keeps the day ahead), then urgent; what is neither is never suggested."""
    ordered = sorted(
        (r for r in requests if r.quadrant is not Quadrant.NEITHER), key=pressing_order
    )
    return tuple(ordered[:count])
