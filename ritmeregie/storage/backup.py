"""Copies of the database in data_dir/backups: daily (rotating), manual, and before a migration.

Every copy is made with SQLite's online backup API (consistent while the app keeps writing),
written under a hidden temporary name, checked with PRAGMA integrity_check, and only then renamed
into place: a crash or a full disk never leaves a half copy that looks like a backup. Copies are
0600 in a 0700 folder and carry the moment they were taken as their modification time, so "the
newest" is the newest by the app's clock.

Names: `daily-YYYY-MM-DD.sqlite3` (the local day), `manual-<UTC stamp>.sqlite3`,
`pre-migration-<revision>-<UTC stamp>.sqlite3`. Only daily copies are ever rotated away: the last
KEEP_DAILY days, plus the newest copy of each of the last KEEP_WEEKLY calendar weeks and of the
last KEEP_MONTHLY calendar months.

A store that lost its data must not push out the copies that hold it: rotation never removes
the newest daily copy that holds more than twice the rows of today's copy (the rows of the
user's records, not settings). While the store stays that small, that copy stays, however old;
once the store holds its data again (or a newer copy holds as much), the normal rule applies.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import itertools
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .database import close_quietly, create_private_file, ensure_private_dir
from .errors import StoreError

log = logging.getLogger("ritmeregie.storage")

BACKUPS_DIRNAME = "backups"
BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
LOST_DATA_FACTOR = 2  # a copy holding more than twice today's rows holds data the store lost
# Tables whose rows are not the user's records (a new, empty store has settings too).
_NOT_RECORDS = frozenset({"alembic_version", "settings"})
_DAILY_NAME = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_PARTIAL_NAME = re.compile(r"^\..*\.(\d+)\.partial$")


class BackupKind(enum.StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    PRE_MIGRATION = "pre-migration"
    OTHER = "other"  # a file the user put there themselves


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    kind: BackupKind
    taken: dt.datetime  # aware UTC: when the copy was made (its modification time)
    size_bytes: int


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_DIRNAME


def utc_stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def copy_database(source: Path, target: Path, now: dt.datetime) -> Path:
    """Copy the database at `source` to `target` (which must not exist yet), verified, mode 0600.

    Raises StoreError with one readable line when the source cannot be read, the copy is not
    sound, or the disk is full; whatever was half-written is removed (it is our own copy, never
    the user's file).
    """
    if target.exists():
        raise StoreError(f"{target} already exists; choose another name.")
    if not source.is_file():
        raise StoreError(f"There is no database at {source} to copy.")
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    partial.unlink(missing_ok=True)  # our own leftover from an earlier attempt of this process
    try:
        create_private_file(partial)
        _online_copy(source, partial)
        _fsync(partial)
        if target.exists():
            raise StoreError(f"{target} already exists; choose another name.")
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Could not write the copy {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    stamp = now.timestamp()
    with contextlib.suppress(OSError):
        os.utime(target, (stamp, stamp))
        _fsync_dir(target.parent)
    return target


def _online_copy(source: Path, partial: Path) -> None:
    try:
        # mode=rw: never create a missing file; a read-only connection cannot read a WAL whose
        # -shm is missing, a read-write one can (it only reads here).
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot read {source} to back it up ({exc}).") from exc
    try:
        copy = sqlite3.connect(partial)
        try:
            src.backup(copy)
            # The copy is one standalone file: no -wal next to it when it is opened later.
            copy.execute("PRAGMA journal_mode=DELETE")
            verdict = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        finally:
            close_quietly(copy)
    except sqlite3.Error as exc:
        raise StoreError(f"Could not copy {source}: {_reason(exc)}.") from exc
    finally:
        close_quietly(src)
    if verdict != ["ok"]:
        raise StoreError(
            f"The copy of {source} is not sound ({'; '.join(map(str, verdict[:3]))}); "
            "the database itself may be damaged."
        )


def _reason(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "disk is full" in text or "disk I/O error" in text:
        return "the disk is full or cannot be written"
    return text


def make_backup(
    source: Path, data_dir: Path, kind: BackupKind, now: dt.datetime, label: str = ""
) -> Path:
    """A new copy in backups/, named `<kind>[-<label>]-<UTC stamp>.sqlite3` (never overwriting)."""
    folder = backups_dir(data_dir)
    ensure_private_dir(folder)
    base = "-".join(part for part in (kind.value, label, utc_stamp(now)) if part)
    for attempt in itertools.count():
        target = folder / f"{base}{f'-{attempt}' if attempt else ''}{BACKUP_SUFFIX}"
        if not target.exists():
            break
    path = copy_database(source, target, now)
    log.info("backed up %s to %s", source, path)
    return path


def daily_backup(source: Path, data_dir: Path, today: dt.date, now: dt.datetime) -> Path | None:
    """Today's copy, unless it exists already; then rotate. None when nothing was made."""
    if not source.is_file():
        return None
    folder = backups_dir(data_dir)
    ensure_private_dir(folder)
    remove_stale_partials(folder)
    target = folder / f"{BackupKind.DAILY.value}-{today.isoformat()}{BACKUP_SUFFIX}"
    if target.exists():
        return None
    path = copy_database(source, target, now)
    log.info("daily backup %s", path)
    rotate(data_dir, current=path)
    return path


def rotate(
    data_dir: Path,
    keep_daily: int = KEEP_DAILY,
    keep_weekly: int = KEEP_WEEKLY,
    keep_monthly: int = KEEP_MONTHLY,
    *,
    current: Path | None = None,
) -> list[Path]:
    """Remove daily copies outside the last `keep_daily` days and the newest of each of the last
    `keep_weekly` calendar weeks and `keep_monthly` months, except the copy that holds the data
    a shrunken store lost (`current`: today's copy; see the module docstring). Returns what was
    removed. Other copies are never rotated."""
    daily: dict[dt.date, Path] = {}
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _DAILY_NAME.match(path.name)
        if match:
            with contextlib.suppress(ValueError):
                daily[dt.date.fromisoformat(match.group(1))] = path
    keep = set(daily_to_keep(list(daily), keep_daily, keep_weekly, keep_monthly))
    if current is not None and any(date not in keep for date in daily):
        holder = _newest_holding_more(daily, current)
        if holder is not None and holder not in keep:
            log.warning(
                "kept the daily backup of %s: it holds far more than the store does now", holder
            )
            keep.add(holder)
    removed = []
    for date, path in sorted(daily.items()):
        if date not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed:
        log.info("rotated away %d old daily backups", len(removed))
    return removed


def daily_to_keep(
    dates: list[dt.date], keep_daily: int, keep_weekly: int, keep_monthly: int = 0
) -> list[dt.date]:
    """The dates whose daily copy stays: newest first."""
    newest_first = sorted(set(dates), reverse=True)
    keep = set(newest_first[:keep_daily])
    keep.update(_newest_per(newest_first, keep_weekly, lambda d: tuple(d.isocalendar()[:2])))
    keep.update(_newest_per(newest_first, keep_monthly, lambda d: (d.year, d.month)))
    return sorted(keep, reverse=True)


def _newest_per(
    newest_first: list[dt.date], count: int, period: Callable[[dt.date], tuple[int, ...]]
) -> list[dt.date]:
    found: dict[tuple[int, ...], dt.date] = {}
    for date in newest_first:
        key = period(date)
        if key not in found:
            if len(found) == count:
                break
            found[key] = date
    return list(found.values())


def _newest_holding_more(daily: dict[dt.date, Path], current: Path) -> dt.date | None:
    """The newest daily copy with more than LOST_DATA_FACTOR times the rows of `current`."""
    now_rows = record_rows(current)
    if now_rows is None:
        return None
    for date, path in sorted(daily.items(), reverse=True):
        if path == current:
            continue
        rows = record_rows(path)
        if rows is not None and rows > LOST_DATA_FACTOR * now_rows:
            return date
    return None


def record_rows(path: Path) -> int | None:
    """How many of the user's records a (standalone) copy holds; None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = [
            str(row[0])
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not str(row[0]).startswith("sqlite_") and str(row[0]) not in _NOT_RECORDS
        ]
        total = 0
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            total += int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
        return total
    except sqlite3.Error:
        return None
    finally:
        close_quietly(conn)


def remove_stale_partials(folder: Path) -> None:
    """Temporary copies left by a process that died while copying (never a finished backup)."""
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        match = _PARTIAL_NAME.match(path.name)
        if match and not _alive(int(match.group(1))):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but is not ours
    return True


def list_backups(data_dir: Path) -> list[BackupFile]:
    """Every finished copy in backups/, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.name.startswith(".") or path.suffix != BACKUP_SUFFIX or not path.is_file():
            continue
        try:
            info = path.stat()
        except OSError:
            continue
        found.append(
            BackupFile(
                path,
                _kind_of(path.name),
                dt.datetime.fromtimestamp(info.st_mtime, dt.UTC),
                info.st_size,
            )
        )
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def _kind_of(name: str) -> BackupKind:
    for kind in (BackupKind.DAILY, BackupKind.MANUAL, BackupKind.PRE_MIGRATION):
        if name.startswith(f"{kind.value}-"):
            return kind
    return BackupKind.OTHER


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = [
    "BACKUPS_DIRNAME",
    "KEEP_DAILY",
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "BackupFile",
    "BackupKind",
    "backups_dir",
    "copy_database",
    "daily_backup",
    "daily_to_keep",
    "list_backups",
    "make_backup",
    "rotate",
]
