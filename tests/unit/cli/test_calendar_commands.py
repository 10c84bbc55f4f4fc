"""`ritmeregie calendar …` and imported layers in `plan`, through a child process."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

ICS = Path(__file__).resolve().parents[2] / "data" / "ics"
MONDAY = (
    "2027-03-29"  # MT-overleg 10:00-11:00 in the Outlook file, Gesprek wethouder 13:30 (tentative)
)


def ok(done) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def one_line_error(done, code: int = 1) -> str:
    assert done.returncode == code, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def plan(cli, date: str = MONDAY) -> dict:
    return json.loads(ok(cli("plan", "--date", date, "--json")))


def busy(plan_data: dict) -> list[dict]:
    return [b for b in plan_data["blocks"] if b["kind"] == "busy"]


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def test_add_a_context_layer_shows_it_without_moving_focus(cli):
    before = plan(cli)
    out = ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics")))
    assert out.startswith("'Directie': ")
    after = plan(cli)
    layer = busy(after)
    mt = next(b for b in layer if b["title"] == "MT-overleg")
    assert mt["start"] == "2027-03-29T10:00:00+02:00" and mt["end"] == "2027-03-29T11:00:00+02:00"
    assert mt["source"] == "Directie" and mt["blocking"] is False
    assert next(b for b in layer if b["title"] == "Gesprek wethouder")["tentative"] is True
    # Context only: the own rhythm is exactly what it was.
    assert [b for b in after["blocks"] if b["kind"] != "busy"] == before["blocks"]


def test_a_blocking_layer_keeps_focus_and_rituals_out(cli):
    ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics"), "--blocking"))
    data = plan(cli)
    layer = busy(data)
    assert layer and all(b["blocking"] is True for b in layer)
    own = [b for b in data["blocks"] if b["kind"] != "busy"]
    for block in layer:
        assert not [b for b in own if overlaps(b, block)], block
    # Switching it off puts the focus back.
    assert "context only" in ok(cli("calendar", "set", "Directie", "--not-blocking"))
    data = plan(cli)
    mt = next(b for b in busy(data) if b["title"] == "MT-overleg")
    assert any(b["kind"] == "focus" and overlaps(b, mt) for b in data["blocks"])


def test_own_agenda_stays_meeting_next_to_busy(cli):
    ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics")))
    ok(
        cli(
            "agenda",
            "add",
            "--title",
            "Eigen overleg",
            "--start",
            f"{MONDAY} 15:00",
            "--end",
            "15:30",
        )
    )
    data = plan(cli)
    own = next(b for b in data["blocks"] if b["title"] == "Eigen overleg")
    assert own["kind"] == "meeting" and "source" not in own


def test_plan_text_names_the_layer(cli):
    ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics")))
    out = ok(cli("plan", "--date", MONDAY))
    assert "10:00–11:00  MT-overleg  (Busy · Directie)" in out
    assert "(Busy · Directie, tentative)" in out


def test_list_json_and_text(cli):
    ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics"), "--blocking"))
    ok(cli("calendar", "add", "Team", str(ICS / "google_team.ics")))
    data = json.loads(ok(cli("calendar", "list", "--json")))
    assert [(c["name"], c["role"], c["blocking"]) for c in data["calendars"]] == [
        ("Directie", "manager", True),  # --blocking alone: a manager's calendar (issue 16)
        ("Team", "context", False),
    ]
    text = ok(cli("calendar", "list"))
    assert "Directie: a manager's calendar, blocking" in text and "Team: context only" in text


def test_a_broken_file_imports_the_rest_with_one_line_per_problem(cli):
    done = cli("calendar", "add", "Kapot", str(ICS / "broken.ics"))
    out = ok(done)
    assert "4 left out" in out
    problems = done.stderr.strip().splitlines()
    assert len(problems) == 5
    assert problems[0] == (
        "Event 'Kapotte datum': DTSTART cannot be read (Wrong date format 2027032X); left out."
    )


def test_refresh_from_a_new_file_and_from_the_stored_copy(cli, tmp_path: Path):
    ok(cli("calendar", "add", "Team", str(ICS / "outlook_directie.ics")))
    ok(cli("calendar", "refresh", "Team", str(ICS / "google_team.ics")))
    titles = {b["title"] for b in busy(plan(cli))}
    assert "Weekstart team" in titles and "MT-overleg" not in titles
    assert ok(cli("calendar", "refresh", "Team")).startswith("'Team': ")


def test_a_failed_refresh_changes_nothing(cli, data_dir: Path):
    ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics")))
    before = plan(cli)
    line = one_line_error(cli("calendar", "refresh", "Directie", str(ICS / "not_a_calendar.ics")))
    assert line == "ritmeregie: This is not a calendar file (.ics): it has no BEGIN:VCALENDAR."
    assert plan(cli) == before
    data = json.loads(ok(cli("calendar", "list", "--json")))
    assert "BEGIN:VCALENDAR" in data["calendars"][0]["last_error"]


def test_rm_removes_the_layer_and_its_events(cli, data_dir: Path):
    ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics")))
    assert ok(cli("calendar", "rm", "Directie")) == "Removed the calendar 'Directie'.\n"
    assert busy(plan(cli)) == []
    with sqlite3.connect(data_dir / "ritmeregie.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM calendar_events").fetchone() == (0,)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("calendar", "add", "Directie", "/nonexistent/x.ics"),
            "There is no file /nonexistent/x.ics.",
        ),
        (("calendar", "add", "  ", str(ICS / "google_team.ics")), "A calendar needs a name."),
        (("calendar", "add", "Directie"), "Give the calendar's file, or its address with --url."),
        (
            ("calendar", "add", "Directie", "--url", "http://example.org/x.ics"),
            "Only https addresses can be subscribed to ('http://example.org/x.ics' is not one).",
        ),
        (
            ("calendar", "add", "Directie", str(ICS / "google_team.ics"), "--every", "10"),
            "--every goes with --url.",
        ),
        (
            ("calendar", "add", "D", "--url", "https://example.org/x.ics", "--every", "1"),
            "--every must be between 5 and 1440 minutes.",
        ),
        (
            ("calendar", "rm", "Onbekend"),
            "There is no calendar named 'Onbekend'; see 'calendar list'.",
        ),
        (
            ("calendar", "set", "Onbekend", "--blocking"),
            "There is no calendar named 'Onbekend'; see 'calendar list'.",
        ),
        (
            ("calendar", "set", "Directie"),
            "Say what to change: --role, --blocking or --not-blocking.",
        ),
        (
            ("calendar", "refresh", "Onbekend"),
            "There is no calendar named 'Onbekend'; see 'calendar list'.",
        ),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(cli, data_dir: Path, args, message):
    line = one_line_error(cli(*args))
    assert line == f"ritmeregie: {message}"


def test_bad_input_before_the_store_is_opened(cli, data_dir: Path):
    one_line_error(cli("calendar", "add", "Directie", "/nonexistent/x.ics"))
    assert not (data_dir / "ritmeregie.sqlite3").exists()


def test_usage_errors_exit_2(cli):
    for args in (
        ("calendar", "set", "D", "--blocking", "--not-blocking"),
        ("calendar", "add", "D", "x.ics", "--every", "often"),
        ("calendar",),
    ):
        done = cli(*args)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.startswith("ritmeregie: ")


def test_adding_the_same_name_twice_is_refused(cli):
    ok(cli("calendar", "add", "Directie", str(ICS / "outlook_directie.ics")))
    line = one_line_error(cli("calendar", "add", "Directie", str(ICS / "google_team.ics")))
    assert "already a calendar named 'Directie'" in line
