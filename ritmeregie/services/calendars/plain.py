"""A file made plain before icalendar reads it: its own zones, IANA names, only what we use.

icalendar keeps every VTIMEZONE it parses by its TZID for the rest of the process, and a later
file that defines the same TZID differently gets the first definition (Outlook calls its zone
"Customized Time Zone" in every file, whatever it is). So each zone a file defines under a name
that is not an IANA zone is renamed after its own definition, and the file's references follow:
a file's zones resolve its own events, whatever was read before. References without a VTIMEZONE
that are Windows zone IDs or display names become their IANA name. A DATE value with a TZID is a
DATE (every other reader takes it as all-day). Components other than events and zones (VTODO,
VJOURNAL, VFREEBUSY, unknown ones) are not used: they are left out before parsing, so a broken
one cannot refuse the file; a broken one is named in the report.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from zoneinfo import available_timezones

from icalendar import Component
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from ritmeregie.services.calendars.windows_names import display_name_zone

USED = frozenset({"VEVENT", "VTIMEZONE"})
ZONE_PREFIX = "ritmeregie-zone-"
ONSET_YEAR = "2000"
_FOLD = re.compile(r"\r?\n[ \t]")
_TZID_PARAM = re.compile(r';TZID=("[^"]*"|[^;:"]*)', re.IGNORECASE)
_DATES = re.compile(r"^\d{8}(?:,\d{8})*$")


@dataclass(frozen=True, slots=True)
class Block:
    name: str
    first: int  # index of the BEGIN line
    last: int  # index of the END line


@dataclass(slots=True)
class Plain:
    text: str
    lines: list[str]
    blocks: list[Block]  # the components used (events and zones), top level of a VCALENDAR
    zone_names: dict[str, str] = field(default_factory=dict)  # our name -> the file's name
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (component, error)

    def block_text(self, block: Block) -> str:
        return "\r\n".join(self.lines[block.first : block.last + 1]) + "\r\n"


def make_plain(text: str) -> Plain:
    lines = [line.rstrip("\r") for line in _FOLD.sub("", text).split("\n")]
    keep = [True] * len(lines)
    blocks: list[Block] = []
    left_out: list[tuple[str, str]] = []
    for block in _top_level(lines):
        if block.name in USED:
            blocks.append(block)
            continue
        for i in range(block.first, block.last + 1):
            keep[i] = False
        error = _parse_error("\r\n".join(lines[block.first : block.last + 1]))
        if error is not None:
            left_out.append((block.name, error))
    renamed = _own_zones(lines, blocks)
    if renamed or _mentions_tzid(text):
        _rewrite_references(lines, keep, renamed)
    if all(keep):
        kept = lines
    else:
        kept, blocks = _without(lines, keep, blocks)
    plain = Plain("\r\n".join(kept), kept, blocks, left_out=left_out)
    plain.zone_names = {new: old for old, new in renamed.items()}
    return plain


def _top_level(lines: list[str]) -> Iterator[Block]:
    """The components directly inside a VCALENDAR (a cut-off one is not yielded)."""
    depth = 0
    name = ""
    first = 0
    for i, line in enumerate(lines):
        head = line[:6].upper()
        if head == "BEGIN:":
            depth += 1
            if depth == 2:
                name, first = line[6:].strip().upper(), i
        elif head.startswith("END:"):
            if depth == 2 and line[4:].strip().upper() == name:
                yield Block(name, first, i)
            depth = max(0, depth - 1)


def _parse_error(block: str) -> str | None:
    try:
        Component.from_ical(block)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError… on bad input
        return " ".join((str(exc) or type(exc).__name__).split())[:120]
    return None


def _own_zones(lines: list[str], blocks: list[Block]) -> dict[str, str]:
    """The file's TZID -> the name to read it by, for every zone it defines that is not IANA's.

    A Windows zone (an ID or a display name) is read as its IANA zone, as icalendar does when
    nothing else was read before: Outlook's definitions of them are the same rules, and an IANA
    zone is fast. Any other name gets a name of its own, derived from its definition.
    """
    renamed: dict[str, str] = {}
    for block in blocks:
        if block.name != "VTIMEZONE":
            continue
        for i in range(block.first + 1, block.last):
            name, _, value = _split(lines[i])
            if name.split(";")[0].upper() != "TZID":
                continue
            tzid = value.strip()
            if tzid not in renamed and not is_iana(tzid):
                known = known_zone(tzid)
                if known is None:
                    body = "\n".join(lines[block.first : block.last + 1])
                    digest = hashlib.sha256(body.encode("utf-8", "replace")).hexdigest()[:16]
                    known = ZONE_PREFIX + digest
                    _recent_onsets(lines, block)
                renamed[tzid] = known
            if tzid in renamed:
                lines[i] = f"{name}:{renamed[tzid]}"
            break
    return renamed


def _recent_onsets(lines: list[str], block: Block) -> None:
    """Start a custom zone's yearly rules in 2000 instead of 1601 (Outlook's habit).

    The reader finds the offset of a time by walking the rule from its DTSTART, for every time
    it converts: four centuries of it made a big Outlook file minutes slow. The rules' onsets
    are the same from 2000 on; the planner looks a year back at most.
    """
    starts: list[int] = []
    has_rule = False
    for i in range(block.first + 1, block.last):
        head = lines[i][:14].upper()
        if head in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            starts, has_rule = [], False
        elif head.startswith("DTSTART"):
            starts.append(i)
        elif head.startswith("RRULE") and "UNTIL" not in lines[i].upper():
            has_rule = True
        elif head.startswith(("END:STAN", "END:DAYL")) and has_rule:
            for j in starts:
                name, _, value = _split(lines[j])
                value = value.strip()
                if len(value) >= 8 and value[:4].isdigit() and value[:4] < ONSET_YEAR:
                    lines[j] = f"{name}:{ONSET_YEAR}{value[4:]}"


def _rewrite_references(lines: list[str], keep: list[bool], renamed: dict[str, str]) -> None:
    for i, line in enumerate(lines):
        if not keep[i] or "TZID=" not in line.upper():
            continue
        head, colon, value = _split(line)
        if not colon or ";" not in head:
            continue
        match = _TZID_PARAM.search(head)
        if match is None:
            continue
        if _DATES.match(value.strip()):
            # A date has no time of day to put in a zone: DTSTART;TZID=US/Eastern:20060102.
            head = head[: match.start()] + head[match.end() :]
            if "VALUE=DATE" not in head.upper():
                head += ";VALUE=DATE"
            lines[i] = f"{head}:{value}"
            continue
        tzid = match.group(1).strip().strip('"').strip()
        target = renamed.get(tzid) or known_zone(tzid)
        if target is not None and target != tzid:
            lines[i] = f"{head[: match.start()]};TZID={target}{head[match.end() :]}:{value}"


def known_zone(tzid: str) -> str | None:
    """The IANA name for a TZID written as IANA, a Windows ID or display name, or a path."""
    name = tzid.strip()
    if is_iana(name):
        return name
    windows = WINDOWS_TO_OLSON.get(name)
    if windows is not None:
        return str(windows)
    display = display_name_zone(name)
    if display is not None:
        return display
    # "/freeassociation.sourceforge.net/Tzfile/Europe/London", "/mozilla.org/…/Europe/Paris"
    parts = [p for p in name.split("/") if p]
    for start in range(1, len(parts) - 1):
        candidate = "/".join(parts[start:])
        if is_iana(candidate):
            return candidate
    return None


@cache
def _iana() -> frozenset[str]:
    return frozenset(available_timezones())


def is_iana(name: str) -> bool:
    return name in _iana()


def _mentions_tzid(text: str) -> bool:
    return re.search("tzid=", text, re.IGNORECASE) is not None


def _split(line: str) -> tuple[str, str, str]:
    """(name with parameters, ':' or '', value) — a ':' inside a quoted parameter is no split."""
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:i], ":", line[i + 1 :]
    return line, "", ""


def _without(
    lines: list[str], keep: list[bool], blocks: list[Block]
) -> tuple[list[str], list[Block]]:
    index: list[int] = []
    kept: list[str] = []
    for i, line in enumerate(lines):
        index.append(len(kept))
        if keep[i]:
            kept.append(line)
    return kept, [Block(b.name, index[b.first], index[b.last]) for b in blocks]
