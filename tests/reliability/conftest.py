"""The reliability suite's ledger and its table at the end of the run.

Every scenario records what it did: faults injected (kills, damaged files, failing parts, clock
jumps), writes acknowledged (a store call that returned), writes lost (an acknowledged write that
is not there afterwards — must be 0) and recoveries (a damaged store set aside and restored).
`pytest_terminal_summary` prints one row per scenario.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import LEDGER, Run, Tally, tally

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ledger() -> Callable[[str], Tally]:
    return tally


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not LEDGER:
        return
    write = terminalreporter.write_line
    terminalreporter.section("reliability: faults and writes")
    header = ("scenario", "faults injected", "writes acknowledged", "writes lost", "recoveries")
    rows = [
        (name, str(t.faults_injected), str(t.writes_acknowledged), str(t.writes_lost),
         str(t.recoveries))
        for name, t in sorted(LEDGER.items(), key=lambda item: _scenario_order(item[0]))
    ]  # fmt: skip
    total = Tally()
    for t in LEDGER.values():
        total.faults_injected += t.faults_injected
        total.writes_acknowledged += t.writes_acknowledged
        total.writes_lost += t.writes_lost
        total.recoveries += t.recoveries
    rows.append(
        ("total", str(total.faults_injected), str(total.writes_acknowledged),
         str(total.writes_lost), str(total.recoveries))
    )  # fmt: skip
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row: tuple[str, ...]) -> str:
        first = row[0].ljust(widths[0])
        rest = "  ".join(cell.rjust(widths[i + 1]) for i, cell in enumerate(row[1:]))
        return f"{first}  {rest}"

    write(fmt(header))
    write("  ".join("-" * w for w in widths))
    for row in rows[:-1]:
        write(fmt(row))
    write("  ".join("-" * w for w in widths))
    write(fmt(rows[-1]), bold=True, red=total.writes_lost > 0, green=total.writes_lost == 0)


def _scenario_order(name: str) -> tuple[int, str]:
    """'9 lost store' before '10 formula cells': by the scenario's number, then its name."""
    number, _, _rest = name.partition(" ")
    return (int(number) if number.isdigit() else 10**6, name)


@pytest.fixture
def ritmeregie(data_dir: Path) -> Run:
    """The real `ritmeregie` command in a child process, on this test's data folder."""

    def run(
        *args: str, stdin: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        child_env = {
            **os.environ,
            "TZ": "Europe/Amsterdam",
            "RITMEREGIE_HOME": str(data_dir),
            "LANGUAGE": "en",
            "LANG": "C.UTF-8",
            "DISPLAY": "",
            "WAYLAND_DISPLAY": "",
            **(env or {}),
        }
        child_env.pop("LC_ALL", None)
        return subprocess.run(
            [sys.executable, "-m", "ritmeregie", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=child_env,
            timeout=60,
            check=False,
        )

    return run
