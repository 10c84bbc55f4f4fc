"""The command line next to the running app, on the real desktop session: a meeting added with
`ritmeregie agenda add` is known to the app at once and its nudge reaches dunst on time.

The app runs in this process (real clock, real scheduler, its single-instance channel); the
command line runs as a child process, as a user's terminal would.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from desktop_tools import wait_for_history_entry, wait_until
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.clock import SystemClock
from ritmeregie.platform.single_instance import SingleInstance
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp

pytestmark = pytest.mark.desktop

# How far ahead the meeting starts: room for the child process to start Python on a busy machine.
LEAD_S = 20
CHILD_TIMEOUT_S = 60


def midday_zone() -> ZoneInfo:
    """A fixed-offset zone where it is now around midday (Etc/GMT-N is N hours ahead of UTC)."""
    ahead = (12 - dt.datetime.now(dt.UTC).hour) % 24
    if ahead > 14:
        ahead -= 24
    return ZoneInfo(f"Etc/GMT{-ahead:+d}")


@pytest.fixture
def live_app(qapp: QApplication, data_dir: Path) -> Iterator[RitmeregieApp]:
    tz = midday_zone()
    store = open_store(data_dir)
    store.settings.set("timezone", tz.key)  # the command line reads times in this zone too
    store.settings.set("first_run_done", True)
    store.settings.set("heads_up_minutes", 0)  # only the start: it is seconds away
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    shell = RitmeregieApp(store, SystemClock(), tz, instance, system_zone=lambda: None)
    shell.start()
    yield shell
    shell.stop()
    if shell.tray is not None:
        shell.tray.menu.deleteLater()
    for widget in qapp.topLevelWidgets():
        widget.close()
    instance.close()
    shell.deleteLater()
    qapp.processEvents()
    store.close()


def cli(data_dir: Path, *args: str) -> str:
    """Run `ritmeregie ARGS` as a child while this process's event loop serves the app."""
    env = dict(os.environ, RITMEREGIE_HOME=str(data_dir))
    child = subprocess.Popen(
        [sys.executable, "-m", "ritmeregie", "--lang", "en", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_until(lambda: child.poll() is not None, timeout_s=CHILD_TIMEOUT_S, what="the command")
    out, err = child.communicate()
    assert child.returncode == 0, err
    return out


def test_a_meeting_added_by_the_command_line_reaches_dunst_on_time(
    live_app: RitmeregieApp, data_dir: Path
) -> None:
    title = f"Telefoontje HR {uuid.uuid4().hex[:6]}"
    tz = live_app.controller.tz
    start = (dt.datetime.now(tz) + dt.timedelta(seconds=LEAD_S)).replace(microsecond=0)

    cli(data_dir, "agenda", "add", "--title", title, "--start", f"{start:%Y-%m-%d %H:%M:%S}",
        "--minutes", "15")  # fmt: skip

    # Known at once: the command told the app, which replanned before it answered.
    assert title in [b.title for b in live_app.controller.plan.blocks]
    status = json.loads(cli(data_dir, "status", "--json"))
    assert status["running"] is True
    assert status["next"]["title"] == title or status["next_nudge"] == start.isoformat()

    entry = wait_for_history_entry(title, timeout_s=LEAD_S + 20)
    assert entry["appname"] == "ritmeregie"
    logged = live_app.store.nudge_log.between(
        start - dt.timedelta(seconds=1), start + dt.timedelta(seconds=1)
    )
    # Shown at its moment, not reported missed (a late one would be in the catch-up instead).
    assert [(e.nudge_kind, e.block_title, e.shown is not None) for e in logged] == [
        ("block_start", title, True)
    ]
