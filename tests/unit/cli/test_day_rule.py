"""At 02:30 every command agrees on "today": before the 04:00 day boundary it is still yesterday.

The child processes run on the real clock, in an Etc/GMT±N zone chosen so that it is now between
01:00 and 03:00 there: the night is tested whatever hour the suite runs at.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.bench.stores import zone_at_local_hour


@pytest.fixture
def night() -> tuple[str, dt.date]:
    """A zone where it is now 02:xx, and the date "today" has there (yesterday's)."""
    name = zone_at_local_hour(2)
    local = dt.datetime.now(ZoneInfo(name))
    assert 1 <= local.hour < 4
    return name, local.date() - dt.timedelta(days=1)


def ok(done) -> str:  # type: ignore[no-untyped-def]
    assert done.returncode == 0, done.stderr
    return str(done.stdout)


def test_every_command_says_the_same_day_at_night(cli, night) -> None:  # type: ignore[no-untyped-def]
    tz, yesterday = night
    plan = json.loads(ok(cli("plan", "--json", tz=tz)))
    agenda = json.loads(ok(cli("agenda", "list", "--json", tz=tz)))
    mustdos = json.loads(ok(cli("mustdo", "list", "--json", tz=tz)))
    assert plan["date"] == agenda["date"] == mustdos["date"] == yesterday.isoformat()

    ok(cli("friction", "add", "Printer hapert weer", tz=tz))
    frictions = json.loads(ok(cli("friction", "list", "--json", tz=tz)))
    assert [f["date"] for f in frictions["frictions"]] == [yesterday.isoformat()]
    assert f"{yesterday:%Y-%m-%d}" in ok(cli("friction", "list", tz=tz))

    added = ok(cli("dadu", "add", "--meeting", "Nachtoverleg", "--decision", "Door", tz=tz))
    assert f"({yesterday.isoformat()})" in added


def test_a_meeting_after_midnight_is_in_the_evenings_plan(cli, night) -> None:  # type: ignore[no-untyped-def]
    tz, yesterday = night
    after_midnight = yesterday + dt.timedelta(days=1)
    for start in ("00:30", "03:50"):
        title, when = f"Overleg {start}", f"{after_midnight} {start}"
        ok(cli("agenda", "add", "--title", title, "--start", when, "--minutes", "10", tz=tz))
    plan = json.loads(ok(cli("plan", "--json", tz=tz)))
    meetings = [(b["title"], b["start"][:16]) for b in plan["blocks"] if b["kind"] == "meeting"]
    assert meetings == [
        ("Overleg 00:30", f"{after_midnight}T00:30"),
        ("Overleg 03:50", f"{after_midnight}T03:50"),
    ]
    listed = ok(cli("agenda", "list", tz=tz))
    assert re.search(r"00:30–00:40\s+Overleg 00:30", listed), listed
    # The day after has them no more (the 03:50 one ends at its 04:00 start).
    later = json.loads(ok(cli("plan", "--json", "--date", after_midnight.isoformat(), tz=tz)))
    assert not [b for b in later["blocks"] if b["kind"] == "meeting"]
