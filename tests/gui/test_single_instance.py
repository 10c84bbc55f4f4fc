"""One instance per data dir, and commands from other processes reaching it.

Other processes are real subprocesses: the CLI side runs ``ipc_client`` in a plain
Python (no Qt), the rival instances run a tiny QCoreApplication script.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ritmeregie.platform import paths
from ritmeregie.platform.ipc_client import NoInstanceError, send_command
from ritmeregie.platform.single_instance import (
    Command,
    CommandName,
    SingleInstance,
)

pytestmark = pytest.mark.gui
posix_only = pytest.mark.skipif(os.name != "posix", reason="kill -9 and AF_UNIX are POSIX only")

REPO_ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 20_000  # an upper bound for "eventually", never a measured duration
RIVALS = 10

# A rival app: waits for "go" on stdin so all rivals contend at once, prints whether it
# won, and if so serves commands until it is told to quit.
INSTANCE_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from ritmeregie.platform.single_instance import CommandName, SingleInstance

    app = QCoreApplication(sys.argv[:1])
    print("ready", flush=True)
    sys.stdin.readline()
    instance = SingleInstance(Path(sys.argv[1]))
    won = instance.acquire()
    print(won, flush=True)
    if won:
        def on_command(command, reply):
            reply({"pid": os.getpid()})
            if command.name is CommandName.QUIT:
                QTimer.singleShot(0, app.quit)
        instance.command_received.connect(on_command)
        sys.exit(app.exec())
    """
)

# The CLI side: plain Python; fails if ipc_client dragged Qt in.
CLIENT_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from ritmeregie.platform.ipc_client import send_command
    answer = send_command(Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]), timeout_s=20)
    assert not any(name.startswith("PySide6") for name in sys.modules), "Qt imported"
    print(json.dumps(answer), flush=True)
    """
)

# Raw bytes on one connection, one answer line read back per request line.
RAW_SCRIPT = textwrap.dedent(
    """
    import socket, sys
    requests = [bytes.fromhex(h) for h in sys.argv[2:]]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(20)
        sock.connect(sys.argv[1])
        sock.sendall(b"".join(requests))
        answers = b""
        while answers.count(b"\\n") < len(requests):
            chunk = sock.recv(4096)
            if not chunk:
                break
            answers += chunk
    sys.stdout.write(answers.decode("utf-8"))
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), env.get("PYTHONPATH", "")])
    return env


def _popen(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=REPO_ROOT,
    )


def _finish(qtbot: Any, process: subprocess.Popen[str]) -> str:
    """Keep our event loop (and so our server) running until the subprocess is done."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT_MS)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out


@pytest.fixture
def instances() -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.close()


@pytest.fixture
def instance(tmp_path: Path, instances: list[SingleInstance], qapp: Any) -> SingleInstance:
    first = SingleInstance(tmp_path / "data")
    instances.append(first)
    assert first.acquire()
    return first


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()


def test_first_acquires_second_does_not(
    instance: SingleInstance, instances: list[SingleInstance], tmp_path: Path
) -> None:
    second = SingleInstance(tmp_path / "data")
    instances.append(second)
    assert instance.is_primary and instance.is_listening
    assert second.acquire() is False
    assert not second.is_primary and not second.is_listening


def test_other_data_dir_is_another_instance(
    instance: SingleInstance, instances: list[SingleInstance], tmp_path: Path
) -> None:
    other = SingleInstance(tmp_path / "other")
    instances.append(other)
    assert other.acquire() is True


def test_close_releases_for_the_next_instance(
    instance: SingleInstance, instances: list[SingleInstance], tmp_path: Path
) -> None:
    instance.close()
    assert not instance.is_listening
    if os.name == "posix":
        assert not paths.socket_path(tmp_path / "data").exists()
    successor = SingleInstance(tmp_path / "data")
    instances.append(successor)
    assert successor.acquire() is True


def test_data_dir_is_created_private(instance: SingleInstance, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert (data / "instance.lock").exists()
    if os.name == "posix":
        assert data.stat().st_mode & 0o777 == 0o700


def test_command_from_another_process_reaches_the_app_and_is_answered(
    instance: SingleInstance,
    tmp_path: Path,
    qtbot: Any,
    processes: list[subprocess.Popen[str]],
) -> None:
    received: list[Command] = []

    def on_command(command: Command, reply: Any) -> None:
        received.append(command)
        reply({"state": "focus", "echo": dict(command.args)})

    instance.command_received.connect(on_command)
    client = _popen(CLIENT_SCRIPT, str(tmp_path / "data"), "focus", '{"minutes": 25}')
    processes.append(client)
    answer = json.loads(_finish(qtbot, client))

    assert received == [Command(CommandName.FOCUS, {"minutes": 25})]
    assert answer == {"ok": True, "state": "focus", "echo": {"minutes": 25}}


def test_a_handler_can_refuse(
    instance: SingleInstance,
    tmp_path: Path,
    qtbot: Any,
    processes: list[subprocess.Popen[str]],
) -> None:
    instance.command_received.connect(lambda command, reply: reply({"ok": False, "error": "busy"}))
    client = _popen(CLIENT_SCRIPT, str(tmp_path / "data"), "reset", "{}")
    processes.append(client)
    assert json.loads(_finish(qtbot, client)) == {"ok": False, "error": "busy"}


def test_unhandled_command_gets_an_error_answer(
    instance: SingleInstance,
    tmp_path: Path,
    qtbot: Any,
    processes: list[subprocess.Popen[str]],
) -> None:
    client = _popen(CLIENT_SCRIPT, str(tmp_path / "data"), "status", "{}")
    processes.append(client)
    answer = json.loads(_finish(qtbot, client))
    assert answer["ok"] is False and "not handled" in answer["error"]


@posix_only
def test_malformed_requests_get_errors_and_the_server_keeps_serving(
    instance: SingleInstance,
    tmp_path: Path,
    qtbot: Any,
    processes: list[subprocess.Popen[str]],
) -> None:
    received: list[Command] = []

    def on_command(command: Command, reply: Any) -> None:
        received.append(command)
        reply({"seen": command.name.value})

    instance.command_received.connect(on_command)
    lines = [
        b"{not json\n",
        b"\xff\xfe\n",
        b"[1, 2]\n",
        b'{"cmd": "fly"}\n',
        b'{"cmd": "pause", "args": 5}\n',
        b'{"cmd": "status"}\n',  # a good one on the same connection, after the bad ones
    ]
    raw = _popen(RAW_SCRIPT, instance.server_name, *(line.hex() for line in lines))
    processes.append(raw)
    answers = [json.loads(line) for line in _finish(qtbot, raw).splitlines()]

    assert [answer["ok"] for answer in answers] == [False] * 5 + [True]
    assert all(answer["error"] for answer in answers[:5])
    assert answers[5] == {"ok": True, "seen": "status"}
    assert received == [Command(CommandName.STATUS, {})]

    # ...and a fresh connection is still served.
    client = _popen(CLIENT_SCRIPT, str(tmp_path / "data"), "resume", "{}")
    processes.append(client)
    assert json.loads(_finish(qtbot, client)) == {"ok": True, "seen": "resume"}


@posix_only
def test_stale_socket_of_a_killed_instance_does_not_block_a_new_one(
    tmp_path: Path,
    qtbot: Any,
    instances: list[SingleInstance],
    processes: list[subprocess.Popen[str]],
) -> None:
    data = tmp_path / "data"
    victim = _popen(INSTANCE_SCRIPT, str(data))
    processes.append(victim)
    assert victim.stdin is not None and victim.stdout is not None
    assert victim.stdout.readline().strip() == "ready"
    victim.stdin.write("go\n")
    victim.stdin.flush()
    assert victim.stdout.readline().strip() == "True"

    victim.send_signal(signal.SIGKILL)
    victim.wait()
    stale = paths.socket_path(data)
    assert stale.exists(), "a killed instance should leave its socket file behind"
    with pytest.raises(NoInstanceError):
        send_command(data, "status")

    successor = SingleInstance(data)
    instances.append(successor)
    assert successor.acquire() is True
    successor.command_received.connect(lambda command, reply: reply({"alive": True}))
    client = _popen(CLIENT_SCRIPT, str(data), "raise", "{}")
    processes.append(client)
    assert json.loads(_finish(qtbot, client)) == {"ok": True, "alive": True}


def test_ten_simultaneous_starts_leave_exactly_one_instance(
    tmp_path: Path, qtbot: Any, processes: list[subprocess.Popen[str]]
) -> None:
    data = tmp_path / "data"
    rivals = [_popen(INSTANCE_SCRIPT, str(data)) for _ in range(RIVALS)]
    processes.extend(rivals)
    for rival in rivals:  # all imported Qt and are waiting at the start line
        assert rival.stdout is not None
        assert rival.stdout.readline().strip() == "ready"
    for rival in rivals:
        assert rival.stdin is not None
        rival.stdin.write("go\n")
        rival.stdin.flush()

    results = []
    for rival in rivals:
        assert rival.stdout is not None
        results.append(rival.stdout.readline().strip())
    assert sorted(results) == ["False"] * (RIVALS - 1) + ["True"]

    winner = rivals[results.index("True")]
    for loser in rivals:
        if loser is not winner:
            assert loser.wait(timeout=WAIT_MS / 1000) == 0
    # The winner really listens: it answers, and goes when told to.
    assert send_command(data, "quit", timeout_s=WAIT_MS / 1000) == {"ok": True, "pid": winner.pid}
    assert winner.wait(timeout=WAIT_MS / 1000) == 0
    if os.name == "posix":
        assert not paths.socket_path(data).exists()


def test_a_raw_socket_peer_that_sends_nothing_does_not_block_others(
    instance: SingleInstance,
    tmp_path: Path,
    qtbot: Any,
    processes: list[subprocess.Popen[str]],
) -> None:
    if os.name != "posix":
        pytest.skip("AF_UNIX only")
    instance.command_received.connect(lambda command, reply: reply({}))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as idle:
        idle.connect(instance.server_name)
        client = _popen(CLIENT_SCRIPT, str(tmp_path / "data"), "status", "{}")
        processes.append(client)
        assert json.loads(_finish(qtbot, client)) == {"ok": True}
