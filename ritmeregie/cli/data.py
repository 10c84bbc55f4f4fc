"""backup, restore and forget: your data from a terminal.

None of these repairs anything by itself. A backup copies the database as it is (an online copy,
so the app may keep running). restore and forget refuse while the app runs for this data folder;
restore checks FILE before it changes anything and keeps the current data (database with its
-wal/-shm) in set-aside/; forget removes only after the typed word (or --yes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
from pathlib import Path

from ritmeregie.cli.common import CliError, data_dir_from
from ritmeregie.platform.i18n import plural, translate

# What `forget --all` removes from the data folder besides the database and its sidecars.
FORGET_FOLDERS = ("backups", "set-aside")
FORGET_FILES = ("recoveries.jsonl", "ritmeregie-error.log")
FORGET_PREFIXES = ("ritmeregie.sqlite3", "ritmeregie.log", ".restoring-", ".creating-")
CONFIRM_WORDS = frozenset({"forget", "vergeet"})


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _size(n_bytes: int) -> str:
    if n_bytes < 1024 * 1024:
        return f"{max(1, round(n_bytes / 1024))} KB"
    return f"{n_bytes / (1024 * 1024):.1f} MB"


# --- is the app running for this folder? ----------------------------------------------------------


def app_running(data_dir: Path) -> bool:
    """True when a ritmeregie app holds this data folder (it answers, or its lock is alive)."""
    from ritmeregie.platform.ipc_client import IpcError, NoInstanceError, send_command

    try:
        send_command(data_dir, "status", timeout_s=2.0)
        return True
    except NoInstanceError:
        pass
    except IpcError:
        return True  # something listens but does not answer: do not pull the file away
    return _folder_locked(data_dir) or _lock_alive(data_dir / "instance.lock")


def _folder_locked(data_dir: Path) -> bool:
    """The running app holds an flock on the data folder (platform/single_instance.py)."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(data_dir, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # also releases the probe's own lock at once
    return False


def _lock_alive(lock: Path) -> bool:
    # QLockFile writes the holder's pid on its first line; a dead pid means a stale lock.
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0])
    except (OSError, ValueError):
        return False
    if pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():  # a reused pid that is not ritmeregie is no holder
        try:
            return b"ritmeregie" in cmdline.read_bytes()
        except OSError:
            return True
    return True


def _refuse_while_running(data_dir: Path, what: str) -> None:
    if app_running(data_dir):
        raise CliError(
            translate(
                "cli",
                "ritmeregie is running; quit it first ('ritmeregie quit'), then {what} again.",
            ).format(what=what)
        )


# --- backup ---------------------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from ritmeregie.storage import StoreError
    from ritmeregie.storage.backup import BackupKind, copy_database, make_backup
    from ritmeregie.storage.database import DB_FILENAME, check_data_folder_owned

    if args.list:
        if args.file:
            raise CliError(translate("cli", "--list takes no FILE."))
        return _list_backups(data_dir_from(args))
    target = None
    now = _now()
    if args.file:
        target = Path(args.file).expanduser()
        if target.is_dir():
            target = target / f"ritmeregie-{now.astimezone():%Y-%m-%d-%H%M%S}.sqlite3"
        if target.exists():
            raise CliError(
                translate("cli", "{path} already exists; choose a new name.").format(path=target)
            )
        if not target.parent.is_dir():
            raise CliError(
                translate("cli", "The folder {path} does not exist.").format(path=target.parent)
            )
    folder = data_dir_from(args)
    source = folder / DB_FILENAME
    if not source.is_file():
        raise CliError(
            translate("cli", "There is nothing to back up yet: no database in {path}.").format(
                path=folder
            )
        )
    try:
        check_data_folder_owned(folder)  # another user's store is neither read nor copied
        if target is None:
            written = make_backup(source, folder, BackupKind.MANUAL, now)
        else:
            written = copy_database(source, target.resolve(), now)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    print(
        translate("cli", "Backup written to {path} ({size}).").format(
            path=written, size=_size(written.stat().st_size)
        )
    )
    return 0


def _list_backups(folder: Path) -> int:
    from ritmeregie.storage.backup import backups_dir, list_backups

    found = list_backups(folder)
    if not found:
        print(translate("cli", "No backups yet in {path}.").format(path=backups_dir(folder)))
        return 0
    for backup in found:
        print(
            f"  {backup.taken.astimezone():%Y-%m-%d %H:%M}  {backup.kind.value:<13} "
            f"{_size(backup.size_bytes):>8}  {backup.path}"
        )
    return 0


# --- restore --------------------------------------------------------------------------------------


def cmd_restore(args: argparse.Namespace) -> int:
    from ritmeregie.storage import StoreError, open_store
    from ritmeregie.storage.database import DB_FILENAME, prepare_data_dir
    from ritmeregie.storage.recovery import place, prepare_restore, set_aside, sidecars

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(translate("cli", "{path} is not a file.").format(path=source))
    source = source.resolve()
    folder = data_dir_from(args)
    target = folder / DB_FILENAME
    if source == target:
        raise CliError(translate("cli", "That is the database itself; choose a backup."))
    _refuse_while_running(folder, "restore")
    now = _now()
    try:
        prepare_data_dir(folder)
        prepared = prepare_restore(source, folder, now)  # checked before anything is moved
    except StoreError as exc:
        raise CliError(str(exc)) from None
    kept = None
    try:
        if target.exists() or sidecars(target):
            kept, _moved = set_aside(target, folder, "before-restore", now)
        place(prepared, target)
    finally:
        prepared.unlink(missing_ok=True)
    try:
        open_store(folder).close()  # an older backup is brought up to date here
    except StoreError as exc:
        raise CliError(str(exc)) from None
    print(translate("cli", "Restored from {path}.").format(path=source))
    if kept is not None:
        print(translate("cli", "Your previous data is kept in {path}.").format(path=kept))
    return 0


# --- forget ---------------------------------------------------------------------------------------


def cmd_forget(args: argparse.Namespace) -> int:
    folder = data_dir_from(args)
    doomed = _forget_targets(folder)
    if not doomed:
        print(translate("cli", "There is nothing to forget in {path}.").format(path=folder))
        return 0
    _refuse_while_running(folder, "forget")
    if not args.yes:
        print(
            translate(
                "cli",
                "This removes everything you entered in ritmeregie from {path}: agenda, "
                "must-dos, calls, reflections, DADUs, frictions, checklists, notes, settings, "
                "and all backups and set-aside copies of them. It cannot be undone. To keep a "
                "copy first, run 'ritmeregie export --all' or 'ritmeregie backup FILE'.",
            ).format(path=folder)
        )
        print(translate("cli", "Type 'forget' to remove it all: "), end="", flush=True)
        answer = sys.stdin.readline()
        if answer.strip().lower() not in CONFIRM_WORDS:
            raise CliError(translate("cli", "Nothing was removed."))
    removed = 0
    for path in doomed:
        try:
            if path.is_dir() and not path.is_symlink():
                removed += sum(1 for p in path.rglob("*") if not p.is_dir())
                shutil.rmtree(path)
            else:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise CliError(
                translate("cli", "Could not remove {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                )
            ) from None
    print(
        translate(
            "cli",
            "Forgotten: {files} removed from {path}. The next start begins with the "
            "default rhythm and an empty agenda.",
        ).format(
            files=plural(removed, translate("cli", "1 file"), translate("cli", "{count} files")),
            path=folder,
        )
    )
    return 0


def _forget_targets(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        name = path.name
        if (
            name in FORGET_FOLDERS
            or name in FORGET_FILES
            or any(name.startswith(prefix) for prefix in FORGET_PREFIXES)
        ):
            found.append(path)
    return found
