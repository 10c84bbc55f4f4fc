"""The CLI contract of DESIGN.md, end to end through a child process."""

from __future__ import annotations

import json

import pytest


def plan_json(cli, date: str) -> dict:
    done = cli("plan", "--date", date, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def starts(plan: dict, kind: str) -> list[str]:
    return [b["start"][11:16] for b in plan["blocks"] if b["kind"] == kind]


def test_friday_plan_as_json(cli):
    plan = plan_json(cli, "2027-03-26")
    assert plan["date"] == "2027-03-26"
    assert plan["timezone"] == "Europe/Amsterdam"
    assert starts(plan, "dagstart") == ["08:30"]
    assert starts(plan, "inbox") == ["11:00"]
    assert starts(plan, "lunch") == ["12:30"]
    assert starts(plan, "friction_friday") == ["15:00"]
    assert starts(plan, "quiet_quarter") == ["16:30"]
    assert starts(plan, "reflection") == ["16:45"]
    assert all(
        b["start"].endswith("+01:00") and b["end"].endswith("+01:00") for b in plan["blocks"]
    )
    kinds = [b["kind"] for b in plan["blocks"]]
    assert kinds.count("focus") >= 5
    for i, kind in enumerate(kinds):
        if kind == "reset":
            assert kinds[i - 1] == "focus" and kinds[i + 1] == "focus"
    assert set(plan["blocks"][0]) >= {"kind", "start", "end", "title"}


def test_meeting_added_and_nothing_overlaps_it(cli):
    added = cli(
        "agenda",
        "add",
        "--title",
        "Overleg directie",
        "--start",
        "2027-03-26 10:00",
        "--end",
        "2027-03-26 11:00",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    item = json.loads(added.stdout)
    plan = plan_json(cli, "2027-03-26")
    meetings = [b for b in plan["blocks"] if b["kind"] == "meeting"]
    assert [(m["start"], m["end"], m["title"], m["id"]) for m in meetings] == [
        ("2027-03-26T10:00:00+01:00", "2027-03-26T11:00:00+01:00", "Overleg directie", item["id"])
    ]
    for block in plan["blocks"]:
        if block is meetings[0]:
            continue
        assert block["end"] <= meetings[0]["start"] or block["start"] >= meetings[0]["end"], block


def test_monday_after_dst_carries_summer_offset_and_weekly_review(cli):
    plan = plan_json(cli, "2027-03-29")
    assert starts(plan, "weekly_review") == ["09:00"]
    assert all(b["start"].endswith("+02:00") for b in plan["blocks"])


def test_agenda_list_and_rm(cli):
    cli(
        "agenda",
        "add",
        "--title",
        "Belletje Karin",
        "--start",
        "2027-03-26 14:00",
        "--minutes",
        "15",
        "--kind",
        "call",
    )
    listed = json.loads(cli("agenda", "list", "--date", "2027-03-26", "--json").stdout)
    (item,) = listed["items"]
    assert item["kind"] == "call" and item["end"] == "2027-03-26T14:15:00+01:00"
    human = cli("agenda", "list", "--date", "2027-03-26")
    assert "Belletje Karin" in human.stdout and "14:00" in human.stdout
    assert cli("agenda", "rm", str(item["id"])).returncode == 0
    assert json.loads(cli("agenda", "list", "--date", "2027-03-26", "--json").stdout)["items"] == []


def test_human_plan_is_a_readable_table_in_dutch(cli):
    done = cli("plan", "--date", "2027-03-26", lang="nl")
    assert done.returncode == 0, done.stderr
    assert "Vrijdag 26 maart 2027" in done.stdout
    assert "08:30–08:40  Dagstart" in done.stdout
    assert "Stil kwartier" in done.stdout and "Focusblok" in done.stdout


def test_english_words_for_english_users(cli):
    done = cli("plan", "--date", "2027-03-26", "--lang", "en", lang="nl")
    assert "Friday 26 March 2027" in done.stdout
    assert "Quiet quarter" in done.stdout and "Day start" in done.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("plan", "--date", "2027-02-30"), "is not a date"),
        (("plan", "--date", "Kerstdiner op 18 december"), "is not a date"),
        (
            ("agenda", "add", "--title", "X", "--start", "2027-03-26 25:00", "--minutes", "30"),
            "is not a date and time",
        ),
        (
            (
                "agenda",
                "add",
                "--title",
                "X",
                "--start",
                "2027-03-26 11:00",
                "--end",
                "2027-03-26 10:00",
            ),
            "is not after the start",
        ),
        (
            ("agenda", "add", "--title", "  ", "--start", "2027-03-26 10:00", "--minutes", "30"),
            "needs a title",
        ),
        (
            ("agenda", "add", "--title", "X", "--start", "2027-03-28 02:30", "--minutes", "30"),
            "does not exist",
        ),
        (
            ("agenda", "add", "--title", "X", "--start", "2027-03-26 10:00", "--minutes", "0"),
            "--minutes",
        ),
        (("agenda", "rm", "4242"), "no agenda item #4242"),
        (("agenda", "rm", "abc"), "is not an item number"),
    ],
)
def test_bad_input_gives_one_line_and_exit_1_and_writes_nothing(cli, args, fragment):
    done = cli(*args)
    assert done.returncode == 1, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(cli("agenda", "list", "--date", "2027-03-26", "--json").stdout)["items"] == []


@pytest.mark.parametrize(
    "args", [("plan", "--bogus"), ("agenda",), ("agenda", "add", "--title", "X"), ("nonsense",)]
)
def test_usage_errors_exit_2_without_traceback(cli, args):
    done = cli(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and done.stderr.startswith("ritmeregie: ")


def test_bad_input_in_dutch(cli):
    done = cli("plan", "--date", "2027-13-01", lang="nl")
    assert done.returncode == 1
    assert "is geen datum" in done.stderr


def test_unwritable_data_dir_is_one_clear_line(cli, tmp_path):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    done = cli("plan", "--data-dir", str(blocked / "sub"))
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_version_is_quick_and_plain(cli):
    done = cli("--version")
    assert done.returncode == 0 and done.stdout.startswith("ritmeregie ")


def test_data_dir_flag_overrides_environment(cli, tmp_path):
    other = tmp_path / "other"
    cli(
        "agenda",
        "add",
        "--data-dir",
        str(other),
        "--title",
        "Elders",
        "--start",
        "2027-03-26 10:00",
        "--minutes",
        "30",
    )
    assert (other / "ritmeregie.sqlite3").exists() or any(other.iterdir())
    mine = json.loads(cli("agenda", "list", "--date", "2027-03-26", "--json").stdout)
    assert mine["items"] == []
