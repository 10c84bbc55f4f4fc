"""`ritmeregie doctor`: what a support person asks first — paths, schema, integrity, tray, notifications."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from typing import TextIO

from . import __version__
from .i18n import active_language, translate

TRAY_PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QSystemTrayIcon\n"
    "app = QApplication(sys.argv[:1])\n"
    "print('yes' if QSystemTrayIcon.isSystemTrayAvailable() else 'no')\n"
)
TRAY_PROBE_TIMEOUT_S = 15


def tray_status() -> tuple[bool | None, str]:
    """Ask Qt in a child process, so a missing display can never take doctor down with it."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return None, translate("cli", "no display (not in a desktop session)")
    try:
        done = subprocess.run(
            [sys.executable, "-c", TRAY_PROBE],
            capture_output=True,
            text=True,
            timeout=TRAY_PROBE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, translate("cli", "could not ask Qt ({error})").format(error=type(exc).__name__)
    answer = done.stdout.strip().splitlines()[-1:] or [""]
    if answer == ["yes"]:
        return True, translate("cli", "available")
    if answer == ["no"]:
        return False, translate("cli", "not available: ritmeregie shows its Today window instead")
    return None, translate("cli", "Qt could not start (exit code {code})").format(
        code=done.returncode
    )


def run_doctor(args: argparse.Namespace, out: TextIO) -> int:
    from .cli import data_dir_from
    from .platform.paths import local_timezone_name
    from .platform.services import notification_service_available
    from .storage import StoreError, open_store

    problems = 0

    def line(ok: bool | None, label: str, value: str) -> None:
        mark = {True: "✓", False: "✗", None: "–"}[ok]
        out.write(f"{mark} {label:<22} {value}\n")

    line(
        None,
        translate("cli", "version"),
        f"ritmeregie {__version__}, Python {sys.version.split()[0]}",
    )
    folder = data_dir_from(args)
    line(None, translate("cli", "data folder"), str(folder))
    try:
        store = open_store(folder)
    except StoreError as exc:
        line(False, translate("cli", "database"), str(exc))
        return 1
    with store:
        line(True, translate("cli", "database"), str(store.path))
        line(None, translate("cli", "schema version"), store.schema_version())
        integrity = store.integrity_check()
        problems += integrity != "ok"
        line(integrity == "ok", translate("cli", "integrity"), integrity)
        zone = str(store.settings.get("timezone") or "") or local_timezone_name()
        line(None, translate("cli", "time zone"), zone)
        line(None, translate("cli", "language"), active_language())
    tray_ok, tray_text = tray_status()
    line(tray_ok, translate("cli", "system tray"), tray_text)
    notify_ok = notification_service_available()
    line(
        notify_ok,
        translate("cli", "notifications"),
        translate("cli", "a notification service answers")
        if notify_ok
        else translate("cli", "no notification service: nudges appear in ritmeregie's own window"),
    )
    return 1 if problems else 0
