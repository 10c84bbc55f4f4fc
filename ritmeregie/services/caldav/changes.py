"""What changed in a collection since the last sync: one sync-collection REPORT (RFC 6578), then
the changed objects' data in calendar-multiget REPORTs of up to BATCH objects (one request for a
usual edit, not one GET per object: a manager's calendar of thousands of events arrives in tens
of requests the first time)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from ritmeregie.services.caldav.connection import Connection, failure_line

BATCH = 200


@dataclass(frozen=True, slots=True)
class Changed:
    href: str
    text: str
    etag: str | None


@dataclass(frozen=True, slots=True)
class Changes:
    changed: list[Changed]
    deleted: set[str]
    token: str | None


def href_of(url: Any) -> str:
    return unquote(urlsplit(str(url)).path)


def changes_since(
    conn: Connection,
    path: str,
    token: str | None,
    known_etags: dict[str, str | None],
    skip: Callable[[str], bool] = lambda href: False,
) -> Changes:
    """The objects whose ETag differs from the one we know, with their data; the deleted hrefs."""
    from caldav.elements import dav

    calendar = conn.calendar(path)
    try:
        result = calendar.objects_by_sync_token(token, load_objects=False)
    except Exception as exc:
        raise failure_line(conn.name, exc) from None
    deleted = {href_of(url) for url in (result.deleted_urls or ())}
    wanted: list[Any] = []
    for remote in result:
        href = href_of(remote.url)
        if href in deleted or href.rstrip("/") == path.rstrip("/") or skip(href):
            continue
        etag = (getattr(remote, "props", None) or {}).get(dav.GetEtag.tag)
        if etag and known_etags.get(href) == etag:
            continue  # our own write coming back, or nothing new
        wanted.append(remote.url)
    changed: list[Changed] = []
    for start in range(0, len(wanted), BATCH):
        changed.extend(_fetch(conn, calendar, wanted[start : start + BATCH]))
    return Changes(changed, deleted, str(result.sync_token or "") or None)


def _fetch(conn: Connection, calendar: Any, urls: list[Any]) -> list[Changed]:
    from caldav.elements import dav

    try:
        found = calendar._multiget(urls)  # (href, data, {prop tag: value})
    except Exception as exc:
        raise failure_line(conn.name, exc) from None
    return [
        Changed(href_of(href), str(data), tags.get(dav.GetEtag.tag))
        for href, data, tags in found
        if data
    ]
