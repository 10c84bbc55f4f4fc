"""Scenario 4 — time, for real: the app process is frozen with SIGSTOP across a meeting's heads-up
and start, and continued. Nothing told it (no logind, and the wall clock did not jump against the
monotonic one): only its own late wake shows the gap. It must say one catch-up and no stale
heads-up ("in 1 minute" for a meeting that has started).

This waits for real time (about 80 s): a frozen process cannot be moved by time-machine.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from ledger import Tally

from ritmeregie.storage import open_store

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(300)]

HERE = Path(__file__).resolve().parent
SCENARIO = "4 time (DST, jumps, suspend)"
READY_TIMEOUT_S = 60
# After the freeze, the app settles what came due at once; give it this long on a busy machine.
AFTER_WAKE_TIMEOUT_S = 30
# Continued this long after the meeting's start: well beyond the child's late grace (5 s).
LATE_BY = dt.timedelta(seconds=12)


def evening_zone() -> ZoneInfo:
    """A fixed-offset zone where it is now between 20:00 and 21:00: after the working day (no
    rhythm moments in the way) and before midnight (today is plainly today)."""
    ahead = (20 - dt.datetime.now(dt.UTC).hour) % 24
    if ahead > 14:
        ahead -= 24
    return ZoneInfo(f"Etc/GMT{-ahead:+d}")


class Child:
    def __init__(self, data_dir: Path) -> None:
        env = {**os.environ, "LANGUAGE": "en", "DBUS_SESSION_BUS_ADDRESS": ""}
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "app_frozen.py"), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        self._stdout = self.process.stdout
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._stdout, selectors.EVENT_READ)

    def line(self, timeout_s: float) -> dict[str, Any] | None:
        """The next JSON line, or None when none came within `timeout_s`."""
        if not self._selector.select(timeout_s):
            return None
        text = self._stdout.readline()
        return json.loads(text) if text else None

    def lines_until(self, done: Callable[[list[dict[str, Any]]], bool], timeout_s: float) -> list:
        seen: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout_s
        while not done(seen) and time.monotonic() < deadline:
            got = self.line(max(0.0, deadline - time.monotonic()))
            if got is not None:
                seen.append(got)
        return seen

    def stop(self) -> str:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)
            self.process.terminate()
        try:
            _out, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
        return err


def test_a_process_frozen_by_sigstop_wakes_with_one_catch_up(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    tz = evening_zone()
    with open_store(data_dir) as store:
        store.settings.set("timezone", tz.key)
        store.settings.set("first_run_done", True)
        store.settings.set("nudge_window", False)
        store.settings.set("heads_up_minutes", 1)
    child = Child(data_dir)
    try:
        # (Offscreen there is no tray: the app says so once, before it is ready.)
        before = child.lines_until(
            lambda seen: bool(seen) and seen[-1]["kind"] == "ready", READY_TIMEOUT_S
        )
        assert before and before[-1]["kind"] == "ready", child.stop()
        ready = before[-1]
        os.kill(child.process.pid, signal.SIGSTOP)  # before the heads-up, a minute ahead of it
        start = dt.datetime.fromisoformat(ready["start"])
        assert any(j.startswith("heads_up:meeting:") for j in ready["jobs"])
        # Frozen: real time passes the heads-up and the start (a real freeze needs real time).
        while dt.datetime.now(dt.UTC) < start + LATE_BY:
            time.sleep(0.5)
        os.kill(child.process.pid, signal.SIGCONT)

        said = child.lines_until(
            lambda seen: any("missed" in str(s.get("message")) for s in seen),
            AFTER_WAKE_TIMEOUT_S,
        )
    finally:
        errors = child.stop()
    notifications = [(s["title"], s["message"]) for s in said if s["kind"] == "notification"]
    assert notifications == [
        ("ritmeregie", f"You missed one moment: Telefoontje HR {start:%H:%M}.")
    ], errors
    ledger(SCENARIO).faults_injected += 1
