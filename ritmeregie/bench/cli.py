"""`ritmeregie-bench`: every figure of docs/benchmarks.md in one run, as a table, JSON and Markdown.

Needs a desktop with a system tray (the tray must be real for "tray visible"). Without DISPLAY it
restarts itself inside tools/desktop-session when run from a source checkout; `tools/dev bench`
sets everything up (peers included) and does that too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import report as rp
from .sections import SECTIONS, Context

DEFAULT_OUT = Path("bench-results")
REPO_ROOT = Path(__file__).resolve().parents[2]
DESKTOP_SESSION = REPO_ROOT / "tools" / "desktop-session"


@dataclass(frozen=True)
class Settings:
    runs: int = 10
    idle_s: float = 90.0
    settle_s: float = 10.0
    nudges: int = 1000
    punctual: int = 50
    plan_runs: int = 7
    window_runs: int = 5
    size_factor: float = 1.0
    peers: bool = True
    worker_settle_s: float = 2.0  # in-process: event loop time before RSS is read / first nudge


# Checks that every probe works and every figure is written; judges nothing (seconds, not minutes).
QUICK = Settings(
    runs=1,
    idle_s=0.5,
    settle_s=0.2,
    nudges=5,
    punctual=2,
    plan_runs=1,
    window_runs=2,
    size_factor=0.001,
    peers=False,
    worker_settle_s=0.2,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ritmeregie-bench",
        description="Measure ritmeregie's start-up, memory, idle CPU, punctuality and scale "
        "against the stack it is built on, in one run on this machine.",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="where to write benchmark.json and .md"
    )
    parser.add_argument("--runs", type=int, help="start-up runs per program (default 10)")
    parser.add_argument(
        "--idle-seconds",
        type=float,
        help="idle CPU window in seconds (default 90, scaled to 10 min)",
    )
    parser.add_argument(
        "--full", action="store_true", help="measure idle CPU over a real 10 minutes"
    )
    parser.add_argument(
        "--quick", action="store_true", help="a tiny run that only checks the benchmark works"
    )
    parser.add_argument("--no-peers", action="store_true", help="leave out Workrave and Safe Eyes")
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma-separated subset of: {', '.join(SECTIONS)}",
    )
    parser.add_argument(
        "--no-session",
        action="store_true",
        help="do not start tools/desktop-session when there is no display",
    )
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    base = QUICK if args.quick else Settings()
    idle = 600.0 if args.full else args.idle_seconds
    return Settings(
        runs=args.runs or base.runs,
        idle_s=idle if idle is not None else base.idle_s,
        settle_s=base.settle_s,
        nudges=base.nudges,
        punctual=base.punctual,
        plan_runs=base.plan_runs,
        window_runs=base.window_runs,
        size_factor=base.size_factor,
        peers=base.peers and not args.no_peers,
        worker_settle_s=base.worker_settle_s,
    )


def _needs_session(args: argparse.Namespace) -> bool:
    return (
        not args.no_session
        and not os.environ.get("DISPLAY")
        and os.environ.get("QT_QPA_PLATFORM", "") in ("", "xcb")
        and DESKTOP_SESSION.exists()
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        print(f"ritmeregie-bench: unknown section(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    if _needs_session(args):
        command = [str(DESKTOP_SESSION), sys.executable, "-m", "ritmeregie.bench", *argv]
        print("ritmeregie-bench: no display; running inside tools/desktop-session", file=sys.stderr)
        os.execv(command[0], command)

    settings = settings_from(args)
    _compile_bytecode()
    started = dt.datetime.now().astimezone()
    report = rp.Report(
        machine=rp.machine_info(),
        settings={**settings.__dict__, "sections": sections},
        started=started.strftime("%Y-%m-%d %H:%M %Z"),
    )
    work = Path(tempfile.mkdtemp(prefix="ritmeregie-bench-"))
    t0 = time.perf_counter()
    try:
        context = Context(settings=settings, work=work, report=report, say=_say)
        for name in sections:
            _say(f"{name} …")
            SECTIONS[name](context)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.perf_counter() - t0
    print()
    print(rp.as_text(report))
    json_path, md_path = rp.write(report, args.out)
    print(f"\nwritten: {json_path} and {md_path}")
    return 1 if report.failed else 0


def _compile_bytecode() -> None:
    """Write the package's .pyc files first, as `pip install` does: start-up is measured as users
    have it, not with every module compiled from source (PYTHONDONTWRITEBYTECODE, a fresh clone)."""
    import compileall

    package = Path(__file__).resolve().parents[1]
    compileall.compile_dir(package, quiet=2)


def _say(text: str) -> None:
    print(f"ritmeregie-bench: {text}", file=sys.stderr, flush=True)
