"""The running programs: idle CPU by day and at night, memory, memory growth, punctuality."""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

from . import procs, stores
from .context import Context, app_argv, floor_argv, worker
from .peers import start_peers
from .report import Figure, Verdict, at_most, below, median

# Targets (issue 7); the table prints them next to each figure.
RSS_RATIO_MAX = 1.1
GROWTH_MB_MAX = 5.0
IDLE_CPU_S_PER_10MIN_MAX = 0.1
LATENESS_MEDIAN_MS_MAX = 20.0
LATENESS_MAX_MS_MAX = 250.0


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
