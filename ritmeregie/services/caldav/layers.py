"""A manager's calendar from CalDAV as a read-only layer, refreshed incrementally: the sync token
says what changed, only those objects are fetched, and the layer is expanded again (through the
calendar service, as an .ics import) only when something did change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ritmeregie.services.caldav.changes import changes_since
from ritmeregie.services.caldav.connection import Connection
from ritmeregie.services.caldav.engine import CollectionReport

if TYPE_CHECKING:
    from ritmeregie.storage import Store
    from ritmeregie.storage.caldav import CaldavCollection

LAYER_KIND = "layer"


def refresh_layer(
    store: Store, conn: Connection, collection: CaldavCollection, report: CollectionReport
) -> None:
    known = {o.href: o for o in store.caldav.objects(collection.id)}
    found = changes_since(
        conn, collection.path, collection.sync_token, {h: o.etag for h, o in known.items()}
    )
    for item in found.changed:
        store.caldav.put_object(
            collection.id, item.href, href=item.href, etag=item.etag, local_kind=LAYER_KIND,
            local_id=None, base_json="{}", raw_ics=item.text,
        )  # fmt: skip
        report.pulled += 1
    for href in found.deleted:
        if href in known:
            store.caldav.drop_object(collection.id, href)
            report.deleted += 1
    changed = bool(found.changed) or any(h in known for h in found.deleted)
    name = collection.layer_name or collection.path
    if changed or collection.sync_token is None or store.calendars.get(name) is None:
        _rebuild(store, collection, name)
    store.caldav.synced(collection.id, found.token)


def _rebuild(store: Store, collection: CaldavCollection, name: str) -> None:
    """The layer's events from every stored object, as one calendar through the usual import."""
    from icalendar import Calendar

    from ritmeregie.services.calendars import import_into

    whole = Calendar()
    whole.add("prodid", "-//ritmeregie//CalDAV layer//EN")
    whole.add("version", "2.0")
    zones: set[str] = set()
    for obj in store.caldav.objects(collection.id):
        if not obj.raw_ics:
            continue
        try:
            part = Calendar.from_ical(obj.raw_ics)
        except ValueError:
            continue
        for component in part.subcomponents:
            if component.name == "VTIMEZONE":
                tzid = str(component.get("tzid", ""))
                if tzid in zones:
                    continue
                zones.add(tzid)
            if component.name in ("VTIMEZONE", "VEVENT"):
                whole.add_component(component)
    import_into(store, name, whole.to_ical())
