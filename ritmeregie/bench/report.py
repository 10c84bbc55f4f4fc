"""Figures, their verdicts, and the table as text, JSON and Markdown."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    INFO = "info"  # a figure for context, without a target
    PENDING = "pending"  # the part it measures is not in this build yet


@dataclass(frozen=True)
class Figure:
    """One row of the table. `value` and `baseline` are numbers in `unit` (None when not measured)."""

    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    ratio: float | None = None
    target: str = ""
    verdict: Verdict = Verdict.INFO
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        return data


@dataclass
class Report:
    machine: dict[str, str]
    settings: dict[str, Any]
    figures: list[Figure] = field(default_factory=list)
    started: str = ""
    seconds: float = 0.0

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    @property
    def failed(self) -> list[Figure]:
        return [f for f in self.figures if f.verdict is Verdict.FAIL]

    def as_dict(self) -> dict[str, Any]:
        return {
            "started": self.started,
            "seconds": round(self.seconds, 1),
            "machine": self.machine,
            "settings": self.settings,
            "figures": [f.as_dict() for f in self.figures],
        }


# -- small statistics ------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def pairwise_ratio(values: Sequence[float], baselines: Sequence[float]) -> float:
    """Median of value_i / baseline_i over runs taken side by side (machine noise cancels out)."""
    ratios = [v / b for v, b in zip(values, baselines, strict=True) if b > 0]
    return median(ratios)


def at_most(value: float, limit: float) -> Verdict:
    return Verdict.PASS if value <= limit else Verdict.FAIL


def below(value: float, limit: float) -> Verdict:
    return Verdict.PASS if value < limit else Verdict.FAIL


# -- rendering -------------------------------------------------------------------------------------

COLUMNS = ("figure", "value", "baseline", "ratio", "target", "result")


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB" or unit == "MB/10 min":
        text = f"{value:.1f}"
    elif unit == "ms" or unit == "ms/10 min":
        text = f"{value:.1f}" if abs(value) < 100 else f"{value:.0f}"
    elif unit == "s" or unit == "CPU-s/10 min":
        text = f"{value:.3f}"
    else:
        text = f"{value:g}"
    return f"{text} {unit}"


def rows(report: Report) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for f in report.figures:
        baseline = ""
        if f.baseline is not None:
            baseline = _number(f.baseline, f.unit)
            if f.baseline_name:
                baseline += f" ({f.baseline_name})"
        elif f.baseline_name:
            baseline = f.baseline_name
        ratio = "" if f.ratio is None else f"{f.ratio:.2f}×"
        out.append((f.name, _number(f.value, f.unit), baseline, ratio, f.target, f.verdict.value))
    return out


def as_text(report: Report) -> str:
    table = [COLUMNS, *rows(report)]
    widths = [max(len(r[i]) for r in table) for i in range(len(COLUMNS))]
    lines = []
    for index, row in enumerate(table):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"- {f.name}: {f.note}" for f in report.figures if f.note]
    if notes:
        lines += ["", "Notes:", *notes]
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def as_markdown(report: Report) -> str:
    m = report.machine
    lines = [
        f"Measured {report.started} on {m.get('cpu', '?')} ({m.get('cores', '?')} cores, "
        f"{m.get('ram', '?')} RAM), kernel {m.get('kernel', '?')}, Python {m.get('python', '?')}, "
        f"PySide6 {m.get('pyside6', '?')}; the run took {report.seconds:.0f} s.",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---" for _ in COLUMNS) + "|",
    ]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows(report)]
    notes = [f"- **{_md_cell(f.name)}**: {f.note}" for f in report.figures if f.note]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"


def write(report: Report, out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / "benchmark.json"
    md_path = out_dir / "benchmark.md"
    json_path.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    md_path.write_text(as_markdown(report), encoding="utf-8")
    return json_path, md_path


# -- the machine -----------------------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    info = {
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "ram": _ram(),
        "kernel": platform.release(),
        "os": _os_name(),
        "python": platform.python_version(),
        "pyside6": _version_of("PySide6_Essentials") or _version_of("PySide6") or "?",
        "sqlalchemy": _version_of("SQLAlchemy") or "?",
        "apscheduler": _version_of("APScheduler") or "?",
    }
    return info


def _cpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=5).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                return line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError):
        pass
    return "?"


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.system()


def _version_of(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None
