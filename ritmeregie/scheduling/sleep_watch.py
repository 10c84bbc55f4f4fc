"""Resume from sleep, as logind announces it on the system bus (Linux only; a no-op elsewhere).

logind sends `PrepareForSleep(true)` before a suspend and `PrepareForSleep(false)` after the
resume. Without a system bus or logind (Windows, macOS, containers) the watch stays silent and the
wall-clock heartbeat remains the way a suspend is noticed.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_INTERFACE = "org.freedesktop.login1.Manager"
PREPARE_FOR_SLEEP = "PrepareForSleep"


class SleepWatch(QObject):
    """Emits `went_to_sleep` before a suspend and `resumed` after it."""

    went_to_sleep = Signal()
    resumed = Signal()

    def __init__(self, bus: object | None = None, parent: QObject | None = None) -> None:
        """`bus` is a QDBusConnection; None means the system bus (tests pass a private bus)."""
        super().__init__(parent)
        self._available = False
        if bus is None and not sys.platform.startswith("linux"):
            log.info("no logind on %s; resume is noticed by the wall-clock watch", sys.platform)
            return
        # Imported here: QtDBus is only useful (and only reliably shipped) on Linux.
        from PySide6.QtDBus import QDBusConnection

        connection = bus if isinstance(bus, QDBusConnection) else QDBusConnection.systemBus()
        if not connection.isConnected():
            log.info("no system bus (%s); sleep watch off", connection.lastError().message())
            return
        # The stubs take only bytes for the slot, which this PySide6 refuses (see below).
        self._available = connection.connect(  # type: ignore[call-overload]
            LOGIND_SERVICE,
            LOGIND_PATH,
            LOGIND_INTERFACE,
            PREPARE_FOR_SLEEP,
            self,
            # A SLOT() string, not bytes: PySide6 6.12 rejects the bytes its stubs advertise.
            SLOT("on_prepare_for_sleep(bool)"),
        )
        if not self._available:
            log.info("could not subscribe to logind PrepareForSleep; sleep watch off")
        # Keep the connection object alive as long as the subscription.
        self._connection = connection

    @property
    def available(self) -> bool:
        return self._available

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            log.info("system is going to sleep")
            self.went_to_sleep.emit()
        else:
            log.info("system resumed")
            self.resumed.emit()
