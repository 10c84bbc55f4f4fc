"""Reading an .ics file with icalendar: what real exports contain, and one line per problem.

Outlook writes Windows zone names ("W. Europe Standard Time") and its own "Customized Time Zone"
with a VTIMEZONE that defines it; icalendar maps the first to IANA names and builds the second
from its VTIMEZONE. Google adds X-WR-TIMEZONE (see expanding.py for how it is read). A broken
event is left out with a line that names the event and the property; a broken series (the
master with RRULE) takes its exceptions with it and counts once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component, Event, Timezone

from ritmeregie.platform.i18n import translate
from ritmeregie.services.calendars.errors import CalendarError
from ritmeregie.services.calendars.ics_fields import (
    MAX_FAST_OCCURRENCES,
    cap_fast_rule,
    ends_before,
    event_title,
    short_error,
    shorten,
    until_in_zone,
    when,
)
from ritmeregie.services.calendars.plain import Plain, known_zone, make_plain

# Properties an occurrence cannot be computed without: a broken one skips the event.
ESSENTIAL = frozenset(
    {"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "UID"}
)
_X_WR_TIMEZONE = re.compile(r"^X-WR-TIMEZONE[^:\n]*:(.*)$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in the file: where (which event), which property, what, and what we did."""

    where: str
    prop: str
    detail: str
    skipped: bool

    def line(self) -> str:
        if self.skipped:
            text = translate("Calendars", "{where}: {property} {detail}; left out.")
        else:
            text = translate("Calendars", "{where}: {property} {detail}.")
        return text.format(where=self.where, property=self.prop, detail=self.detail)


@dataclass(frozen=True, slots=True)
class Series:
    """The components sharing one UID: a single event, or a master with its exceptions."""

    uid: str
    components: tuple[Event, ...]

    @property
    def recurring(self) -> bool:
        return any("RRULE" in c or "RDATE" in c for c in self.components)


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    text: str  # the raw copy we keep
    sha256: str
    zone: ZoneInfo | None  # from X-WR-TIMEZONE
    timezones: tuple[Component, ...]
    series: tuple[Series, ...]
    problems: tuple[Problem, ...]
    skipped: int  # events, series and other components left out
    events_skipped: int = 0  # of which events and series

    @property
    def series_count(self) -> int:
        return sum(1 for s in self.series if s.recurring)


def decode(data: bytes) -> str:
    if not data.strip():
        raise CalendarError(translate("Calendars", "The file is empty."))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Windows' "Unicode" save: UTF-16 with its mark
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # never fails: every byte is a character


def read_calendar(data: bytes) -> ParsedCalendar:
    """Parse and check a whole file. Raises CalendarError only when nothing can be used."""
    text = decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise CalendarError(
            translate("Calendars", "This is not a calendar file (.ics): it has no BEGIN:VCALENDAR.")
        )
    plain = make_plain(text)
    reader = _Reader(plain.zone_names)
    for component, error in plain.left_out:
        reader.leave_out(component, error)
    try:
        parsed = Calendar.from_ical(plain.text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError… on bad input
        parsed = _piece_by_piece(plain, reader, exc)
    calendars = [c for c in parsed if isinstance(c, Component) and c.name == "VCALENDAR"]
    if not calendars:
        # icalendar drops a calendar that is cut off before its END line.
        raise CalendarError(
            translate("Calendars", "The file cannot be read as a calendar ({error}).").format(
                error=translate("Calendars", "it stops before END:VCALENDAR")
            )
        )
    for calendar in calendars:
        reader.read(calendar)
    return ParsedCalendar(
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        zone=reader.zone,
        timezones=tuple(reader.timezones),
        series=reader.series(),
        problems=tuple(reader.problems),
        skipped=reader.skipped,
        events_skipped=reader.events_skipped,
    )


def _piece_by_piece(plain: Plain, reader: _Reader, whole: Exception) -> list[Calendar]:
    """The file does not parse as a whole: keep every zone and event that parses on its own."""
    calendar = Calendar()
    header = _X_WR_TIMEZONE.search(plain.text)
    if header is not None:
        calendar["X-WR-TIMEZONE"] = header.group(1).strip()
    zones = [b for b in plain.blocks if b.name == "VTIMEZONE"]
    events = [b for b in plain.blocks if b.name != "VTIMEZONE"]
    found = 0
    for number, block in enumerate([*zones, *events], start=1 - len(zones)):
        try:
            component = Component.from_ical(plain.block_text(block))
        except Exception as exc:
            reader.leave_out(block.name, short_error(exc), event=number > 0, number=number)
            continue
        calendar.add_component(component)
        found += 1
    if not found:
        raise CalendarError(
            translate("Calendars", "The file cannot be read as a calendar ({error}).").format(
                error=short_error(whole)
            )
        )
    return [calendar]


class _Reader:
    def __init__(self, zone_names: dict[str, str]) -> None:
        self.zone_names = zone_names  # our private zone names -> the file's own
        self.events_skipped = 0
        self.zone: ZoneInfo | None = None
        self.timezones: list[Component] = []
        self.problems: list[Problem] = []
        self.skipped = 0
        self._groups: dict[str, list[Event]] = {}
        self._bad_uids: set[str] = set()
        self._count = 0

    def read(self, calendar: Component) -> None:
        self._read_zone(calendar)
        for component in calendar.subcomponents:
            if component.name == "VTIMEZONE" and isinstance(component, Timezone):
                self._read_timezone(component)
            elif component.name == "VEVENT" and isinstance(component, Event):
                self._count += 1
                self._read_event(component, self._count)

    def _read_zone(self, calendar: Component) -> None:
        raw = calendar.get("X-WR-TIMEZONE")
        if raw is None or self.zone is not None:
            return
        name = str(raw).strip()
        name = known_zone(name) or name
        try:
            self.zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            self.problems.append(
                Problem(
                    translate("Calendars", "The calendar"),
                    "X-WR-TIMEZONE",
                    translate(
                        "Calendars",
                        "'{zone}' is not a known time zone; times without a zone are read in yours",
                    ).format(zone=name),
                    skipped=False,
                )
            )

    def _read_timezone(self, component: Timezone) -> None:
        tzid = str(component.get("TZID", "")).strip()
        tzid = self.zone_names.get(tzid, tzid)
        try:
            component.to_tz()
        except Exception as exc:
            self.problems.append(
                Problem(
                    translate("Calendars", "Time zone '{zone}'").format(zone=tzid),
                    "VTIMEZONE",
                    translate("Calendars", "cannot be read ({error})").format(
                        error=short_error(exc)
                    ),
                    skipped=True,
                )
            )
            return
        self.timezones.append(component)

    def _read_event(self, event: Event, number: int) -> None:
        title = event_title(event)
        uid = str(event.get("UID", "")).strip()
        if not uid:
            uid = f"ritmeregie-no-uid-{number}"
            event["UID"] = uid
        where = (
            translate("Calendars", "Event '{title}'").format(title=title)
            if title
            else translate("Calendars", "Event {number}").format(number=number)
        )
        try:
            fatal = self._check(event, where)
        except Exception as exc:  # a value of an unexpected type deep inside a property
            fatal = Problem(
                where,
                "VEVENT",
                translate("Calendars", "cannot be read ({error})").format(error=short_error(exc)),
                skipped=True,
            )
        if fatal is None:
            self._groups.setdefault(uid, []).append(event)
            return
        self.problems.append(fatal)
        if "RECURRENCE-ID" in event and "RRULE" not in event:
            self.skipped += 1  # one broken exception of a series; the series itself stays
            self.events_skipped += 1
        elif uid not in self._bad_uids:
            self._bad_uids.add(uid)
            self.skipped += 1
            self.events_skipped += 1

    def leave_out(
        self, component: str, error: str, *, event: bool = False, number: int = 0
    ) -> None:
        """A component that cannot be read on its own (a VTODO, VFREEBUSY, …, or an event)."""
        where = (
            translate("Calendars", "Event {number}").format(number=number)
            if event
            else translate("Calendars", "A {component}").format(component=component)
        )
        detail = translate("Calendars", "cannot be read ({error})").format(error=error)
        self.problems.append(Problem(where, component, detail, skipped=True))
        self.skipped += 1
        if event:
            self.events_skipped += 1

    def _check(self, event: Event, where: str) -> Problem | None:
        """The first problem that makes the event unusable; lesser ones are noted and removed."""
        for name, message in list(getattr(event, "errors", ())):
            prop = str(name or "?").upper()
            detail = translate("Calendars", "cannot be read ({error})").format(
                error=shorten(str(message))
            )
            if prop in ESSENTIAL:
                return Problem(where, prop, detail, skipped=True)
            self.problems.append(Problem(where, prop, detail, skipped=False))
            if prop in event:
                del event[prop]
        start = when(event, "DTSTART")
        if start is None:
            return Problem(where, "DTSTART", translate("Calendars", "is missing"), skipped=True)
        if not isinstance(start, dt.date):
            return Problem(
                where, "DTSTART", translate("Calendars", "is not a date or time"), skipped=True
            )
        self._check_zone(event, where, start)
        until_in_zone(event, start)
        if cap_fast_rule(event):
            self.problems.append(
                Problem(
                    where,
                    "RRULE",
                    translate(
                        "Calendars",
                        "repeats every minute or second; only its first {count} times are read",
                    ).format(count=f"{MAX_FAST_OCCURRENCES:,}"),
                    skipped=False,
                )
            )
        return self._check_end(event, where, start)

    def _check_zone(self, event: Event, where: str, start: dt.date) -> None:
        tzid = event["DTSTART"].params.get("TZID")
        if tzid and isinstance(start, dt.datetime) and start.tzinfo is None:
            self.problems.append(
                Problem(
                    where,
                    "DTSTART",
                    translate(
                        "Calendars",
                        "has an unknown time zone '{zone}'; read in your own time zone",
                    ).format(zone=self.zone_names.get(str(tzid), tzid)),
                    skipped=False,
                )
            )

    def _check_end(self, event: Event, where: str, start: dt.date) -> Problem | None:
        if "DTEND" in event:
            end = when(event, "DTEND")
            if not isinstance(end, dt.date):
                return Problem(
                    where, "DTEND", translate("Calendars", "is not a date or time"), True
                )
            if isinstance(end, dt.datetime) != isinstance(start, dt.datetime):
                return Problem(
                    where,
                    "DTEND",
                    translate("Calendars", "is a date while DTSTART is a time (or the reverse)"),
                    skipped=True,
                )
            if ends_before(end, start):
                return Problem(where, "DTEND", translate("Calendars", "is before DTSTART"), True)
        elif "DURATION" in event:
            length = when(event, "DURATION")
            if not isinstance(length, dt.timedelta) or length < dt.timedelta(0):
                return Problem(
                    where, "DURATION", translate("Calendars", "is not a positive duration"), True
                )
        return None

    def series(self) -> tuple[Series, ...]:
        return tuple(
            Series(uid, tuple(events))
            for uid, events in self._groups.items()
            if uid not in self._bad_uids
        )
