"""A tiny run of the whole benchmark (offscreen, no peers): every section runs through its real
probes and writes a well-formed table. Nothing about the timings is judged here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ritmeregie.bench.report import COLUMNS, Verdict
from ritmeregie.bench.sections import SECTIONS

pytestmark = pytest.mark.timeout(600)


def run_bench(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "ritmeregie.bench", "--quick", "--no-session", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=560,
    )


@pytest.fixture(scope="module")
def quick_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    folder = tmp_path_factory.mktemp("bench")
    done = run_bench(folder, "--out", str(folder / "out"))
    return done, folder / "out"


def test_a_quick_run_writes_json_and_markdown_with_every_section(quick_run) -> None:
    done, out = quick_run
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: some target failed offscreen
    data = json.loads((out / "benchmark.json").read_text())
    names = [f["name"] for f in data["figures"]]
    for expected in (
        "Start-up to tray visible + idle",
        "`ritmeregie --version`",
        "Steady RSS after start",
        "Idle CPU, tray visible + plan running",
        "RSS growth, every window opened again (leak check)",
        "Nudge lateness, median",
        "`ritmeregie plan --json`, ten years of data",
        "Vandaag window ready, ten years of data",
    ):
        assert expected in names
    assert data["settings"]["sections"] == list(SECTIONS)
    assert {"cpu", "cores", "ram", "kernel", "python", "pyside6"} <= set(data["machine"])
    for figure in data["figures"]:
        assert figure["verdict"] in {v.value for v in Verdict}
        if figure["verdict"] in ("pass", "fail"):
            assert figure["value"] is not None and figure["target"]


def test_the_markdown_and_the_printed_table_match_the_json(quick_run) -> None:
    done, out = quick_run
    data = json.loads((out / "benchmark.json").read_text())
    md = (out / "benchmark.md").read_text()
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert rows[0] == "| " + " | ".join(COLUMNS) + " |"
    assert len(rows) == 1 + len(data["figures"])
    printed = done.stdout.splitlines()
    assert printed[printed.index("") + 1].split()[:2] == ["figure", "value"]
    for figure in data["figures"]:
        assert figure["name"].replace("|", "\\|") in md
        assert figure["name"] in done.stdout


def test_offscreen_the_probes_report_that_there_is_no_tray(quick_run) -> None:
    _, out = quick_run
    data = json.loads((out / "benchmark.json").read_text())
    startup = next(f for f in data["figures"] if f["name"] == "Start-up to tray visible + idle")
    assert "No tray host was found" in startup["note"]


def test_an_unknown_section_is_a_usage_error(tmp_path: Path) -> None:
    done = run_bench(tmp_path, "--sections", "startup,nonsense")
    assert done.returncode == 2
    assert "unknown section(s): nonsense" in done.stderr
