"""A second, independent expansion of an .ics file, to check the importer against: its own line
reader and dateutil.rrule, no icalendar and no recurring-ical-events.

It only answers for what it understands: occurrences of events whose times are UTC, floating,
dates, or in an IANA or Windows-named zone (Windows names through tzlocal's CLDR table). A series
it cannot judge (a custom VTIMEZONE, RANGE=THISANDFUTURE, PERIOD RDATEs, an unreadable value)
is reported as unjudged, and the comparison leaves that UID out on both sides.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, available_timezones

from dateutil.rrule import rrulestr
from tzlocal.windows_tz import win_tz

IANA = frozenset(available_timezones())
FREE = frozenset({"FREE", "WORKINGELSEWHERE"})


class Unjudged(Exception):
    pass


@dataclass
class Props:
    values: list[tuple[str, dict[str, str], str]] = field(default_factory=list)

    def get(self, name: str) -> tuple[dict[str, str], str] | None:
        for key, params, value in self.values:
            if key == name:
                return params, value
        return None

    def all(self, name: str) -> list[tuple[dict[str, str], str]]:
        return [(p, v) for k, p, v in self.values if k == name]


def _lines(text: str) -> list[str]:
    return re.sub(r"\r?\n[ \t]", "", text).replace("\r", "").split("\n")


def _split(line: str) -> tuple[str, dict[str, str], str]:
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        return line.upper(), {}, ""
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, _, val = part.partition("=")
        params[key.strip().upper()] = val.strip().strip('"')
    return parts[0].strip().upper() if parts else "", params, value.strip()


def read(text: str) -> tuple[list[Props], str | None, set[str]]:
    """(events, X-WR-TIMEZONE, TZIDs defined by a VTIMEZONE)."""
    events: list[Props] = []
    stack: list[str] = []
    current: Props | None = None
    xwr: str | None = None
    defined: set[str] = set()
    for line in _lines(text):
        name, params, value = _split(line)
        if name == "BEGIN":
            stack.append(value.upper())
            if stack == ["VCALENDAR", "VEVENT"]:
                current = Props()
            continue
        if name == "END":
            if stack and stack[-1] == "VEVENT" and len(stack) == 2 and current is not None:
                events.append(current)
                current = None
            if stack:
                stack.pop()
            continue
        if stack == ["VCALENDAR"] and name == "X-WR-TIMEZONE":
            xwr = value
        if stack[-1:] == ["VTIMEZONE"] and name == "TZID":
            defined.add(value)
        if current is not None and len(stack) == 2:
            current.values.append((name, params, value))
    return events, xwr, defined


def zone_of(tzid: str) -> ZoneInfo:
    tzid = tzid.strip().strip('"')
    if tzid in IANA:
        return ZoneInfo(tzid)
    if tzid in win_tz:
        return ZoneInfo(win_tz[tzid])
    raise Unjudged(f"zone {tzid}")


def value_of(params: dict[str, str], value: str, floating: ZoneInfo) -> dt.date | dt.datetime:
    value = value.strip()
    if re.fullmatch(r"\d{8}", value):
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    m = re.fullmatch(r"(\d{8})T(\d{6})(Z?)", value)
    if not m:
        raise Unjudged(f"value {value}")
    naive = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    if m.group(3):
        return naive.replace(tzinfo=dt.UTC)
    if "TZID" in params:
        return naive.replace(tzinfo=zone_of(params["TZID"]))
    return naive.replace(tzinfo=floating)


def instant(value: dt.date | dt.datetime, local: ZoneInfo) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(0), tzinfo=local).astimezone(dt.UTC)
    return value.astimezone(dt.UTC)


@dataclass(frozen=True)
class Expected:
    starts: dict[str, set[dt.datetime]]  # UID -> busy occurrence starts (UTC) in the span
    unjudged: set[str]


def expand(text: str, local: ZoneInfo, lo: dt.datetime, hi: dt.datetime) -> Expected:
    events, xwr, _defined = read(text)
    floating = local
    if xwr is not None:
        with contextlib.suppress(Unjudged):
            floating = zone_of(xwr)
    by_uid: dict[str, list[Props]] = {}
    for number, event in enumerate(events, start=1):
        uid = (event.get("UID") or ({}, ""))[1] or f"ritmeregie-no-uid-{number}"
        by_uid.setdefault(uid, []).append(event)
    starts: dict[str, set[dt.datetime]] = {}
    unjudged: set[str] = set()
    for uid, group in by_uid.items():
        try:
            found = _series(group, floating, local, xwr is not None)
            starts[uid] = {s for s in found if lo <= s < hi}
        except Unjudged:
            unjudged.add(uid)
        except Exception:  # dateutil refusing a rule: not judged here
            unjudged.add(uid)
    return Expected(starts, unjudged)


def _busy(event: Props) -> bool:
    status = (event.get("STATUS") or ({}, ""))[1].upper()
    transp = (event.get("TRANSP") or ({}, ""))[1].upper()
    busy = (event.get("X-MICROSOFT-CDO-BUSYSTATUS") or ({}, ""))[1].upper()
    if status == "CANCELLED":
        return False
    return not (busy in FREE or (not busy and transp == "TRANSPARENT"))


def _length(event: Props, start: dt.date | dt.datetime, floating: ZoneInfo) -> dt.timedelta:
    end = event.get("DTEND")
    if end is not None:
        end_value = value_of(*end, floating)
        if isinstance(start, dt.datetime) != isinstance(end_value, dt.datetime):
            raise Unjudged("mixed")
        return instant(end_value, floating) - instant(start, floating)
    duration = event.get("DURATION")
    if duration is not None:
        raise Unjudged("duration")  # lengths only decide zero-length events; keep it simple
    return dt.timedelta(days=1) if not isinstance(start, dt.datetime) else dt.timedelta(0)


def _series(
    group: list[Props], floating: ZoneInfo, local: ZoneInfo, google: bool
) -> set[dt.datetime]:
    masters = [e for e in group if e.get("RECURRENCE-ID") is None]
    overrides = [e for e in group if e.get("RECURRENCE-ID") is not None]
    if len(masters) > 1:
        raise Unjudged("duplicate UID")
    found: dict[dt.datetime, bool] = {}  # original start (UTC) -> busy
    moved: set[dt.datetime] = set()
    if masters:
        master = masters[0]
        dtstart = master.get("DTSTART")
        if dtstart is None:
            raise Unjudged("no DTSTART")
        start = value_of(*dtstart, floating)
        length = _length(master, start, floating)
        busy = _busy(master) and length > dt.timedelta(0)
        for when in _occurrences(master, start, floating, local, google):
            found[instant(when, local)] = busy

    def sequence(event: Props) -> int:
        value = (event.get("SEQUENCE") or ({}, "0"))[1]
        return int(value) if value.strip().isdigit() else 0

    latest: dict[str, Props] = {}
    for override in sorted(overrides, key=sequence):  # the highest SEQUENCE wins
        latest[(override.get("RECURRENCE-ID") or ({}, ""))[1]] = override
    for override in latest.values():
        params, value = override.get("RECURRENCE-ID") or ({}, "")
        if params.get("RANGE"):
            raise Unjudged("range")
        original = instant(value_of(params, value, floating), local)
        found.pop(original, None)
        dtstart = override.get("DTSTART")
        if dtstart is None:
            raise Unjudged("override without DTSTART")
        start = value_of(*dtstart, floating)
        new = instant(start, local)
        moved.add(new)
        found[new] = _busy(override) and _length(override, start, floating) > dt.timedelta(0)
    return {start for start, busy in found.items() if busy}


def _occurrences(
    event: Props, start: dt.date | dt.datetime, floating: ZoneInfo, local: ZoneInfo, google: bool
) -> list[dt.date | dt.datetime]:
    if isinstance(start, dt.datetime) and google and start.tzinfo is dt.UTC:
        start = start.astimezone(floating)  # Google: the series keeps its wall time there
    rules = event.all("RRULE")
    dates: set[dt.date | dt.datetime] = {start}
    if rules:
        if len(rules) > 1:
            raise Unjudged("several RRULEs")
        anchor = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time(0))
        rule_text = rules[0][1]
        if "UNTIL=" in rule_text.upper() and anchor.tzinfo is not None:
            until = re.search(r"UNTIL=([0-9TZ]+)", rule_text, re.I)
            if until and not until.group(1).upper().endswith("Z"):
                value = until.group(1)
                if len(value) == 8:
                    value += "T235959"
                local_until = dt.datetime.strptime(value, "%Y%m%dT%H%M%S").replace(
                    tzinfo=anchor.tzinfo
                )
                rule_text = rule_text.replace(
                    until.group(1), local_until.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
                )
        rule = rrulestr(rule_text, dtstart=anchor, ignoretz=False)
        limit = anchor + dt.timedelta(days=366 * 40)
        for when in rule:
            if when > limit:
                break
            dates.add(when if isinstance(start, dt.datetime) else when.date())
    for params, value in event.all("RDATE"):
        if params.get("VALUE", "").upper() == "PERIOD" or "/" in value:
            raise Unjudged("period")
        for one in value.split(","):
            dates.add(value_of(params, one, floating))
    excluded: set[dt.datetime] = set()
    for params, value in event.all("EXDATE"):
        for one in value.split(","):
            excluded.add(instant(value_of(params, one, floating), local))
    return [d for d in dates if instant(d, local) not in excluded]
