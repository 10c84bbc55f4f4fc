"""Scenario 15 — small defences: bytes that are not text in an argument, dates far outside any
agenda, an export that would overwrite a file, and the crash log's place and mode.

Each one ends in one clear line (exit 2 for usage, 1 otherwise), never "something unexpected
went wrong", and nothing is written that was not asked for.
"""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.cli import main as cli

pytestmark = pytest.mark.reliability

SCENARIO = "15 hostile arguments and files"


def one_clear_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "unexpected" not in lines[0] and "Traceback" not in done.stderr
    return lines[0]


def test_an_argument_that_is_not_text_is_refused_in_one_line(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    env = {**os.environ, "RITMEREGIE_HOME": str(data_dir), "LANGUAGE": "en", "LANG": "C.UTF-8"}
    for argv in (
        [b"friction", b"add", b"\xff\xfe geheim"],
        [b"agenda", b"add", b"--title", b"\xc3\x28", b"--start", b"2027-03-26 10:00"],
        [b"--data-dir", b"/tmp/\xff"],
    ):
        done = subprocess.run(
            [os.fsencode(sys.executable), b"-m", b"ritmeregie", *argv],
            env=env, capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        err = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 2, err
        assert len(err.strip().splitlines()) == 1 and "not valid text" in err, err
        ledger(SCENARIO).faults_injected += 1
    assert os.listdir(data_dir) == [], "nothing was written"


@pytest.mark.parametrize(
    "args",
    [
        ("agenda", "add", "--title", "Ver weg", "--start", "9999-12-31 23:00", "--minutes", "30"),
        (
            "agenda",
            "add",
            "--title",
            "Lang geleden",
            "--start",
            "0001-01-01 00:00",
            "--end",
            "01:00",
        ),
        ("plan", "--date", "9999-12-31"),
        ("plan", "--date", "1899-12-31"),
        ("agenda", "list", "--date", "2201-01-01"),
    ],
    ids=["start-9999", "start-0001", "plan-9999", "plan-1899", "list-2201"],
)
def test_dates_outside_1900_to_2200_are_refused_in_one_line(
    args: tuple[str, ...], ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    done = ritmeregie(*args)
    ledger(SCENARIO).faults_injected += 1
    assert done.returncode == 1
    assert "1900–2200" in one_clear_line(done)


def test_the_edges_of_the_range_still_work(ritmeregie: Run) -> None:
    assert ritmeregie("plan", "--date", "2200-12-31").returncode == 0
    assert ritmeregie("plan", "--date", "1900-01-01").returncode == 0


def test_export_never_overwrites_a_file_unless_forced(
    ritmeregie: Run, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    target = tmp_path / "rapport.json"
    target.write_text("mijn eigen rapport")
    done = ritmeregie("export", "--format", "json", "--output", str(target))
    ledger(SCENARIO).faults_injected += 1
    assert done.returncode == 1
    assert "--force" in one_clear_line(done)
    assert target.read_text() == "mijn eigen rapport"

    done = ritmeregie("export", "--format", "json", "--output", str(target), "--force")
    assert done.returncode == 0, done.stderr
    assert target.read_text().startswith("{")


def test_the_crash_log_is_private_and_only_in_the_users_own_folder(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    args = argparse.Namespace(data_dir=str(data_dir))
    try:
        raise RuntimeError("a bug, for the crash log")
    except RuntimeError:
        where = cli._log_crash(args)
    log = data_dir / "ritmeregie-error.log"
    assert where == str(log)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert "a bug, for the crash log" in log.read_text()
    ledger(SCENARIO).faults_injected += 1

    # No data folder (or one that is not the user's): nothing goes to a shared folder.
    shared = Path(tempfile.gettempdir()) / "ritmeregie-error.log"
    before = shared.exists()
    try:
        raise RuntimeError("again")
    except RuntimeError:
        where = cli._log_crash(argparse.Namespace(data_dir=str(data_dir / "missing")))
    assert where == "stderr"
    assert shared.exists() == before
