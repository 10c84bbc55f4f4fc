"""Scenario 12 — slow and hostile calendar servers on 127.0.0.1.

A server that promises 100 000 bytes and then drips one byte at a time, one that drips its
headers, one that sends headers without end, and redirects that are refused: every fetch ends
at its one deadline (connect + headers + body) with one line that says why. In the real app a
hanging fetch neither holds up another subscription nor the quit: the app ends cleanly (no
"QThread: Destroyed while thread is still running", no SIGABRT).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.services.calendars.errors import FetchError
from ritmeregie.services.calendars.fetch import fetch
from ritmeregie.storage import open_store

pytestmark = pytest.mark.reliability

SCENARIO = "12 slow and hostile servers"
DEADLINE_S = 90.0  # an upper bound for "eventually", never a measured duration
DRIP_S = 0.5  # one byte this often: every read waits less than any socket time-out


class Hostile:
    """A socket server in a thread; `behave(conn)` decides what each connection gets."""

    def __init__(self, behave: Callable[[socket.socket, Hostile], None]) -> None:
        self.behave = behave
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/agenda.ics"

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)  # the request
                self.behave(conn, self)
            except OSError:
                pass  # the client cut the connection: what a deadline does

    def drip(self, conn: socket.socket, data: bytes) -> None:
        for byte in data:
            if self.stop.wait(DRIP_S):
                return
            conn.sendall(bytes([byte]))

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def drip_body(conn: socket.socket, server: Hostile) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nContent-Length: 100000\r\n\r\n"
    )
    server.drip(conn, b"B" * 100000)


def drip_headers(conn: socket.socket, server: Hostile) -> None:
    server.drip(conn, b"HTTP/1.1 200 OK\r\nX-Slow: " + b"s" * 100000)


def endless_headers(conn: socket.socket, server: Hostile) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for n in range(100000):
        if server.stop.is_set():
            return
        conn.sendall(f"X-Header-{n}: {'h' * 1000}\r\n".encode())


def redirect_to(location: str) -> Callable[[socket.socket, Hostile], None]:
    def behave(conn: socket.socket, _server: Hostile) -> None:
        conn.sendall(
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode()
        )

    return behave


def redirect_loop(conn: socket.socket, server: Hostile) -> None:
    n = server.connections
    conn.sendall(
        f"HTTP/1.1 302 Found\r\nLocation: /hop-{n}.ics\r\nContent-Length: 0\r\n\r\n".encode()
    )


ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:snel-1\r\n"
    "DTSTAMP:20270101T000000Z\r\nDTSTART:{day}T090000Z\r\nDTEND:{day}T100000Z\r\n"
    "SUMMARY:Snel overleg\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def quick_ics(conn: socket.socket, _server: Hostile) -> None:
    body = ICS.format(day=dt.datetime.now(dt.UTC).strftime("%Y%m%d")).encode()
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\nConnection: close\r\n\r\n"
        + body
    )


@pytest.fixture
def hostile() -> Iterator[Callable[[Callable[[socket.socket, Hostile], None]], Hostile]]:
    made: list[Hostile] = []

    def make(behave: Callable[[socket.socket, Hostile], None]) -> Hostile:
        made.append(Hostile(behave))
        return made[-1]

    yield make
    for server in made:
        server.close()


def fetch_bounded(url: str, timeout_s: float) -> str:
    """fetch() in a thread the test can wait for with an upper bound: a hang fails the test."""
    result: list[str] = []

    def run() -> None:
        try:
            fetch(url, "Traag", timeout_s=timeout_s)
            result.append("fetched")
        except FetchError as exc:
            result.append(str(exc))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(DEADLINE_S)
    assert result, "the fetch did not end"
    return result[0]


@pytest.mark.parametrize("behave", [drip_body, drip_headers], ids=["body", "headers"])
def test_a_dripping_server_meets_the_deadline(
    behave: Callable[[socket.socket, Hostile], None],
    hostile: Callable[..., Hostile],
    ledger: Callable[[str], Tally],
) -> None:
    server = hostile(behave)
    said = fetch_bounded(server.url, timeout_s=3)
    ledger(SCENARIO).faults_injected += 1
    assert said == "The calendar 'Traag' could not be fetched: timed out after 3 s"


def test_headers_without_end_are_refused(
    hostile: Callable[..., Hostile], ledger: Callable[[str], Tally]
) -> None:
    server = hostile(endless_headers)
    said = fetch_bounded(server.url, timeout_s=20)
    ledger(SCENARIO).faults_injected += 1
    assert said.startswith("The calendar 'Traag' could not be fetched: ")
    assert "header" in said and len(said.splitlines()) == 1


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("http://example.invalid/agenda.ics", "which is not an https address"),
        ("file:///etc/passwd", "which is not an https address"),
        ("ftp://127.0.0.1/agenda.ics", "which is not an https address"),
    ],
)
def test_a_refused_redirect_says_why(
    location: str, reason: str, hostile: Callable[..., Hostile], ledger: Callable[[str], Tally]
) -> None:
    server = hostile(redirect_to(location))
    said = fetch_bounded(server.url, timeout_s=10)
    ledger(SCENARIO).faults_injected += 1
    assert reason in said and location in said, said
    assert "too many redirects" not in said


def test_a_redirect_loop_is_too_many_redirects(
    hostile: Callable[..., Hostile], ledger: Callable[[str], Tally]
) -> None:
    server = hostile(redirect_loop)
    said = fetch_bounded(server.url, timeout_s=10)
    ledger(SCENARIO).faults_injected += 1
    assert said.endswith("too many redirects"), said


def test_the_cli_ends_at_the_deadline_in_one_line(
    hostile: Callable[..., Hostile], ritmeregie: Run, data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    server = hostile(drip_body)
    done = ritmeregie("calendar", "add", "Traag", "--url", server.url)
    ledger(SCENARIO).faults_injected += 1
    assert done.returncode == 1, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "timed out after 20 s" in lines[0], done.stderr
    with open_store(data_dir) as store:
        assert store.calendars.get("Traag") is None


def test_the_app_quits_cleanly_while_a_fetch_hangs_and_other_subscriptions_go_on(
    hostile: Callable[..., Hostile],
    ritmeregie: Run,
    data_dir: Path,
    tmp_path: Path,
    ledger: Callable[[str], Tally],
) -> None:
    slow = hostile(drip_headers)
    quick = hostile(quick_ics)
    with open_store(data_dir) as store:
        store.settings.set("first_run_done", True)
        store.calendars.add("Traag", url=slow.url, refresh_minutes=30)
        store.calendars.add("Snel", url=quick.url, refresh_minutes=30)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "RITMEREGIE_HOME": str(data_dir),
        "XDG_RUNTIME_DIR": str(runtime),
        "TZ": "UTC",
        "LANGUAGE": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "",
    }
    err = tmp_path / "app.err"
    with err.open("w") as out:
        app = subprocess.Popen([sys.executable, "-m", "ritmeregie"], env=env, stderr=out)
    try:
        deadline = time.monotonic() + DEADLINE_S
        while not (slow.connections and _events(data_dir, "Snel")):
            assert app.poll() is None, err.read_text()
            assert time.monotonic() < deadline, "the quick subscription was not refreshed"
            time.sleep(0.2)
        # The slow server still drips its headers: the fetch is hanging right now.
        done = ritmeregie("quit", env={"XDG_RUNTIME_DIR": str(runtime)})
        assert done.returncode == 0, done.stderr
        code = app.wait(timeout=DEADLINE_S)
    finally:
        if app.poll() is None:
            app.kill()  # our own child
            app.wait()
    text = err.read_text()
    tally = ledger(SCENARIO)
    tally.faults_injected += 1
    assert code == 0 and code != -signal.SIGABRT, text
    assert "QThread" not in text and "Traceback" not in text, text
    assert not slow.stop.is_set()


def _events(data_dir: Path, name: str) -> int:
    try:
        with open_store(data_dir) as store:
            return int(store.calendars.count_events(name))
    except Exception:  # the app is writing right now; look again
        return 0
