"""A tiny run of the whole benchmark (offscreen, no peers): every section runs through its real
probes and writes a well-formed table. Nothing about the timings is judged here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ritmeregie.bench.cli import build_parser
from ritmeregie.bench.report import COLUMNS, Verdict
from ritmeregie.bench.sections import SECTIONS

pytestmark = pytest.mark.timeout(300)

# Two quick runs side by side, each with half of the sections: every section's real probes run
# (in about 15 s on two cores instead of one run of 30 s).
HALVES = (("startup", "idle", "calendars", "punctuality"), ("memory", "scale", "caldav"))


def bench_argv(*args: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    argv = [sys.executable, "-m", "ritmeregie.bench", "--quick", "--no-session", *args]
    return argv, env


def run_bench(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    argv, env = bench_argv(*args)
    return subprocess.run(argv, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=280)


class QuickRun:
    """What the quick runs printed and wrote, merged as one run would have written it."""

    def __init__(self, outs: list[Path], stdouts: list[str]) -> None:
        self.datas = [json.loads((out / "benchmark.json").read_text()) for out in outs]
        self.mds = [(out / "benchmark.md").read_text() for out in outs]
        self.stdouts = stdouts
        self.figures = [f for data in self.datas for f in data["figures"]]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> QuickRun:
    folder = tmp_path_factory.mktemp("bench")
    outs, running = [], []
    for number, half in enumerate(HALVES):
        out = folder / f"out-{number}"
        argv, env = bench_argv("--sections", ",".join(half), "--out", str(out))
        running.append(
            subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=folder
            )
        )
        outs.append(out)
    stdouts = []
    for process in running:
        stdout, stderr = process.communicate(timeout=280)
        assert process.returncode in (0, 1), stderr[-2000:]  # 1: some target failed offscreen
        stdouts.append(stdout)
    return QuickRun(outs, stdouts)


def test_a_quick_run_writes_json_and_markdown_with_every_section(quick_run: QuickRun) -> None:
    names = [f["name"] for f in quick_run.figures]
    for expected in (
        "Start-up to tray visible + idle",
        "`ritmeregie --version`",
        "Steady RSS after start",
        "Start-up, first start (empty folder, welcome window)",
        "Idle CPU, tray visible, by day",
        "Idle CPU, tray visible, at night",
        "RSS growth, every window opened again (leak check)",
        "RSS growth after 5 nudges shown and answered",
        "Nudge lateness, median",
        "`ritmeregie plan --json`, ten years of data",
        "Vandaag window ready, ten years of data",
        "A year of statistics, ten years of data",
    ):
        assert expected in names
    assert [d["settings"]["sections"] for d in quick_run.datas] == [list(h) for h in HALVES]
    assert sorted(s for half in HALVES for s in half) == sorted(SECTIONS)
    for data in quick_run.datas:
        assert {"cpu", "cores", "ram", "kernel", "python", "pyside6"} <= set(data["machine"])
    for figure in quick_run.figures:
        assert figure["verdict"] in {v.value for v in Verdict}
        if figure["verdict"] in ("pass", "fail"):
            assert figure["value"] is not None and figure["target"]


def test_every_section_is_measured_by_default() -> None:
    args = build_parser().parse_args([])
    assert args.sections.split(",") == list(SECTIONS)


def test_the_markdown_and_the_printed_table_match_the_json(quick_run: QuickRun) -> None:
    for data, md, stdout in zip(quick_run.datas, quick_run.mds, quick_run.stdouts, strict=True):
        rows = [line for line in md.splitlines() if line.startswith("| ")]
        assert rows[0] == "| " + " | ".join(COLUMNS) + " |"
        assert len(rows) == 1 + len(data["figures"])
        printed = stdout.splitlines()
        assert printed[printed.index("") + 1].split()[:2] == ["figure", "value"]
        for figure in data["figures"]:
            assert figure["name"].replace("|", "\\|") in md
            assert figure["name"] in stdout


def test_offscreen_the_probes_report_that_there_is_no_tray(quick_run: QuickRun) -> None:
    startup = next(f for f in quick_run.figures if f["name"] == "Start-up to tray visible + idle")
    assert "No tray host was found" in startup["note"]


def test_an_unknown_section_is_a_usage_error(tmp_path: Path) -> None:
    done = run_bench(tmp_path, "--sections", "startup,nonsense")
    assert done.returncode == 2
    assert "unknown section(s): nonsense" in done.stderr
