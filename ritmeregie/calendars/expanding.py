"""From a parsed calendar to busy occurrences in a window of local days (recurring-ical-events).

X-WR-TIMEZONE (Google) is read as the calendar's own zone: times written without a zone, and
times written in UTC, are wall-clock times in that zone. A weekly 09:00 meeting that Google wrote
as 08:00Z in winter so stays at 09:00 after the clocks go forward. (recurring-ical-events does this
through x-wr-timezone; we rely on it and test it.) Without X-WR-TIMEZONE, times without a zone
are read in the user's own zone, and an all-day event is always a whole day in the user's zone.

Busy or not: cancelled events and free time (TRANSP:TRANSPARENT, or Outlook's
X-MICROSOFT-CDO-BUSYSTATUS FREE / WORKINGELSEWHERE, which wins over TRANSP when present) are left
out and counted. STATUS:TENTATIVE or busy status TENTATIVE marks an occurrence tentative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component

from ritmeregie.domain.localtime import local_instant
from ritmeregie.i18n import translate
from ritmeregie.storage.calendars import CalendarEvent

from .reading import ParsedCalendar, Problem, Series

Progress = Callable[[int, int], None]  # (done, total) series
FREE_STATUSES = frozenset({"FREE", "WORKINGELSEWHERE"})
# Asking the library for a day more on each side keeps events in far-off zones; the exact cut
# happens afterwards, on UTC instants.
SLACK = dt.timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Expansion:
    events: tuple[CalendarEvent, ...]
    not_busy: int
    problems: tuple[Problem, ...]
    skipped: int


class _NotBusy:
    pass


NOT_BUSY = _NotBusy()


class Expander:
    """Expands one parsed calendar for any window; keeps the library's query between calls."""

    def __init__(self, parsed: ParsedCalendar) -> None:
        self.parsed = parsed
        self._query: recurring_ical_events.CalendarQuery | None = None
        self._whole_failed = False

    def expand(
        self, first: dt.date, last: dt.date, tz: ZoneInfo, progress: Progress | None = None
    ) -> Expansion:
        lo = local_instant(first, dt.time(0), tz)
        hi = local_instant(last + dt.timedelta(days=1), dt.time(0), tz)
        total = len(self.parsed.series)
        problems: list[Problem] = []
        skipped = 0
        try:
            if self._whole_failed:
                raise LookupError("expand series by series")
            components = self._whole(first, last)
            if progress is not None:
                progress(total, total)
        except Exception:
            self._whole_failed = True
            # One series breaks the library's walk over all of them: go series by series to
            # keep the rest and name the broken one.
            components = []
            for done, series in enumerate(self.parsed.series, start=1):
                try:
                    components.extend(_between(self._calendar([series]), first, last))
                except Exception as exc:
                    problems.append(_expansion_problem(series, exc))
                    skipped += 1
                if progress is not None and (done % 50 == 0 or done == total):
                    progress(done, total)
        events: dict[tuple[str, dt.datetime, dt.datetime], CalendarEvent] = {}
        not_busy = 0
        for component in components:
            try:
                event = _occurrence(component, tz)
            except Exception as exc:
                problems.append(_occurrence_problem(component, exc))
                skipped += 1
                continue
            if event is NOT_BUSY:
                not_busy += 1
                continue
            assert isinstance(event, CalendarEvent)
            if event.start < hi and event.end > lo:
                events.setdefault((event.uid, event.start, event.end), event)
        ordered = sorted(events.values(), key=lambda e: (e.start, e.end, e.uid))
        return Expansion(tuple(ordered), not_busy, tuple(problems), skipped)

    def _whole(self, first: dt.date, last: dt.date) -> list[Component]:
        if self._query is None:
            self._query = recurring_ical_events.of(self._calendar(self.parsed.series))
        return list(self._query.between(first - SLACK, last + SLACK))

    def _calendar(self, series: Iterable[Series]) -> Calendar:
        calendar = Calendar()
        calendar.add("PRODID", "-//ritmeregie//import//EN")
        calendar.add("VERSION", "2.0")
        if self.parsed.zone is not None:
            calendar["X-WR-TIMEZONE"] = self.parsed.zone.key
        for timezone in self.parsed.timezones:
            calendar.add_component(timezone)
        for one in series:
            for component in one.components:
                calendar.add_component(component)
        return calendar


def _between(calendar: Calendar, first: dt.date, last: dt.date) -> Sequence[Component]:
    return list(recurring_ical_events.of(calendar).between(first - SLACK, last + SLACK))


def _occurrence(component: Component, tz: ZoneInfo) -> CalendarEvent | _NotBusy:
    status = str(component.get("STATUS", "")).strip().upper()
    transparency = str(component.get("TRANSP", "")).strip().upper()
    busy_status = str(component.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).strip().upper()
    if status == "CANCELLED":
        return NOT_BUSY
    if busy_status in FREE_STATUSES or (not busy_status and transparency == "TRANSPARENT"):
        return NOT_BUSY
    start_value = component["DTSTART"].dt
    all_day = not isinstance(start_value, dt.datetime)
    if "DTEND" in component:
        end_value = component["DTEND"].dt
    elif "DURATION" in component:
        end_value = start_value + component["DURATION"].dt
    else:
        end_value = start_value + dt.timedelta(days=1) if all_day else start_value
    start, end = _instant(start_value, tz), _instant(end_value, tz)
    if end <= start:
        return NOT_BUSY  # a moment without length takes no time
    title = " ".join(str(component.get("SUMMARY", "")).split())[:500]
    recurrence = component.get("RECURRENCE-ID")
    return CalendarEvent(
        uid=str(component.get("UID", "")),
        title=title or translate("Calendars", "Busy"),
        start=start,
        end=end,
        recurrence_id=recurrence.dt.isoformat() if recurrence is not None else None,
        all_day=all_day,
        tentative=status == "TENTATIVE" or busy_status == "TENTATIVE",
    )


def _instant(value: dt.date, tz: ZoneInfo) -> dt.datetime:
    """UTC instant of a DTSTART/DTEND value; dates and floating times are local in `tz`."""
    if not isinstance(value, dt.datetime):
        return local_instant(value, dt.time(0), tz)
    if value.tzinfo is None or value.utcoffset() is None:
        return local_instant(value.date(), value.time(), tz)
    return value.astimezone(dt.UTC)


def _expansion_problem(series: Series, exc: BaseException) -> Problem:
    title = " ".join(str(series.components[0].get("SUMMARY", "")).split())
    where = (
        translate("Calendars", "Event '{title}'").format(title=title)
        if title
        else translate("Calendars", "Event with UID {uid}").format(uid=series.uid)
    )
    prop = "RRULE" if series.recurring else "DTSTART"
    detail = translate("Calendars", "cannot be expanded ({error})").format(
        error=" ".join(str(exc).split())[:120] or type(exc).__name__
    )
    return Problem(where, prop, detail, skipped=True)


def _occurrence_problem(component: Component, exc: BaseException) -> Problem:
    title = " ".join(str(component.get("SUMMARY", "")).split())
    where = translate("Calendars", "Event '{title}'").format(title=title or "?")
    detail = translate("Calendars", "cannot be read ({error})").format(
        error=" ".join(str(exc).split())[:120] or type(exc).__name__
    )
    return Problem(where, "DTSTART", detail, skipped=True)
