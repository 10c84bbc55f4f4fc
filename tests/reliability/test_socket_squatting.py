"""Scenario 13 — the control socket: nobody else can bind it first, listen in the user's place or
answer the user's commands; `quit` says the app has closed only when it has.

- Without a private XDG_RUNTIME_DIR (unset, or a shared 1777 folder where another user already
  listens under the app's name) the socket lives in a private folder of the user's own; the
  squatter receives nothing, and status/quit reach the real app.
- A listener that runs as another user (root binding in the victim's own runtime folder; the
  victim runs as `nobody`) is refused by the client (SO_PEERCRED) before a byte is sent.
- An app that cannot listen says so once, and a second start does not become a second instance.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.platform import paths
from ritmeregie.storage import open_store

pytestmark = pytest.mark.reliability

SCENARIO = "13 control socket squatting"
DEADLINE_S = 60.0  # an upper bound for "eventually", never a measured duration
NOBODY = 65534
HERE = Path(__file__).resolve().parent


class Squatter:
    """A Unix socket server at `path` that answers every line with ok and records what came."""

    def __init__(self, path: Path) -> None:
        self.received = bytearray()
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(os.fspath(path))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(2)
                try:
                    data = conn.recv(65536)
                    self.received += data
                    if data:
                        conn.sendall(b'{"ok": true, "running": true}\n')
                except OSError:
                    pass

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def app_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "RITMEREGIE_HOME": str(data_dir),
        "TZ": "Europe/Amsterdam",
        "LANGUAGE": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "",
    }
    env.pop("XDG_RUNTIME_DIR", None)
    env.update(extra)
    env.setdefault("XDG_RUNTIME_DIR", "")  # unset for the app (an empty value is ignored)
    return env


def start_app(data_dir: Path, err: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with open_store(data_dir) as store:
        store.settings.set("first_run_done", True)
    with err.open("w") as out:
        return subprocess.Popen([sys.executable, "-m", "ritmeregie"], env=env, stderr=out)


def wait_running(ritmeregie: Run, env: dict[str, str], app: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + DEADLINE_S
    while True:
        done = ritmeregie("status", "--json", env=env)
        if done.returncode == 0 and json.loads(done.stdout).get("running") is True:
            return
        assert app.poll() is None, "the app ended"
        assert time.monotonic() < deadline, done.stderr
        time.sleep(0.2)


@pytest.fixture
def stopped() -> Iterator[list[subprocess.Popen[bytes]]]:
    apps: list[subprocess.Popen[bytes]] = []
    yield apps
    for app in apps:
        if app.poll() is None:
            app.kill()  # our own child
            app.wait()


@pytest.mark.skipif(os.name != "posix", reason="Unix domain sockets")
@pytest.mark.parametrize("runtime", ["unset", "shared"])
def test_a_squatter_in_a_shared_folder_gets_nothing_and_quit_waits_for_the_app(
    runtime: str,
    data_dir: Path,
    tmp_path: Path,
    ritmeregie: Run,
    stopped: list[subprocess.Popen[bytes]],
    ledger: Callable[[str], Tally],
) -> None:
    extra: dict[str, str] = {}
    squatter = None
    if runtime == "shared":
        shared = tmp_path / "shared"
        shared.mkdir()
        shared.chmod(0o1777)  # like /tmp: everyone may create names here
        extra["XDG_RUNTIME_DIR"] = str(shared)
        # Where a careless app would listen: another program took the name first.
        name = f"{paths.runtime_name(data_dir)}.sock"
        squatter = Squatter(shared / name)
    env = app_env(data_dir, **extra)
    app = start_app(data_dir, tmp_path / "app.err", env)
    stopped.append(app)
    try:
        wait_running(ritmeregie, env, app)
        where = subprocess.run(
            [sys.executable, "-c", "import sys; from ritmeregie.platform import paths; "
             "print(paths.socket_path(sys.argv[1]))", str(data_dir)],
            env=env, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        folder = Path(where).parent
        assert folder != Path(tempfile.gettempdir()) and paths.socket_dir_problem(folder) is None
        done = ritmeregie("quit", env=env)
        assert done.returncode == 0, done.stderr
        assert app.poll() is not None, "quit said the app had closed while it still ran"
        assert app.returncode == 0
    finally:
        if squatter is not None:
            squatter.close()
    ledger(SCENARIO).faults_injected += 1
    if squatter is not None:
        assert bytes(squatter.received) == b"", "the squatter received the user's commands"
    assert "Traceback" not in (tmp_path / "app.err").read_text()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="a listener of another user needs root (and setpriv to run the victim as nobody)",
)
def test_the_client_refuses_a_listener_of_another_user(ledger: Callable[[str], Tally]) -> None:
    top = Path(tempfile.mkdtemp(prefix="ritmeregie-peer-"))
    try:
        top.chmod(0o755)
        data_dir, runtime = top / "data", top / "run"
        for folder in (data_dir, runtime):
            folder.mkdir(mode=0o700)
            os.chown(folder, NOBODY, NOBODY)
        prefix = [
            shutil.which("setpriv") or "setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}",
            "--clear-groups", "--inh-caps=-all,+dac_read_search",
            "--ambient-caps=+dac_read_search", "--bounding-set=-all,+dac_read_search",
            sys.executable,
        ]  # fmt: skip
        env = app_env(
            data_dir,
            XDG_RUNTIME_DIR=str(runtime),
            HOME=str(runtime),
            LANG="C.UTF-8",
            PYTHONPATH=str(HERE.parents[1]),
        )
        where = subprocess.run(
            [*prefix, "-c", "import sys; from ritmeregie.platform import paths; "
             "print(paths.socket_path(sys.argv[1]))", str(data_dir)],
            env=env, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        assert Path(where).parent == runtime
        squatter = Squatter(Path(where))  # root listens in nobody's own folder
        Path(where).chmod(0o777)  # and lets anyone connect
        try:
            for command in (("status",), ("quit",)):
                done = subprocess.run(
                    [*prefix, "-m", "ritmeregie", *command],
                    env=env, capture_output=True, text=True, timeout=DEADLINE_S, check=False,
                )  # fmt: skip
                assert done.returncode == 1, (command, done.stdout, done.stderr)
                assert "runs as another user (uid 0)" in done.stderr, done.stderr
                assert len(done.stderr.strip().splitlines()) == 1
        finally:
            squatter.close()
        ledger(SCENARIO).faults_injected += 2
        assert bytes(squatter.received) == b"", "a request reached another user's listener"
    finally:
        shutil.rmtree(top, ignore_errors=True)


@pytest.mark.skipif(os.name != "posix", reason="Unix domain sockets")
def test_an_app_that_cannot_listen_says_so_and_stays_the_only_instance(
    data_dir: Path,
    tmp_path: Path,
    ritmeregie: Run,
    stopped: list[subprocess.Popen[bytes]],
    ledger: Callable[[str], Tally],
) -> None:
    runtime = tmp_path / "rt"
    runtime.mkdir(mode=0o700)
    env = app_env(data_dir, XDG_RUNTIME_DIR=str(runtime))
    # Something that is not a socket sits at the socket's path: never removed, never used.
    (runtime / f"{paths.runtime_name(data_dir)}.sock").write_text("not a socket")
    first = start_app(data_dir, tmp_path / "first.err", env)
    stopped.append(first)
    deadline = time.monotonic() + DEADLINE_S
    while "command channel" not in (tmp_path / "first.err").read_text():
        assert first.poll() is None, (tmp_path / "first.err").read_text()
        assert time.monotonic() < deadline, "the app did not say it cannot listen"
        time.sleep(0.1)
    second = start_app(data_dir, tmp_path / "second.err", env)
    stopped.append(second)
    second.wait(timeout=DEADLINE_S)
    ledger(SCENARIO).faults_injected += 1
    assert first.poll() is None, "the first instance keeps running"
    said = (tmp_path / "first.err").read_text()
    assert said.count("command channel") == 1 and "not a socket" in said, said
    assert "Traceback" not in said
    assert (runtime / f"{paths.runtime_name(data_dir)}.sock").read_text() == "not a socket"
