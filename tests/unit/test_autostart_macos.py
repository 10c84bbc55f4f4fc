"""Start at login on macOS: a LaunchAgent plist, read back with plistlib."""

from __future__ import annotations

import plistlib
from pathlib import Path

from ritmeregie.platform.autostart import AutostartStatus, LaunchAgent, backend_for

COMMAND = ["/Applications/ritmeregie.app/Contents/MacOS/ritmeregie"]


def test_on_writes_a_launch_agent_that_runs_at_login(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path / "Library" / "LaunchAgents")
    assert agent.status() is AutostartStatus.OFF

    path = agent.enable(COMMAND)

    assert path == tmp_path / "Library" / "LaunchAgents" / "nl.ritmeregie.plist"
    content = plistlib.loads(path.read_bytes())
    assert content["Label"] == "nl.ritmeregie"
    assert content["ProgramArguments"] == COMMAND
    assert content["RunAtLoad"] is True
    assert content["KeepAlive"] is False
    assert content["LimitLoadToSessionType"] == "Aqua"
    assert agent.status() is AutostartStatus.ON


def test_off_removes_the_agent(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path)
    agent.enable(COMMAND)

    agent.disable()

    assert not agent.path.exists()
    assert agent.status() is AutostartStatus.OFF
    agent.disable()


def test_a_disabled_or_broken_agent_is_off(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path)
    agent.enable(COMMAND)
    content = plistlib.loads(agent.path.read_bytes())
    agent.path.write_bytes(plistlib.dumps({**content, "Disabled": True}))
    assert agent.status() is AutostartStatus.OFF

    agent.path.write_bytes(b"not a plist")
    assert agent.status() is AutostartStatus.OFF


def test_each_system_gets_its_own_mechanism(tmp_path: Path) -> None:
    assert isinstance(backend_for("darwin"), LaunchAgent)
    assert type(backend_for("linux")).__name__ == "XdgAutostart"
    assert type(backend_for("win32")).__name__ == "WindowsRunKey"
    assert backend_for("emscripten") is None
