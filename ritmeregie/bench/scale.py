"""Scale: ten years of data against an empty store: the plan, Vandaag and the statistics."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from . import procs, stores
from .context import Context, py, worker
from .report import Figure, Verdict, at_most, median, pairwise_ratio

# Targets (issue 7); the table prints them next to each figure.
PLAN_RATIO_MAX = 1.2
VANDAAG_MS_MAX = 100.0
STATISTICS_MS_MAX = 200.0


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
                    py("-m", "ritmeregie", "plan", "--json", "--data-dir", str(target))
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
