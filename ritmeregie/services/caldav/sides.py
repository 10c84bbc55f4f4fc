"""The local side of a two-way sync: the own agenda or the must-do's, as field dictionaries.

A stored mapping names a local row by id; SQLite may give a deleted row's id to a new row, so
each mapping also keeps the row's creation instant (`_created`) and a row that does not match it
counts as gone.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Protocol

from ritmeregie.domain.model import BlockKind
from ritmeregie.services.caldav.objects import Fields, agenda_fields, must_do_fields
from ritmeregie.storage.errors import StoreError

if TYPE_CHECKING:
    from ritmeregie.storage import Store

# Published: what ends from a month ago on (older history stays local).
AGENDA_BACK = dt.timedelta(days=30)
CREATED = "_created"


class LocalSide(Protocol):
    kind: str
    component: str

    def current(self, now: dt.datetime) -> dict[int, Fields]: ...

    def fields(self, local_id: int, created: str | None) -> Fields | None: ...

    def create(self, fields: Fields) -> tuple[int, str]: ...

    def apply(self, local_id: int, fields: Fields) -> None: ...

    def remove(self, local_id: int) -> None: ...

    def description(self, local_id: int | None) -> str: ...


def _kind(fields: Fields) -> BlockKind:
    return BlockKind.CALL if fields.get("kind") == "call" else BlockKind.MEETING


def _stamp(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds") if value else ""


class AgendaSide:
    kind = "agenda"
    component = "event"

    def __init__(self, store: Store) -> None:
        self._agenda = store.agenda

    def current(self, now: dt.datetime) -> dict[int, Fields]:
        far = now + dt.timedelta(days=3650)
        return {
            e.id: self._of(e)
            for e in self._agenda.entries_between(now - AGENDA_BACK, far)
            if e.source is None
        }

    def _of(self, entry: Any) -> Fields:
        fields = agenda_fields(
            entry.title,
            entry.start,
            entry.end,
            entry.notes,
            entry.tz,
            entry.kind.value,
            entry.decision_question,
        )
        fields[CREATED] = _stamp(entry.created)
        return fields

    def fields(self, local_id: int, created: str | None) -> Fields | None:
        entry = self._agenda.entry(local_id)
        if entry is None or (created and _stamp(entry.created) != created):
            return None
        return self._of(entry)

    def create(self, fields: Fields) -> tuple[int, str]:
        item = self._agenda.add(
            fields["title"],
            dt.datetime.fromisoformat(fields["start"]),
            dt.datetime.fromisoformat(fields["end"]),
            fields.get("tz") or "UTC",
            _kind(fields),
            fields.get("notes") or "",
            decision_question=fields.get("decision") or None,
        )
        entry = self._agenda.entry(item.id) if item.id is not None else None
        if entry is None:
            raise LookupError("the agenda item just stored cannot be read back")
        return entry.id, _stamp(entry.created)

    def apply(self, local_id: int, fields: Fields) -> None:
        self._agenda.update(
            local_id,
            title=fields["title"],
            start=dt.datetime.fromisoformat(fields["start"]),
            end=dt.datetime.fromisoformat(fields["end"]),
            tz=fields.get("tz") or None,
            notes=fields.get("notes") or "",
            kind=_kind(fields),
            decision_question=fields.get("decision") or "",
        )

    def remove(self, local_id: int) -> None:
        self._agenda.remove(local_id)

    def description(self, local_id: int | None) -> str:
        return ""  # an item's notes are a field of its own (DESCRIPTION)


class MustDoSide:
    kind = "must_do"
    component = "todo"

    def __init__(self, store: Store) -> None:
        self._must_dos = store.must_dos
        self._managers = store.managers
        self._caldav = store.caldav

    def _of(self, must_do: Any) -> Fields:
        fields = must_do_fields(
            must_do.title,
            must_do.urgent,
            must_do.important,
            must_do.deadline,
            must_do.done is not None,
            must_do.manager,
        )
        fields[CREATED] = _stamp(must_do.created)
        return fields

    def current(self, now: dt.datetime) -> dict[int, Fields]:
        return {m.id: self._of(m) for m in self._must_dos.open()}

    def fields(self, local_id: int, created: str | None) -> Fields | None:
        must_do = self._must_dos.get(local_id)
        if must_do is None or (created and _stamp(must_do.created) != created):
            return None
        return self._of(must_do)

    def create(self, fields: Fields) -> tuple[int, str]:
        deadline = fields.get("deadline")
        must_do = self._must_dos.add(
            fields["title"],
            urgent=bool(fields["urgent"]),
            important=bool(fields["important"]),
            deadline=dt.date.fromisoformat(deadline) if deadline else None,
            manager_id=self._manager_id(fields.get("manager")),
        )
        if fields.get("done"):
            self._must_dos.done(must_do.id)
        return must_do.id, _stamp(must_do.created)

    def apply(self, local_id: int, fields: Fields) -> None:
        current = self._must_dos.get(local_id)
        if current is None:
            return
        if fields["title"] != current.title:
            self._must_dos.rename(local_id, fields["title"])
        if (fields["urgent"], fields["important"]) != (current.urgent, current.important):
            self._must_dos.set_priority(
                local_id, urgent=bool(fields["urgent"]), important=bool(fields["important"])
            )
        deadline = dt.date.fromisoformat(fields["deadline"]) if fields.get("deadline") else None
        if deadline != current.deadline:
            self._must_dos.set_deadline(local_id, deadline)
        manager = fields.get("manager")
        if (manager or None) != current.manager:
            self._must_dos.set_manager(local_id, self._manager_id(manager))
        if bool(fields["done"]) != (current.done is not None):
            if fields["done"]:
                self._must_dos.done(local_id)
            else:
                self._must_dos.undo(local_id)

    def remove(self, local_id: int) -> None:
        self._must_dos.remove(local_id)

    def _manager_id(self, name: str | None) -> int | None:
        """The manager of that exact name; one not known on this device yet is added (her other
        device has them), so the request keeps its manager instead of losing it."""
        if not name:
            return None
        found = self._managers.find(name, exact=True)
        if found is None:
            try:
                found = self._managers.add(name)
            except StoreError:  # a name no manager can have (too long): the request stays hers
                return None
        return found.id

    def description(self, local_id: int | None) -> str:
        """A DADU action's meeting and decision travel along (read-only on the server)."""
        found = self._caldav.dadu_context(local_id) if local_id is not None else None
        if found is None:
            return ""
        from ritmeregie.platform.i18n import translate

        meeting, decision = found
        lines = [translate("CalDAV", "DADU of the meeting: {meeting}").format(meeting=meeting)]
        if decision.strip():
            lines.append(translate("CalDAV", "Decision: {decision}").format(decision=decision))
        return "\n".join(lines)
