"""Two-way sync of one bound collection: pull what changed (sync-token), merge, push what changed.

Local-first: every write already sits in SQLite; a sync only moves copies. The order makes a
kill at any point harmless: an intent is recorded before its request (a new object's UID before
its PUT, a tombstone before its DELETE), the sync token only after every pulled change is
stored, and each step is idempotent when repeated, so the next sync completes with nothing lost
or doubled.

Conflicts are decided per field against the last agreed version (base): a field changed on one
side takes that side's value; a field changed on both sides to different values keeps this
device's value and adds the other device's version as a copy marked "changed on two devices".
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ritmeregie.platform.i18n import translate
from ritmeregie.services.caldav.changes import changes_since
from ritmeregie.services.caldav.connection import Connection, failure_line
from ritmeregie.services.caldav.objects import Fields, event_ics, new_uid, parse, todo_ics
from ritmeregie.services.caldav.sides import CREATED, LocalSide

if TYPE_CHECKING:
    from ritmeregie.storage import Store
    from ritmeregie.storage.caldav import CaldavCollection, CaldavObject

log = logging.getLogger("ritmeregie.services.caldav")

RHYTHM_KIND = "rhythm"


@dataclass
class CollectionReport:
    account: str
    path: str
    purpose: str
    requests: int = 0
    pulled: int = 0
    pushed: int = 0
    deleted: int = 0
    conflicts: list[str] = field(default_factory=list)
    error: str | None = None

    def data(self) -> dict[str, object]:
        return {
            "account": self.account,
            "path": self.path,
            "purpose": self.purpose,
            "requests": self.requests,
            "pulled": self.pulled,
            "pushed": self.pushed,
            "deleted": self.deleted,
            "conflicts": self.conflicts,
            "error": self.error,
        }


def comparable(fields: Fields) -> Fields:
    return {k: v for k, v in fields.items() if not k.startswith("_")}


def merge3(base: Fields, local: Fields, remote: Fields) -> tuple[Fields, list[str]]:
    """Per field: whichever side changed it wins; both changed differently → this side, listed."""
    merged = dict(local)
    clashes: list[str] = []
    for key, theirs in comparable(remote).items():
        mine, was = local.get(key), base.get(key)
        if theirs in (mine, was):
            continue
        if mine == was:
            merged[key] = theirs
        else:
            clashes.append(key)
    return merged, clashes


def _ics(side: LocalSide, uid: str, fields: Fields, local_id: int | None) -> str:
    clean = comparable(fields)
    if side.component == "event":
        return event_ics(uid, clean)
    return todo_ics(uid, clean, description=side.description(local_id))


def _ok(status: int) -> bool:
    return 200 <= status < 300


class TwoWay:
    """One sync of one collection bound two-way (the own agenda or the must-do's)."""

    def __init__(
        self,
        store: Store,
        conn: Connection,
        collection: CaldavCollection,
        side: LocalSide,
        now: dt.datetime,
    ) -> None:
        self.store = store
        self.conn = conn
        self.coll = collection
        self.side = side
        self.now = now
        self.report = CollectionReport(
            collection.account, collection.path, collection.purpose.value
        )

    def _record(self, uid: str, href: str, etag: str | None, local_id: int | None,
                base: Fields, *, kind: str | None = None, deleted: bool = False) -> None:  # fmt: skip
        self.store.caldav.put_object(
            self.coll.id,
            uid,
            href=href,
            etag=etag,
            local_kind=kind or self.side.kind,
            local_id=local_id,
            base_json=json.dumps(base, sort_keys=True),
            deleted=deleted,
        )

    # -- pull ------------------------------------------------------------------------------------

    def pull(self) -> None:
        objects = self.store.caldav.objects(self.coll.id)
        known = {o.href: o for o in objects}
        by_uid = {o.uid: o for o in objects}
        found = changes_since(
            self.conn,
            self.coll.path,
            self.coll.sync_token,
            {o.href: o.etag for o in objects},
            # Another device's published rhythm is busy time, not an agenda item.
            skip=lambda href: href not in known and href.rsplit("/", 1)[-1].startswith("rhythm-"),
        )
        for item in found.changed:
            parsed = parse(item.text)
            if parsed is None or parsed[0] != self.side.component:
                continue
            _, uid, fields = parsed
            mapped = known.get(item.href) or by_uid.get(uid)
            self._take_remote(mapped, uid, item.href, item.etag, fields)
        for href in found.deleted:
            mapped = known.get(href)
            if mapped is not None:
                self._take_remote_deletion(mapped)
        self.store.caldav.synced(self.coll.id, found.token)

    def _take_remote(
        self, mapped: CaldavObject | None, uid: str, href: str, etag: str | None, remote: Fields
    ) -> None:
        if mapped is not None and mapped.local_kind == RHYTHM_KIND:
            self._record(uid, href, etag, None, json.loads(mapped.base_json), kind=RHYTHM_KIND)
            return
        if mapped is None:
            made, created = self.side.create(remote)
            self._record(uid, href, etag, made, {**remote, CREATED: created})
            self.report.pulled += 1
            return
        base = json.loads(mapped.base_json)
        local_id = mapped.local_id
        local = None
        if not mapped.deleted and local_id is not None:
            local = self.side.fields(local_id, base.get(CREATED))
        if local is None or local_id is None:
            # Deleted here, edited there: the edit is newer news; it comes back, nothing lost.
            new_id, created = self.side.create(remote)
            self._record(uid, href, etag, new_id, {**remote, CREATED: created})
            self.report.pulled += 1
            return
        merged, clashes = merge3(base, local, remote)
        if clashes:
            self._keep_both(remote, clashes)
        if comparable(merged) != comparable(local):
            self.side.apply(local_id, merged)
            self.report.pulled += 1
        # The server holds `remote` now: the push below sends the merge when it differs.
        self._record(uid, href, etag, local_id, {**remote, CREATED: local[CREATED]})

    def _keep_both(self, remote: Fields, clashes: list[str]) -> None:
        """The other device's version as a copy of its own (pushed as a new object below)."""
        copy = dict(comparable(remote))
        copy["title"] = translate("CalDAV", "{title} (changed on two devices)").format(
            title=copy["title"]
        )
        self.side.create(copy)
        self.report.conflicts.append(f"{remote['title']}: {', '.join(sorted(clashes))}")

    def _take_remote_deletion(self, mapped: CaldavObject) -> None:
        if mapped.local_kind == RHYTHM_KIND:
            self.store.caldav.drop_object(self.coll.id, mapped.uid)
            return
        base = json.loads(mapped.base_json)
        local = None
        if not mapped.deleted and mapped.local_id is not None:
            local = self.side.fields(mapped.local_id, base.get(CREATED))
        if local is not None and comparable(local) != comparable(base):
            # Edited here, deleted there: the edit is kept and published again.
            self._record(mapped.uid, mapped.href, None, mapped.local_id, {CREATED: local[CREATED]})
            return
        if local is not None and mapped.local_id is not None:
            self.side.remove(mapped.local_id)
            self.report.deleted += 1
        self._record(mapped.uid, mapped.href, None, None, {}, deleted=True)

    # -- push ------------------------------------------------------------------------------------

    def push(self) -> None:
        mapped_ids: set[int] = set()
        # One query for what is published; a row outside it (older history) is asked for alone.
        current = self.side.current(self.now)
        for obj in self.store.caldav.objects(self.coll.id):
            if obj.local_kind != self.side.kind:
                continue
            if obj.deleted:
                if obj.etag is not None:
                    self._delete(obj)  # a deletion that did not reach the server yet
                continue
            base = json.loads(obj.base_json)
            local = self._local(obj.local_id, base, current)
            if local is None or obj.local_id is None:
                self._record(obj.uid, obj.href, obj.etag, None, {}, deleted=True)  # intent
                self._delete(obj)
                continue
            mapped_ids.add(obj.local_id)
            if obj.etag is None or comparable(local) != comparable(base):
                self._put(obj.uid, obj.href, obj.etag, obj.local_id, local)
        for local_id, fields in current.items():
            if local_id in mapped_ids:
                continue
            uid = new_uid()
            href = f"{self.coll.path.rstrip('/')}/{uid}.ics"
            self._record(uid, href, None, local_id, fields)  # the UID is kept before the PUT
            self._put(uid, href, None, local_id, fields)

    def _local(
        self, local_id: int | None, base: Fields, current: dict[int, Fields]
    ) -> Fields | None:
        """The local row's fields; None when it is gone (or its id went to a newer row)."""
        if local_id is None:
            return None
        found = current.get(local_id)
        if found is not None and (not base.get(CREATED) or found[CREATED] == base[CREATED]):
            return found
        return self.side.fields(local_id, base.get(CREATED))

    def _put(
        self, uid: str, href: str, etag: str | None, local_id: int | None, fields: Fields
    ) -> None:
        reply = self.conn.put(
            href, _ics(self.side, uid, fields, local_id), if_match=etag, create=not etag
        )
        if reply.status == 412 and not etag:
            reply = self.conn.get(href)  # created by a sync that was cut off before it noted so
        if reply.status == 412:
            log.info("%s changed on the server meanwhile; merged at the next sync", uid)
            return
        if not _ok(reply.status):
            raise failure_line(self.conn.name, RuntimeError(f"PUT {reply.status}"))
        self._record(uid, href, reply.etag, local_id, fields)
        self.report.pushed += 1

    def _delete(self, obj: CaldavObject) -> None:
        reply = self.conn.delete(obj.href, if_match=obj.etag)
        if reply.status == 412:
            return  # changed there meanwhile: the next pull brings it back, nothing lost
        if not _ok(reply.status) and reply.status != 404:
            raise failure_line(self.conn.name, RuntimeError(f"DELETE {reply.status}"))
        self._record(obj.uid, obj.href, None, None, {}, kind=obj.local_kind, deleted=True)
        self.report.deleted += 1
