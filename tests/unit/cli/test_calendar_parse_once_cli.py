"""Parse once, across processes (issue 14, point 6): after `calendar add`, a `plan --date` half a
year ahead reads the layer's occurrences from the store; the stored copy of the file is not needed
(here it is spoilt on purpose, and the plan is still right)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path


def weekly_from(monday: dt.date) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//test//EN",
            "BEGIN:VEVENT",
            "UID:weekly-1",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=Europe/Amsterdam:{monday:%Y%m%d}T100000",
            f"DTEND;TZID=Europe/Amsterdam:{monday:%Y%m%d}T110000",
            "RRULE:FREQ=WEEKLY",
            "SUMMARY:Weekstart directie",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def test_a_plan_half_a_year_ahead_is_a_query(cli, data_dir: Path, tmp_path: Path):
    today = dt.date.today()
    monday = today - dt.timedelta(days=today.weekday() + 7)
    path = tmp_path / "directie.ics"
    path.write_text(weekly_from(monday), encoding="utf-8")
    done = cli("calendar", "add", "Directie", str(path))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(data_dir / "ritmeregie.sqlite3") as db:
        db.execute("UPDATE calendar_copies SET raw_ics = 'BEGIN:VCALENDAR spoilt'")
    ahead = monday + dt.timedelta(weeks=26)
    done = cli("plan", "--date", ahead.isoformat(), "--json")
    assert done.returncode == 0, done.stderr
    busy = [b for b in json.loads(done.stdout)["blocks"] if b["kind"] == "busy"]
    assert [(b["title"], b["start"][11:16]) for b in busy] == [("Weekstart directie", "10:00")]
    listed = json.loads(cli("calendar", "list", "--json").stdout)["calendars"]
    assert listed[0]["last_error"] is None
