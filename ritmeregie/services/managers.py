"""Several managers, Qt-free: requests from the store, the priority matrix, capacity and conflicts.

The conflict rules are pure (domain/capacity.py); here they get their facts: each day's focus
minutes from that day's plan (the agenda and the calendar layers, as `plan` shows it), and the
open must-do's as requests. A must-do without an estimate counts one focus block of the rhythm,
as the week planning does. The words (proposal, advice, agreement) are in manager_texts.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from ritmeregie.domain.capacity import Conflict, find_conflicts
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.priority import Quadrant, Request, matrix
from ritmeregie.storage.records import MustDo

# How far `conflicts` looks by default (two working weeks), and how far past its last day a
# moved request may go.
DEFAULT_RANGE_DAYS = 14
MOVE_HORIZON_DAYS = 28


def as_request(item: MustDo) -> Request:
    return Request(
        id=item.id,
        title=item.title,
        manager=item.manager,
        urgent=item.urgent,
        important=item.important,
        deadline=item.deadline,
        estimate_minutes=item.estimate_minutes,
        impact=item.impact,
        prefer=item.prefer,
    )


def open_requests(store: Any) -> list[MustDo]:
    items: list[MustDo] = store.must_dos.open()
    return items


def several_managers(store: Any) -> bool:
    """Whether the managers' parts of the app show: only from the second manager on."""
    return int(store.managers.count()) >= 2


def resolve_manager(store: Any, name: str | None) -> Any:
    """The manager called `name` (any case), or the default one when no name is given; None when
    there are no managers. Raises NotFoundError for an unknown name."""
    from ritmeregie.storage.errors import NotFoundError

    if name is None:
        return store.managers.default()
    manager = store.managers.find(name)
    if manager is None:
        raise NotFoundError(f"There is no manager called {name.strip()}.")
    return manager


def matrix_of(store: Any, manager: str | None = None) -> dict[Quadrant, tuple[MustDo, ...]]:
    """The open must-do's in the four quadrants (with `manager`: only theirs)."""
    items = {m.id: m for m in open_requests(store)}
    quadrants = matrix((as_request(m) for m in items.values()), manager)
    return {q: tuple(items[r.id] for r in found) for q, found in quadrants.items()}


def move_to_quadrant(store: Any, must_do_id: int, quadrant: Quadrant) -> MustDo:
    """The matrix's move: urgent and important as the quadrant says."""
    item: MustDo = store.must_dos.set_priority(
        must_do_id, urgent=quadrant.urgent, important=quadrant.important
    )
    return item


def default_estimate_minutes(store: Any) -> int:
    return int(store.settings.rhythm().focus_minutes)


def focus_minutes_by_day(
    store: Any, first: dt.date, last: dt.date, tz: ZoneInfo
) -> dict[dt.date, int]:
    """Each day's focus minutes from its plan (days off have none)."""
    from ritmeregie.services.today import plan_for

    result = {}
    day = first
    while day <= last:
        plan = plan_for(store, day, tz)
        result[day] = sum(b.minutes for b in plan.blocks if b.kind is BlockKind.FOCUS)
        day += dt.timedelta(days=1)
    return result


@dataclass(frozen=True, slots=True)
class ConflictReport:
    first: dt.date
    last: dt.date
    conflicts: tuple[Conflict, ...]
    items: dict[int, MustDo]  # the must-do's the conflicts name, by id


def conflicts_between(store: Any, first: dt.date, last: dt.date, tz: ZoneInfo) -> ConflictReport:
    items = {m.id: m for m in open_requests(store)}
    if not any(m.deadline is not None and m.deadline <= last for m in items.values()):
        return ConflictReport(first, last, (), items)  # nothing due: no day needs planning
    focus = focus_minutes_by_day(store, first, last + dt.timedelta(days=MOVE_HORIZON_DAYS), tz)
    found = find_conflicts(
        (as_request(m) for m in items.values()),
        focus,
        first,
        last,
        default_minutes=default_estimate_minutes(store),
    )
    return ConflictReport(first, last, tuple(found), items)


def conflict_between(report: ConflictReport, ids: Iterable[int]) -> Conflict | None:
    """The conflict naming both requests (in either order), if there is one."""
    wanted = set(ids)
    for conflict in report.conflicts:
        named = {conflict.keep.id, conflict.proposal.move.id}
        if named == wanted:
            return conflict
    return None


def apply_proposal(store: Any, conflict: Conflict) -> MustDo:
    """The agreement moves the proposed request: it is needed by the proposed day."""
    item: MustDo = store.must_dos.set_deadline(conflict.proposal.move.id, conflict.proposal.to)
    return item
