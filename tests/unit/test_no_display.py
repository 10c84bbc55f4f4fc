"""Started without a display (issue 12, point 10): one line and exit 1, not Qt's core dump."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ritmeregie.cli.launch import has_display

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def start_without_display(
    data_dir: Path, *args: str, lang: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    env.update(RITMEREGIE_HOME=str(data_dir), LANG=lang)
    return subprocess.run(
        [sys.executable, "-m", "ritmeregie", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
@pytest.mark.parametrize(
    ("args", "lang", "words"),
    [
        ((), "C.UTF-8", "there is no display to show the tray on"),
        ((), "nl_NL.UTF-8", "er is geen beeldscherm om het systeemvak op te tonen"),
        (("--lang", "en", "--data-dir", "{data}"), "nl_NL.UTF-8", "there is no display"),
    ],
)
def test_no_display_is_one_line_and_exit_1(
    data_dir: Path, args: tuple[str, ...], lang: str, words: str
) -> None:
    done = start_without_display(data_dir, *(a.format(data=data_dir) for a in args), lang=lang)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert done.stderr.strip().splitlines() == [done.stderr.strip()], done.stderr
    assert done.stderr.startswith("ritmeregie: ") and words in done.stderr
    assert "xcb" not in done.stderr and "Aborted" not in done.stderr
    assert not (data_dir / "ritmeregie.sqlite3").exists()  # nothing was started or created


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ""}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),  # the user's explicit choice
        ({}, "freebsd14", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_what_counts_as_a_display(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert has_display(environ, platform) is expected
