"""A large, Outlook-shaped calendar for benchmarks and tests: by default 5,000 VEVENTs of which
500 are recurring series (weekly and daily, with EXDATEs and moved occurrences).

    python -m ritmeregie.services.calendars.sample OUT.ics [--events 5000] [--series 500] [--start 2027-03-01]

Deterministic for a given seed, so two runs time the same work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

WINDOWS_ZONE = "W. Europe Standard Time"
VTIMEZONE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE"""
TITLES = (
    "MT-overleg",
    "Bilateraal",
    "Projectgroep",
    "Klantgesprek",
    "Begrotingsoverleg",
    "Teamoverleg",
    "Lunch met bestuur",
    "Voorbereiding RvC",
)


def _stamp(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def generate_calendar(
    events: int = 5000, series: int = 500, start: dt.date = dt.date(2027, 3, 1), seed: int = 5
) -> bytes:
    """The .ics bytes: `series` recurring masters (plus a moved occurrence for every fifth one)
    and single events to make `events` VEVENTs in all, spread over a year from `start`."""
    if not 0 <= series <= events:
        raise ValueError("series must be between 0 and events")
    rng = random.Random(seed)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Directie",
        VTIMEZONE,
    ]
    count = 0
    for number in range(series):
        if count >= events:
            break
        day = start + dt.timedelta(days=rng.randrange(0, 60))
        begin = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.choice((0, 30))))
        minutes = rng.choice((30, 45, 60, 90))
        end = begin + dt.timedelta(minutes=minutes)
        uid = f"series-{number}@sample.ritmeregie"
        rule = (
            f"FREQ=WEEKLY;COUNT={rng.randrange(10, 60)}"
            if number % 3
            else f"FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL={_stamp(begin + dt.timedelta(days=120))}Z"
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SUMMARY:{rng.choice(TITLES)} {number}",
            f"DTSTART;TZID={WINDOWS_ZONE}:{_stamp(begin)}",
            f"DTEND;TZID={WINDOWS_ZONE}:{_stamp(end)}",
            f"RRULE:{rule}",
            f"EXDATE;TZID={WINDOWS_ZONE}:{_stamp(begin + dt.timedelta(days=14))}",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "END:VEVENT",
        ]
        count += 1
        if number % 5 == 0 and count < events:
            moved = begin + dt.timedelta(days=7)
            lines += [
                "BEGIN:VEVENT",
                f"UID:{uid}",
                f"RECURRENCE-ID;TZID={WINDOWS_ZONE}:{_stamp(moved)}",
                f"SUMMARY:{rng.choice(TITLES)} {number} (verplaatst)",
                f"DTSTART;TZID={WINDOWS_ZONE}:{_stamp(moved + dt.timedelta(hours=1))}",
                f"DTEND;TZID={WINDOWS_ZONE}:{_stamp(moved + dt.timedelta(hours=1, minutes=minutes))}",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "END:VEVENT",
            ]
            count += 1
    number = 0
    while count < events:
        day = start + dt.timedelta(days=rng.randrange(-30, 335))
        begin = dt.datetime.combine(day, dt.time(rng.randrange(7, 19), rng.choice((0, 15, 30, 45))))
        end = begin + dt.timedelta(minutes=rng.choice((15, 30, 60, 120)))
        free = rng.random() < 0.1
        lines += [
            "BEGIN:VEVENT",
            f"UID:single-{number}@sample.ritmeregie",
            f"SUMMARY:{rng.choice(TITLES)}",
            f"DTSTART;TZID={WINDOWS_ZONE}:{_stamp(begin)}",
            f"DTEND;TZID={WINDOWS_ZONE}:{_stamp(end)}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if free else 'BUSY'}",
            "END:VEVENT",
        ]
        count += 1
        number += 1
    lines.append("END:VCALENDAR")
    return ("\r\n".join("\r\n".join(chunk.split("\n")) for chunk in lines) + "\r\n").encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a large sample calendar (.ics).")
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--series", type=int, default=500)
    parser.add_argument("--start", type=dt.date.fromisoformat, default=dt.date(2027, 3, 1))
    args = parser.parse_args(argv)
    args.out.write_bytes(generate_calendar(args.events, args.series, args.start))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
