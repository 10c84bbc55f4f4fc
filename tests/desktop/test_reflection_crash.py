"""A crash while typing a reflection loses nothing: the real app on the virtual display, real
keystrokes from xdotool, SIGKILL in the middle of a sentence, a restart, and the text in the store.

The reflection dialog is opened through the app's command channel (`open` with a window key), the
way `ritmeregie` talks to its running instance. Waiting is polling with generous deadlines.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from test_app_process import AppProcess
from test_app_process import poll as poll_for

from ritmeregie.platform.ipc_client import send_command

pytestmark = pytest.mark.desktop

WINDOW_TITLE = "Reflection — ritmeregie"
FIRST = "Vanochtend de notulen in een keer af."
SECOND = " En daarna het inbox-blok echt als enige mailmoment gehouden, ook na de lunch."


def satisfied_text(data_dir: Path) -> str:
    """What the store holds, read as another process would (the app may be dead)."""
    db = data_dir / "ritmeregie.sqlite3"
    if not db.exists():
        return ""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
        try:
            row = conn.execute("SELECT satisfied FROM reflections ORDER BY id DESC").fetchone()
        except sqlite3.OperationalError:
            return ""
    return str(row[0]) if row else ""


def poll(predicate, what: str, data_dir: Path | None = None) -> None:  # type: ignore[no-untyped-def]
    """Poll, and on a timeout say what the store held, so a failure explains itself."""
    try:
        poll_for(predicate, what)
    except AssertionError as exc:
        held = satisfied_text(data_dir) if data_dir is not None else "-"
        raise AssertionError(f"{exc}; the store holds {held!r}") from None


def reflection_window() -> str | None:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", WINDOW_TITLE],
        capture_output=True,
        text=True,
        timeout=10,
    )
    ids = found.stdout.split()
    return ids[-1] if ids else None


@pytest.fixture
def processes(data_dir: Path, tmp_path: Path) -> Iterator[list[AppProcess]]:
    started: list[AppProcess] = []
    yield started
    for process in started:
        if process.running():
            process.proc.kill()  # only our own children, by their handles
        process.proc.wait(timeout=20)
        process.out.close()


def open_reflection(app: AppProcess) -> str:
    app.wait_answering()
    answer = send_command(app.data_dir, "open", {"window": "reflection"})
    assert answer["ok"] is True, answer
    found: list[str] = []

    def shown() -> bool:
        window = reflection_window()
        if window:
            found.append(window)
        return bool(found)

    poll(shown, "the reflection dialog on the display")
    # No window manager on Xvfb: give the dialog the keyboard directly.
    subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], check=True, timeout=10)
    return found[0]


def test_killing_the_app_while_typing_a_reflection_loses_nothing(
    data_dir: Path, tmp_path: Path, processes: list[AppProcess]
) -> None:
    (tmp_path / "first").mkdir()
    app = AppProcess(data_dir, tmp_path / "first")
    processes.append(app)
    open_reflection(app)

    subprocess.run(["xdotool", "type", "--delay", "20", FIRST], check=True, timeout=30)
    poll(lambda: satisfied_text(data_dir) == FIRST, "the first sentence in the store", data_dir)

    # Keep typing, slowly and without a pause, and kill the app in the middle of it.
    typist = subprocess.Popen(["xdotool", "type", "--delay", "90", SECOND])
    try:
        poll(
            lambda: len(satisfied_text(data_dir)) > len(FIRST) + 3,
            "a save while typing goes on (no pause needed)",
            data_dir,
        )
        assert typist.poll() is None, "the sentence was finished before the kill"
        app.proc.send_signal(signal.SIGKILL)
        assert app.proc.wait(timeout=20) == -signal.SIGKILL
    finally:
        # Let xdotool finish its sentence into the void: killing it mid-key would leave a key
        # pressed that the next app would receive.
        typist.wait(timeout=60)

    kept = satisfied_text(data_dir)
    assert kept.startswith(FIRST)
    assert (FIRST + SECOND).startswith(kept)  # exactly what was typed, no more, no less
    assert len(kept) > len(FIRST)

    # A restart finds it, and the dialog opens with it.
    (tmp_path / "second").mkdir()
    again = AppProcess(data_dir, tmp_path / "second")
    processes.append(again)
    open_reflection(again)
    assert satisfied_text(data_dir) == kept
    subprocess.run(["xdotool", "type", "--delay", "20", "X"], check=True, timeout=30)
    # The cursor starts at the beginning of the restored text; the new key lands in it, saved.
    poll(
        lambda: satisfied_text(data_dir) in ("X" + kept, kept + "X"),
        "the restored text to grow",
        data_dir,
    )
    assert "Traceback" not in again.output()
