"""The real-world corpus (issue 14): every file in tests/data/calendars (public test suites of
icalendar, recurring-ical-events, ical.js, node-ical, allenporter's ical and ics-parser; see its
MANIFEST.tsv) is imported without a traceback or a hang, and the busy occurrences of a year from
its first event are compared, series by series, with an independent expansion (independent.py:
its own reader and dateutil.rrule)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from independent import expand

from ritmeregie.domain.localtime import local_instant
from ritmeregie.services.calendars import CalendarError, Window, prepare

CORPUS = Path(__file__).resolve().parents[2] / "data" / "calendars"
FILES = sorted(p.name for p in CORPUS.glob("*.ics"))
AMS = ZoneInfo("Europe/Amsterdam")
# Files where the two expansions differ for a reason checked by hand (file: why).
DIFFERENT: dict[str, str] = {}


def manifest() -> list[dict[str, str]]:
    lines = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_the_corpus_is_real_and_its_sources_are_kept():
    rows = manifest()
    assert sorted(r["file"] for r in rows) == FILES
    assert len(FILES) >= 60
    producers = {r["producer"] for r in rows if not r["producer"].startswith(("test", "no "))}
    assert len(producers) >= 12
    assert all(r["repository"].startswith("https://github.com/") and r["licence"] for r in rows)


def first_day(text: str) -> dt.date:
    found = re.search(r"^DTSTART[^:\r\n]*:(\d{8})", text, re.M | re.I)
    if found is None:
        return dt.date(2027, 1, 1)
    value = found.group(1)
    return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", FILES)
def test_each_file_imports_and_agrees_with_an_independent_expansion(name: str):
    data = (CORPUS / name).read_bytes()
    text = data.decode("utf-8", "replace")
    day = first_day(text)
    if not dt.date(1900, 1, 2) <= day <= dt.date(2199, 1, 1):
        day = dt.date(2027, 1, 1)
    window = Window(day - dt.timedelta(days=2), day + dt.timedelta(days=367))
    try:
        prepared = prepare(data, window, AMS)
    except CalendarError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    lo = local_instant(day, dt.time(0), AMS)
    hi = local_instant(day + dt.timedelta(days=365), dt.time(0), AMS)
    ours: dict[str, set[dt.datetime]] = {}
    for event in prepared.expansion.events:
        if lo <= event.start < hi:
            ours.setdefault(event.uid, set()).add(event.start)
    expected = expand(text, AMS, lo, hi)
    judged = (set(expected.starts) | set(ours)) - expected.unjudged
    theirs = {uid: expected.starts.get(uid, set()) for uid in judged}
    mine = {uid: ours.get(uid, set()) for uid in judged}
    if name in DIFFERENT:
        assert mine != theirs, f"{name} agrees now: drop it from DIFFERENT"
        return
    assert mine == theirs
