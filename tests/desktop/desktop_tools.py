"""Helpers for tests that run inside ``tools/desktop-session``.

They talk to the real daemons of the session: dunst (through ``dunstctl``), the private D-Bus (through
``dbus-send``) and the X server (through ``xdotool``). Waiting is done by polling with a deadline, never by
fixed sleeps.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

NOTIFICATIONS_NAME = "org.freedesktop.Notifications"
DEFAULT_TIMEOUT_S = 10.0
POLL_INTERVAL_S = 0.02
ICON_SIZE_PX = 32


def _process_qt_events() -> None:
    # Let a running QApplication breathe while we poll, so tray/menus/dbus replies can make progress.
    if QGuiApplication.instance() is not None:
        QGuiApplication.processEvents()


def wait_until(
    predicate: Callable[[], bool],
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    what: str = "condition",
) -> None:
    """Poll ``predicate`` until it returns True; raise AssertionError when the deadline passes."""
    deadline = time.monotonic() + timeout_s
    while True:
        _process_qt_events()
        if predicate():
            return
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout_s:g} s waiting for {what}")
        time.sleep(POLL_INTERVAL_S)


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=10).stdout


# --- D-Bus -----------------------------------------------------------------------------------------


def name_has_owner(name: str) -> bool:
    result = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply=literal",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        capture_output=True,
        text=True,
        timeout=10,
    )
    return result.returncode == 0 and "true" in result.stdout


# --- dunst -----------------------------------------------------------------------------------------


def dunst_history() -> list[dict[str, object]]:
    """dunst's notification history, newest first, each as ``{"summary": ..., "body": ..., ...}``."""
    raw = json.loads(_run("dunstctl", "history"))
    entries: list[dict[str, object]] = []
    for group in raw.get("data", []):
        for notification in group:
            entries.append({key: field.get("data") for key, field in notification.items()})
    return entries


def dunst_close_all() -> None:
    """Close every shown or waiting notification; dunst moves them into its history."""
    _run("dunstctl", "close-all")


def wait_for_history_entry(
    summary: str, *, timeout_s: float = DEFAULT_TIMEOUT_S
) -> dict[str, object]:
    """Close all notifications until one with ``summary`` shows up in the history, and return it."""
    found: list[dict[str, object]] = []

    def arrived() -> bool:
        dunst_close_all()
        found[:] = [entry for entry in dunst_history() if entry.get("summary") == summary]
        return bool(found)

    wait_until(arrived, timeout_s=timeout_s, what=f"notification {summary!r} in dunst's history")
    return found[0]


def dunst_pid() -> int:
    return int(os.environ["RITMEREGIE_DUNST_PID"])


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (killed child of ours not yet reaped) still answers kill(0); check its state.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def stop_dunst() -> None:
    """Kill the session's dunst by its PID and wait until the notification name is free."""
    pid = dunst_pid()
    os.kill(pid, 15)
    wait_until(lambda: not _pid_alive(pid), what=f"dunst (pid {pid}) to exit")
    wait_until(
        lambda: not name_has_owner(NOTIFICATIONS_NAME), what="the notification name to be free"
    )


def start_dunst() -> int:
    """Start dunst again with the session's config; the session stops it by PID on exit."""
    session_dir = Path(os.environ["RITMEREGIE_SESSION_DIR"])
    # Started through a shell that exits at once, so dunst is not our child: nothing to reap, and the
    # session (not this test process) owns it from here on.
    pid_text = _run(
        "sh",
        "-c",
        'dunst -config "$1" </dev/null >>"$2" 2>&1 & echo $!',
        "sh",
        os.environ["RITMEREGIE_DUNSTRC"],
        str(session_dir / "dunst-restarted.log"),
    )
    pid = int(pid_text.strip())
    with (session_dir / "extra-pids").open("a") as pids:
        pids.write(f"{pid}\n")
    os.environ["RITMEREGIE_DUNST_PID"] = str(pid)
    wait_until(
        lambda: name_has_owner(NOTIFICATIONS_NAME), what="the restarted dunst to own its name"
    )
    return pid


# --- X input and screenshots -----------------------------------------------------------------------


def _click(x: int, y: int, button: int) -> None:
    _run("xdotool", "mousemove", str(x), str(y), "click", str(button))


def left_click(x: int, y: int) -> None:
    _click(x, y, 1)


def right_click(x: int, y: int) -> None:
    _click(x, y, 3)


def screenshot(path: Path) -> Path:
    """Save a PNG of the whole X display (needs a QGuiApplication)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        raise RuntimeError("no screen to take a screenshot of")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not screen.grabWindow(0).save(str(path), "PNG"):
        raise RuntimeError(f"could not save the screenshot to {path}")
    return path


# --- Tray icons ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmbeddedTray:
    icon: QSystemTrayIcon
    menu: QMenu
    holder: QWidget


def solid_icon(colour: str) -> QIcon:
    pixmap = QPixmap(ICON_SIZE_PX, ICON_SIZE_PX)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def tray_is_embedded(icon: QSystemTrayIcon) -> bool:
    """True once the icon sits in the tray host: a real, non-empty geometry inside the screen."""
    geometry = icon.geometry()
    screen = QGuiApplication.primaryScreen()
    return (
        screen is not None and not geometry.isEmpty() and screen.geometry().contains(geometry, True)
    )


def region_is_painted(rect: QRect) -> bool:
    """True when the display inside ``rect`` is no longer one flat colour (the bare root window)."""
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height()).toImage()
    if image.isNull():
        return False
    first = image.pixel(0, 0)
    return any(
        image.pixel(x, y) != first
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )


def centre_of(rect: QRect) -> tuple[int, int]:
    centre = rect.center()
    return centre.x(), centre.y()


def park_pointer() -> None:
    """Move the pointer off the tray icon, so a click on the icon is a real move-and-click and a
    hover tooltip from an earlier test does not cover the menu."""
    subprocess.run(["xdotool", "mousemove", "200", "600"], check=True, timeout=10)

    def parked() -> bool:
        where = subprocess.run(
            ["xdotool", "getmouselocation", "--shell"],
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
        return where.split()[:2] == ["X=200", "Y=600"]

    wait_until(parked, what="the pointer to move off the tray")
