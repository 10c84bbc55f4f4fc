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
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Component

from ritmeregie.domain.decision_line import decision_line
from ritmeregie.domain.localtime import local_instant
from ritmeregie.platform.i18n import translate
from ritmeregie.services.calendars.attendance import declined_by
from ritmeregie.services.calendars.reading import ParsedCalendar, Problem, Series
from ritmeregie.storage.calendars import CalendarEvent

Progress = Callable[[int, int], None]  # (done, total) series
FREE_STATUSES = frozenset({"FREE", "WORKINGELSEWHERE"})
# A series with more occurrences than this in the window keeps the first ones (every 15 minutes
# for three years is 105,000; every hour of the working day for three years is 13,000).
MAX_PER_SERIES = 25_000
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
    """Expands one parsed calendar for any window; keeps the library's query between calls.

    The library's series are walked one by one: that gives progress, and a series the library
    cannot expand is left out and named while the others stay. Occurrences are read from the
    library's Occurrence (start, end and its source component) instead of the copy of the
    component it makes for each one: a year of a big agenda is hundreds of thousands of them.
    """

    def __init__(self, parsed: ParsedCalendar) -> None:
        self.parsed = parsed
        self._query: recurring_ical_events.CalendarQuery | None = None

    def expand(
        self, first: dt.date, last: dt.date, tz: ZoneInfo, progress: Progress | None = None
    ) -> Expansion:
        lo = local_instant(first, dt.time(0), tz)
        hi = local_instant(last + dt.timedelta(days=1), dt.time(0), tz)
        span = (first - SLACK, last + SLACK)
        problems: list[Problem] = []
        skipped = 0
        events: dict[tuple[str, dt.datetime, dt.datetime], CalendarEvent] = {}
        not_busy = 0
        walks = self._walks()
        invites: dict[int, tuple[str | None, str | None]] = {}
        total = len(walks)
        step = max(1, total // 200)
        for done, (name, walk) in enumerate(walks, start=1):
            try:
                # Lazily, and no more than a series can sensibly have: a rule every minute or
                # second (fuzzed files) would otherwise be millions of occurrences.
                occurrences = list(itertools.islice(walk(*span), MAX_PER_SERIES + 1))
            except Exception as exc:
                problems.append(_expansion_problem(name, exc))
                skipped += 1
                occurrences = []
            if len(occurrences) > MAX_PER_SERIES:
                occurrences = occurrences[:MAX_PER_SERIES]
                problems.append(_too_many(name))
            for occurrence in occurrences:
                try:
                    event = _from_occurrence(occurrence, tz, invites)
                except Exception as exc:
                    problems.append(_occurrence_problem(_source(occurrence), exc))
                    skipped += 1
                    continue
                if event is NOT_BUSY:
                    not_busy += 1
                    continue
                assert isinstance(event, CalendarEvent)
                if event.start < hi and event.end > lo:
                    events.setdefault((event.uid, event.start, event.end), event)
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total)
        ordered = sorted(events.values(), key=lambda e: (e.start, e.end, e.uid))
        return Expansion(tuple(ordered), not_busy, tuple(problems), skipped)

    def _walks(self) -> list[tuple[Series | str, Walk]]:
        """One (series, between) pair per series the library sees."""
        try:
            if self._query is None:
                self._query = recurring_ical_events.of(self._calendar(self.parsed.series))
            by_uid = {one.uid: one for one in self.parsed.series}
            return [
                (by_uid.get(str(series.uid), str(series.uid)), series.between)
                for series in self._query.series
            ]
        except Exception:
            # One series breaks the library's reading of all of them: read them one by one to
            # keep the rest and name the broken one.
            return [(series, _lone(self, series)) for series in self.parsed.series]

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


Walk = Callable[[dt.date, dt.date], Iterable[Any]]


def _lone(expander: Expander, series: Series) -> Walk:
    def walk(first: dt.date, last: dt.date) -> Iterable[Any]:
        query = recurring_ical_events.of(expander._calendar([series]))
        found: list[Any] = []
        for one in query.series:
            found.extend(one.between(first, last))
        return found

    return walk


def _source(occurrence: Any) -> Component:
    """The component an occurrence comes from (the master, or its moved exception)."""
    adapted = getattr(getattr(occurrence, "_adapter", None), "_component", None)
    if isinstance(adapted, Component):
        return adapted
    component: Component = occurrence.as_component(False)  # the library ships no types
    return component


def _invite(
    component: Component, invites: dict[int, tuple[str | None, str | None]]
) -> tuple[str | None, str | None]:
    """(declined by, decision line) of a component, read once per series, not per occurrence."""
    key = id(component)
    if key not in invites:
        invites[key] = (
            declined_by(component),
            decision_line(str(component.get("DESCRIPTION", "") or ""))
            # Outlook may keep the invite's text only in its HTML copy.
            or decision_line(str(component.get("X-ALT-DESC", "") or "")),
        )
    return invites[key]


def _from_occurrence(
    occurrence: Any, tz: ZoneInfo, invites: dict[int, tuple[str | None, str | None]] | None = None
) -> CalendarEvent | _NotBusy:
    component = _source(occurrence)
    status = str(component.get("STATUS", "")).strip().upper()
    transparency = str(component.get("TRANSP", "")).strip().upper()
    busy_status = str(component.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).strip().upper()
    if status == "CANCELLED":
        return NOT_BUSY
    if busy_status in FREE_STATUSES or (not busy_status and transparency == "TRANSPARENT"):
        return NOT_BUSY
    start_value = occurrence.start
    all_day = not isinstance(start_value, dt.datetime)
    end_value = occurrence.end
    if isinstance(end_value, dt.timedelta):
        end_value = start_value + end_value
    elif end_value is None:
        end_value = start_value + dt.timedelta(days=1) if all_day else start_value
    start, end = _instant(start_value, tz), _instant(end_value, tz)
    if end <= start:
        return NOT_BUSY  # a moment without length takes no time
    title = " ".join(str(component.get("SUMMARY", "")).split())[:500]
    recurrence = component.get("RECURRENCE-ID")
    recurrence_id = recurrence.dt if recurrence is not None else start_value
    declined, line = _invite(component, {} if invites is None else invites)
    return CalendarEvent(
        uid=str(component.get("UID", "")),
        title=title or translate("Calendars", "Busy"),
        start=start,
        end=end,
        recurrence_id=occurrence_key(recurrence_id, tz),
        all_day=all_day,
        tentative=status == "TENTATIVE" or busy_status == "TENTATIVE",
        declined_by=declined,
        decision_line=line,
    )


def occurrence_key(original_start: dt.date, tz: ZoneInfo) -> str:
    """An occurrence's original start as stable text: a UTC instant (the master's start and an
    exception's RECURRENCE-ID may be written in different zones), or the date of an all-day one."""
    if isinstance(original_start, dt.datetime):
        return _instant(original_start, tz).isoformat()
    return original_start.isoformat()


def _instant(value: dt.date, tz: ZoneInfo) -> dt.datetime:
    """UTC instant of a DTSTART/DTEND value; dates and floating times are local in `tz`."""
    if not isinstance(value, dt.datetime):
        return local_instant(value, dt.time(0), tz)
    if value.tzinfo is None or value.utcoffset() is None:
        return local_instant(value.date(), value.time(), tz)
    return value.astimezone(dt.UTC)


def _expansion_problem(series: Series | str, exc: BaseException) -> Problem:
    if isinstance(series, str):
        uid, title, recurring = series, "", True
    else:
        uid, recurring = series.uid, series.recurring
        title = " ".join(str(series.components[0].get("SUMMARY", "")).split())
    where = (
        translate("Calendars", "Event '{title}'").format(title=title)
        if title
        else translate("Calendars", "Event with UID {uid}").format(uid=uid)
    )
    prop = "RRULE" if recurring else "DTSTART"
    detail = translate("Calendars", "cannot be expanded ({error})").format(
        error=" ".join(str(exc).split())[:120] or type(exc).__name__
    )
    return Problem(where, prop, detail, skipped=True)


def _too_many(series: Series | str) -> Problem:
    uid = series if isinstance(series, str) else series.uid
    title = (
        ""
        if isinstance(series, str)
        else " ".join(str(series.components[0].get("SUMMARY", "")).split())
    )
    where = (
        translate("Calendars", "Event '{title}'").format(title=title)
        if title
        else translate("Calendars", "Event with UID {uid}").format(uid=uid)
    )
    detail = translate(
        "Calendars",
        "repeats more than {count} times in the imported days; the first {count} are kept",
    ).format(count=f"{MAX_PER_SERIES:,}")
    return Problem(where, "RRULE", detail, skipped=False)


def _occurrence_problem(component: Component, exc: BaseException) -> Problem:
    title = " ".join(str(component.get("SUMMARY", "")).split())
    where = translate("Calendars", "Event '{title}'").format(title=title or "?")
    detail = translate("Calendars", "cannot be read ({error})").format(
        error=" ".join(str(exc).split())[:120] or type(exc).__name__
    )
    return Problem(where, "DTSTART", detail, skipped=True)
