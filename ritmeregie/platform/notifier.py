"""Nudges as OS notifications, behind one small protocol.

``PlyerNotifier`` sends real notifications (D-Bus on Linux, toast on Windows); ``TrayNotifier`` shows the
tray icon's own message; ``FallbackNotifier`` tries them in order, reports a broken part once and retries it
later, so a notification daemon that comes back is used again. plyer and Qt are imported lazily: this module
is importable by the CLI (``ritmeregie doctor``) without either.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ritmeregie.platform.services import session_bus_configured

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 10
DEFAULT_RETRY_AFTER_S = 60.0
# How long a D-Bus notification call may take. plyer's own call first introspects the daemon with
# D-Bus's default 25 s timeout: a hung (stopped) daemon froze the app's main thread that long per
# nudge (measured: 25.0 s). A live daemon answers in milliseconds.
DBUS_CALL_TIMEOUT_S = 2.0


class Notifier(Protocol):
    def notify(self, title: str, message: str) -> bool:
        """Show a notification; True when it was handed to something that shows it."""
        ...


class NotificationUnavailable(RuntimeError):
    """No working notification backend on this system."""


class NullNotifier:
    """Delivers nothing (tests, ``--no-notifications``, or the last link of a chain)."""

    def notify(self, title: str, message: str) -> bool:
        return False


class PlyerNotifier:
    """Real OS notifications through plyer.

    On Linux plyer's D-Bus backend is used directly: its ``notify-send`` fallback fails silently (it only
    prints to stderr), so a missing daemon would look like success. Any failure returns False and is logged
    once per outage.
    """

    def __init__(
        self,
        *,
        app_name: str = "ritmeregie",
        app_icon_path: str | None = None,
        timeout_s: int = DEFAULT_TIMEOUT_S,
    ) -> None:
        # Windows wants an .ico here; on Linux pass None (the daemon uses the app name).
        self._app_name = app_name
        self._app_icon_path = app_icon_path
        self._timeout_s = timeout_s
        self._backend: Any = None
        self._failure_logged = False

    def notify(self, title: str, message: str) -> bool:
        try:
            backend = self._backend if self._backend is not None else self._load_backend()
            backend.notify(
                title=title,
                message=message,
                app_name=self._app_name,
                app_icon=self._app_icon_path or "",
                timeout=self._timeout_s,
            )
        except Exception as exc:
            # plyer raises DBusException, NotImplementedError, OSError, ...: all mean "not delivered".
            if not self._failure_logged:
                log.warning("OS notification failed, using the fallback: %s", exc)
                self._failure_logged = True
            return False
        self._failure_logged = False
        return True

    def _load_backend(self) -> Any:
        if sys.platform.startswith("linux"):
            if not session_bus_configured():
                raise NotificationUnavailable("no D-Bus session bus")
            try:
                import dbus  # noqa: F401  (plyer's D-Bus backend needs it)
            except ImportError as exc:
                raise NotificationUnavailable("dbus-python is not installed") from exc
            self._backend = _bounded_dbus_backend()
        else:
            from plyer import notification

            self._backend = notification
        return self._backend


def _bounded_dbus_backend() -> Any:
    """plyer's D-Bus notification, with every call bounded by DBUS_CALL_TIMEOUT_S: no
    introspection (the signature is the specification's), one Notify call with a timeout."""
    from plyer.platforms.linux.notification import NotifyDbus

    class BoundedNotifyDbus(NotifyDbus):
        def _notify(self, **kwargs: Any) -> None:
            import dbus

            name = "org.freedesktop.Notifications"
            bus = dbus.SessionBus()
            target = bus.get_object(name, "/org/freedesktop/Notifications", introspect=False)
            target.Notify(
                kwargs.get("app_name", ""),
                dbus.UInt32(0),
                kwargs.get("app_icon", ""),
                kwargs.get("title", ""),
                kwargs.get("message", ""),
                dbus.Array([], signature="s"),
                dbus.Dictionary({}, signature="sv"),
                dbus.Int32(int(kwargs.get("timeout", DEFAULT_TIMEOUT_S)) * 1000),
                dbus_interface=name,
                signature="susssasa{sv}i",
                timeout=DBUS_CALL_TIMEOUT_S,
            )

    return BoundedNotifyDbus()


class TrayMessageSink(Protocol):
    """What TrayNotifier needs of a QSystemTrayIcon."""

    def showMessage(
        self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None: ...

    def isVisible(self) -> bool: ...


class TrayNotifier:
    """The tray icon's own message (a balloon on XEmbed trays, a real notification on SNI trays)."""

    def __init__(
        self, tray: TrayMessageSink, *, duration_ms: int = DEFAULT_TIMEOUT_S * 1000
    ) -> None:
        self._tray = tray
        self._duration_ms = duration_ms

    def notify(self, title: str, message: str) -> bool:
        from PySide6.QtWidgets import QSystemTrayIcon

        # isVisible() is True even with no tray at all, so ask whether a tray host exists.
        if not QSystemTrayIcon.isSystemTrayAvailable() or not self._tray.isVisible():
            return False
        self._tray.showMessage(
            title, message, QSystemTrayIcon.MessageIcon.Information, self._duration_ms
        )
        return True


@dataclass(frozen=True)
class NotifierProblem:
    """A part of the chain stopped delivering; the UI turns this into a translated message."""

    failed: str
    used_instead: str | None


ProblemCallback = Callable[[NotifierProblem], None]


class ProblemHook:
    """A Qt-free, signal-like hook: ``connect(callback)``; every callback gets each emitted problem."""

    def __init__(self) -> None:
        self._callbacks: list[ProblemCallback] = []

    def connect(self, callback: ProblemCallback) -> None:
        self._callbacks.append(callback)

    def emit(self, problem: NotifierProblem) -> None:
        for callback in list(self._callbacks):
            try:
                callback(problem)
            except Exception:
                log.exception("a notifier problem callback failed")


def _name_of(part: Notifier) -> str:
    return type(part).__name__


class FallbackNotifier:
    """Try each notifier in order until one delivers.

    A part that fails is skipped until ``retry_after_s`` has passed (keeps notify() fast while a daemon is
    gone) and then tried again, so a restarted daemon is used again. The last part is always tried. The
    first failure is reported once, through ``problem_reported``.
    """

    def __init__(
        self,
        parts: Sequence[Notifier],
        *,
        on_problem: ProblemCallback | None = None,
        retry_after_s: float = DEFAULT_RETRY_AFTER_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if not parts:
            raise ValueError("FallbackNotifier needs at least one notifier")
        self._parts = list(parts)
        self._retry_after_s = retry_after_s
        self._monotonic = monotonic
        self._failed_at: dict[int, float] = {}
        self._problem_seen = False
        self.problem_reported = ProblemHook()
        if on_problem is not None:
            self.problem_reported.connect(on_problem)

    @property
    def degraded(self) -> bool:
        """True while some part is known to be failing."""
        return bool(self._failed_at)

    def notify(self, title: str, message: str) -> bool:
        now = self._monotonic()
        last = len(self._parts) - 1
        failed_now: list[int] = []
        delivered_by: int | None = None
        for index, part in enumerate(self._parts):
            failed_at = self._failed_at.get(index)
            if failed_at is not None and index != last and now - failed_at < self._retry_after_s:
                continue
            if self._try(part, title, message):
                self._failed_at.pop(index, None)
                delivered_by = index
                break
            self._failed_at[index] = now
            failed_now.append(index)
        if failed_now and not self._problem_seen:
            self._problem_seen = True
            used = None if delivered_by is None else _name_of(self._parts[delivered_by])
            self.problem_reported.emit(NotifierProblem(_name_of(self._parts[failed_now[0]]), used))
        return delivered_by is not None

    @staticmethod
    def _try(part: Notifier, title: str, message: str) -> bool:
        try:
            return bool(part.notify(title, message))
        except Exception:
            log.exception("notifier %s raised", _name_of(part))
            return False
