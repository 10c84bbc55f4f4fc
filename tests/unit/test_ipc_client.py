"""The Qt-free IPC client and the shared request parser, against plain stdlib peers."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ritmeregie.platform import paths
from ritmeregie.platform.ipc_client import (
    Command,
    CommandName,
    IpcError,
    NoInstanceError,
    ProtocolError,
    parse_request,
    send_command,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="the AF_UNIX transport is POSIX only")

# Far longer than any test may take: proves "no instance" is reported without waiting.
PATIENT_TIMEOUT_S = 60.0


@posix_only
def test_no_socket_file_means_no_instance(tmp_path: Path) -> None:
    assert not paths.socket_path(tmp_path).exists()
    with pytest.raises(NoInstanceError, match="not running"):
        send_command(tmp_path, "status", timeout_s=PATIENT_TIMEOUT_S)


@posix_only
def test_stale_socket_file_means_no_instance(tmp_path: Path) -> None:
    path = paths.socket_path(tmp_path)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(os.fspath(path))  # bound, never listening, then closed: a killed app's leftover
    try:
        assert path.exists()
        with pytest.raises(NoInstanceError):
            send_command(tmp_path, "status", timeout_s=PATIENT_TIMEOUT_S)
    finally:
        path.unlink()


@posix_only
def test_error_messages_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(NoInstanceError) as caught:
        send_command(tmp_path, "raise")
    assert "\n" not in str(caught.value) and str(caught.value)
    assert isinstance(caught.value, IpcError)


@pytest.fixture
def fake_app(tmp_path: Path) -> Iterator[Callable[[Callable[[socket.socket], None]], list[bytes]]]:
    """A stdlib listener on the app's socket path; each test says how it answers."""
    path = paths.socket_path(tmp_path)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(os.fspath(path))
    server.listen(1)
    threads: list[threading.Thread] = []

    def start(answer: Callable[[socket.socket], None]) -> list[bytes]:
        received: list[bytes] = []

        def serve() -> None:
            connection, _ = server.accept()
            with connection:
                data = b""
                while b"\n" not in data:
                    chunk = connection.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                received.append(data)
                answer(connection)

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        threads.append(thread)
        return received

    yield start
    server.close()
    path.unlink(missing_ok=True)
    for thread in threads:
        thread.join(PATIENT_TIMEOUT_S)


@posix_only
def test_request_is_one_json_line_and_the_answer_comes_back(
    tmp_path: Path, fake_app: Callable[[Callable[[socket.socket], None]], list[bytes]]
) -> None:
    received = fake_app(lambda conn: conn.sendall(b'{"ok": true, "state": "focus"}\n'))
    answer = send_command(tmp_path, "pause", {"minutes": 30})
    assert answer == {"ok": True, "state": "focus"}
    assert received[0].endswith(b"\n") and received[0].count(b"\n") == 1
    assert json.loads(received[0]) == {"cmd": "pause", "args": {"minutes": 30}}


@posix_only
def test_a_refusal_is_returned_not_raised(
    tmp_path: Path, fake_app: Callable[[Callable[[socket.socket], None]], list[bytes]]
) -> None:
    fake_app(lambda conn: conn.sendall(b'{"ok": false, "error": "unknown command: fly"}\n'))
    assert send_command(tmp_path, "fly") == {"ok": False, "error": "unknown command: fly"}


@posix_only
@pytest.mark.parametrize(
    "reply",
    [b"hello\n", b'{"state": "focus"}\n', b"[1, 2]\n", b'{"ok": "yes"}\n', b"\xff\xfe\n", b""],
    ids=["not-json", "no-ok", "not-an-object", "ok-not-bool", "not-utf8", "closed-silently"],
)
def test_a_bad_answer_is_an_ipc_error(
    reply: bytes,
    tmp_path: Path,
    fake_app: Callable[[Callable[[socket.socket], None]], list[bytes]],
) -> None:
    fake_app(lambda conn: conn.sendall(reply))
    with pytest.raises(IpcError) as caught:
        send_command(tmp_path, "status")
    assert not isinstance(caught.value, NoInstanceError)
    assert "\n" not in str(caught.value)


@posix_only
def test_an_app_that_never_answers_times_out(
    tmp_path: Path, fake_app: Callable[[Callable[[socket.socket], None]], list[bytes]]
) -> None:
    release = threading.Event()
    fake_app(lambda conn: release.wait(PATIENT_TIMEOUT_S))
    try:
        with pytest.raises(IpcError, match="did not answer"):
            send_command(tmp_path, "status", timeout_s=0.2)
    finally:
        release.set()


def test_the_client_imports_no_qt() -> None:
    code = (
        "import sys, ritmeregie.platform.ipc_client; "
        "sys.exit(any(m.split('.')[0] == 'PySide6' for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_parse_request_accepts_every_command() -> None:
    for name in CommandName:
        line = json.dumps({"cmd": name.value, "args": {"minutes": 5}}).encode()
        command = parse_request(line)
        assert command == Command(name, {"minutes": 5})
        assert command.name is name


def test_parse_request_args_are_optional_and_read_only() -> None:
    command = parse_request(b'{"cmd": "raise"}')
    assert command.name is CommandName.RAISE and dict(command.args) == {}
    with pytest.raises(TypeError):
        command.args["x"] = 1  # type: ignore[index]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b"[1]", "JSON object"),
        (b'{"args": {}}', '"cmd"'),
        (b'{"cmd": 3}', '"cmd"'),
        (b'{"cmd": "fly"}', "unknown command: fly"),
        (b'{"cmd": "pause", "args": 5}', '"args"'),
    ],
)
def test_parse_request_rejects_malformed_lines(line: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        parse_request(line)
