"""The autumn night (issue 14, point 5): an agenda item in the hour that happens twice is decided
once, at input — the first time unless `--fold 1` — and said so; the store and the .ics export carry
the real instant, so DTEND is never before DTSTART. The spring gap is refused as before."""

from __future__ import annotations

import datetime as dt
import json

from icalendar import Calendar


def added(done) -> dict:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_first_time_by_default_and_said_so(cli):
    done = cli(
        "agenda", "add", "--title", "Nacht", "--start", "2027-10-31 02:30", "--minutes", "30"
    )
    assert done.returncode == 0, done.stderr
    assert "happens twice" in done.stderr and "--fold 1" in done.stderr
    assert "02:30 (UTC+02:00)–02:00 (UTC+01:00)" in done.stdout


def test_fold_picks_the_second_time(cli):
    item = added(
        cli(
            "agenda",
            "add",
            "--title",
            "Nacht",
            "--start",
            "2027-10-31 02:30",
            "--minutes",
            "30",
            "--fold",
            "1",
            "--json",
        )
    )
    assert item["start"] == "2027-10-31T02:30:00+01:00"
    assert item["end"] == "2027-10-31T03:00:00+01:00"


def test_an_end_in_the_fold_is_the_one_after_the_start(cli):
    item = added(
        cli(
            "agenda",
            "add",
            "--title",
            "Nacht",
            "--start",
            "2027-10-31 02:30",
            "--end",
            "02:15",
            "--json",
        )
    )
    assert item["start"] == "2027-10-31T02:30:00+02:00"
    assert item["end"] == "2027-10-31T02:15:00+01:00"


def test_the_spring_gap_is_refused(cli):
    done = cli(
        "agenda", "add", "--title", "Nacht", "--start", "2027-03-28 02:30", "--minutes", "30"
    )
    assert done.returncode == 1
    assert "does not exist" in done.stderr


def test_the_export_never_ends_before_it_starts(cli):
    for fold in ("0", "1"):
        added(
            cli(
                "agenda",
                "add",
                "--title",
                f"Nacht {fold}",
                "--start",
                "2027-10-31 02:30",
                "--minutes",
                "30",
                "--fold",
                fold,
                "--json",
            )
        )
    done = cli(
        "export",
        "--format",
        "ics",
        "--from",
        "2027-10-30",
        "--to",
        "2027-11-01",
        "--include-rhythm",
    )
    assert done.returncode == 0, done.stderr
    events = Calendar.from_ical(done.stdout).walk("VEVENT")
    night = {str(e["SUMMARY"]): e for e in events if str(e["SUMMARY"]).startswith("Nacht")}
    for event in events:
        assert event["DTEND"].dt > event["DTSTART"].dt, event["SUMMARY"]
    assert night["Nacht 0"]["DTSTART"].dt == dt.datetime(2027, 10, 31, 0, 30, tzinfo=dt.UTC)
    assert night["Nacht 1"]["DTSTART"].dt == dt.datetime(2027, 10, 31, 1, 30, tzinfo=dt.UTC)
