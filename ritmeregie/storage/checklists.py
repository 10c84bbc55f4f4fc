"""Checklists for recurring tasks, usually born from a friction on frictievrijdag.

Items keep their order in `position` (0, 1, 2 … without gaps after every change). Ticks belong to
the current round: "new round" clears them when the task comes around again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ritmeregie.domain.clock import Clock

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import ChecklistItemRow, ChecklistRow, FrictionRow
from .records import FrictionStatus
from .utc import utc_now


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: int
    checklist_id: int
    position: int
    text: str
    done: bool


@dataclass(frozen=True, slots=True)
class Checklist:
    id: int
    title: str
    friction_id: int | None
    archived: bool
    created: dt.datetime
    items: tuple[ChecklistItem, ...] = field(default=())

    @property
    def done_count(self) -> int:
        return sum(1 for item in self.items if item.done)

    @property
    def complete(self) -> bool:
        return bool(self.items) and all(item.done for item in self.items)


class Checklists:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- lists -----------------------------------------------------------------------------------

    def create(
        self, title: str, items: Sequence[str] = (), friction_id: int | None = None
    ) -> Checklist:
        """A new checklist; with a friction it marks that friction as turned into a checklist."""
        clean_title = _checked(title, "A checklist needs a title.")
        with self._sessions.write() as session:
            if friction_id is not None:
                friction = session.get(FrictionRow, friction_id)
                if friction is None:
                    raise NotFoundError(f"There is no friction {friction_id}.")
                friction.status = FrictionStatus.CHECKLIST.value
                friction.resolved_utc = utc_now(self._clock)
            checklist = ChecklistRow(
                title=clean_title,
                friction_id=friction_id,
                archived=False,
                created_utc=utc_now(self._clock),
                items=[
                    ChecklistItemRow(position=index, text=text.strip(), done=False)
                    for index, text in enumerate(t for t in items if t.strip())
                ],
            )
            session.add(checklist)
            session.flush()
            return _to_checklist(checklist)

    def from_friction(self, friction_id: int, items: Sequence[str] = ()) -> Checklist:
        """Turn a friction into a checklist titled with the friction's own words."""
        with self._sessions.read() as session:
            friction = session.get(FrictionRow, friction_id)
            if friction is None:
                raise NotFoundError(f"There is no friction {friction_id}.")
            title = friction.text
        return self.create(title, items, friction_id=friction_id)

    def get(self, checklist_id: int) -> Checklist | None:
        with self._sessions.read() as session:
            checklist = session.get(
                ChecklistRow, checklist_id, options=[selectinload(ChecklistRow.items)]
            )
            return _to_checklist(checklist) if checklist is not None else None

    def all(self, include_archived: bool = False) -> list[Checklist]:
        """Checklists by title (case-insensitive), archived ones last when included."""
        query = select(ChecklistRow).options(selectinload(ChecklistRow.items))
        if not include_archived:
            query = query.where(ChecklistRow.archived.is_(False))
        with self._sessions.read() as session:
            found = [_to_checklist(c) for c in session.scalars(query)]
        return sorted(found, key=lambda c: (c.archived, c.title.casefold(), c.id))

    def for_friction(self, friction_id: int) -> Checklist | None:
        query = (
            select(ChecklistRow)
            .where(ChecklistRow.friction_id == friction_id)
            .order_by(ChecklistRow.id.desc())
            .options(selectinload(ChecklistRow.items))
        )
        with self._sessions.read() as session:
            checklist = session.scalar(query)
            return _to_checklist(checklist) if checklist is not None else None

    def rename(self, checklist_id: int, title: str) -> Checklist:
        clean_title = _checked(title, "A checklist needs a title.")
        with self._sessions.write() as session:
            checklist = _require(session, checklist_id)
            checklist.title = clean_title
            return _to_checklist(checklist)

    def archive(self, checklist_id: int, archived: bool = True) -> Checklist:
        with self._sessions.write() as session:
            checklist = _require(session, checklist_id)
            checklist.archived = archived
            return _to_checklist(checklist)

    def remove(self, checklist_id: int) -> bool:
        """Delete a checklist with its items (undo of "turn into a checklist")."""
        with self._sessions.write() as session:
            checklist = session.get(ChecklistRow, checklist_id)
            if checklist is None:
                return False
            session.delete(checklist)
            return True

    def new_round(self, checklist_id: int) -> Checklist:
        """Clear every tick: the recurring task has come around again."""
        with self._sessions.write() as session:
            checklist = _require(session, checklist_id)
            for item in checklist.items:
                item.done = False
            return _to_checklist(checklist)

    # -- items -----------------------------------------------------------------------------------

    def add_item(self, checklist_id: int, text: str, position: int | None = None) -> Checklist:
        """Add an item at `position` (None: at the end)."""
        clean = _checked(text, "A checklist item needs a few words.")
        with self._sessions.write() as session:
            checklist = _require(session, checklist_id)
            items = list(checklist.items)
            index = len(items) if position is None else max(0, min(position, len(items)))
            new = ChecklistItemRow(text=clean, done=False, position=index)
            checklist.items.append(new)
            items.insert(index, new)
            _renumber(items)
            session.flush()
            session.refresh(checklist, ["items"])
            return _to_checklist(checklist)

    def rename_item(self, item_id: int, text: str) -> ChecklistItem:
        clean = _checked(text, "A checklist item needs a few words.")
        with self._sessions.write() as session:
            item = _require_item(session, item_id)
            item.text = clean
            return _to_item(item)

    def move_item(self, item_id: int, position: int) -> Checklist:
        """Put an item at `position` (clamped), shifting the others."""
        with self._sessions.write() as session:
            item = _require_item(session, item_id)
            checklist = item.checklist
            items = [i for i in checklist.items if i.id != item_id]
            items.insert(max(0, min(position, len(items))), item)
            _renumber(items)
            session.flush()
            session.refresh(checklist, ["items"])
            return _to_checklist(checklist)

    def remove_item(self, item_id: int) -> ChecklistItem | None:
        """Remove an item and return it (for undo: add_item with its text and position)."""
        with self._sessions.write() as session:
            item = session.get(ChecklistItemRow, item_id)
            if item is None:
                return None
            removed = _to_item(item)
            checklist = item.checklist
            checklist.items.remove(item)
            _renumber(list(checklist.items))
            return removed

    def tick(self, item_id: int, done: bool = True) -> ChecklistItem:
        with self._sessions.write() as session:
            item = _require_item(session, item_id)
            item.done = done
            return _to_item(item)

    def untick(self, item_id: int) -> ChecklistItem:
        return self.tick(item_id, done=False)


def _checked(text: str, message: str) -> str:
    if not text.strip():
        raise InvalidRecordError(message)
    return text.strip()


def _require(session: Session, checklist_id: int) -> ChecklistRow:
    checklist = session.get(ChecklistRow, checklist_id)
    if checklist is None:
        raise NotFoundError(f"There is no checklist {checklist_id}.")
    return checklist


def _require_item(session: Session, item_id: int) -> ChecklistItemRow:
    item = session.get(ChecklistItemRow, item_id)
    if item is None:
        raise NotFoundError(f"There is no checklist item {item_id}.")
    return item


def _renumber(items: Sequence[ChecklistItemRow]) -> None:
    for index, item in enumerate(items):
        item.position = index


def _to_item(item: ChecklistItemRow) -> ChecklistItem:
    return ChecklistItem(
        id=item.id,
        checklist_id=item.checklist_id,
        position=item.position,
        text=item.text,
        done=item.done,
    )


def _to_checklist(checklist: ChecklistRow) -> Checklist:
    items = sorted(checklist.items, key=lambda i: (i.position, i.id))
    return Checklist(
        id=checklist.id,
        title=checklist.title,
        friction_id=checklist.friction_id,
        archived=checklist.archived,
        created=checklist.created_utc,
        items=tuple(_to_item(item) for item in items),
    )
