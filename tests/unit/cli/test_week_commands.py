"""plan --week and week plan, end to end through a child process (DESIGN.md: Weeks)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HOLIDAY_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//feestdagen//NL
BEGIN:VEVENT
UID:feestdag@test
DTSTAMP:20270101T000000Z
DTSTART;VALUE=DATE:{start}
DTEND;VALUE=DATE:{end}
SUMMARY:Feestdag
END:VEVENT
END:VCALENDAR
"""


def ok(done):
    assert done.returncode == 0, done.stderr
    return done


def week_json(cli, date: str) -> dict:
    return json.loads(ok(cli("plan", "--week", "--date", date, "--json")).stdout)


def test_a_holiday_from_a_calendar_layer_shows_on_its_day(cli, tmp_path: Path):
    # Layers are imported around today, so the holiday falls in next week (any day it runs).
    friday = dt.date.today() + dt.timedelta(days=7 + 4 - dt.date.today().weekday())
    ics = tmp_path / "feestdagen.ics"
    after = friday + dt.timedelta(days=1)
    ics.write_text(HOLIDAY_ICS.format(start=f"{friday:%Y%m%d}", end=f"{after:%Y%m%d}"))
    ok(cli("calendar", "add", "Feestdagen", str(ics)))
    week = week_json(cli, friday.isoformat())
    assert week["days"][4]["date"] == friday.isoformat()
    day = week["days"][4]
    assert [b["title"] for b in day["blocks"] if b.get("all_day")] == ["Feestdag"]
    assert day["meeting_minutes"] == 0
    assert all(not b.get("all_day") for d in week["days"][:4] for b in d["blocks"])


def test_spring_dst_week_lists_every_day(cli):
    ok(
        cli(
            "agenda",
            "add",
            "--title",
            "Zondagoverleg",
            "--start",
            "2027-03-28 10:00",
            "--minutes",
            "60",
        )
    )
    week = week_json(cli, "2027-03-24")
    assert [d["date"] for d in week["days"]] == [f"2027-03-{n}" for n in range(22, 29)]
    assert all(d["timezone"] == "Europe/Amsterdam" for d in week["days"])
    friday, sunday = week["days"][4], week["days"][6]
    assert friday["blocks"][0]["start"] == "2027-03-26T08:30:00+01:00"
    # After the clocks went on; the meeting's five DADU minutes follow it (issue 16).
    assert [(b["kind"], b["start"], b["end"]) for b in sunday["blocks"]] == [
        ("meeting", "2027-03-28T10:00:00+02:00", "2027-03-28T11:00:00+02:00"),
        ("dadu", "2027-03-28T11:00:00+02:00", "2027-03-28T11:05:00+02:00"),
    ]
    assert [d["working"] for d in week["days"]] == [True] * 5 + [False] * 2
    assert sunday["free_focus_minutes"] == 0 and sunday["meeting_minutes"] == 60
    monday = week["days"][0]
    focus = sum(1 for b in monday["blocks"] if b["kind"] == "focus")
    assert focus >= 4 and monday["free_focus_minutes"] == monday["focus_minutes"] > 0
    totals = week["totals"]
    assert totals["meeting_minutes"] == 60
    assert totals["free_focus_minutes"] == sum(d["free_focus_minutes"] for d in week["days"])


def test_autumn_dst_week_keeps_seven_days_and_offsets(cli):
    week = week_json(cli, "2027-10-31")
    assert week["days"][0]["date"] == "2027-10-25"
    assert week["days"][-1]["date"] == "2027-10-31"
    assert week["days"][4]["blocks"][0]["start"] == "2027-10-29T08:30:00+02:00"
    after = week_json(cli, "2027-11-01")
    assert after["days"][0]["blocks"][0]["start"] == "2027-11-01T08:30:00+01:00"


def test_week_text_has_a_section_per_day_and_totals(cli):
    out = ok(cli("plan", "--week", "--date", "2027-03-24", lang="nl")).stdout
    for day in ("Maandag 22 maart", "Zaterdag 27 maart", "Zondag 28 maart"):
        assert day in out
    assert "Week: overleg 0 min · focus" in out


def test_week_plan_spreads_without_missing_a_deadline_and_names_the_overflow(cli):
    for args in (
        ("Notulen", "--deadline", "2027-03-30"),
        ("Offerte", "--deadline", "2027-03-29", "--urgent"),
        ("Jaarplan", "--urgent", "--important"),
        ("Archief opruimen",),
        ("Te laat", "--deadline", "2027-03-20"),
    ):
        ok(cli("mustdo", "add", *args))
    spread = json.loads(ok(cli("week", "plan", "--date", "2027-03-31", "--json")).stdout)
    assert [d["date"] for d in spread["days"]] == [
        f"2027-{d}" for d in ("03-29", "03-30", "03-31", "04-01", "04-02", "04-03", "04-04")
    ]
    placed = {m["title"]: d["date"] for d in spread["days"] for m in d["mustdos"]}
    assert placed["Offerte"] == "2027-03-29"
    assert placed["Notulen"] <= "2027-03-30"
    assert set(placed) == {"Notulen", "Offerte", "Jaarplan", "Archief opruimen"}
    assert [(o["title"], o["reason"]) for o in spread["overflow"]] == [
        ("Te laat", "deadline_before_week")
    ]
    assert spread["saved"] is True
    # Saved: each must-do is on its day's list (what the dagstart offers first).
    day = json.loads(ok(cli("mustdo", "list", "--date", placed["Jaarplan"], "--json")).stdout)
    assert "Jaarplan" in [m["title"] for m in day["mustdos"] if m["on_day"]]
    # Planning again keeps every must-do on the day it got.
    again = json.loads(ok(cli("week", "plan", "--date", "2027-03-31", "--json")).stdout)
    assert {m["title"]: d["date"] for d in again["days"] for m in d["mustdos"]} == placed


def test_week_plan_dry_run_saves_nothing_and_a_bad_date_is_one_line(cli):
    ok(cli("mustdo", "add", "Notulen"))
    spread = json.loads(ok(cli("week", "plan", "--dry-run", "--json")).stdout)
    assert spread["saved"] is False
    listed = json.loads(ok(cli("mustdo", "list", "--json")).stdout)
    assert [m["planned_for"] for m in listed["mustdos"]] == [None]
    bad = cli("week", "plan", "--date", "31-02")
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    text = ok(cli("week", "plan", "--dry-run", lang="nl")).stdout
    assert "Notulen" in text and "focusblok" in text
