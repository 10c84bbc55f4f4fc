"""Subscribed calendars: which are due, and a refresh that keeps the last good copy on failure.

`fetch_and_prepare` touches no store, so the app runs it in a worker thread and stores the result
on the main thread; `refresh_subscription` is the same in one go for the CLI and the tests.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ritmeregie.platform.i18n import translate
from ritmeregie.services.calendars.errors import CalendarError
from ritmeregie.services.calendars.service import (
    ImportReport,
    Prepared,
    Unchanged,
    Window,
    note_failure,
    prepare_refresh,
    store_prepared,
)
from ritmeregie.services.calendars.service import store_timezone as _store_timezone
from ritmeregie.storage import Store
from ritmeregie.storage.calendars import CalendarSource


def is_due(source: CalendarSource, now: dt.datetime) -> bool:
    """A subscription whose last try is older than its interval (or that was never tried)."""
    if not source.url or not source.refresh_minutes:
        return False
    last = source.last_attempt or source.imported
    return last is None or now - last >= dt.timedelta(minutes=source.refresh_minutes)


def due_subscriptions(store: Store, now: dt.datetime) -> list[CalendarSource]:
    return [s for s in store.calendars.sources() if is_due(s, now)]


def fetch_and_prepare(
    url: str,
    name: str,
    window: Window,
    tz: ZoneInfo,
    *,
    timeout_s: float | None = None,
    max_bytes: int | None = None,
    stored: CalendarSource | None = None,
) -> Prepared | Unchanged:
    """Download and read a subscription; raises CalendarError (FetchError for the network).

    With the layer as `stored`, the same bytes as its stored copy are not read again."""
    from ritmeregie.services.calendars import (
        fetch,  # urllib and ssl load only when something is fetched
    )

    data = fetch.fetch(
        url,
        name,
        timeout_s=fetch.TIMEOUT_S if timeout_s is None else timeout_s,
        max_bytes=fetch.MAX_BYTES if max_bytes is None else max_bytes,
    )
    try:
        return prepare_refresh(data, window, tz, stored)
    except CalendarError as exc:
        raise CalendarError(
            translate("Calendars", "The calendar '{name}' could not be read: {reason}").format(
                name=name, reason=str(exc)
            )
        ) from None


def refresh_subscription(
    store: Store,
    name: str,
    window: Window | None = None,
    tz: ZoneInfo | None = None,
    *,
    timeout_s: float | None = None,
    max_bytes: int | None = None,
) -> ImportReport:
    source = store.calendars.get(name)
    if source is None or not source.url:
        raise CalendarError(
            translate("Calendars", "The calendar '{name}' has no subscription.").format(name=name)
        )
    zone_info = tz or _store_timezone(store)
    window = window or Window.rolling(dt.datetime.now(zone_info).date())
    try:
        prepared = fetch_and_prepare(
            source.url,
            source.name,
            window,
            zone_info,
            timeout_s=timeout_s,
            max_bytes=max_bytes,
            stored=source,
        )
    except CalendarError as exc:
        note_failure(store, source.name, str(exc))
        raise
    return store_prepared(store, source.name, prepared)
