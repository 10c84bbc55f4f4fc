"""`ritmeregie export`: formats, files, ranges and refusals, through the real command."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
DB = "ritmeregie.sqlite3"
TEXT = 'Tevreden 🎉 over\nשלום — مرحبا\n\t"Karin", zei: ja; prima'


def _refused(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert done.returncode == code, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


def _reflect(cli: Run, date: str, text: str = TEXT) -> None:
    done = cli("reflect", "--date", date, "--satisfied", text, "--less", "", "--differently", "")
    assert done.returncode == 0, done.stderr


def test_unicode_survives_the_cli_and_every_format(cli: Run) -> None:
    _reflect(cli, "2027-03-26")
    doc = json.loads(cli("export", "--format", "json").stdout)
    assert doc["reflections"][0]["satisfied"] == TEXT
    table = cli("export", "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(table, newline="")))
    assert rows[1][:3] == ["reflection", "2027-03-26", TEXT]
    markdown = cli("export", "--format", "md").stdout
    for line in TEXT.split("\n"):
        assert f"> {line}" in [m.rstrip() for m in markdown.split("\n")]


def test_from_and_to_limit_the_days(cli: Run) -> None:
    for date in ("2027-03-25", "2027-03-26", "2027-03-29"):
        _reflect(cli, date, f"dag {date}")
    done = cli("export", "--format", "json", "--from", "2027-03-26", "--to", "2027-03-28")
    doc = json.loads(done.stdout)
    assert [r["date"] for r in doc["reflections"]] == ["2027-03-26"]
    assert (doc["from"], doc["to"]) == ("2027-03-26", "2027-03-28")
    only_from = json.loads(cli("export", "--format", "json", "--from", "2027-03-26").stdout)
    assert [r["date"] for r in only_from["reflections"]] == ["2027-03-26", "2027-03-29"]


def test_all_holds_everything_including_settings(cli: Run) -> None:
    _reflect(cli, "2001-01-02", "lang geleden")
    doc = json.loads(cli("export", "--format", "json", "--all").stdout)
    assert {"reflections", "dadu", "mustdos", "frictions", "agenda"} <= set(doc)
    assert {"calls", "checklists", "review_notes", "settings"} <= set(doc)
    assert doc["reflections"][0]["satisfied"] == "lang geleden"


def test_output_file_is_private_and_csv_carries_a_bom_for_spreadsheets(
    cli: Run, tmp_path: Path
) -> None:
    _reflect(cli, "2027-03-26")
    target = tmp_path / "export.csv"
    done = cli("export", "--format", "csv", "--output", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert str(target) in done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[1][2] == TEXT
    again = cli("export", "--format", "json", "--output", str(tmp_path / "export.json"))
    assert again.returncode == 0
    assert not (tmp_path / "export.json").read_bytes().startswith(b"\xef")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ritmeregie")] == []


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--all", "--from", "2027-03-01"), "--all"),
        (("--from", "2027-03-02", "--to", "2027-03-01"), "before"),
        (
            (
                "--from",
                "1 maartje",
            ),
            "not a date",
        ),
        (("--include-rhythm",), "--format ics"),
        (("--output", "/nonexistent-folder/x.json"), "does not exist"),
    ],
)
def test_export_refusals_open_nothing(
    cli: Run, data_dir: Path, args: tuple[str, ...], needle: str
) -> None:
    line = _refused(cli("export", "--format", "json", *args))
    assert needle in line
    assert not (data_dir / DB).exists()


def test_export_to_a_folder_is_refused(cli: Run, tmp_path: Path) -> None:
    assert "folder" in _refused(cli("export", "--format", "md", "--output", str(tmp_path)))


def test_unknown_format_is_a_usage_error(cli: Run) -> None:
    done = cli("export", "--format", "xlsx")
    assert done.returncode == 2


def test_ics_goes_to_the_calendar_export(cli: Run) -> None:
    done = cli("export", "--format", "ics", "--from", "2027-03-26", "--to", "2027-03-26")
    if importlib.util.find_spec("ritmeregie.services.calendars.export_ics") is None:
        assert "not available" in _refused(done)
    else:
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("BEGIN:VCALENDAR")
