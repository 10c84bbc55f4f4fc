"""reflect, dadu add, mustdo, friction from a terminal: the real command in a child process."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]

DB = "ritmeregie.sqlite3"


def _json(run: Run, *args: str) -> dict[str, object]:
    done = run(*args)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _refused(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The one line that says what is wrong; a usage error (2) adds the command's help hint."""
    assert done.returncode == code, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == (2 if code == 2 else 1), done.stderr
    assert lines[0].startswith("ritmeregie: "), done.stderr
    if code == 2:
        assert lines[1].startswith("Try 'ritmeregie ") and lines[1].endswith(" --help'."), lines
    assert "Traceback" not in done.stderr
    return lines[0]


# --- reflect ---------------------------------------------------------------------------------------


def test_reflect_saves_and_saving_again_updates(cli: Run) -> None:
    first = cli(
        "reflect", "--date", "2027-03-26", "--satisfied", "Overleg liep goed",
        "--less", "Te veel mail", "--differently", "Eerder beginnen", "--energy", "4",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "saved" in first.stdout
    again = cli(
        "reflect", "--date", "2027-03-26", "--satisfied", "Toch prima",
        "--less", "", "--differently", "Pauze nemen",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "updated" in again.stdout
    reflections = _json(cli, "export", "--format", "json")["reflections"]
    assert reflections == [
        {
            "date": "2027-03-26",
            "satisfied": "Toch prima",
            "less_satisfied": "",
            "differently": "Pauze nemen",
            "energy": None,
            "updated": reflections[0]["updated"],  # type: ignore[index]
        }
    ]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--energy", "6"), "1 to 5"),
        (("--energy", "veel"), "1 to 5"),
        (("--date", "2027-02-30"), "not a date"),
        (("--satisfied", "a\x07b"), "control character"),
        (("--satisfied", "a\x1b[31mb"), "control character"),
        (("--satisfied", "x" * 20_001), "longer than"),
    ],
)
def test_reflect_refuses_bad_input_before_opening_the_store(
    cli: Run, data_dir: Path, args: tuple[str, ...], needle: str
) -> None:
    base = {"--satisfied": "goed", "--less": "mail", "--differently": "eerder"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [part for pair in base.items() for part in pair]
    line = _refused(cli("reflect", *flat))
    assert needle in line
    assert not (data_dir / DB).exists()  # nothing opened, nothing written


def test_reflect_without_a_terminal_names_what_is_missing(cli: Run, data_dir: Path) -> None:
    line = _refused(cli("reflect", "--satisfied", "goed"), code=2)
    assert "--less" in line and "--differently" in line
    assert not (data_dir / DB).exists()


def test_reflect_needs_at_least_one_answer(cli: Run) -> None:
    line = _refused(cli("reflect", "--satisfied", " ", "--less", "", "--differently", "\n"))
    assert "at least one" in line


def test_newlines_and_tabs_are_kept(cli: Run) -> None:
    text = "eerste regel\n\ttweede regel"
    assert cli("reflect", "--satisfied", text, "--less", "", "--differently", "").returncode == 0
    (reflection,) = _json(cli, "export", "--format", "json")["reflections"]  # type: ignore[misc]
    assert reflection["satisfied"] == text


def test_reflect_asks_on_a_terminal(data_dir: Path) -> None:
    answers = "Goed gesprek met Karin\nTe laat begonnen\nOm half negen starten\n9\n3\n"
    done = _in_terminal(data_dir, ["reflect", "--date", "2027-03-26"], answers)
    assert done.returncode == 0, done.stderr
    assert "1 to 5" in done.stderr  # 9 was refused, and asked again
    with _store(data_dir) as store:
        saved = store.reflections.get(dt.date(2027, 3, 26))
    assert saved is not None
    assert (saved.satisfied, saved.less_satisfied, saved.differently, saved.energy) == (
        "Goed gesprek met Karin",
        "Te laat begonnen",
        "Om half negen starten",
        3,
    )


# --- dadu ------------------------------------------------------------------------------------------


def test_dadu_rows_for_the_same_meeting_and_day_append_to_one_record(cli: Run) -> None:
    first = cli(
        "dadu", "add", "--meeting", "Overleg directie", "--date", "2027-03-26",
        "--decision", "Budget akkoord", "--action", "Offerte opvragen", "--owner", "Karin",
        "--deadline", "2027-04-02", "--update", "Mail aan de directie", "--update-date", "2027-04-01",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "row 1" in first.stdout and "2027-04-02" in first.stdout
    second = cli(
        "dadu", "add", "--meeting", "Overleg directie", "--date", "2027-03-26",
        "--decision", "Volgende keer online",
    )  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert "row 2" in second.stdout
    (record,) = _json(cli, "export", "--format", "json")["dadu"]  # type: ignore[misc]
    assert record["meeting"] == "Overleg directie"
    assert record["date"] == "2027-03-26"
    assert [r["decision"] for r in record["rows"]] == ["Budget akkoord", "Volgende keer online"]
    assert record["rows"][0] == {
        "decision": "Budget akkoord",
        "action": "Offerte opvragen",
        "owner": "Karin",
        "deadline": "2027-04-02",
        "update": "Mail aan de directie",
        "update_date": "2027-04-01",
    }
    # The deadline became a must-do on that day.
    listed = _json(cli, "mustdo", "list", "--date", "2027-04-02", "--json")
    on_day = [m for m in listed["mustdos"] if m["on_day"]]  # type: ignore[attr-defined]
    assert len(on_day) == 1 and "Offerte opvragen" in on_day[0]["title"]


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (
            ("--meeting", "Overleg", "--decision", "x", "--deadline", "voor 2 april"),
            1,
            "not a date",
        ),
        (
            ("--meeting", "Overleg", "--decision", "x", "--update-date", "2027-13-01"),
            1,
            "not a date",
        ),
        (("--meeting", " ", "--decision", "x"), 1, "empty"),
        (("--meeting", "Overleg", "--decision", "x\x01y"), 1, "control character"),
        (("--meeting", "Overleg"), 2, "--decision"),
        (("--decision", "x"), 2, "--meeting"),
    ],
)
def test_dadu_refuses_bad_input(
    cli: Run, data_dir: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    line = _refused(cli("dadu", "add", *args), code=code)
    assert needle in line
    assert not (data_dir / DB).exists()


def test_dadu_asks_for_a_whole_row_on_a_terminal(data_dir: Path) -> None:
    answers = (
        "Overleg directie\nBudget akkoord\nOfferte opvragen\nKarin\nop 2 april\n2 april 2027\n"
    )
    answers += "Mail aan de directie\n\n"
    done = _in_terminal(data_dir, ["dadu", "add", "--date", "2027-03-26"], answers)
    assert done.returncode == 0, done.stderr
    assert "not a date" in done.stderr  # "op 2 april" was refused and asked again
    with _store(data_dir) as store:
        (record,) = store.dadu.between(dt.date(2027, 3, 26), dt.date(2027, 3, 26))
    (row,) = record.rows
    assert record.meeting_title == "Overleg directie"
    assert (row.decision, row.action, row.owner) == ("Budget akkoord", "Offerte opvragen", "Karin")
    assert (row.deadline, row.update_note, row.update_date) == (
        dt.date(2027, 4, 2),
        "Mail aan de directie",
        None,
    )


# --- mustdo ----------------------------------------------------------------------------------------


def test_mustdo_add_list_done(cli: Run) -> None:
    added = cli(
        "mustdo", "add", "Notulen uitwerken", "--date", "2027-03-26", "--urgent", "--important",
        "--deadline", "2027-03-29",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert cli("mustdo", "add", "Archief opruimen").returncode == 0
    listed = _json(cli, "mustdo", "list", "--date", "2027-03-26", "--json")
    items = {m["title"]: m for m in listed["mustdos"]}  # type: ignore[attr-defined]
    assert listed["date"] == "2027-03-26"
    notulen = items["Notulen uitwerken"]
    assert notulen["on_day"] and notulen["urgent"] and notulen["important"]
    assert notulen["deadline"] == "2027-03-29" and notulen["done"] is None
    assert not items["Archief opruimen"]["on_day"]

    text = cli("mustdo", "list", "--date", "2027-03-26")
    assert text.returncode == 0
    assert "Notulen uitwerken" in text.stdout and "Archief opruimen" in text.stdout

    done = cli("mustdo", "done", str(notulen["id"]))
    assert done.returncode == 0, done.stderr
    again = _json(cli, "mustdo", "list", "--date", "2027-03-26", "--json")
    ticked = {m["title"]: m for m in again["mustdos"]}  # type: ignore[attr-defined]
    assert ticked["Notulen uitwerken"]["done"] is not None


def test_mustdo_refusals(cli: Run, data_dir: Path) -> None:
    assert "not a date" in _refused(cli("mustdo", "add", "x", "--deadline", "morgenochtend"))
    assert "empty" in _refused(cli("mustdo", "add", "   "))
    assert "The must-do is missing" in _refused(cli("mustdo", "add"), code=2)
    assert "not a must-do number" in _refused(cli("mustdo", "done", "abc"))
    assert not (data_dir / DB).exists()
    assert "no must-do #42" in _refused(cli("mustdo", "done", "42"))


# --- friction --------------------------------------------------------------------------------------


def test_friction_add_and_list(cli: Run) -> None:
    assert cli("friction", "add", "Printer op de tweede weigert weer").returncode == 0
    assert cli("friction", "add", "Vergaderkamer dubbel geboekt").returncode == 0
    data = _json(cli, "friction", "list", "--json")
    assert [(f["text"], f["status"]) for f in data["frictions"]] == [  # type: ignore[attr-defined]
        ("Printer op de tweede weigert weer", "open"),
        ("Vergaderkamer dubbel geboekt", "open"),
    ]
    text = cli("friction", "list")
    assert "Printer op de tweede weigert weer" in text.stdout


def test_friction_refusals(cli: Run, data_dir: Path) -> None:
    assert "empty" in _refused(cli("friction", "add", ""))
    assert "control character" in _refused(cli("friction", "add", "bel\x07"))
    assert "The friction is missing" in _refused(cli("friction", "add"), code=2)
    assert not (data_dir / DB).exists()


def test_friction_asks_on_a_terminal(data_dir: Path) -> None:
    done = _in_terminal(data_dir, ["friction", "add"], "Wachtwoord verloopt elke maand\n")
    assert done.returncode == 0, done.stderr
    with _store(data_dir) as store:
        assert [f.text for f in store.frictions.all()] == ["Wachtwoord verloopt elke maand"]


# --- helpers ---------------------------------------------------------------------------------------


def _in_terminal(data_dir: Path, args: list[str], answers: str) -> subprocess.CompletedProcess[str]:
    """Run with a pseudo-terminal on stdin (so the command asks), answers typed in advance."""
    primary, secondary = os.openpty()
    try:
        os.write(primary, answers.encode())
        env = {
            **os.environ,
            "TZ": "Europe/Amsterdam",
            "RITMEREGIE_HOME": str(data_dir),
            "LANGUAGE": "en",
            "LANG": "C.UTF-8",
        }
        env.pop("LC_ALL", None)
        return subprocess.run(
            [sys.executable, "-m", "ritmeregie", *args],
            stdin=secondary,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(secondary)
        os.close(primary)


def _store(data_dir: Path):  # type: ignore[no-untyped-def]
    from ritmeregie.storage import open_store

    return open_store(data_dir)
