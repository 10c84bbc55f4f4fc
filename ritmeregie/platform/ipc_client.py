"""The command channel to the running app, client side, plus the wire protocol.

No Qt here: the CLI sends ``raise``/``status``/... through this module and must stay light.
The server side is ``ritmeregie.platform.single_instance`` (QLocalServer); it parses
requests with ``parse_request`` below so both sides share one definition.

Protocol: one JSON object per line, UTF-8, over a local stream socket.
  request:  {"cmd": "raise"|"focus"|"reset"|"pause"|"resume"|"status"|"quit"|"open"|"changed",
             "args": {...}}
  response: {"ok": true, ...}  or  {"ok": false, "error": "..."}

Transport: on POSIX a Unix domain socket at ``paths.socket_path(data_dir)``; on Windows
the named pipe ``\\\\.\\pipe\\<paths.runtime_name(data_dir)>`` opened with plain file I/O.
The Windows branch is not exercised by the tests on this (Linux) machine.

Whom we talk to: the socket's folder must be the user's own and private, and on Linux the
program that accepted the connection must run as the same user (SO_PEERCRED); anything else
is refused before a request is sent. (macOS/BSD: the private folder is the guard; Windows: the
pipe's default security admits the same user. Neither is tested here.)
"""

from __future__ import annotations

import enum
import json
import os
import socket
import struct
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ritmeregie.platform import paths

MAX_MESSAGE_BYTES = 64 * 1024
QUIT_WAIT_S = 15.0  # how long `quit` waits for the app to be gone before it says so
_GONE_POLL_S = 0.05
_PIPE_BUSY_RETRY_S = 0.05
_ERROR_PIPE_BUSY = 231


class IpcError(Exception):
    """Talking to the running app failed (timeout, broken or unreadable answer)."""


class NoInstanceError(IpcError):
    """No running app listens for this data dir."""


class ForeignPeerError(IpcError):
    """What listens there is not the user's own program, or not in the user's own folder."""


class ProtocolError(ValueError):
    """A request line that is not a valid command."""


class CommandName(enum.StrEnum):
    RAISE = "raise"
    FOCUS = "focus"
    RESET = "reset"
    PAUSE = "pause"
    RESUME = "resume"
    STATUS = "status"
    QUIT = "quit"
    OPEN = "open"  # args: {"window": a WindowKey value}
    CHANGED = "changed"  # a notice: another process wrote to the store; replan from it


@dataclass(frozen=True)
class Command:
    name: CommandName
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


def encode_message(message: Mapping[str, Any]) -> bytes:
    """One JSON object on one line (json.dumps never emits a raw newline)."""
    return json.dumps(dict(message), ensure_ascii=False).encode("utf-8") + b"\n"


def parse_request(line: bytes) -> Command:
    """Turn one request line (without its newline) into a Command, or raise ProtocolError."""
    try:
        request = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ProtocolError("request is not UTF-8") from error
    except json.JSONDecodeError as error:
        raise ProtocolError(f"request is not JSON: {error.msg}") from error
    if not isinstance(request, dict):
        raise ProtocolError("request must be a JSON object")
    cmd = request.get("cmd")
    if not isinstance(cmd, str):
        raise ProtocolError('request needs a "cmd" string')
    try:
        name = CommandName(cmd)
    except ValueError as error:
        raise ProtocolError(f"unknown command: {cmd}") from error
    args = request.get("args", {})
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise ProtocolError('"args" must be a JSON object')
    return Command(name, MappingProxyType(dict(args)))


def _parse_response(line: bytes) -> dict[str, Any]:
    try:
        response = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IpcError(f"the running app sent an unreadable answer ({error})") from error
    if not isinstance(response, dict) or not isinstance(response.get("ok"), bool):
        raise IpcError('the running app sent an answer without "ok"')
    return response


def send_command(
    data_dir: Path, cmd: str, args: dict[str, Any] | None = None, timeout_s: float = 3.0
) -> dict[str, Any]:
    """Send one command to the app running on ``data_dir`` and return its answer.

    The answer is returned as is, also when it says ``{"ok": false, ...}``: that is a
    valid answer. Raises NoInstanceError when nothing listens, IpcError on a timeout or an
    unreadable answer (NoInstanceError is a subclass: catch it first).
    """
    return _send(data_dir, cmd, args, timeout_s)[0]


def _send(
    data_dir: Path, cmd: str, args: dict[str, Any] | None, timeout_s: float
) -> tuple[dict[str, Any], int | None]:
    """The answer, and the pid of the program that gave it where the system tells (Linux)."""
    request = encode_message({"cmd": cmd, "args": args or {}})
    if sys.platform == "win32":
        return _parse_response(_exchange_pipe(data_dir, request, timeout_s)), None
    line, pid = _exchange_unix(data_dir, request, timeout_s)
    return _parse_response(line), pid


# The running app replans before it answers a "changed" notice, so a script's next command sees
# the change; a hung app must not hold the command line up for long, though.
NOTICE_TIMEOUT_S = 2.0


def notify_changed(data_dir: Path, timeout_s: float = NOTICE_TIMEOUT_S) -> bool:
    """Tell the app running on ``data_dir`` (if any) that the store changed.

    True when the app took the notice; False when none runs or it did not answer. Never raises:
    the write itself is done, and the app also notices the change on its own next heartbeat.
    """
    try:
        answer = send_command(data_dir, CommandName.CHANGED.value, timeout_s=timeout_s)
    except IpcError:  # NoInstanceError included: no app, nothing to tell
        return False
    except (OSError, ValueError):
        return False
    return bool(answer.get("ok"))


def quit_app(data_dir: Path, timeout_s: float = 3.0, wait_s: float = QUIT_WAIT_S) -> bool | None:
    """Ask the running app to quit and wait until it is gone.

    None: no app was running. True: it answered and has ended (its process is gone, or where
    the pid is not known, nothing listens any more). False: it answered but was still there
    after `wait_s` (a dialog waiting for an answer, a hung shutdown)."""
    try:
        answer, pid = _send(data_dir, CommandName.QUIT.value, None, timeout_s)
    except NoInstanceError:
        return None
    if not answer.get("ok"):
        raise IpcError(str(answer.get("error") or "the running app refused to quit"))
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if _gone(data_dir, pid):
            return True
        time.sleep(_GONE_POLL_S)
    return _gone(data_dir, pid)


def _gone(data_dir: Path, pid: int | None) -> bool:
    if pid is not None:
        return not _process_alive(pid)
    try:
        _send(data_dir, CommandName.STATUS.value, None, 1.0)
    except NoInstanceError:
        return True
    except IpcError:
        return False
    return False


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, but not ours to signal
    try:  # a process that has ended but not been reaped by its parent yet is gone for us
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _peer_pid(sock: socket.socket, path: Path) -> int | None:
    """Linux: who accepted the connection. Another user's program is refused (it could be one
    that bound the name first, to read the user's commands); returns its pid otherwise."""
    peercred = getattr(socket, "SO_PEERCRED", None)
    if peercred is None or not hasattr(os, "getuid"):
        return None
    size = struct.calcsize("3i")
    pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, peercred, size))
    if uid != os.getuid():
        raise ForeignPeerError(
            f"the program listening on {path} runs as another user (uid {uid}); "
            "ritmeregie will not talk to it"
        )
    return int(pid)


def _exchange_unix(data_dir: Path, request: bytes, timeout_s: float) -> tuple[bytes, int | None]:
    path = paths.socket_path(data_dir)
    problem = paths.socket_dir_problem(path.parent)
    if problem is not None:
        if not path.parent.exists():
            raise NoInstanceError(f"ritmeregie is not running (nothing listens on {path})")
        raise ForeignPeerError(f"{problem}; ritmeregie will not talk through it")
    deadline = time.monotonic() + timeout_s
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_s)
        try:
            sock.connect(os.fspath(path))
        except (FileNotFoundError, ConnectionRefusedError) as error:
            # Refused: a socket file left behind by an app that did not shut down cleanly.
            raise NoInstanceError(
                f"ritmeregie is not running (nothing listens on {path})"
            ) from error
        except TimeoutError as error:
            raise IpcError(
                f"the running app did not accept the connection within {timeout_s:g} s"
            ) from error
        except OSError as error:
            raise IpcError(f"cannot reach the running app at {path}: {error.strerror}") from error
        pid = _peer_pid(sock, path)
        try:
            sock.sendall(request)
            return _read_line(sock, deadline, timeout_s), pid
        except TimeoutError as error:
            raise IpcError(f"the running app did not answer within {timeout_s:g} s") from error
        except OSError as error:
            raise IpcError(f"the connection to the running app broke: {error.strerror}") from error


def _read_line(sock: socket.socket, deadline: float, timeout_s: float) -> bytes:
    buffer = bytearray()
    while b"\n" not in buffer:
        remaining_s = deadline - time.monotonic()
        if remaining_s <= 0:
            raise TimeoutError
        sock.settimeout(remaining_s)
        chunk = sock.recv(4096)
        if not chunk:
            raise IpcError("the running app closed the connection without an answer")
        buffer += chunk
        if len(buffer) > MAX_MESSAGE_BYTES:
            raise IpcError("the running app sent an answer that is too long")
    return bytes(buffer.split(b"\n", 1)[0])


def _exchange_pipe(data_dir: Path, request: bytes, timeout_s: float) -> bytes:
    # Plain file I/O on a named pipe has no timeout, so the exchange runs in a daemon
    # thread and we wait for it with one. Untested here (the test machine is Linux).
    pipe = rf"\\.\pipe\{paths.runtime_name(data_dir)}"
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            handle = open(pipe, "r+b", buffering=0)  # noqa: SIM115 - closed in the worker
            break
        except FileNotFoundError as error:
            raise NoInstanceError("ritmeregie is not running (no pipe to talk to)") from error
        except OSError as error:
            if getattr(error, "winerror", None) != _ERROR_PIPE_BUSY or time.monotonic() > deadline:
                raise IpcError(f"cannot open the running app's pipe: {error}") from error
            time.sleep(_PIPE_BUSY_RETRY_S)

    result: list[bytes | BaseException] = []

    def exchange() -> None:
        try:
            with handle:
                handle.write(request)
                buffer = bytearray()
                while b"\n" not in buffer and len(buffer) <= MAX_MESSAGE_BYTES:
                    chunk = handle.read(4096)
                    if not chunk:
                        break
                    buffer += chunk
                result.append(bytes(buffer))
        except BaseException as error:  # handed to the caller's thread
            result.append(error)

    worker = threading.Thread(target=exchange, name="ritmeregie-ipc", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if not result:
        raise IpcError(f"the running app did not answer within {timeout_s:g} s")
    outcome = result[0]
    if isinstance(outcome, BaseException):
        raise IpcError(f"the connection to the running app broke: {outcome}")
    if b"\n" not in outcome:
        raise IpcError("the running app closed the connection without an answer")
    return outcome.split(b"\n", 1)[0]
