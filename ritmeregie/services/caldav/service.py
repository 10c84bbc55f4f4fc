"""CalDAV use cases for the command line and the app: accounts, publishing, layers, sync.

Every function takes the open store and (where the server is asked) a password source; nothing
here touches Qt, and a failing server never changes local data: it is one CaldavError line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ritmeregie.domain.model import LayerRole
from ritmeregie.platform.i18n import translate
from ritmeregie.services.caldav.connection import CaldavError, Connection, failure_line
from ritmeregie.services.caldav.engine import CollectionReport, TwoWay
from ritmeregie.services.caldav.layers import refresh_layer
from ritmeregie.services.caldav.rhythm import publish_rhythm
from ritmeregie.services.caldav.sides import AgendaSide, MustDoSide
from ritmeregie.storage.caldav import CollectionPurpose

if TYPE_CHECKING:
    from ritmeregie.storage import Store
    from ritmeregie.storage.caldav import CaldavAccount, CaldavCollection

PasswordSource = Callable[[Any], str | None]
Connect = Callable[[Any, str], Connection]


@dataclass
class SyncReport:
    collections: list[CollectionReport] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [c.error for c in self.collections if c.error]

    @property
    def requests(self) -> int:
        return sum(c.requests for c in self.collections)

    def data(self) -> dict[str, object]:
        return {
            "ok": not self.errors,
            "requests": self.requests,
            "collections": [c.data() for c in self.collections],
        }


def clean_path(path: str) -> str:
    """A collection's URL path, with its slashes: 'sanne/agenda' → '/sanne/agenda/'."""
    stripped = path.strip().strip("/")
    if not stripped or "://" in path or any(ch in stripped for ch in "?#\\"):
        raise CaldavError(
            translate(
                "CalDAV",
                "'{path}' is not a collection path (e.g. /sanne/agenda/: the part of its "
                "address after the server name).",
            ).format(path=path)
        )
    return f"/{stripped}/"


def default_tasks_path(calendar_path: str) -> str:
    return calendar_path.rstrip("/") + "-tasks/"


def connect(account: CaldavAccount, password: str) -> Connection:
    return Connection(account.url, account.username, password, name=account.name)


def _open(account: CaldavAccount, passwords: PasswordSource, connect_to: Connect) -> Connection:
    password = passwords(account)
    if password is None:
        raise CaldavError(
            translate(
                "CalDAV",
                "{name}: no password is known; give it with --password-stdin "
                "(or store it with 'ritmeregie caldav add').",
            ).format(name=account.name)
        )
    return connect_to(account, password)


def require_account(store: Store, name: str) -> Any:
    account = store.caldav.account(name)
    if account is None:
        raise CaldavError(
            translate(
                "CalDAV", "There is no CalDAV account named '{name}'; see 'ritmeregie caldav list'."
            ).format(name=name)
        )
    return account


def test_account(
    store: Store, name: str, passwords: PasswordSource, connect_to: Connect = connect
) -> int:
    """Log in and look at the account's root; returns how many requests it took."""
    account = require_account(store, name)
    conn = _open(account, passwords, connect_to)
    try:
        conn.discover()
        return conn.requests
    finally:
        conn.close()


def check_server(name: str, url: str, username: str, password: str) -> str:
    """Log in at a new account's address before it is kept; where its calendars live."""
    conn = Connection(url, username, password, name=name)
    try:
        return conn.discover()
    finally:
        conn.close()


def resolve_path(
    account: CaldavAccount, given: str, passwords: PasswordSource, connect_to: Connect = connect
) -> str:
    """A collection's path from what was typed: a path (/sanne/agenda/), the collection's whole
    address, or just its name (agenda), which is looked up under the account's calendar home;
    the name is what works on a server behind a path prefix without knowing the prefix."""
    text = given.strip()
    if "://" in text:
        text = urlsplit(text).path
    elif text and "/" not in text.strip("/") and not text.startswith("/"):
        conn = _open(account, passwords, connect_to)
        try:
            home = conn.discover()
        finally:
            conn.close()
        return clean_path(home.rstrip("/") + "/" + text.strip("/"))
    return clean_path(text)


def ensure_collection(
    store: Store, account: CaldavAccount, path: str, components: tuple[str, ...], passwords: PasswordSource,
    connect_to: Connect = connect,
) -> None:  # fmt: skip
    conn = _open(account, passwords, connect_to)
    try:
        if not conn.exists(path):
            conn.make_collection(path, components)
    finally:
        conn.close()


def publish(
    store: Store,
    name: str,
    calendar: str,
    tasks: str | None,
    with_rhythm: bool,
    passwords: PasswordSource,
    connect_to: Connect = connect,
) -> tuple[str, str]:
    """Bind the own agenda and the must-do's to two collections (made when missing)."""
    account = require_account(store, name)
    calendar_path = resolve_path(account, calendar, passwords, connect_to)
    tasks_path = (
        resolve_path(account, tasks, passwords, connect_to)
        if tasks
        else default_tasks_path(calendar_path)
    )
    ensure_collection(store, account, calendar_path, ("VEVENT",), passwords, connect_to)
    if tasks_path != calendar_path:
        ensure_collection(store, account, tasks_path, ("VTODO",), passwords, connect_to)
    store.caldav.bind(name, calendar_path, CollectionPurpose.AGENDA, with_rhythm=with_rhythm)
    store.caldav.bind(name, tasks_path, CollectionPurpose.TASKS)
    return calendar_path, tasks_path


def add_layer(
    store: Store, layer: str, account_name: str, path: str, passwords: PasswordSource,
    connect_to: Connect = connect, *, role: LayerRole | None = None, blocking: bool = False,
) -> CollectionReport:  # fmt: skip
    """A read-only layer from a collection; its first refresh happens at once.

    The layer exists (empty, with its role) before that refresh, so the first expansion already
    reads her own calendar as meetings; a refresh that fails takes the layer away again."""
    from ritmeregie.services.calendars import check_name
    from ritmeregie.services.calendars.layers import next_colour
    from ritmeregie.services.calendars.service import default_role

    account = require_account(store, account_name)
    clean = check_name(layer)
    collection_path = resolve_path(account, path, passwords, connect_to)
    if store.calendars.get(clean) is not None:
        raise CaldavError(
            translate("CalDAV", "There is already a calendar named '{name}'.").format(name=clean)
        )
    store.calendars.add(
        clean, blocking=blocking, role=role or default_role(blocking),
        color=next_colour(s.color for s in store.calendars.sources()),
    )  # fmt: skip
    collection = store.caldav.bind(
        account_name, collection_path, CollectionPurpose.LAYER, layer_name=clean
    )
    report = sync(store, passwords, collection_ids={collection.id}, connect_to=connect_to)
    if report.errors:
        store.caldav.unbind_layer(clean)
        if store.calendars.get(clean) is not None:
            store.calendars.remove(clean)
        raise CaldavError(report.errors[0])
    return report.collections[0]


def sync(
    store: Store,
    passwords: PasswordSource,
    *,
    now: dt.datetime | None = None,
    paused_until: dt.datetime | None = None,
    collection_ids: set[int] | None = None,
    connect_to: Connect = connect,
) -> SyncReport:
    """Sync every bound collection, account by account. A server that fails ends that account's
    sync with one line in its collections' reports; the others go on. Local data stays."""
    moment = now or dt.datetime.now(dt.UTC)
    report = SyncReport()
    by_account: dict[str, list[Any]] = {}
    for collection in store.caldav.collections():
        if collection_ids is None or collection.id in collection_ids:
            by_account.setdefault(collection.account, []).append(collection)
    for account_name, collections in by_account.items():
        account = store.caldav.account(account_name)
        if account is None:  # removed meanwhile (its collections went with it)
            continue
        reports = [CollectionReport(c.account, c.path, c.purpose.value) for c in collections]
        report.collections.extend(reports)
        try:
            conn = _open(account, passwords, connect_to)
        except CaldavError as exc:
            for r in reports:
                r.error = str(exc)
            continue
        try:
            for collection, sub in zip(collections, reports, strict=True):
                before = conn.requests
                try:
                    _sync_one(store, conn, collection, sub, moment, paused_until)
                except CaldavError as exc:
                    sub.error = str(exc)
                    store.caldav.failed(collection.id, str(exc))
                    break  # the server is not usable now: the rest waits for the next sync
                except Exception as exc:  # the library's own errors, said in one line
                    sub.error = str(failure_line(account_name, exc))
                    store.caldav.failed(collection.id, sub.error)
                    break
                finally:
                    sub.requests = conn.requests - before
        finally:
            conn.close()
    return report


def _sync_one(
    store: Store,
    conn: Connection,
    collection: CaldavCollection,
    report: CollectionReport,
    now: dt.datetime,
    paused_until: dt.datetime | None,
) -> None:
    if collection.purpose is CollectionPurpose.LAYER:
        refresh_layer(store, conn, collection, report)
        return
    side = (
        AgendaSide(store) if collection.purpose is CollectionPurpose.AGENDA else MustDoSide(store)
    )
    job = TwoWay(store, conn, collection, side, now)
    job.report = report
    job.pull()
    job.push()
    if collection.purpose is CollectionPurpose.AGENDA:
        publish_rhythm(store, conn, collection, report, now, paused_until)
