"""One running app per user and data dir, and the command channel into it.

The lock is the arbiter: whoever holds it is the instance and listens on a QLocalServer
(the full socket path from ``paths.server_name`` on POSIX, a named pipe on Windows). On
POSIX the lock is an flock on the data folder itself — it needs no new file, so a full or
read-only disk cannot take it away — plus the QLockFile ``instance.lock`` (its pid is what
the CLI and older versions look at) when the disk lets us write it. Only the lock holder
may remove a socket left behind by a killed instance, and only after checking that what
lies there is a socket of ours, in a folder of ours (paths.socket_dir_problem).

Requests and answers use the line protocol defined in ``ipc_client`` (no Qt there, so
the CLI can import it cheaply).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import SIGNAL, QCoreApplication, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ritmeregie.platform import paths
from ritmeregie.platform.ipc_client import (
    MAX_MESSAGE_BYTES,
    Command,
    CommandName,
    ProtocolError,
    encode_message,
    parse_request,
)

__all__ = ["Command", "CommandName", "Reply", "SingleInstance", "SingleInstanceError"]

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "instance.lock"
Reply = Callable[[Mapping[str, Any]], None]


class SingleInstanceError(RuntimeError):
    """The lock file cannot be created at all (permissions, disk)."""


class _Connection(QObject):
    """One client connection: splits its bytes into lines and answers each one once."""

    def __init__(self, socket: QLocalSocket, owner: SingleInstance) -> None:
        super().__init__(owner)
        self._socket = socket
        self._owner = owner
        self._buffer = bytearray()
        self._closed = False
        socket.setParent(self)
        socket.readyRead.connect(self.on_ready_read)
        socket.disconnected.connect(self.on_disconnected)
        if socket.bytesAvailable() > 0:
            self.on_ready_read()

    @Slot()
    def on_ready_read(self) -> None:
        self._buffer += bytes(self._socket.readAll().data())
        while not self._closed and b"\n" in self._buffer:
            line, _, rest = bytes(self._buffer).partition(b"\n")
            self._buffer = bytearray(rest)
            self._handle_line(line.rstrip(b"\r"))
        if not self._closed and len(self._buffer) > MAX_MESSAGE_BYTES:
            self.send({"ok": False, "error": "request too long"})
            self._socket.disconnectFromServer()

    def _handle_line(self, line: bytes) -> None:
        if not line.strip():
            return
        try:
            command = parse_request(line)
        except ProtocolError as error:
            self.send({"ok": False, "error": str(error)})
            return
        self._owner.dispatch(command, self._one_shot_reply(command))

    def _one_shot_reply(self, command: Command) -> Reply:
        answered = False

        def reply(payload: Mapping[str, Any]) -> None:
            nonlocal answered
            if answered:
                log.warning("Second reply to %s ignored", command.name)
                return
            answered = True
            self.send({"ok": True, **payload})

        return reply

    def send(self, message: Mapping[str, Any]) -> None:
        if self._closed:
            log.info("Client left before the answer was ready; dropped")
            return
        try:
            data = encode_message(message)
        except (TypeError, ValueError) as error:
            log.error("Reply is not JSON-serialisable: %s", error)
            data = encode_message({"ok": False, "error": "internal error: unserialisable reply"})
        self._socket.write(data)
        self._socket.flush()

    @Slot()
    def on_disconnected(self) -> None:
        self._closed = True
        self.deleteLater()


class SingleInstance(QObject):
    """Claims the single-instance lock for a data dir and serves commands from the CLI.

    ``command_received(command, reply)`` is emitted on the Qt main thread; call ``reply``
    (there, once) with a dict — it is sent as ``{"ok": true, **dict}``, so a handler can
    answer ``{"ok": False, "error": "..."}`` too.
    """

    command_received = Signal(object, object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._lock: QLockFile | None = None
        self._folder_lock: int | None = None  # the flock'ed descriptor of the data folder
        self._held = False
        self._server: QLocalServer | None = None
        # Why the command channel could not be opened (None: it listens, or was not tried).
        self.listen_error: str | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def is_primary(self) -> bool:
        return self._held

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    @property
    def server_name(self) -> str:
        return paths.server_name(self._data_dir)

    def acquire(self) -> bool:
        """True: we are the instance (and listen); False: another instance holds the lock."""
        if self._held:
            return True
        self._data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        try:
            folder_lock = _lock_folder(self._data_dir)
        except _FolderBusyError:
            return False  # another instance holds the folder
        lock = QLockFile(str(self._data_dir / LOCK_FILE_NAME))
        # Age alone never makes the lock stale: a live instance may run for weeks. Qt still
        # takes over a lock whose process has died.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                _unlock_folder(folder_lock)
                return False
            if folder_lock is None:
                raise SingleInstanceError(
                    f"cannot create the lock file in {self._data_dir} ({lock.error().name})"
                )
            # A full or read-only disk: the folder's flock alone keeps us the one instance.
            log.info(
                "no lock file in %s (%s); the folder lock holds", self._data_dir, lock.error().name
            )
        else:
            self._lock = lock
        self._folder_lock = folder_lock
        self._held = True
        self._listen()
        return True

    def _listen(self) -> None:
        name = self.server_name
        problem = _socket_place_problem(Path(name)) if sys.platform != "win32" else None
        if problem is not None:
            self._cannot_listen(name, problem)
            return
        # Safe only because we hold the lock and the folder is ours: a socket of ours that is
        # there belongs to a dead instance (a killed process leaves its socket file behind).
        # With UserAccessOption Qt on Unix binds in a private temp dir and renames over the
        # path, which would also replace a stale file; the explicit removal keeps us
        # independent of that.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self.on_new_connection)
        if not server.listen(name):
            server.deleteLater()
            self._cannot_listen(name, server.errorString())
            return
        self._server = server

    def _cannot_listen(self, name: str, why: str) -> None:
        # We are still the one instance (the lock holds); only the command channel is missing,
        # and the user hears it: `ritmeregie quit`, `status` and second starts cannot reach us.
        self.listen_error = f"ritmeregie cannot open its command channel at {name}: {why}"
        log.info("%s", self.listen_error)  # run_app says it on the terminal, once

    @Slot()
    def on_new_connection(self) -> None:
        if self._server is None:
            return
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            _Connection(socket, self)

    def dispatch(self, command: Command, reply: Reply) -> None:
        if self.receivers(SIGNAL("command_received(PyObject,PyObject)")) == 0:
            reply({"ok": False, "error": f"command {command.name} is not handled"})
            return
        self.command_received.emit(command, reply)

    @Slot()
    def close(self) -> None:
        """Stop listening and release the lock (idempotent; also runs on app quit)."""
        if self._server is not None:
            self._server.close()  # removes the socket file while we still hold the lock
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if self._folder_lock is not None:
            _unlock_folder(self._folder_lock)
            self._folder_lock = None
        self._held = False


class _FolderBusyError(Exception):
    """Another process holds the data folder's flock."""


def _lock_folder(data_dir: Path) -> int | None:
    """flock the data folder: its descriptor when we got it, None where there is no flock
    (Windows) or the folder cannot be opened; _FolderBusyError when another process holds it."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(data_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    except OSError as error:
        log.info("cannot open %s to lock it: %s", data_dir, error)
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise _FolderBusyError from None
    except OSError as error:  # a file system without flock
        log.info("cannot lock %s: %s", data_dir, error)
        os.close(fd)
        return None
    return fd


def _unlock_folder(fd: int | None) -> None:
    if fd is None:
        return
    with contextlib.suppress(OSError):
        os.close(fd)  # closing the descriptor releases the flock


def _socket_place_problem(path: Path) -> str | None:
    """What keeps us from listening at `path`: a folder that is not ours and private, or
    something at the path that is not a socket of ours (never removed then)."""
    problem = paths.prepare_socket_dir(path.parent)
    if problem is not None:
        return problem
    try:
        info = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"{path} cannot be looked at ({error.strerror or error})"
    if not stat.S_ISSOCK(info.st_mode):
        return f"{path} is there and is not a socket"
    if info.st_uid != os.getuid():
        return f"{path} belongs to another user (uid {info.st_uid})"
    return None
