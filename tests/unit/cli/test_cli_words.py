"""The command line in the user's words (issue 12, point 9): argparse's own texts in Dutch, every
usage error pointing at its own command's help, dates typed as in the dialogs, a time alone for
--start, all-day events, plurals."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ritmeregie.cli import main as cli
from ritmeregie.platform.i18n import set_language

# argparse's own English, as it shows in --help and usage errors (Python 3.11 to 3.13).
ARGPARSE_ENGLISH = (
    "usage:",
    "positional arguments",
    "options:",
    "optional arguments",
    "show this help message",
    "show program's version",
    "the following arguments are required",
    "one of the arguments",
    "not allowed with argument",
    "invalid choice",
    "choose from",
    "expected one argument",
    "unrecognized arguments",
    "invalid int value",
    "argument ",
    "Try '",
)


def command_paths() -> list[tuple[str, ...]]:
    """Every (sub)command of the parser, e.g. ('agenda', 'add'), as a user can type it."""

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        yield path
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk(sub, (*path, name))

    set_language("en")
    return list(walk(cli.build_parser(), ()))


COMMANDS = command_paths()


@pytest.fixture
def run_in_dutch(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[object]:
    """cli.main in this process (the parser walk above is ~40 commands), its output captured."""
    monkeypatch.setenv("RITMEREGIE_HOME", str(data_dir))

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = cli.main(["--lang", "nl", *args])
        except SystemExit as done:  # --help ends through argparse's exit
            code = int(done.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    set_language("en")


def english_left(text: str) -> list[str]:
    return [phrase for phrase in ARGPARSE_ENGLISH if phrase in text]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "ritmeregie")
def test_help_of_every_command_is_dutch(run_in_dutch, path: tuple[str, ...]) -> None:
    code, out, err = run_in_dutch(*path, "--help")
    assert code == 0, err
    assert out.startswith("gebruik: ritmeregie"), out
    assert "opties:" in out and "toon deze hulp en stop" in out
    assert english_left(out) == [], out


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "ritmeregie")
def test_usage_errors_of_every_command_are_dutch_and_name_its_help(
    run_in_dutch, data_dir: Path, path: tuple[str, ...]
) -> None:
    code, out, err = run_in_dutch(*path, "--onbekend")
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("ritmeregie: "), err
    assert english_left(err) == [], err
    assert lines[1] == f"Zie '{' '.join(('ritmeregie', *path))} --help'."
    assert not (data_dir / "ritmeregie.sqlite3").exists()


@pytest.mark.parametrize(
    ("args", "said", "help_of"),
    [
        (("agenda", "add"), "dit ontbreekt nog: --title, --start", "agenda add"),
        (("agenda", "add", "--title", "X", "--start", "10:00"), "--end", "agenda add"),
        (("agenda", "add", "--title"), "hier hoort één waarde achter", "agenda add"),
        (
            (
                "agenda",
                "add",
                "--title",
                "X",
                "--start",
                "10:00",
                "--kind",
                "lunch",
                "--minutes",
                "5",
            ),
            "'lunch' is geen keuze (kies uit 'meeting', 'call')",
            "agenda add",
        ),
        (("agenda", "verplaats"), "'verplaats' is geen keuze", "agenda"),
        (("focus", "--minutes", "veel"), "'veel' is geen heel getal", "focus"),
        (("pause", "--today", "--minutes", "5"), "gaat niet samen met --today", "pause"),
        (("nonsense",), "'nonsense' is geen keuze", ""),
        (("friction", "add"), "De wrijving ontbreekt", "friction add"),
        (("mustdo", "add"), "De must-do ontbreekt", "mustdo add"),
        (("dadu", "add", "--meeting", "MT"), "--decision ontbreekt", "dadu add"),
    ],
)
def test_usage_errors_say_what_is_wrong_in_dutch(
    run_in_dutch, args: tuple[str, ...], said: str, help_of: str
) -> None:
    code, _out, err = run_in_dutch(*args)
    assert code == 2, err
    first, hint = err.strip().splitlines()
    assert said in first, first
    assert "TEXT" not in first and "TITLE" not in first  # the thing, not a placeholder's name
    assert english_left(err) == [], err
    assert hint == f"Zie '{' '.join(['ritmeregie', *help_of.split()])} --help'."


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("friction", "add", " "), "ritmeregie: De wrijving is leeg; schrijf een paar woorden."),
        (("mustdo", "add", ""), "ritmeregie: De must-do is leeg; schrijf een paar woorden."),
    ],
)
def test_empty_text_names_the_thing_not_a_placeholder(
    run_in_dutch, args: tuple[str, ...], line: str
) -> None:
    code, _out, err = run_in_dutch(*args)
    assert (code, err.strip()) == (1, line)


def test_with_a_dutch_system_and_no_flag_the_errors_are_dutch(cli_nl) -> None:
    done = cli_nl("agenda", "add", "--title", "X")
    assert done.returncode == 2
    assert english_left(done.stderr) == [], done.stderr
    assert "dit ontbreekt nog: --start" in done.stderr
    assert done.stderr.strip().endswith("Zie 'ritmeregie agenda add --help'.")
    shown = cli_nl("mustdo", "--help")
    assert shown.stdout.startswith("gebruik: ritmeregie mustdo") and not english_left(shown.stdout)


@pytest.fixture
def cli_nl(data_dir: Path):
    def run(*args: str, tz: str = "Europe/Amsterdam") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "TZ": tz, "RITMEREGIE_HOME": str(data_dir), "LANG": "nl_NL.UTF-8"}
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            env.pop(name, None)
        return subprocess.run(
            [sys.executable, "-m", "ritmeregie", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    return run


# --- dates as in the dialogs ----------------------------------------------------------------------


def app_today(tz: str, boundary_hours: int = 4) -> dt.date:
    """Today by the app's default day rule (a day runs from 04:00 to 04:00)."""
    from zoneinfo import ZoneInfo

    local = dt.datetime.now(ZoneInfo(tz))
    return (local - dt.timedelta(hours=boundary_hours)).date()


def night_zone() -> str:
    """An Etc/GMT zone where the local time is now between 01:00 and 03:00."""
    ahead = (2 - dt.datetime.now(dt.UTC).hour) % 24
    if ahead > 14:
        ahead -= 24
    return f"Etc/GMT-{ahead}" if ahead >= 0 else f"Etc/GMT+{-ahead}"


@pytest.mark.parametrize("tz", ["Europe/Amsterdam", night_zone()])
def test_start_with_a_time_alone_is_today_by_the_day_rule(cli, tz: str) -> None:
    before = app_today(tz)
    done = cli("agenda", "add", "--title", "Telefoontje HR", "--start", "10:00", "--end", "10:15",
               "--json", tz=tz)  # fmt: skip
    assert done.returncode == 0, done.stderr
    item = json.loads(done.stdout)
    assert item["start"][:16] in {f"{d}T10:00" for d in (before, app_today(tz))}
    assert item["end"][11:16] == "10:15"


def test_a_time_before_the_day_boundary_is_the_night_after_the_day(cli) -> None:
    tz = night_zone()
    today = app_today(tz)
    done = cli("agenda", "add", "--title", "Nachtdienst", "--start", "23:30", "--end", "01:30",
               "--json", tz=tz)  # fmt: skip
    assert done.returncode == 0, done.stderr
    item = json.loads(done.stdout)
    assert item["start"][:16] == f"{today}T23:30"
    assert item["end"][:16] == f"{today + dt.timedelta(days=1)}T01:30"


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("2027-12-18 10:00", "2027-12-18T10:00"),
        ("18-12-2027 10:00", "2027-12-18T10:00"),
        ("18 december 2027 09:30", "2027-12-18T09:30"),
        ("2027-12-18T10:00", "2027-12-18T10:00"),
    ],
)
def test_start_takes_the_dialogs_date_forms(cli, start: str, expected: str) -> None:
    done = cli("agenda", "add", "--title", "X", "--start", start, "--minutes", "30", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["start"][:16] == expected


def test_start_with_a_relative_day(cli) -> None:
    tz = "Europe/Amsterdam"
    before = app_today(tz)
    done = cli("agenda", "add", "--title", "X", "--start", "morgen 9:00", "--minutes", "30",
               "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    tomorrow = {d + dt.timedelta(days=1) for d in (before, app_today(tz))}
    assert json.loads(done.stdout)["start"][:16] in {f"{d}T09:00" for d in tomorrow}


def test_deadline_and_date_take_what_the_dialog_takes(cli) -> None:
    done = cli("mustdo", "add", "Offerte", "--deadline", "18-12-2027", "--date", "17 dec 2027")
    assert done.returncode == 0, done.stderr
    listed = json.loads(cli("mustdo", "list", "--date", "17-12-2027", "--json").stdout)
    (item,) = listed["mustdos"]
    assert (item["deadline"], item["planned_for"]) == ("2027-12-18", "2027-12-17")
    done = cli("dadu", "add", "--meeting", "MT", "--decision", "Ja", "--action", "Mail",
               "--deadline", "9-12", "--date", "vandaag")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "must-dos for " in done.stdout


def test_a_date_that_is_not_one_says_why_in_dutch(cli) -> None:
    done = cli("plan", "--date", "Kerstdiner op 18 december", lang="nl")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "ritmeregie: 'Kerstdiner op 18 december' is geen datum; "
        "schrijf bijvoorbeeld 18-12, 18 december, morgen."
    )
    far = cli("mustdo", "add", "x", "--deadline", "1-1-2301", lang="nl")
    assert far.returncode == 1 and "valt buiten de jaren 1900–2200" in far.stderr


# --- all-day events and plurals -------------------------------------------------------------------


def all_day_calendar(path: Path, day: dt.date, events: int = 1, recurring: bool = False) -> Path:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ritmeregie tests//EN"]
    for number in range(events):
        start = day + dt.timedelta(days=number)
        lines += [
            "BEGIN:VEVENT",
            f"UID:all-day-{number}@tests",
            "DTSTAMP:20261201T080000Z",
            f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{start + dt.timedelta(days=1):%Y%m%d}",
            "SUMMARY:Vrije dag",
            *(["RRULE:FREQ=WEEKLY;COUNT=3"] if recurring else []),
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_an_all_day_event_prints_as_all_day(cli, tmp_path: Path) -> None:
    day = app_today("Europe/Amsterdam") + dt.timedelta(days=3)
    added = cli("calendar", "add", "Prive", str(all_day_calendar(tmp_path / "vrij.ics", day)))
    assert added.returncode == 0, added.stderr
    for lang, words in (("en", "all day"), ("nl", "hele dag")):
        shown = cli("plan", "--date", day.isoformat(), lang=lang).stdout
        line = next(line for line in shown.splitlines() if "Vrije dag" in line)
        assert line.split()[:2] == words.split(), shown
        assert "00:00" not in line


def test_counts_in_the_import_line_are_singular_for_one(cli, tmp_path: Path) -> None:
    day = app_today("Europe/Amsterdam") + dt.timedelta(days=3)
    one = cli("calendar", "add", "Een", str(all_day_calendar(tmp_path / "1.ics", day)), lang="nl")
    assert ": 1 afspraak van " in one.stdout and "0 terugkerende reeksen" in one.stdout, one.stdout
    two = cli("calendar", "add", "Twee", str(all_day_calendar(tmp_path / "2.ics", day, 2)))
    assert ": 2 events from " in two.stdout, two.stdout
    listed = cli("calendar", "list", lang="nl").stdout
    assert "Een: alleen ter informatie, 1 afspraak, ingelezen" in listed, listed
    assert "Twee: alleen ter informatie, 2 afspraken, ingelezen" in listed, listed


def test_one_recurring_series_is_one(cli, tmp_path: Path) -> None:
    day = app_today("Europe/Amsterdam") + dt.timedelta(days=3)
    ics = all_day_calendar(tmp_path / "wekelijks.ics", day, recurring=True)
    done = cli("calendar", "add", "Wekelijks", str(ics), lang="nl")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(", 1 terugkerende reeks."), done.stdout
