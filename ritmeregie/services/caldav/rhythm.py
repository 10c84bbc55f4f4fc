"""The day's focus blocks and quiet quarter as busy events ("Focus — ritmeregie") on the own
calendar, so a manager who subscribes sees real availability. They follow the plan (a moved
meeting moves them at the next sync) and vanish while the rhythm is paused.

Their UIDs are made from the block itself: the same plan gives the same objects, and a changed
plan deletes the old ones and puts the new ones.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from ritmeregie.domain.model import BlockKind
from ritmeregie.services.caldav.connection import Connection, failure_line
from ritmeregie.services.caldav.engine import RHYTHM_KIND, CollectionReport
from ritmeregie.services.caldav.objects import RHYTHM_TITLE, Fields, agenda_fields, event_ics

if TYPE_CHECKING:
    from ritmeregie.storage import Store
    from ritmeregie.storage.caldav import CaldavCollection

BUSY_KINDS = frozenset({BlockKind.FOCUS, BlockKind.QUIET_QUARTER})


def wanted_blocks(
    store: Store, now: dt.datetime, paused_until: dt.datetime | None
) -> dict[str, Fields]:
    """UID → fields of today's busy rhythm blocks; none that overlap a pause."""
    from ritmeregie.services.calendars import store_timezone
    from ritmeregie.services.today import plan_for, today

    tz = store_timezone(store)
    plan = plan_for(store, today(store, tz, now), tz)
    wanted: dict[str, Fields] = {}
    for block in plan.blocks:
        if block.kind not in BUSY_KINDS:
            continue
        start, end = block.start.astimezone(dt.UTC), block.end.astimezone(dt.UTC)
        if paused_until is not None and start < paused_until and end > now:
            continue
        uid = f"rhythm-{block.kind.value}-{start:%Y%m%dT%H%M}-{end:%H%M}@ritmeregie"
        wanted[uid] = agenda_fields(RHYTHM_TITLE, start, end, "", tz.key)
    return wanted


def publish_rhythm(
    store: Store,
    conn: Connection,
    collection: CaldavCollection,
    report: CollectionReport,
    now: dt.datetime,
    paused_until: dt.datetime | None,
) -> None:
    wanted = wanted_blocks(store, now, paused_until) if collection.with_rhythm else {}
    have = {o.uid: o for o in store.caldav.objects(collection.id) if o.local_kind == RHYTHM_KIND}
    for uid, obj in have.items():
        if uid in wanted and not obj.deleted:
            continue
        reply = conn.delete(obj.href, if_match=None)
        if reply.status >= 300 and reply.status != 404:
            raise failure_line(conn.name, RuntimeError(f"DELETE {reply.status}"))
        store.caldav.drop_object(collection.id, uid)
        report.deleted += 1
    for uid, fields in wanted.items():
        if uid in have and not have[uid].deleted:
            continue
        href = f"{collection.path.rstrip('/')}/{uid}.ics"
        body = json.dumps(fields, sort_keys=True)
        store.caldav.put_object(
            collection.id, uid, href=href, etag=None, local_kind=RHYTHM_KIND, local_id=None,
            base_json=body,
        )  # fmt: skip
        reply = conn.put(href, event_ics(uid, fields, busy_only=True), if_match=None, create=False)
        if reply.status >= 300:
            raise failure_line(conn.name, RuntimeError(f"PUT {reply.status}"))
        store.caldav.put_object(
            collection.id, uid, href=href, etag=reply.etag, local_kind=RHYTHM_KIND,
            local_id=None, base_json=body,
        )  # fmt: skip
        report.pushed += 1
