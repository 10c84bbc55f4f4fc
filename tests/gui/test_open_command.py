"""`ritmeregie open NAME`: a desktop keyboard shortcut brings a window of the running app forward.

Qt has no global shortcut; the desktop's own shortcut settings can run this command instead. The
command line is a real child process; the app is the real composition root listening on its real
single-instance channel (offscreen, a ManualClock on a Friday in 2027).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from app_harness import AppUnderTest

from ritmeregie.cli.common import OPEN_WINDOWS
from ritmeregie.platform.single_instance import SingleInstance
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        r"This plugin does not support raise\(\)",
        r"This plugin does not support propagateSizeHints\(\)",
    ),
]

AMS = ZoneInfo("Europe/Amsterdam")
REPO_ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 20_000  # an upper bound for "eventually", never a measured duration


@pytest.fixture
def listening(make_app: Callable[..., AppUnderTest], data_dir: Path) -> Iterator[RitmeregieApp]:
    lock = SingleInstance(data_dir)  # make_app's first app lives in data_dir
    assert lock.acquire()
    under_test = make_app(dt.datetime(2027, 3, 26, 13, 30, tzinfo=AMS), instance=lock)
    yield under_test.app
    under_test.close()  # the app, its tray, timers and windows, then the store
    lock.close()


def ritmeregie_open(qtbot: Any, data_dir: Path, name: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANG="nl_NL.UTF-8")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), env.get("PYTHONPATH", "")])
    process = subprocess.Popen(
        [sys.executable, "-m", "ritmeregie", "open", name, "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    # Our event loop must run (and so our server answer) while the command waits.
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT_MS)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_every_name_is_a_window_of_the_app() -> None:
    assert {WindowKey(value) for value in OPEN_WINDOWS.values()} <= set(WindowKey)


def test_open_send_check_shows_the_window_in_the_running_app(
    qtbot: Any, listening: RitmeregieApp, data_dir: Path
) -> None:
    assert listening.windows.get(WindowKey.SEND_CHECK) is None
    done = ritmeregie_open(qtbot, data_dir, "send-check")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    window = listening.windows.get(WindowKey.SEND_CHECK)
    assert window is not None and window.isVisible()


def test_without_a_running_app_one_line_and_exit_1(qtbot: Any, tmp_path: Path) -> None:
    done = ritmeregie_open(qtbot, tmp_path / "leeg", "phrases")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "ritmeregie" in done.stderr
