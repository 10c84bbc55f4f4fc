"""`ritmeregie doctor`: what a support person asks first — paths, schema, integrity, tray, notifications."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ritmeregie import __version__
from ritmeregie.platform.i18n import active_language, translate

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
    from sqlalchemy.exc import SQLAlchemyError

    from ritmeregie.cli.common import data_dir_from
    from ritmeregie.platform.paths import local_timezone_name
    from ritmeregie.platform.services import notification_service_available
    from ritmeregie.storage import SchemaTooNewError, StoreError, WriteProblem, open_store

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
    except SchemaTooNewError as exc:
        problems += 1
        line(False, translate("cli", "database"), str(exc))
    except StoreError as exc:
        problems += 1
        line(False, translate("cli", "database"), str(exc))
        line(
            None,
            "",
            translate(
                "cli",
                "Starting ritmeregie sets a damaged file aside and restores the newest good "
                "backup; or choose one yourself with 'ritmeregie restore FILE'.",
            ),
        )
    else:
        with store:
            line(True, translate("cli", "database"), str(store.path))
            if store.read_only:
                problems += 1
                line(
                    False,
                    translate("cli", "saving"),
                    translate(
                        "cli",
                        "not possible: the disk is full (your data is readable and not damaged)",
                    )
                    if store.read_only_because is WriteProblem.DISK_FULL
                    else translate("cli", "not possible: the data folder is read-only"),
                )
            line(None, translate("cli", "schema version"), store.schema_version())
            try:
                integrity = store.integrity_check()
            except SQLAlchemyError as exc:  # damage that only shows when the pages are read
                integrity = str(getattr(exc, "orig", None) or exc)
            problems += integrity != "ok"
            line(integrity == "ok", translate("cli", "integrity"), integrity)
            zone = store.settings.timezone_name() or local_timezone_name()
            line(None, translate("cli", "time zone"), zone)
            line(None, translate("cli", "language"), active_language())
    problems += data_safety(folder, line)
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


Line = Callable[[bool | None, str, str], None]
BACKUP_FRESH = dt.timedelta(days=2)


def data_safety(folder: Path, line: Line) -> int:
    """Backups, the last recovery and the folder's privacy; returns the number of problems.

    Only looks: modes are repaired by the app at its start, never by doctor.
    """
    from ritmeregie.storage.backup import backups_dir, list_backups
    from ritmeregie.storage.permissions import check_permissions
    from ritmeregie.storage.recovery import last_recovery

    problems = 0
    backups = list_backups(folder)
    if not backups:
        line(
            None,
            translate("cli", "backups"),
            translate("cli", "none yet in {path} (the app makes one every day)").format(
                path=backups_dir(folder)
            ),
        )
    else:
        newest = backups[0]
        age = dt.datetime.now(dt.UTC) - newest.taken
        line(
            True if age <= BACKUP_FRESH else None,
            translate("cli", "backups"),
            translate("cli", "{count} in {path}; newest {when} ({kind})").format(
                count=len(backups),
                path=backups_dir(folder),
                when=f"{newest.taken.astimezone():%Y-%m-%d %H:%M}",
                kind=newest.kind.value,
            ),
        )
    recovery = last_recovery(folder)
    if recovery is None:
        line(None, translate("cli", "last recovery"), translate("cli", "none"))
    else:
        restored = (
            translate("cli", "restored from {path}").format(path=recovery.restored_from)
            if recovery.restored_from
            else translate("cli", "no good backup: started empty")
        )
        line(
            None,
            translate("cli", "last recovery"),
            translate("cli", "{when}: {damage}; the old file is in {path}; {restored}").format(
                when=f"{recovery.at.astimezone():%Y-%m-%d %H:%M}",
                damage=damage_text(recovery.damage.value),
                path=recovery.moved_to,
                restored=restored,
            ),
        )
    found = check_permissions(folder)
    foreign = [problem for problem in found if problem.owner is not None]
    if foreign:
        problems += 1
        line(
            False,
            translate("cli", "privacy"),
            translate(
                "cli",
                "{count} owned by another user, e.g. {path} (uid {uid}); ritmeregie will not use "
                "this folder",
            ).format(count=len(foreign), path=foreign[0].path, uid=foreign[0].owner),
        )
    elif not found:
        line(True, translate("cli", "privacy"), translate("cli", "folders 0700, files 0600"))
    else:
        problems += 1
        first = found[0]
        line(
            False,
            translate("cli", "privacy"),
            translate(
                "cli",
                "{count} not private, e.g. {path} ({mode}); ritmeregie repairs this at its next start",
            ).format(count=len(found), path=first.path, mode=f"{first.mode:04o}"),
        )
    return problems


def damage_text(damage: str) -> str:
    """The damage a recovery found, in words (also used by the app's notice)."""
    texts = {
        "empty": translate("cli", "the database file was empty"),
        "truncated": translate("cli", "the database file was cut short"),
        "not-a-database": translate("cli", "the database file was not a database any more"),
        "malformed": translate("cli", "the database file was damaged inside"),
    }
    return texts.get(damage, damage)
