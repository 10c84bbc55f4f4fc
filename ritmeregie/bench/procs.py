"""Processes measured from outside: time to a READY line, resident memory and CPU time from /proc."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOOR_SCRIPT = HERE / "floor.py"
APP_PROBE = HERE / "app_probe.py"
READY_TIMEOUT_S = 60.0


class ProbeError(RuntimeError):
    """A probe did not get ready (crashed, timed out, or found no tray)."""


@dataclass
class Started:
    process: subprocess.Popen[str]
    seconds: float  # from just before exec to the READY line
    marker: str


def python() -> str:
    return sys.executable


def start_until_ready(
    argv: Sequence[str], *, env: dict[str, str] | None = None, timeout_s: float = READY_TIMEOUT_S
) -> Started:
    """Start argv and wait for a line starting with READY; the time includes fork and exec."""
    t0 = time.perf_counter()
    process = subprocess.Popen(
        list(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = t0 + timeout_s
    try:
        while True:
            left = deadline - time.perf_counter()
            if left <= 0 or not selector.select(left):
                stop(process)
                raise ProbeError(f"{' '.join(argv[:3])}: no READY within {timeout_s:.0f} s")
            line = process.stdout.readline()
            if not line:
                _, err = process.communicate()
                raise ProbeError(f"{' '.join(argv[:3])} ended before READY: {err.strip()[-400:]}")
            if line.startswith("READY"):
                return Started(process, time.perf_counter() - t0, line.strip())
    finally:
        selector.close()


def run_to_end(
    argv: Sequence[str], *, env: dict[str, str] | None = None, timeout_s: float = 120
) -> float:
    """Seconds from exec to exit; raises ProbeError on a non-zero exit."""
    t0 = time.perf_counter()
    done = subprocess.run(list(argv), capture_output=True, text=True, env=env, timeout=timeout_s)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise ProbeError(f"{' '.join(argv[:4])} exited {done.returncode}: {done.stderr[-400:]}")
    return seconds


def finish(started: Started, timeout_s: float = 20) -> None:
    """Wait for a probe that quits by itself after READY (--then quit)."""
    try:
        started.process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        stop(started.process)


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    else:
        with contextlib.suppress(ValueError, OSError):
            process.communicate(timeout=1)


# -- /proc -----------------------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    """Resident set size (VmRSS) in MB (MiB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise ProbeError(f"no VmRSS for pid {pid}")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of every live thread, in seconds.

    The scheduler's nanosecond counters (/proc/PID/task/*/schedstat) resolve an idle minute far
    better than the 10 ms ticks of /proc/PID/stat; the ticks are the fallback.
    """
    total_ns = 0
    tasks = Path(f"/proc/{pid}/task")
    try:
        for task in tasks.iterdir():
            with contextlib.suppress(OSError, ValueError, IndexError):
                total_ns += int((task / "schedstat").read_text().split()[0])
    except OSError as exc:
        raise ProbeError(f"process {pid} is gone") from exc
    if total_ns:
        return total_ns / 1e9
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()
