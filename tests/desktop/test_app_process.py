"""The real `ritmeregie` command as a process on the desktop session, driven by the real CLI.

The app runs as `python -m ritmeregie` with its own data folder (RITMEREGIE_HOME) and inherits the
session's DISPLAY and D-Bus; every check goes through another `ritmeregie` process, as a user or a
script would do it. Waiting is polling with generous deadlines, never a measured duration.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.platform import paths

pytestmark = pytest.mark.desktop

# Amsterdam, unless TZ names another zone (tools/run-tests runs this suite once more at night).
LOCAL_ZONE = os.environ.get("TZ") or "Europe/Amsterdam"
LOCAL = ZoneInfo(LOCAL_ZONE)
COMMAND = [sys.executable, "-m", "ritmeregie"]
DEADLINE_S = 20.0  # an upper bound for "eventually", never a measured duration
POLL_S = 0.05


def cli_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    env.update(RITMEREGIE_HOME=str(data_dir), TZ=LOCAL_ZONE, LANG="C.UTF-8")
    return env


def ritmeregie(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args],
        env=cli_env(data_dir),
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )


def status(data_dir: Path) -> dict[str, Any]:
    done = ritmeregie(data_dir, "status", "--json")
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def poll(predicate: Any, what: str) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {DEADLINE_S:g} s waiting for {what}")
        time.sleep(POLL_S)


class AppProcess:
    def __init__(self, data_dir: Path, log_dir: Path) -> None:
        self.data_dir = data_dir
        self.out = (log_dir / "app.out").open("w")
        self.proc = subprocess.Popen(
            COMMAND, env=cli_env(data_dir), stdout=self.out, stderr=subprocess.STDOUT, text=True
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def running(self) -> bool:
        return self.proc.poll() is None

    def output(self) -> str:
        self.out.flush()
        return Path(self.out.name).read_text()

    def wait_answering(self) -> dict[str, Any]:
        found: list[dict[str, Any]] = []

        def answers() -> bool:
            assert self.running(), f"the app exited early:\n{self.output()}"
            data = status(self.data_dir)
            if data.get("running"):
                found.append(data)
            return bool(found)

        poll(answers, "the app to answer `ritmeregie status`")
        return found[0]


@pytest.fixture
def meeting_now(data_dir: Path) -> str:
    """A meeting from this minute for an hour, so there is a current block and a next nudge at
    any hour of any day."""
    start = dt.datetime.now(LOCAL).replace(second=0, microsecond=0)
    title = "Overleg nu"
    done = ritmeregie(
        data_dir, "agenda", "add", "--title", title, "--start", f"{start:%Y-%m-%d %H:%M}",
        "--minutes", "60",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return title


@pytest.fixture
def app(data_dir: Path, tmp_path: Path, meeting_now: str) -> Iterator[AppProcess]:
    process = AppProcess(data_dir, tmp_path)
    try:
        yield process
    finally:
        if process.running():
            process.proc.kill()  # only our own child, by its handle
        process.proc.wait(timeout=DEADLINE_S)
        process.out.close()


def lock_holder(data_dir: Path) -> int:
    # QLockFile writes the holder's pid on its first line.
    return int((data_dir / "instance.lock").read_text().split("\n", 1)[0])


def sockets() -> set[Path]:
    return set(paths.socket_path(Path("x")).parent.glob(f"{paths.APP_NAME}-*.sock"))


def test_the_app_runs_and_answers_status(app: AppProcess, meeting_now: str) -> None:
    data = app.wait_answering()

    assert data["running"] is True
    assert data["timezone"] == LOCAL_ZONE
    assert data["current"]["kind"] == "meeting"
    assert data["current"]["title"] == meeting_now
    assert data["next_nudge"] is not None
    assert dt.datetime.fromisoformat(data["next_nudge"]) > dt.datetime.now(LOCAL)
    assert lock_holder(app.data_dir) == app.pid
    assert paths.socket_path(app.data_dir).is_socket()


def test_a_second_start_leaves_the_first_running(app: AppProcess) -> None:
    first = app.wait_answering()
    sockets_before = sockets()

    second = subprocess.run(
        COMMAND, env=cli_env(app.data_dir), capture_output=True, text=True, timeout=DEADLINE_S
    )

    assert second.returncode == 0, second.stderr
    assert app.running()
    again = status(app.data_dir)
    assert again["running"] is True
    assert again["next_nudge"] == first["next_nudge"]
    assert lock_holder(app.data_dir) == app.pid
    assert sorted(p.name for p in app.data_dir.glob("*.lock")) == ["instance.lock"]
    assert sockets() == sockets_before
    assert paths.socket_path(app.data_dir) in sockets_before


def test_focus_pause_resume_and_quit_through_the_cli(app: AppProcess) -> None:
    app.wait_answering()

    focus = ritmeregie(app.data_dir, "focus", "--minutes", "25")
    assert focus.returncode == 0, focus.stderr
    data = status(app.data_dir)
    assert data["current"]["kind"] == "focus"
    assert data["minutes_left"] == 25
    start = dt.datetime.fromisoformat(data["current"]["start"])
    end = dt.datetime.fromisoformat(data["current"]["end"])
    assert end - start == dt.timedelta(minutes=25)

    before = dt.datetime.now(LOCAL).replace(microsecond=0)  # the status shows whole seconds
    pause = ritmeregie(app.data_dir, "pause", "--minutes", "30")
    after = dt.datetime.now(LOCAL)
    assert pause.returncode == 0, pause.stderr
    data = status(app.data_dir)
    assert data["paused_until"] is not None
    paused_until = dt.datetime.fromisoformat(data["paused_until"])
    # The pause starts when the app gets the command: 30 minutes after a moment in between.
    half_hour = dt.timedelta(minutes=30)
    assert before + half_hour <= paused_until <= after + half_hour
    if data["next_nudge"] is not None:
        assert dt.datetime.fromisoformat(data["next_nudge"]) >= paused_until

    resume = ritmeregie(app.data_dir, "resume")
    assert resume.returncode == 0, resume.stderr
    assert status(app.data_dir)["paused_until"] is None

    quit_ = ritmeregie(app.data_dir, "quit")
    assert quit_.returncode == 0, quit_.stderr
    assert app.proc.wait(timeout=DEADLINE_S) == 0
    assert "Traceback" not in app.output()
    # Gone for real: the CLI falls back to the stored plan.
    assert status(app.data_dir)["running"] is False
    assert not paths.socket_path(app.data_dir).exists()


def test_a_live_command_without_a_running_app_is_one_clear_line(data_dir: Path) -> None:
    done = ritmeregie(data_dir, "focus")

    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "not running" in lines[0]
