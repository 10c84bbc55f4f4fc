"""`ritmeregie autostart on|off|status` as a user runs it, with a temporary $XDG_CONFIG_HOME."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")


@pytest.fixture
def xdg(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CONFIG_DIRS": str(tmp_path / "etc")}


def test_on_status_off(cli: Run, xdg: dict[str, str], tmp_path: Path, data_dir: Path) -> None:
    entry = tmp_path / "config" / "autostart" / "ritmeregie.desktop"

    assert cli("autostart", "status", env=xdg).stdout == "Start at login: off\n"

    on = cli("autostart", "on", env=xdg)
    assert on.returncode == 0, on.stderr
    assert str(entry) in on.stdout
    # The test's data folder (RITMEREGIE_HOME) is the one the app must open at login.
    assert f"--data-dir {data_dir}" in entry.read_text(encoding="utf-8")

    status = cli("autostart", "status", "--json", env=xdg)
    assert json.loads(status.stdout) == {"autostart": "on"}

    off = cli("autostart", "off", env=xdg)
    assert off.returncode == 0, off.stderr
    assert not entry.exists()
    assert cli("autostart", "status", env=xdg).stdout == "Start at login: off\n"


def test_dutch(cli: Run, xdg: dict[str, str]) -> None:
    result = cli("autostart", "on", lang="nl", env=xdg)
    assert result.returncode == 0
    assert result.stdout.startswith("ritmeregie start nu als je inlogt")
    assert cli("autostart", "status", lang="nl", env=xdg).stdout == "Starten bij inloggen: aan\n"


def test_a_missing_or_unknown_action_is_a_usage_error(cli: Run, xdg: dict[str, str]) -> None:
    for args in (("autostart",), ("autostart", "maybe")):
        result = cli(*args, env=xdg)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr


def test_a_folder_that_cannot_be_written_is_one_clear_line(
    cli: Run, tmp_path: Path, xdg: dict[str, str]
) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be", encoding="utf-8")

    result = cli("autostart", "on", env=xdg)

    assert result.returncode == 1
    assert result.stderr.startswith("ritmeregie: Could not switch on start at login:")
    assert len(result.stderr.strip().splitlines()) == 1
