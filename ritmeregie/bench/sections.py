"""The benchmark's sections; each measures in subprocesses and adds its rows to the report."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from . import calendars, procs, stores
from .peers import start_peers
from .report import Figure, Report, Verdict, at_most, below, median, pairwise_ratio

# Targets (issue 7); the table prints them next to each figure.
STARTUP_RATIO_MAX = 1.3
RSS_RATIO_MAX = 1.1
GROWTH_MB_MAX = 5.0
IDLE_CPU_S_PER_10MIN_MAX = 0.1
LATENESS_MEDIAN_MS_MAX = 20.0
LATENESS_MAX_MS_MAX = 250.0
PLAN_RATIO_MAX = 1.2
VANDAAG_MS_MAX = 100.0
STATISTICS_MS_MAX = 200.0
CALENDAR_RATIO_MAX = 1.5
VERSION_RATIO_MAX = 2.0
# What `ritmeregie --version` must not load.
HEAVY_MODULES = ("PySide6", "sqlalchemy", "apscheduler", "alembic", "icalendar", "plyer")


@dataclass
class Context:
    settings: Any  # cli.Settings
    work: Path
    report: Report
    say: Callable[[str], None]
    shared: dict[str, Any] = field(default_factory=dict)

    def app_store(self) -> Path:
        """A prepared store the app starts on (created and migrated once, like a second start)."""
        path = self.shared.get("app_store")
        if path is None:
            path = stores.prepare_app_store(self.work / "app-store")
            self.shared["app_store"] = path
        return Path(path)


def _py(*args: str) -> list[str]:
    return [procs.python(), *args]


def floor_argv(stack: bool, then: str = "quit", *, stack_first: bool = False) -> list[str]:
    flags = ["--stack-first"] if stack_first else ["--stack"] if stack else []
    return _py(str(procs.FLOOR_SCRIPT), *flags, "--then", then)


def app_argv(data_dir: Path, then: str = "quit") -> list[str]:
    return _py(str(procs.APP_PROBE), "--data-dir", str(data_dir), "--then", then)


def worker(ctx: Context, task: str, data_dir: Path, count: int) -> dict[str, Any]:
    argv = _py("-m", "ritmeregie.bench.worker", task, "--data-dir", str(data_dir))
    settle = ["--settle", str(ctx.settings.worker_settle_s)]
    done = subprocess.run(
        [*argv, "--count", str(count), *settle], capture_output=True, text=True, timeout=1800
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[len("RESULT ") :]))
    raise procs.ProbeError(f"worker {task} failed ({done.returncode}): {done.stderr[-600:]}")


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
        bare.append(procs.run_to_end(_py("-c", "pass")))
        version.append(procs.run_to_end(_py("-m", "ritmeregie", "--version")))
    done = subprocess.run(
        _py("-X", "importtime", "-m", "ritmeregie", "--version"),
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


# -- memory and idle CPU of the running programs -----------------------------------------------------

NIGHT = "ritmeregie at night"


def section_idle(ctx: Context) -> None:
    s = ctx.settings
    # The app twice, each in a zone chosen so that it is now 10:xx (by day) or 02:xx (at night,
    # between midnight and the 04:00 day boundary), on a returning user's store each.
    zones = {"ritmeregie": stores.zone_at_local_hour(10), NIGHT: stores.zone_at_local_hour(2)}
    ours = {
        "Qt floor": floor_argv(False, "stay"),
        "stack floor": floor_argv(True, "stay"),
        "stack floor, stack before Qt": floor_argv(True, "stay", stack_first=True),
        "ritmeregie": app_argv(stores.prepare_app_store(ctx.work / "idle-day"), "stay"),
        NIGHT: app_argv(stores.prepare_app_store(ctx.work / "idle-night"), "stay"),
    }
    running: dict[str, int] = {}
    started_list = []
    peers = start_peers() if s.peers else None
    try:
        for name, argv in ours.items():
            env = {**os.environ, "TZ": zones[name]} if name in zones else None
            started = procs.start_until_ready(argv, env=env)
            started_list.append(started)
            running[name] = started.process.pid
        if peers is not None:
            running.update({name: p.pid for name, p in peers.processes.items()})
        time.sleep(s.settle_s)
        alive = {n: pid for n, pid in running.items() if procs.alive(pid)}
        rss_start = {n: procs.rss_mb(pid) for n, pid in alive.items()}
        cpu0 = {n: procs.cpu_seconds(pid) for n, pid in alive.items()}
        t0 = time.monotonic()
        time.sleep(s.idle_s)
        elapsed = time.monotonic() - t0
        alive = {n: pid for n, pid in alive.items() if procs.alive(pid)}
        cpu1 = {n: procs.cpu_seconds(pid) for n, pid in alive.items()}
        rss_end = {n: procs.rss_mb(pid) for n, pid in alive.items()}
    finally:
        for started in started_list:
            procs.stop(started.process)
        if peers is not None:
            peers.stop()
    per_10min = {n: (cpu1[n] - cpu0[n]) * 600 / elapsed for n in cpu1}
    rss = {n: max(rss_start[n], rss_end.get(n, 0.0)) for n in rss_start}
    scaled = "" if elapsed >= 599 else f", measured over {elapsed:.0f} s and scaled to 10 min"
    add = ctx.report.add
    versions = peers.versions if peers is not None else {}
    for name in ("Qt floor", "stack floor", "stack floor, stack before Qt", *versions):
        if name in rss:
            label = f"{name} {versions[name]}" if name in versions else name
            add(Figure(f"Steady RSS, {label}", rss[name], "MB"))
    app_rss = rss["ritmeregie"]
    ratio = app_rss / rss["stack floor"]
    add(
        Figure(
            "Steady RSS after start",
            app_rss,
            "MB",
            baseline=rss["stack floor"],
            baseline_name="stack floor",
            ratio=ratio,
            target=f"≤ {RSS_RATIO_MAX}× stack floor",
            verdict=at_most(ratio, RSS_RATIO_MAX),
            note=f"VmRSS {s.settle_s:.0f} s after READY and again after the idle window "
            "(the larger one counts)",
        )
    )
    if "Workrave" in rss:
        add(
            Figure(
                "Steady RSS vs Workrave",
                app_rss,
                "MB",
                baseline=rss["Workrave"],
                baseline_name="Workrave",
                ratio=app_rss / rss["Workrave"],
                target="below Workrave",
                verdict=below(app_rss, rss["Workrave"]),
            )
        )
    elif s.peers:
        add(
            Figure(
                "Steady RSS vs Workrave",
                app_rss,
                "MB",
                verdict=Verdict.PENDING,
                note="Workrave is not installed (tools/dev bench installs it)",
            )
        )
    for name in ("Qt floor", "stack floor", "stack floor, stack before Qt", *versions):
        if name in per_10min:
            label = f"{name} {versions[name]}" if name in versions else name
            add(Figure(f"Idle CPU, {label}", per_10min[name], "CPU-s/10 min"))
    quiet = per_10min.get("Safe Eyes")
    local_now = {n: dt.datetime.now(ZoneInfo(z)) for n, z in zones.items()}
    for name, label in (("ritmeregie", "by day"), (NIGHT, "at night")):
        add(
            Figure(
                f"Idle CPU, tray visible, {label}",
                per_10min[name],
                "CPU-s/10 min",
                baseline=quiet,
                baseline_name="Safe Eyes" if quiet is not None else "",
                ratio=(per_10min[name] / quiet) if quiet else None,
                target=f"≤ {IDLE_CPU_S_PER_10MIN_MAX} CPU-s/10 min",
                verdict=at_most(per_10min[name], IDLE_CPU_S_PER_10MIN_MAX),
                note="all programs idle side by side in the same session; CPU time of all threads "
                f"from /proc/PID/task/*/schedstat{scaled}; default settings, TZ={zones[name]} "
                f"(local {local_now[name]:%a %H:%M} at the end)",
            )
        )
    if peers is not None and peers.missing:
        ctx.say(f"peers not installed: {', '.join(peers.missing)}")


# -- in-process: memory growth and punctuality ---------------------------------------------------


def section_memory(ctx: Context) -> None:
    s = ctx.settings
    data_dir = stores.prepare_app_store(ctx.work / "memory-store")
    r = worker(ctx, "memory", data_dir, s.nudges)
    add = ctx.report.add
    first = r["rss_windows_1_mb"] - r["rss_start_mb"]
    again = r["rss_windows_2_mb"] - r["rss_windows_1_mb"]
    skipped = r["windows_skipped"]
    opened = ", ".join(r["windows_opened"]) or "none"
    add(
        Figure(
            "RSS growth, every window opened once (first time)",
            first,
            "MB",
            baseline=r["rss_start_mb"],
            baseline_name="after start",
            note=f"opened: {opened}"
            + (f"; not in this build yet: {', '.join(skipped)}" if skipped else "")
            + ". The first open loads the window's code and Qt's widget caches.",
        )
    )
    add(
        Figure(
            "RSS growth, every window opened again (leak check)",
            again,
            "MB",
            baseline=r["rss_windows_1_mb"],
            baseline_name="after first round",
            target=f"< {GROWTH_MB_MAX:g} MB",
            verdict=below(again, GROWTH_MB_MAX),
        )
    )
    growth = r["rss_nudges_done_mb"] - r["rss_nudges_warm_mb"]
    add(
        Figure(
            f"RSS growth after {r['nudges']} nudges shown and answered",
            growth,
            "MB",
            baseline=r["rss_nudges_warm_mb"],
            baseline_name="after warm-up",
            target=f"< {GROWTH_MB_MAX:g} MB",
            verdict=below(growth, GROWTH_MB_MAX),
            note="NudgePresenter.on_nudge_due → NudgeWindow → Start clicked, each answer "
            f"logged in the store; measured after a warm-up of 20 nudges "
            f"(which added {r['rss_nudges_warm_mb'] - r['rss_windows_2_mb']:.1f} MB)",
        )
    )


def section_punctuality(ctx: Context) -> None:
    count = ctx.settings.punctual
    r = worker(ctx, "punctuality", ctx.app_store(), count)
    late, fired = r["lateness_ms"], r["fired_ms"]
    add = ctx.report.add
    if len(late) < count:
        add(
            Figure(
                "Nudge lateness",
                None,
                "ms",
                verdict=Verdict.FAIL,
                note=f"only {len(late)} of {count} nudges arrived",
            )
        )
        return
    add(
        Figure(
            "Nudge lateness, median",
            median(late),
            "ms",
            baseline=median(fired),
            baseline_name="scheduler fired",
            target=f"≤ {LATENESS_MEDIAN_MS_MAX:g} ms",
            verdict=at_most(median(late), LATENESS_MEDIAN_MS_MAX),
            note=f"{count} nudges 1 s apart through the app's NudgeScheduler "
            "(SingleTimerQtScheduler), each answered 0.3 s after it appeared; lateness = wall "
            "time after the presenter showed the nudge window (logged in the store) minus the "
            "planned moment; the baseline column is the lateness when the scheduler's signal "
            "fired, before the presenter",
        )
    )
    add(
        Figure(
            "Nudge lateness, max",
            max(late),
            "ms",
            baseline=max(fired),
            baseline_name="scheduler fired",
            target=f"≤ {LATENESS_MAX_MS_MAX:g} ms",
            verdict=at_most(max(late), LATENESS_MAX_MS_MAX),
        )
    )


# -- scale -----------------------------------------------------------------------------------------


def section_scale(ctx: Context) -> None:
    s = ctx.settings
    size = stores.HeavySize().scaled(s.size_factor)
    empty = stores.prepare_app_store(ctx.work / "empty-store")
    heavy = ctx.work / "heavy-store"
    t0 = time.perf_counter()
    stores.generate_heavy_store(heavy, size, dt.date.today())
    made_s = time.perf_counter() - t0
    plan_empty: list[float] = []
    plan_heavy: list[float] = []
    for _ in range(s.plan_runs):
        for target, into in ((empty, plan_empty), (heavy, plan_heavy)):
            into.append(
                procs.run_to_end(
                    _py("-m", "ritmeregie", "plan", "--json", "--data-dir", str(target))
                )
            )
    ratio = pairwise_ratio(plan_heavy, plan_empty)
    add = ctx.report.add
    volume = (
        f"{size.agenda_items:,} agenda items, {size.reflections:,} reflections, "
        f"{size.dadu_rows:,} DADU rows, {size.nudge_log_rows:,} nudge-log rows"
    )
    add(
        Figure(
            "`ritmeregie plan --json`, ten years of data",
            median(plan_heavy),
            "s",
            baseline=median(plan_empty),
            baseline_name="empty store",
            ratio=ratio,
            target=f"≤ {PLAN_RATIO_MAX}× empty store",
            verdict=at_most(ratio, PLAN_RATIO_MAX),
            note=f"{volume} (generated in {made_s:.1f} s); median of {s.plan_runs}, pairwise ratio",
        )
    )
    add(
        Figure(
            "Database size, ten years of data",
            stores.database_mb(heavy),
            "MB",
            baseline=stores.database_mb(empty),
            baseline_name="empty store",
        )
    )
    ctx.shared["heavy_store"] = heavy
    _window_row(ctx, heavy, "vandaag", "Vandaag window ready, ten years of data", VANDAAG_MS_MAX)
    _year_of_statistics(ctx, heavy)
    _window_row(ctx, heavy, "statistics", "Statistics window ready, ten years of data", None)


def _year_of_statistics(ctx: Context, heavy: Path) -> None:
    """The statistics' own work for the last year: the nudge log folded per block in SQL, the
    reflection dates, and the domain's summary per day and week, gathered as the window gathers
    them (services/statistics.py)."""
    name = "A year of statistics, ten years of data"
    try:
        from ritmeregie.services.statistics import range_statistics
    except ImportError:
        ctx.report.add(
            Figure(
                name,
                None,
                "ms",
                target=f"≤ {STATISTICS_MS_MAX:g} ms",
                verdict=Verdict.PENDING,
                note="statistics are not in this build",
            )
        )
        return
    from ritmeregie.storage import open_store

    tz = ZoneInfo("Europe/Amsterdam")
    today = dt.date.today()
    first, last = today - dt.timedelta(days=365), today - dt.timedelta(days=1)
    times, blocks = [], 0
    with open_store(heavy) as store:
        for _ in range(max(1, ctx.settings.window_runs)):
            t0 = time.perf_counter()
            stats = range_statistics(store, first, last, tz, today)
            times.append((time.perf_counter() - t0) * 1000)
            totals = stats.totals
            blocks = totals.started + totals.skipped + totals.missed
    ctx.report.add(
        Figure(
            name,
            median(times),
            "ms",
            target=f"≤ {STATISTICS_MS_MAX:g} ms",
            verdict=at_most(median(times), STATISTICS_MS_MAX),
            note=f"services.statistics: NudgeLog.block_facts + Reflections.dates + summarize() over "
            f"{first}..{last} ({blocks:,} blocks started, skipped or missed); median of {len(times)}",
        )
    )


def _window_row(ctx: Context, store: Path, task: str, name: str, limit_ms: float | None) -> None:
    r = worker(ctx, task, store, ctx.settings.window_runs)
    if r.get("missing"):
        ctx.report.add(
            Figure(
                name,
                None,
                "ms",
                target="" if limit_ms is None else f"≤ {limit_ms:g} ms",
                verdict=Verdict.PENDING,
                note="the window is not in this build yet",
            )
        )
        return
    warm = r["warm_ms"]
    ctx.report.add(
        Figure(
            name,
            r["cold_ms"],
            "ms",
            target="" if limit_ms is None else f"≤ {limit_ms:g} ms",
            verdict=Verdict.INFO if limit_ms is None else at_most(r["cold_ms"], limit_ms),
            note="first open in a running app (its code loaded then), from the request to the "
            "first paint"
            + (f"; opened again: median {median(warm):.1f} ms" if warm else "")
            + (
                "; no tray host: the app had shown this window at start, so the first open "
                "measured is not a cold one"
                if r.get("open_at_start")
                else ""
            ),
        )
    )


# -- calendars -------------------------------------------------------------------------------------


def section_calendars(ctx: Context) -> None:
    """Big Outlook- and Google-shaped calendars: add, its memory, and a plan ahead (issue 14)."""
    calendars.section(ctx)


def section_caldav(ctx: Context) -> None:
    """What a CalDAV sync costs in requests, against a local Radicale (issue 20)."""
    from . import caldav_sync

    caldav_sync.section(ctx)


SECTIONS: dict[str, Callable[[Context], None]] = {
    "startup": section_startup,
    "idle": section_idle,
    "memory": section_memory,
    "punctuality": section_punctuality,
    "scale": section_scale,
    "calendars": section_calendars,
    "caldav": section_caldav,
}
