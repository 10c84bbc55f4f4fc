"""Calendars in the benchmark (issue 14): big, real-world-shaped files (calendar_shapes.py) through
the real command line, against the bare libraries, as ratios taken in one run.

- `calendar add` ≤ 1.2 times a bare parse (icalendar) + expansion (recurring-ical-events) of the
  stored horizon, each in its own process;
- its peak memory ≤ 1.5 times the bare libraries' for the same work;
- `plan --date` six months ahead with the layer ≤ 1.2 times the same plan on an empty store.

Also runnable alone: `python -m ritmeregie.bench.calendars [--quick] [--json FILE]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .report import Figure, Verdict, at_most, median, pairwise_ratio

ADD_RATIO_MAX = 1.2
MEMORY_RATIO_MAX = 1.5
PLAN_RATIO_MAX = 1.2
PLAN_AHEAD_DAYS = 182
BARE_SCRIPT = """
import sys, datetime as dt, icalendar, recurring_ical_events
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
first, end = (dt.date.fromisoformat(a) for a in sys.argv[2:4])
print(len(recurring_ical_events.of(calendar).between(first, end)))
"""

EVENTS = 5_000
SERIES = 500
SEED = 11


def generate_ics(path: Path, today: dt.date, events: int = EVENTS, series: int = SERIES) -> Path:
    """A manager's calendar: `events` VEVENTs of which `series` recur weekly (some with an
    exception), spread over the year around today, in Europe/Amsterdam."""
    rng = random.Random(SEED)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ritmeregie//bench//EN",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Amsterdam",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]
    first = today - dt.timedelta(days=182)
    for i in range(events):
        day = first + dt.timedelta(days=rng.randrange(365))
        start = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.choice((0, 15, 30))))
        end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 90)))
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@ritmeregie",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=Europe/Amsterdam:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Europe/Amsterdam:{end:%Y%m%dT%H%M%S}",
            f"SUMMARY:Afspraak {i}",
        ]
        if i < series:
            lines.append(f"RRULE:FREQ=WEEKLY;COUNT={rng.randrange(10, 60)}")
            if i % 5 == 0:
                lines.append(
                    f"EXDATE;TZID=Europe/Amsterdam:{start + dt.timedelta(weeks=2):%Y%m%dT%H%M%S}"
                )
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def calendar_bytes(today: dt.date, events: int, series: int, folder: Path) -> bytes:
    """The product's own benchmark calendar when it has one (Outlook-shaped), else ours; spread
    over the year around today so the import window holds a realistic share of it."""
    start = today - dt.timedelta(days=182)
    from ritmeregie.services.calendars import sample

    return bytes(sample.generate_calendar(events, series, start=start))


def bare_parse_and_expand(data: bytes | Path, start: dt.date, end: dt.date) -> int:
    """The floor: parse with icalendar, expand [start, end) with recurring-ical-events."""
    import icalendar
    import recurring_ical_events

    raw = data.read_bytes() if isinstance(data, Path) else data
    calendar = icalendar.Calendar.from_ical(raw)
    return len(recurring_ical_events.of(calendar).between(start, end))


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = function()
    return time.perf_counter() - t0, result


def product_window(today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The window the product's import expands by default (first and last day, both included)."""
    from ritmeregie.services.calendars import Window

    window = Window.rolling(today)
    return window.first, window.last


def product_import(data: bytes, data_dir: Path, today: dt.date, tz: str) -> tuple[float, int]:
    """Seconds for ritmeregie.services.calendars.import_into on a fresh store (parse, expand, store), and
    the number of occurrences it stored."""
    from zoneinfo import ZoneInfo

    from ritmeregie.services import calendars as service
    from ritmeregie.storage import open_store

    store = open_store(data_dir)
    try:
        window = service.Window.rolling(today)
        seconds, report = timed(
            lambda: service.import_into(store, "Manager", data, window, tz=ZoneInfo(tz))
        )
    finally:
        store.close()
    return seconds, int(getattr(report, "events", 0))


# --- the measured section (issue 14) ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Measured:
    seconds: float
    peak_mb: float
    stdout: str


def measured(argv: Sequence[str], env: dict[str, str]) -> Measured:
    """Wall time and peak RSS (the child's own, from wait4) of one process; it must succeed."""
    out_path = Path(env["RITMEREGIE_BENCH_OUT"])
    with out_path.open("w") as out:
        t0 = time.perf_counter()
        process = subprocess.Popen(list(argv), stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - t0
    process.returncode = os.waitstatus_to_exitcode(status)
    text = out_path.read_text(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])}… failed ({process.returncode}): {text[-400:]}")
    return Measured(seconds, usage.ru_maxrss / 1024, text)


def _env(work: Path, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        TZ="Europe/Amsterdam",
        RITMEREGIE_HOME=str(data_dir),
        LANGUAGE="en",
        RITMEREGIE_BENCH_OUT=str(work / "bench-child.out"),
    )
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "ritmeregie", *args]


def shape_figures(
    shape: str, data: bytes, work: Path, today: dt.date, runs: int, plan_runs: int
) -> list[Figure]:
    """The three ratios for one big file."""
    from ritmeregie.services.calendars import Window

    folder = work / f"calendars-{shape.lower()}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{shape.lower()}.ics"
    path.write_bytes(data)
    horizon = Window.rolling(today)
    end = horizon.last + dt.timedelta(days=1)
    bare_argv = [sys.executable, "-c", BARE_SCRIPT, str(path), str(horizon.first), str(end)]
    size = f"{len(data) / 1e6:.1f} MB {shape}-shaped calendar"
    adds: list[Measured] = []
    bares: list[Measured] = []
    stores: list[Path] = []
    for run in range(runs):
        store = folder / f"store-{run}"
        env = _env(folder, store)
        measured(_cli("agenda", "list"), env)  # a store that exists, as for every user
        bares.append(measured(bare_argv, env))
        adds.append(measured(_cli("calendar", "add", "Manager", str(path)), env))
        stores.append(store)
    empty = folder / "empty"
    measured(_cli("agenda", "list"), _env(folder, empty))
    ahead = (today + dt.timedelta(days=PLAN_AHEAD_DAYS)).isoformat()
    with_layer: list[float] = []
    without: list[float] = []
    for run in range(plan_runs):
        pair = [(stores[0], with_layer), (empty, without)]
        for store, into in pair if run % 2 == 0 else reversed(pair):
            env = _env(folder, store)
            into.append(measured(_cli("plan", "--date", ahead, "--json"), env).seconds)
    busy = json.loads(
        measured(_cli("plan", "--date", ahead, "--json"), _env(folder, stores[0])).stdout
    )
    busy_count = sum(1 for b in busy["blocks"] if b["kind"] == "busy")
    add_ratio = pairwise_ratio([a.seconds for a in adds], [b.seconds for b in bares])
    memory_ratio = pairwise_ratio([a.peak_mb for a in adds], [b.peak_mb for b in bares])
    plan_ratio = pairwise_ratio(with_layer, without)
    stored = adds[-1].stdout.strip().splitlines()[0] if adds[-1].stdout.strip() else ""
    occurrences = bares[-1].stdout.strip().splitlines()[-1]
    return [
        Figure(
            f"`calendar add`, {size}",
            median([a.seconds for a in adds]),
            "s",
            baseline=median([b.seconds for b in bares]),
            baseline_name="icalendar + recurring-ical-events",
            ratio=add_ratio,
            target=f"≤ {ADD_RATIO_MAX}× bare parse + expansion of the horizon",
            verdict=at_most(add_ratio, ADD_RATIO_MAX),
            note=f"each in its own process on an existing store; horizon {horizon.first}.."
            f"{horizon.last}; ritmeregie: {stored}; bare: {occurrences} occurrences; "
            f"median of {runs}, pairwise ratio",
        ),
        Figure(
            f"Peak memory of `calendar add`, {size}",
            median([a.peak_mb for a in adds]),
            "MB",
            baseline=median([b.peak_mb for b in bares]),
            baseline_name="icalendar + recurring-ical-events",
            ratio=memory_ratio,
            target=f"≤ {MEMORY_RATIO_MAX}× the bare libraries'",
            verdict=at_most(memory_ratio, MEMORY_RATIO_MAX),
            note="peak RSS of each process (wait4 ru_maxrss)",
        ),
        Figure(
            f"`plan --date` {PLAN_AHEAD_DAYS} days ahead, {size}",
            median(with_layer),
            "s",
            baseline=median(without),
            baseline_name="empty store",
            ratio=plan_ratio,
            target=f"≤ {PLAN_RATIO_MAX}× empty store",
            verdict=at_most(plan_ratio, PLAN_RATIO_MAX),
            note=f"{ahead}: {busy_count} busy blocks from the layer; alternating, median of "
            f"{plan_runs}, pairwise ratio",
        ),
    ]


def section(ctx: Any) -> None:
    """The benchmark's calendars section (sections.SECTIONS['calendars'])."""
    from .calendar_shapes import google_calendar, outlook_calendar

    today = dt.date.today()
    scale = ctx.settings.size_factor
    runs = max(1, min(2, ctx.settings.runs))
    plan_runs = max(3, ctx.settings.plan_runs)
    if importlib.util.find_spec("ritmeregie.services.calendars.service") is None:
        ctx.report.add(
            Figure("Calendars", None, "s", verdict=Verdict.PENDING, note="not in this build")
        )
        return
    shapes = {
        "Outlook": outlook_calendar(
            today, series=max(2, int(2000 * scale)), singles=max(5, int(5000 * scale))
        ),
        "Google": google_calendar(
            today, series=max(2, int(300 * scale)), singles=max(5, int(1800 * scale))
        ),
    }
    for shape, data in shapes.items():
        ctx.say(f"calendars: {shape}-shaped, {len(data) / 1e6:.1f} MB")
        for figure in shape_figures(shape, data, ctx.work, today, runs, plan_runs):
            ctx.report.add(figure)


def main(argv: list[str] | None = None) -> int:
    """Run the calendars section alone and print its rows."""
    import tempfile

    from .report import Report

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tiny file, to check the wiring")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--plan-runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    @dataclass
    class Settings:
        size_factor: float
        runs: int
        plan_runs: int

    @dataclass
    class Ctx:
        settings: Settings
        work: Path
        report: Report

        def say(self, text: str) -> None:
            print(text, file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="ritmeregie-bench-cal-") as folder:
        report = Report(machine={}, settings={})
        ctx = Ctx(
            Settings(0.01 if args.quick else 1.0, args.runs, args.plan_runs), Path(folder), report
        )
        section(ctx)
    for figure in report.figures:
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else ""
        value = f"{figure.value:.3f}" if figure.value is not None else "—"
        base = f"{figure.baseline:.3f}" if figure.baseline is not None else ""
        print(
            f"| {figure.name} | {value} {figure.unit} | {base} {figure.unit} ({figure.baseline_name}) "
            f"| {ratio} | {figure.target} | {figure.verdict.value} |"
        )
        print(f"  - {figure.note}")
    if args.json is not None:
        args.json.write_text(json.dumps([f.as_dict() for f in report.figures], indent=2))
    return 0 if all(f.verdict is not Verdict.FAIL for f in report.figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
