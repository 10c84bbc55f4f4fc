"""Several managers from the command line: the issue's "Done when", end to end in a child process."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

A_CALENDAR = Path(__file__).resolve().parents[2] / "data" / "calendars" / "ical__datetime_utc.ics"


def ok(done):
    assert done.returncode == 0, done.stderr
    return done


def a_monday() -> dt.date:
    """A working Monday two weeks on: far from today's hour, whatever day the test runs."""
    today = dt.date.today()
    return today + dt.timedelta(days=14 - today.weekday())


def two_managers(cli) -> None:
    ok(cli("calendar", "add", "Agenda Anna", str(A_CALENDAR)))
    ok(cli("manager", "add", "Anna de Vries", "--layer", "Agenda Anna", "--review", "monday 09:00"))
    ok(cli("manager", "add", "Bert"))


def request(cli, *args: str) -> dict:
    return json.loads(ok(cli("request", "add", *args, "--json")).stdout)


def test_two_managers_overflowing_a_day_give_a_conflict_with_a_proposal(cli):
    two_managers(cli)
    day = a_monday().isoformat()
    anna = request(
        cli,
        "Notitie RvC",
        "--for",
        "anna de vries",
        "--needed-by",
        day,
        "--minutes",
        "300",
        "--urgent",
        "--important",
        "--goal",
        "Besluit over het budget",
    )
    bert = request(
        cli,
        "Reis Brussel boeken",
        "--for",
        "Bert",
        "--needed-by",
        day,
        "--minutes",
        "240",
        "--urgent",
        "--impact",
        "Bert reist een dag later",
        "--prefer",
        "speed",
    )
    assert anna["manager"] == "Anna de Vries" and anna["goal"] == "Besluit over het budget"
    found = json.loads(ok(cli("conflicts", "--from", day, "--to", day, "--json")).stdout)
    [conflict] = found["conflicts"]
    assert conflict["kind"] == "competing_urgent"
    assert {r["id"] for r in conflict["requests"]} == {anna["id"], bert["id"]}
    assert conflict["managers"] == ["Anna de Vries", "Bert"]
    assert conflict["needed_minutes"] == 540
    assert conflict["available_minutes"] < 540
    proposal = conflict["proposal"]
    assert proposal["move"] == bert["id"]
    assert proposal["to"] > day
    assert proposal["affects"] == "Bert reist een dag later"
    assert "Anna de Vries" in conflict["advice"] and "Bert" in conflict["advice"]
    assert "Reis Brussel boeken" in conflict["agreement"]


def test_work_that_fits_gives_no_conflict(cli):
    two_managers(cli)
    day = a_monday().isoformat()
    request(cli, "Kort", "--for", "Anna", "--needed-by", day, "--minutes", "30")
    request(cli, "Ook kort", "--for", "Bert", "--needed-by", day, "--minutes", "30")
    found = json.loads(ok(cli("conflicts", "--from", day, "--to", day, "--json")).stdout)
    assert found["conflicts"] == []


def test_an_agreement_is_kept_with_both_requests_and_may_move_one(cli):
    two_managers(cli)
    day = a_monday().isoformat()
    anna = request(cli, "A", "--for", "Anna", "--needed-by", day, "--minutes", "300", "--urgent")
    bert = request(cli, "B", "--for", "Bert", "--needed-by", day, "--minutes", "300")
    pair = (str(anna["id"]), str(bert["id"]))
    agreed = ok(cli("request", "agree", *pair, "--apply", "--from", day, "--to", day))
    assert "B (Bert)" in agreed.stdout
    for number in (anna["id"], bert["id"]):
        shown = json.loads(ok(cli("request", "show", str(number), "--json")).stdout)
        assert [a["requests"] for a in shown["agreements"]] == [[anna["id"], bert["id"]]]
    moved = json.loads(ok(cli("request", "show", str(bert["id"]), "--json")).stdout)
    assert moved["deadline"] > day
    found = json.loads(ok(cli("conflicts", "--from", day, "--to", day, "--json")).stdout)
    assert found["conflicts"] == []


def test_matrix_sorts_requests_into_quadrants_per_manager(cli):
    two_managers(cli)
    first = request(cli, "Begroting", "--for", "Anna", "--urgent", "--important")
    second = request(cli, "Jaarplan", "--for", "Anna", "--important")
    third = request(cli, "Taxi", "--for", "Bert", "--urgent")
    fourth = request(cli, "Opruimen", "--for", "Bert")
    everyone = json.loads(ok(cli("matrix", "--json")).stdout)
    ids = {q: [i["id"] for i in items] for q, items in everyone["quadrants"].items()}
    assert ids == {
        "urgent_important": [first["id"]],
        "important": [second["id"]],
        "urgent": [third["id"]],
        "neither": [fourth["id"]],
    }
    per = {m["name"]: m["quadrants"] for m in everyone["managers"]}
    assert [i["id"] for i in per["Bert"]["urgent"]] == [third["id"]]
    assert per["Bert"]["urgent_important"] == []
    annas = json.loads(ok(cli("matrix", "--for", "anna", "--json")).stdout)
    assert annas["for"] == "Anna de Vries"
    assert sum(len(v) for v in annas["quadrants"].values()) == 2
    ok(cli("matrix", "--move", str(fourth["id"]), "important"))
    moved = json.loads(ok(cli("matrix", "--for", "Bert", "--json")).stdout)
    assert [i["id"] for i in moved["quadrants"]["important"]] == [fourth["id"]]


def test_a_dadu_action_owned_by_a_manager_shows_in_their_weekly_review(cli):
    two_managers(cli)
    ok(
        cli(
            "dadu",
            "add",
            "--meeting",
            "MT-overleg",
            "--decision",
            "Nieuwe leverancier",
            "--action",
            "Offertes opvragen",
            "--owner",
            "Bert",
        )
    )
    ok(
        cli(
            "dadu",
            "add",
            "--meeting",
            "MT-overleg",
            "--decision",
            "Heidag",
            "--action",
            "Zaal boeken",
            "--owner",
            "Anna",
        )
    )
    review = json.loads(ok(cli("review", "--for", "Bert", "--json")).stdout)
    assert review["manager"] == "Bert"
    assert [a["action"] for a in review["dadu"]] == ["Offertes opvragen"]
    annas = json.loads(ok(cli("review", "--for", "Anna", "--json")).stdout)
    assert [a["action"] for a in annas["dadu"]] == ["Zaal boeken"]
    same = json.loads(ok(cli("manager", "review", "bert", "--json")).stdout)
    assert [a["action"] for a in same["dadu"]] == ["Offertes opvragen"]
    everyone = json.loads(ok(cli("review", "--json")).stdout)
    assert [r["manager"] for r in everyone["reviews"]] == ["Anna de Vries", "Bert"]


def test_managers_list_set_and_remove(cli):
    two_managers(cli)
    ok(cli("manager", "set", "Bert", "--default", "--color", "#123456", "--review", "friday 14:00"))
    listed = json.loads(ok(cli("manager", "list", "--json")).stdout)["managers"]
    assert [(m["name"], m["default"]) for m in listed] == [("Bert", True), ("Anna de Vries", False)]
    assert listed[0]["review_weekday"] == 4 and listed[0]["review_time"] == "14:00"
    made = request(cli, "Voor de standaard")
    assert made["manager"] == "Bert"
    ok(cli("manager", "rm", "Bert"))
    shown = json.loads(ok(cli("request", "show", str(made["id"]), "--json")).stdout)
    assert shown["manager"] is None and shown["title"] == "Voor de standaard"


def test_bad_input_is_one_clear_line(cli):
    two_managers(cli)
    for args in (
        ("manager", "add", "anna de vries"),
        ("manager", "add", "Carla", "--color", "red"),
        ("manager", "add", "Carla", "--review", "someday"),
        ("manager", "rm", "Nobody"),
        ("request", "add", "X", "--for", "Nobody"),
        ("request", "add", "X", "--minutes", "-5"),
        ("matrix", "--move", "1", "sideways"),
        ("conflicts", "--from", "2027-03-10", "--to", "2027-03-01"),
    ):
        done = cli(*args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr


def test_mustdo_takes_a_manager_and_minutes_and_lists_per_manager(cli):
    two_managers(cli)
    ok(cli("mustdo", "add", "Agenda MT", "--for", "Anna", "--minutes", "45"))
    ok(cli("mustdo", "add", "Eigen klus"))
    listed = json.loads(ok(cli("mustdo", "list", "--for", "Anna", "--json")).stdout)["mustdos"]
    assert [(m["title"], m["manager"], m["estimate_minutes"]) for m in listed] == [
        ("Agenda MT", "Anna de Vries", 45)
    ]


def test_dutch_words(cli):
    two_managers(cli)
    day = a_monday().isoformat()
    request(cli, "A", "--for", "Anna", "--needed-by", day, "--minutes", "400", "--urgent")
    request(cli, "B", "--for", "Bert", "--needed-by", day, "--minutes", "400", "--urgent")
    text = ok(cli("conflicts", "--from", day, "--to", day, lang="nl")).stdout
    assert "overleg" in text.lower() and "voorstel" in text.lower()


def test_the_week_counts_a_must_dos_own_estimate(cli):
    day = a_monday().isoformat()
    ok(cli("mustdo", "add", "Lang", "--date", day, "--minutes", "120"))
    ok(cli("mustdo", "add", "Zonder schatting", "--date", day))
    week = json.loads(ok(cli("plan", "--week", "--date", day, "--json")).stdout)
    monday = week["days"][0]
    # 120 minutes of its own, and one focus block of the rhythm (50) for the one without.
    assert monday["focus_minutes"] - monday["free_focus_minutes"] == 170


def review_blocks(cli, day: dt.date, lang: str = "en") -> list[tuple[str, str]]:
    plan = json.loads(ok(cli("plan", "--date", day.isoformat(), "--json", lang=lang)).stdout)
    return [(b["start"][11:16], b["title"]) for b in plan["blocks"] if b["kind"] == "weekly_review"]


def test_plan_shows_each_managers_weekly_review_slot(cli):
    monday = a_monday()
    ok(cli("manager", "add", "Anna de Vries", "--review", "monday 10:00"))
    # One manager: the rhythm's own weekly review, as ever.
    assert review_blocks(cli, monday) == [("09:00", "Weekly review with your manager")]
    ok(cli("manager", "add", "Bert", "--review", "tuesday 14:00"))
    assert review_blocks(cli, monday) == [("10:00", "Weekly review with Anna de Vries")]
    assert review_blocks(cli, monday, "nl") == [("10:00", "Weekstart met Anna de Vries")]
    tuesday = monday + dt.timedelta(days=1)
    assert review_blocks(cli, tuesday) == [("14:00", "Weekly review with Bert")]
    # matrix and conflicts do not change with the slots.
    assert json.loads(ok(cli("conflicts", "--json")).stdout)["conflicts"] == []


def test_a_moved_slot_is_named_in_the_users_language(cli):
    monday = a_monday()
    ok(cli("manager", "add", "Anna", "--review", "monday 10:00"))
    ok(cli("manager", "add", "Bert", "--review", "monday 10:00"))
    plan = json.loads(ok(cli("plan", "--date", monday.isoformat(), "--json")).stdout)
    assert [n for n in plan["notes"] if "Bert" in n] == [
        "Weekly review with Bert moved from 10:00 to 10:30: it collides with another ritual."
    ]


def test_a_calendar_layer_that_does_not_exist_is_refused_in_one_line(cli):
    ok(cli("calendar", "add", "Agenda Anna", str(A_CALENDAR)))
    done = cli("manager", "add", "Anna", "--layer", "Agenda Ana")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "ritmeregie: There is no calendar layer called Agenda Ana; the layers are: Agenda Anna."
    )
    assert "Anna" not in cli("manager", "list").stdout
    ok(cli("manager", "add", "Anna", "--layer", "Agenda Anna"))
    done = cli("manager", "set", "Anna", "--layer", "Typo")
    assert done.returncode == 1
    assert "no calendar layer called Typo" in done.stderr and "Traceback" not in done.stderr
