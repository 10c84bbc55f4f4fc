"""A manager's calendar from CalDAV as a read-only layer, refreshed incrementally: the sync token
says what changed, only those objects are fetched, and the layer is expanded again (through the
calendar service, as an .ics import) only when something did change."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from ritmeregie.services.caldav.connection import Connection, failure_line
from ritmeregie.services.caldav.engine import CollectionReport

LAYER_KIND = "layer"


def _path(url: Any) -> str:
    return unquote(urlsplit(str(url)).path)


def refresh_layer(store: Any, conn: Connection, collection: Any, report: CollectionReport) -> None:
    from caldav.elements import dav

    known = {o.href: o for o in store.caldav.objects(collection.id)}
    try:
        result = conn.calendar(collection.path).objects_by_sync_token(
            collection.sync_token, load_objects=False
        )
    except Exception as exc:
        raise failure_line(conn.name, exc) from None
    deleted = {_path(url) for url in (result.deleted_urls or ())}
    changed = False
    for remote in result:
        href = _path(remote.url)
        if href in deleted or href.rstrip("/") == collection.path.rstrip("/"):
            continue
        etag = (getattr(remote, "props", None) or {}).get(dav.GetEtag.tag)
        mapped = known.get(href)
        if mapped is not None and etag and mapped.etag == etag:
            continue
        reply = conn.get(href)
        if reply.status == 404:
            continue
        store.caldav.put_object(
            collection.id, href, href=href, etag=reply.etag or etag, local_kind=LAYER_KIND,
            local_id=None, base_json="{}", raw_ics=reply.text,
        )  # fmt: skip
        report.pulled += 1
        changed = True
    for href in deleted:
        if href in known:
            store.caldav.drop_object(collection.id, href)
            report.deleted += 1
            changed = True
    if (
        changed
        or collection.sync_token is None
        or store.calendars.get(collection.layer_name) is None
    ):
        _rebuild(store, collection)
    store.caldav.synced(collection.id, str(result.sync_token or "") or None)


def _rebuild(store: Any, collection: Any) -> None:
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
    import_into(store, collection.layer_name, whole.to_ical())
