"""The calendar import against its floor: the bare icalendar parse plus recurring-ical-events
expansion of the same window. The product's importer is timed once the calendars part exists."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

EVENTS = 5_000
SERIES = 500
SEED = 11


def generate_ics(path: Path, today: dt.date, events: int = EVENTS, series: int = SERIES) -> Path:
    """A manager's calendar: `events` VEVENTs of which `series` recur weekly (some with an
    exception), spread over the year around today, in Europe/Amsterdam."""
    rng = random.Random(SEED)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ritmeregie//bench//EN",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Amsterdam",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
    first = today - dt.timedelta(days=182)
    for i in range(events):
        day = first + dt.timedelta(days=rng.randrange(365))
        start = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.choice((0, 15, 30))))
        end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 90)))
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@ritmeregie",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=Europe/Amsterdam:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Europe/Amsterdam:{end:%Y%m%dT%H%M%S}",
            f"SUMMARY:Afspraak {i}",
        ]
        if i < series:
            lines.append(f"RRULE:FREQ=WEEKLY;COUNT={rng.randrange(10, 60)}")
            if i % 5 == 0:
                lines.append(
                    f"EXDATE;TZID=Europe/Amsterdam:{start + dt.timedelta(weeks=2):%Y%m%dT%H%M%S}"
                )
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def calendar_bytes(today: dt.date, events: int, series: int, folder: Path) -> bytes:
    """The product's own benchmark calendar when it has one (Outlook-shaped), else ours; spread
    over the year around today so the import window holds a realistic share of it."""
    start = today - dt.timedelta(days=182)
    if importlib.util.find_spec("ritmeregie.calendars.sample") is not None:
        sample = importlib.import_module("ritmeregie.calendars.sample")
        return bytes(sample.generate_calendar(events, series, start=start))
    return generate_ics(folder / "manager.ics", today, events, series).read_bytes()


def bare_parse_and_expand(data: bytes | Path, start: dt.date, end: dt.date) -> int:
    """The floor: parse with icalendar, expand [start, end) with recurring-ical-events."""
    import icalendar
    import recurring_ical_events

    raw = data.read_bytes() if isinstance(data, Path) else data
    calendar = icalendar.Calendar.from_ical(raw)
    return len(recurring_ical_events.of(calendar).between(start, end))


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = function()
    return time.perf_counter() - t0, result


def product_window(today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The window the product's import expands by default (first and last day, both included)."""
    if importlib.util.find_spec("ritmeregie.calendars") is None:
        return None
    service = importlib.import_module("ritmeregie.calendars")
    window = service.Window.rolling(today)
    return window.first, window.last


def product_import(data: bytes, data_dir: Path, today: dt.date, tz: str) -> tuple[float, int]:
    """Seconds for ritmeregie.calendars.import_into on a fresh store (parse, expand, store), and
    the number of occurrences it stored."""
    from zoneinfo import ZoneInfo

    from ritmeregie.storage import open_store

    service = importlib.import_module("ritmeregie.calendars")
    store = open_store(data_dir)
    try:
        window = service.Window.rolling(today)
        seconds, report = timed(
            lambda: service.import_into(store, "Manager", data, window, tz=ZoneInfo(tz))
        )
    finally:
        store.close()
    return seconds, int(getattr(report, "events", 0))
