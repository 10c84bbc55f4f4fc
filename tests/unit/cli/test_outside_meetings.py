"""Issue 16 checked from outside: her own calendar written the ways Outlook, Google and iCloud
write invites (tests/data/calendars/own/outside_checks.ics), through the real command."""

from __future__ import annotations

import json
from pathlib import Path

CHECKS = Path(__file__).resolve().parents[2] / "data" / "calendars" / "own" / "outside_checks.ics"


def meetings(cli, date: str) -> dict[str, dict]:
    done = cli("meetings", "--date", date, "--json")
    assert done.returncode == 0, done.stderr
    return {m["title"]: m for m in json.loads(done.stdout)["meetings"]}


def test_declined_free_cancelled_and_all_day_are_never_meetings(cli) -> None:
    assert cli("calendar", "add", "Mine", str(CHECKS), "--role", "own").returncode == 0
    monday = meetings(cli, "2027-01-11")
    for left_out in ("Declined", "Free busystatus", "Transparent", "Canceled: Cancelled one"):
        assert left_out not in monday
    assert "All day" not in monday
    # declined in lower case, and by iCloud's EMAIL parameter on a urn:uuid attendee
    assert "Lowercase declined" not in monday
    assert "Apple urn declined" not in monday
    # a colleague's decline and Google's unanswered invite are still her meetings
    assert {"Kees declined", "Google needsAction", "Duration 45", "Floating"} <= set(monday)
    assert monday["Duration 45"]["end"][11:16] == "14:45"
    assert [m for m in meetings(cli, "2027-01-19")] == []  # declined occurrence
    assert [m for m in meetings(cli, "2027-01-26")] == []  # cancelled occurrence
    assert [m for m in meetings(cli, "2027-02-09")] == []  # free occurrence
    assert list(meetings(cli, "2027-02-03")) == ["Weekly moved"]


def test_decision_lines_from_html_and_outlooks_alternative_description(cli) -> None:
    assert cli("calendar", "add", "Mine", str(CHECKS), "--role", "own").returncode == 0
    monday = meetings(cli, "2027-01-11")
    assert monday["Accepted Outlook"]["decision_line"] == "Besluit: budget 2027 vaststellen"
    assert monday["Google HTML"]["decision_line"] == (
        "Welke beslissing moet hier vandaag genomen worden? Kiezen tussen A & B"
    )
    assert monday["Entities"]["decision_line"] == 'Beslissing: go/no-go "project X" & planning'
    assert monday["Only X-ALT-DESC"]["decision_line"] == "Besluit: welke leverancier"
    assert monday["Duration 45"]["decision_line"] is None


def test_an_empty_manager_name_is_one_clear_line(cli) -> None:
    # issue 17 from outside: `--for ""` is a typo, not "every manager"
    assert cli("manager", "add", "Anna").returncode == 0
    for args in (("matrix", "--for", ""), ("matrix", "--for", "  "), ("review", "--for", "")):
        done = cli(*args)
        assert done.returncode == 1, args
        assert done.stderr.strip() == "ritmeregie: A manager needs a name.", args
    assert cli("mustdo", "add", "x", "--for", " ").returncode == 1


def test_request_add_with_an_empty_manager_name_is_one_clear_line(cli) -> None:
    # `request add TEXT --for ""` used to file the request under the default manager
    assert cli("manager", "add", "Anna").returncode == 0
    for blank in ("", "  "):
        done = cli("request", "add", "Offerte nakijken", "--for", blank)
        assert done.returncode == 1, blank
        assert done.stderr.strip() == "ritmeregie: A manager needs a name."
    assert "Offerte nakijken" not in cli("request", "list").stdout


def test_a_first_name_two_managers_share_asks_which_one(cli) -> None:
    assert cli("manager", "add", "Anna de Vries").returncode == 0
    assert cli("manager", "add", "Anna Jansen").returncode == 0
    done = cli("matrix", "--for", "anna")
    assert done.returncode == 1
    assert done.stderr.strip() == "ritmeregie: Which anna? There are Anna de Vries, Anna Jansen."
    assert cli("matrix", "--for", "anna jansen").returncode == 0
