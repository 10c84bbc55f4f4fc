"""Start-up: the app against the Qt and stack floors, a first start, and `ritmeregie --version`."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

from . import procs
from .context import Context, app_argv, floor_argv, py
from .report import Figure, Verdict, at_most, median, pairwise_ratio

# Targets (issue 7); the table prints them next to each figure.
STARTUP_RATIO_MAX = 1.3
VERSION_RATIO_MAX = 2.0
# What `ritmeregie --version` must not load.
HEAVY_MODULES = ("PySide6", "sqlalchemy", "apscheduler", "alembic", "icalendar", "plyer")


# -- start-up --------------------------------------------------------------------------------------


def section_startup(ctx: Context) -> None:
    runs = ctx.settings.runs
    data_dir = ctx.app_store()
    first_starts = iter(range(1_000_000))
    programs: dict[str, Callable[[], list[str]]] = {
        "qt": lambda: floor_argv(False),
        "stack": lambda: floor_argv(True),
        "stack first": lambda: floor_argv(True, stack_first=True),
        "app": lambda: app_argv(data_dir),  # a returning user: the store is there
        # The very first start: an empty folder, the store created, the welcome window shown.
        "first start": lambda: app_argv(ctx.work / f"first-start-{next(first_starts)}"),
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    markers: set[str] = set()
    for run in range(runs):
        names = list(programs)
        names = names[run % len(names) :] + names[: run % len(names)]  # rotate the order
        for name in names:
            started = procs.start_until_ready(programs[name]())
            markers.add(f"{name}:{started.marker}")
            procs.finish(started)
            times[name].append(started.seconds)
    no_tray = sorted(m.split(":")[0] for m in markers if "no-tray" in m)
    tray_note = f" No tray host was found for: {', '.join(no_tray)}." if no_tray else ""
    qt, stack, app = (median(times[n]) for n in ("qt", "stack", "app"))
    ratio = pairwise_ratio(times["app"], times["stack"])
    add = ctx.report.add
    add(Figure("Start-up, Qt floor", qt, "s", note=f"median of {runs}"))
    add(
        Figure(
            "Start-up, stack floor",
            stack,
            "s",
            baseline=qt,
            baseline_name="Qt floor",
            ratio=pairwise_ratio(times["stack"], times["qt"]),
        )
    )
    add(
        Figure(
            "Start-up, stack floor with the stack imported before Qt",
            median(times["stack first"]),
            "s",
            baseline=stack,
            baseline_name="stack floor",
            ratio=pairwise_ratio(times["stack first"], times["stack"]),
        )
    )
    add(
        Figure(
            "Start-up to tray visible + idle",
            app,
            "s",
            baseline=stack,
            baseline_name="stack floor",
            ratio=ratio,
            target=f"≤ {STARTUP_RATIO_MAX}× stack floor",
            verdict=at_most(ratio, STARTUP_RATIO_MAX),
            note=f"median of {runs}, ratio = median of pairwise ratios; from exec of the process "
            "to a zero-delay timer firing after the tray icon was shown (event loop running and "
            f"idle), a returning user's start: an existing store with default settings.{tray_note}",
        )
    )
    add(
        Figure(
            "Start-up, first start (empty folder, welcome window)",
            median(times["first start"]),
            "s",
            baseline=stack,
            baseline_name="stack floor",
            ratio=pairwise_ratio(times["first start"], times["stack"]),
            note=f"median of {runs}; the store created and migrated in a new folder, the welcome "
            "window opened, to the same READY moment",
        )
    )
    section_version(ctx)


def section_version(ctx: Context) -> None:
    runs = ctx.settings.runs
    version, bare = [], []
    for _ in range(runs):
        bare.append(procs.run_to_end(py("-c", "pass")))
        version.append(procs.run_to_end(py("-m", "ritmeregie", "--version")))
    done = subprocess.run(
        py("-X", "importtime", "-m", "ritmeregie", "--version"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    modules = [
        line.split("|")[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line and "cumulative" not in line
    ]
    own = [m for m in modules if m.startswith("ritmeregie")]
    heavy = sorted({m.split(".")[0] for m in modules if m.split(".")[0] in HEAVY_MODULES})
    ratio = pairwise_ratio(version, bare)
    ok = ratio <= VERSION_RATIO_MAX and not heavy
    ctx.report.add(
        Figure(
            "`ritmeregie --version`",
            median(version),
            "s",
            baseline=median(bare),
            baseline_name="python -c pass",
            ratio=ratio,
            target=f"≤ {VERSION_RATIO_MAX}×, no Qt/SQLAlchemy",
            verdict=Verdict.PASS if ok else Verdict.FAIL,
            note=f"imports {len(modules)} modules beyond the interpreter's own start "
            f"({len(own)} of ritmeregie)" + (f"; heavy: {', '.join(heavy)}" if heavy else ""),
        )
    )
