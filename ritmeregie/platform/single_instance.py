"""One running app per user and data dir, and the command channel into it.

A QLockFile in the data dir is the arbiter: whoever holds it is the instance and listens
on a QLocalServer (the full socket path from ``paths.server_name`` on POSIX, a named pipe
on Windows). Only the lock holder may remove a socket left behind by a killed instance,
so simultaneous starts cannot delete each other's live socket.

Requests and answers use the line protocol defined in ``ipc_client`` (no Qt there, so
the CLI can import it cheaply).
"""

from __future__ import annotations

import logging
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
        self._server: QLocalServer | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def is_primary(self) -> bool:
        return self._lock is not None

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    @property
    def server_name(self) -> str:
        return paths.server_name(self._data_dir)

    def acquire(self) -> bool:
        """True: we are the instance (and listen); False: another instance holds the lock."""
        if self._lock is not None:
            return True
        self._data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = QLockFile(str(self._data_dir / LOCK_FILE_NAME))
        # Age alone never makes the lock stale: a live instance may run for weeks. Qt still
        # takes over a lock whose process has died.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            raise SingleInstanceError(
                f"cannot create the lock file in {self._data_dir} ({lock.error().name})"
            )
        self._lock = lock
        self._listen()
        return True

    def _listen(self) -> None:
        name = self.server_name
        # Safe only because we hold the lock: whatever socket is there belongs to a dead
        # instance (a killed process leaves its socket file behind). With UserAccessOption
        # Qt on Unix binds in a private temp dir and renames over the path, which would
        # also replace a stale file; the explicit removal keeps us independent of that.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self.on_new_connection)
        if not server.listen(name):
            # We are still the one instance; only the CLI channel is missing.
            log.warning("Cannot listen on %s: %s", name, server.errorString())
            server.deleteLater()
            return
        self._server = server

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
