"""The calendar service: fills the store with layers and hands the planner their busy time.

A file is parsed once: its occurrences for a long horizon (a year back, two years ahead) are
stored in calendar_events, so a plan for any day in it is a query. The horizon is expanded again
from the stored raw copy once a week has passed (in a worker thread in the app); a date beyond it
is expanded on demand from that copy. A refresh that brings the same bytes costs a hash.
`prepare` is pure (it may run in a worker thread); everything that touches the store runs on the
caller's (main) thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import UnknownTimezoneError, zone
from ritmeregie.platform.i18n import plural, translate
from ritmeregie.services.calendars.errors import CalendarError
from ritmeregie.services.calendars.layers import next_colour
from ritmeregie.storage import Store, StoreError
from ritmeregie.storage.calendars import NAME_MAX_CHARS, CalendarSource, EventBatch

if TYPE_CHECKING:
    # icalendar and recurring-ical-events load only when a calendar is read or expanded: the
    # planner calls layer_items() at every start, and stored layers need neither (benchmarks).
    from ritmeregie.services.calendars.expanding import Expansion, Progress
    from ritmeregie.services.calendars.reading import ParsedCalendar

log = logging.getLogger("ritmeregie.services.calendars")

DAYS_BACK = 365
DAYS_AHEAD = 730
ROLL_AFTER_DAYS = 7  # the horizon moves forward once it is a week short
# The largest .ics read: the same as a subscription's download (fetch.MAX_BYTES), kept here so
# that reading a file does not load the network code.
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Window:
    """Local days first..last, both included."""

    first: dt.date
    last: dt.date

    @classmethod
    def rolling(cls, today: dt.date) -> Window:
        """The stored horizon around today."""
        return cls(today - dt.timedelta(days=DAYS_BACK), today + dt.timedelta(days=DAYS_AHEAD))


@dataclass(frozen=True, slots=True)
class ImportReport:
    name: str
    events: int  # occurrences stored for the window
    series: int  # recurring series read
    not_busy: int  # free or cancelled occurrences left out
    skipped: int  # broken events and series left out
    problems: tuple[str, ...]  # one line each
    window: Window
    unchanged: bool = False  # the same bytes as stored: nothing was read again

    def summary(self) -> str:
        if self.unchanged:
            return translate(
                "Calendars", "'{name}' has not changed since the last import ({events} events)."
            ).format(name=self.name, events=self.events)
        text = translate(
            "Calendars", "'{name}': {events} from {first} to {last}, {series}."
        ).format(
            name=self.name,
            events=plural(
                self.events,
                translate("Calendars", "1 event"),
                translate("Calendars", "{count} events"),
            ),
            first=self.window.first.isoformat(),
            last=self.window.last.isoformat(),
            series=plural(
                self.series,
                translate("Calendars", "1 recurring series"),
                translate("Calendars", "{count} recurring series"),
            ),
        )
        if self.skipped:
            text += " " + translate("Calendars", "{count} left out (see below).").format(
                count=self.skipped
            )
        return text


@dataclass(frozen=True, slots=True)
class Prepared:
    """A file read and expanded, ready to be stored."""

    parsed: ParsedCalendar
    expansion: Expansion
    window: Window

    def batch(self) -> EventBatch:
        return EventBatch(
            events=self.expansion.events,
            first=self.window.first,
            last=self.window.last,
            raw_ics=self.parsed.text,
            raw_sha256=self.parsed.sha256,
            skipped_count=self.skipped,
        )

    @property
    def skipped(self) -> int:
        return self.parsed.skipped + self.expansion.skipped

    def report(self, name: str) -> ImportReport:
        problems = (*self.parsed.problems, *self.expansion.problems)
        return ImportReport(
            name=name,
            events=len(self.expansion.events),
            series=self.parsed.series_count,
            not_busy=self.expansion.not_busy,
            skipped=self.skipped,
            problems=tuple(p.line() for p in problems),
            window=self.window,
        )


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A refresh that brought the bytes already stored: nothing to read, nothing to write."""

    sha256: str
    window: Window


def prepare_refresh(
    data: bytes,
    window: Window,
    tz: ZoneInfo,
    stored: CalendarSource | None,
    progress: Progress | None = None,
) -> Prepared | Unchanged:
    """`prepare`, unless the bytes are the stored copy and its horizon still serves the window
    (short of it by less than the week after which the horizon is moved anyway)."""
    digest = hashlib.sha256(data).hexdigest()
    slack = dt.timedelta(days=ROLL_AFTER_DAYS)
    if (
        stored is not None
        and stored.raw_sha256 == digest
        and stored.covers(window.first + slack, window.last - slack)
    ):
        return Unchanged(digest, window)
    return prepare(data, window, tz, progress)


def prepare(
    data: bytes, window: Window, tz: ZoneInfo, progress: Progress | None = None
) -> Prepared:
    """Read and expand a file without touching the store; raises CalendarError only."""
    from ritmeregie.services.calendars.expanding import Expander
    from ritmeregie.services.calendars.reading import read_calendar

    if len(data) > MAX_FILE_BYTES:
        # Reading takes memory several times the file's size (tests/reliability/test_big_ics.py),
        # so a larger file is refused whole, before anything is read or stored.
        raise CalendarError(
            translate(
                "Calendars", "This calendar is too large ({size} MB; at most {limit} MB)."
            ).format(size=len(data) // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        )
    parsed = read_calendar(data)
    if not parsed.series and parsed.events_skipped:
        # Everything was broken: storing that would wipe a layer for nothing.
        first = parsed.problems[0].line() if parsed.problems else ""
        raise CalendarError(
            translate("Calendars", "No event in the file could be read. {problem}").format(
                problem=first
            )
        )
    expander = Expander(parsed)
    expansion = expander.expand(window.first, window.last, tz, progress)
    return Prepared(parsed, expansion, window)


def check_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise CalendarError(translate("Calendars", "A calendar needs a name."))
    if len(clean) > NAME_MAX_CHARS:
        raise CalendarError(
            translate("Calendars", "A calendar name can be at most {count} characters.").format(
                count=NAME_MAX_CHARS
            )
        )
    return clean


def store_prepared(
    store: Store,
    name: str,
    prepared: Prepared | Unchanged,
    *,
    blocking: bool | None = None,
    url: str | None = None,
    refresh_minutes: int | None = None,
) -> ImportReport:
    """Write a prepared import: a new layer, or the atomic replacement of an existing one."""
    clean = check_name(name)
    if isinstance(prepared, Unchanged):
        return _store_unchanged(store, clean, prepared, blocking)
    try:
        existing = store.calendars.get(clean)
        if existing is None:
            colour = next_colour(s.color for s in store.calendars.sources())
            store.calendars.add(
                clean,
                blocking=bool(blocking),
                color=colour,
                url=url,
                refresh_minutes=refresh_minutes,
                batch=prepared.batch(),
            )
        else:
            store.calendars.replace_events(clean, prepared.batch())
            if blocking is not None and blocking != existing.blocking:
                store.calendars.set_blocking(clean, blocking)
    except StoreError as exc:
        raise CalendarError(str(exc)) from None
    return prepared.report(clean)


def _store_unchanged(
    store: Store, name: str, unchanged: Unchanged, blocking: bool | None
) -> ImportReport:
    try:
        source = store.calendars.record_unchanged(name)
        if source is not None and blocking is not None and blocking != source.blocking:
            source = store.calendars.set_blocking(name, blocking)
    except StoreError as exc:
        raise CalendarError(str(exc)) from None
    if source is None:
        raise CalendarError(
            translate("Calendars", "There is no calendar named '{name}'.").format(name=name)
        )
    return ImportReport(
        name=name,
        events=source.event_count,
        series=0,
        not_busy=0,
        skipped=source.skipped_count,
        problems=(),
        window=Window(
            source.expanded_from or unchanged.window.first,
            source.expanded_to or unchanged.window.last,
        ),
        unchanged=True,
    )


def import_into(
    store: Store,
    name: str,
    data: bytes,
    window: Window | None = None,
    *,
    tz: ZoneInfo | None = None,
    blocking: bool | None = None,
) -> ImportReport:
    """Import (or refresh) the layer `name` from the bytes of an .ics file.

    Creates the layer when it is new. A file that cannot be used at all raises CalendarError
    and leaves the stored layer as it was (the failure is noted on the layer).
    """
    clean = check_name(name)
    zone_info = tz or store_timezone(store)
    window = window or Window.rolling(dt.datetime.now(zone_info).date())
    try:
        prepared = prepare_refresh(data, window, zone_info, store.calendars.get(clean))
    except CalendarError as exc:
        note_failure(store, clean, str(exc))
        raise
    return store_prepared(store, clean, prepared, blocking=blocking)


def note_failure(store: Store, name: str, error: str) -> None:
    try:
        store.calendars.record_failure(name, error)
    except StoreError:
        log.exception("could not note the failed import of %s", name)


def store_timezone(store: Store) -> ZoneInfo:
    """The user's zone: the setting, else the machine's."""
    configured = store.settings.timezone_name()
    if configured:
        try:
            return zone(configured)
        except UnknownTimezoneError:
            pass
    from ritmeregie.platform.paths import local_timezone_name

    return zone(local_timezone_name())


# --- the rolling window -----------------------------------------------------------------------


def needs_roll(source: CalendarSource, today: dt.date) -> bool:
    """Whether a layer's stored horizon is a week (or more) short of the one around today."""
    if source.raw_sha256 is None:
        return False
    wanted = Window.rolling(today)
    return not source.covers(
        wanted.first + dt.timedelta(days=ROLL_AFTER_DAYS),
        wanted.last - dt.timedelta(days=ROLL_AFTER_DAYS),
    )


def roll_windows(store: Store, today: dt.date, tz: ZoneInfo) -> list[str]:
    """Expand again every layer whose stored horizon is a week short of today's, in one go.

    Returns the names of the layers that were expanded. A layer whose raw copy cannot be read
    any more keeps its stored events; the problem is noted on it. (The app does the same per
    layer in a worker thread: `roll_one` there, `store_rolled` here.)
    """
    window = Window.rolling(today)
    rolled: list[str] = []
    for source in store.calendars.sources():
        if not needs_roll(source, today):
            continue
        raw = store.calendars.raw(source.name)
        if not raw:
            continue
        try:
            prepared = prepare(raw.encode("utf-8"), window, tz)
        except CalendarError as exc:
            log.warning("calendar %s: the stored copy cannot be expanded: %s", source.name, exc)
            note_failure(store, source.name, str(exc))
            continue
        store_rolled(store, source.name, prepared)
        rolled.append(source.name)
    return rolled


def store_rolled(store: Store, name: str, prepared: Prepared) -> None:
    """Swap in a layer's occurrences for a new horizon, keeping its raw copy and import time."""
    store.calendars.replace_events(
        name,
        EventBatch(
            prepared.expansion.events, first=prepared.window.first, last=prepared.window.last
        ),
    )
