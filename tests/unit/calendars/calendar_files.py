"""The test calendars under tests/data/ics and the zone they are read in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

ICS_DIR = Path(__file__).resolve().parents[2] / "data" / "ics"
AMS = ZoneInfo("Europe/Amsterdam")
T0 = dt.datetime(2027, 3, 26, 9, 0, tzinfo=dt.UTC)
SHAPES = ("outlook_directie.ics", "google_team.ics", "apple_prive.ics")


def ics(name: str) -> bytes:
    return (ICS_DIR / name).read_bytes()
