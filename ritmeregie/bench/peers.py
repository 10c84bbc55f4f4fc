"""Workrave and Safe Eyes (Debian's packages) started the same way for the memory and CPU rows.

Each gets a fresh HOME (first-run state, default settings). Safe Eyes reads logind's sleep signals
from the system bus and stops its own start-up without one, so a private, empty system bus is
started next to it (the machines this runs on have no system D-Bus); Workrave only warns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SYSTEM_BUS_CONF = """<busconfig><type>system</type><listen>unix:path={socket}</listen>
<auth>EXTERNAL</auth><policy context="default"><allow send_destination="*"/><allow own="*"/>
<allow receive_sender="*"/></policy></busconfig>
"""


@dataclass(frozen=True)
class Peer:
    name: str
    command: tuple[str, ...]
    version_package: str


PEERS = (
    Peer("Workrave", ("workrave",), "workrave"),
    Peer("Safe Eyes", ("safeeyes",), "safeeyes"),
)


@dataclass
class RunningPeers:
    folder: Path
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    _helpers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def stop(self) -> None:
        for process in [*self.processes.values(), *self._helpers]:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def package_version(package: str) -> str:
    try:
        done = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            timeout=10,
        )
        return done.stdout.strip() if done.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def start_peers() -> RunningPeers:
    running = RunningPeers(Path(tempfile.mkdtemp(prefix="ritmeregie-peers-")))
    env = dict(os.environ)
    if shutil.which("dbus-daemon"):
        socket = running.folder / "system_bus"
        conf = running.folder / "system.conf"
        conf.write_text(SYSTEM_BUS_CONF.format(socket=socket))
        running._helpers.append(
            subprocess.Popen(
                ["dbus-daemon", f"--config-file={conf}", "--nofork", "--nopidfile"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        for _ in range(50):
            if socket.exists():
                break
            time.sleep(0.05)
        env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={socket}"
    for peer in PEERS:
        if shutil.which(peer.command[0]) is None:
            running.missing.append(peer.name)
            continue
        home = running.folder / peer.command[0]
        home.mkdir()
        log = (running.folder / f"{peer.command[0]}.log").open("wb")
        running.processes[peer.name] = subprocess.Popen(
            list(peer.command),
            env={**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        running.versions[peer.name] = package_version(peer.version_package)
    return running
