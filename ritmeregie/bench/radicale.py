"""A real CalDAV server for the tests and the benchmark: Radicale (a dev dependency, from PyPI)
on 127.0.0.1 and a free port.

Authentication is htpasswd (plain) in the test's own folder; the collections live in that folder
too, so every test starts from an empty server and leaves nothing behind. `kill()` ends it hard
(SIGKILL) and `start()` brings it back on the same port with the same data: a server that dies
mid-sync and returns.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

USER = "sanne"
PASSWORD = "kwartier-2026"
# Readiness is polled, not timed: the bound only stops a server that never comes up.
_START_ATTEMPTS = 400


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RadicaleServer:
    folder: Path
    port: int = field(default_factory=free_port)
    user: str = USER
    password: str = PASSWORD
    process: subprocess.Popen[bytes] | None = None
    encryption: str = "plain"  # or "bcrypt", as most real htpasswd files are

    def _users_line(self) -> str:
        if self.encryption == "bcrypt":
            import bcrypt

            hashed = bcrypt.hashpw(self.password.encode(), bcrypt.gensalt(rounds=4)).decode()
            return f"{self.user}:{hashed}\n"
        return f"{self.user}:{self.password}\n"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def collection_path(self, name: str) -> str:
        return f"/{self.user}/{name}/"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        users = self.folder / "users"
        users.write_text(self._users_line(), encoding="utf-8")
        log = (self.folder / "radicale.log").open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "radicale",
                "--config",
                "",
                "--server-hosts",
                f"127.0.0.1:{self.port}",
                "--auth-type",
                "htpasswd",
                "--auth-htpasswd-filename",
                str(users),
                "--auth-htpasswd-encryption",
                self.encryption,
                "--rights-type",
                "owner_only",
                "--storage-filesystem-folder",
                str(self.folder / "collections"),
                "--logging-level",
                "warning",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        log.close()
        for _ in range(_START_ATTEMPTS):
            if self.process.poll() is not None:
                raise RuntimeError(
                    "Radicale stopped at start: "
                    + (self.folder / "radicale.log").read_text(errors="replace")[-2000:]
                )
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=1),
            ):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("Radicale did not start listening")

    def kill(self) -> None:
        """Gone at once, as a crashed or unplugged server is."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.process = None

    def make_collection(self, name: str, *, tasks: bool = False) -> str:
        """A new calendar collection (VEVENT, or VTODO with tasks=True); its URL path."""
        from caldav.davclient import DAVClient

        path = self.collection_path(name)
        client = DAVClient(
            url=self.url, username=self.user, password=self.password, auth_type="basic"
        )
        components = ["VTODO"] if tasks else ["VEVENT"]
        _mkcalendar(client, self.url.rstrip("/") + path, components)
        return path


def _mkcalendar(client: Any, url: str, components: list[str]) -> None:
    comps = "".join(f'<C:comp name="{c}"/>' for c in components)
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        "<D:set><D:prop><C:supported-calendar-component-set>"
        f"{comps}</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"
    )
    response = client.request(url, "MKCALENDAR", body)
    if response.status not in (200, 201):
        raise RuntimeError(f"MKCALENDAR {url}: {response.status}")
