"""A damaged store at the app's start: set it aside (never delete), restore the newest good backup.

What counts as damage, and how it is seen, is storage/damage.py's. Everything else that keeps a
store from opening — a newer schema, somebody else's database, a folder that cannot be written, a
lock — is reported and left exactly as it is.

The order keeps every step safe to interrupt: a backup is first copied and verified under a
temporary name; the journal (recoveries.jsonl) then says a recovery started; the damaged file and
its -wal/-shm are renamed together into set-aside/<stamp>-<damage>/; the verified copy is renamed
into place; the journal says it is done. A start that finds a started, unfinished recovery and no
database finishes it. The CLI never calls this: only `open_store(..., recover=True)` does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from ritmeregie.domain.clock import Clock, SystemClock

from .backup import BackupFile, copy_database, list_backups
from .damage import (
    SIDECARS,
    Damage,
    damage_noted,
    diagnose,
    forget_noted_damage,
    holds_nothing,
    known_revisions,
    structural_damage,
)
from .database import (
    DB_FILENAME,
    FILE_MODE,
    SQLITE_HEADER,
    ensure_private_dir,
    prepare_data_dir,
)
from .errors import NotADatabaseError, ReadOnlyStoreError, SchemaTooNewError, StoreError
from .migrate import read_state
from .permissions import repair_permissions
from .utc import utc_now

log = logging.getLogger("ritmeregie.storage")

SET_ASIDE_DIRNAME = "set-aside"
JOURNAL_FILENAME = "recoveries.jsonl"


@dataclass(frozen=True, slots=True)
class Recovery:
    """What a recovery did; kept in recoveries.jsonl, shown by the app and by `doctor`."""

    at: dt.datetime  # aware UTC
    damage: Damage
    detail: str  # SQLite's (or our) own words about the damage
    moved_to: Path  # the folder that now holds the damaged file and its -wal/-shm
    moved_files: tuple[str, ...]
    restored_from: Path | None  # None: no good backup existed, the store started empty
    restored_taken: dt.datetime | None
    done: bool = True


class Recoverable(Protocol):
    """What open_with_recovery opens (storage/store.py's Store): it says what was repaired."""

    recovery: Recovery | None


OpenedStore = TypeVar("OpenedStore", bound=Recoverable)


# --- moving and placing ----------------------------------------------------------------------------


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SIDECARS if Path(f"{path}{suffix}").exists()]


def new_aside_folder(data_dir: Path, reason: str, now: dt.datetime) -> Path:
    """A new, empty, private folder set-aside/<UTC stamp>-<reason>[-n]/."""
    parent = Path(data_dir) / SET_ASIDE_DIRNAME
    ensure_private_dir(parent)
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    attempt = 0
    while True:
        folder = parent / f"{stamp}-{reason}{f'-{attempt}' if attempt else ''}"
        try:
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)
            return folder
        except FileExistsError:
            attempt += 1


def move_set(path: Path, folder: Path) -> list[str]:
    """Rename the database and its -wal/-shm/-journal together into `folder`.

    The names stay as they were, so the set can be opened again as it was. The database goes
    first: a -wal left without its database is never replayed into a new one (open_with_recovery
    sets such strays aside too).
    """
    moved = []
    for source in ([path] if path.exists() else []) + sidecars(path):
        os.replace(source, folder / source.name)
        moved.append(source.name)
    _fsync_dir(path.parent)
    log.info("set aside %s in %s", ", ".join(moved) or "nothing", folder)
    return moved


def set_aside(path: Path, data_dir: Path, reason: str, now: dt.datetime) -> tuple[Path, list[str]]:
    """Move the database with its sidecars into a new set-aside folder (never deleting)."""
    folder = new_aside_folder(data_dir, reason, now)
    return folder, move_set(path, folder)


def prepare_restore(source: Path, data_dir: Path, now: dt.datetime) -> Path:
    """A verified copy of `source` next to the database, under a temporary name.

    Refuses (StoreError, one line) a file that is not a sound ritmeregie database, or one written
    by a newer ritmeregie (SchemaTooNewError). Nothing of the user's is changed.
    """
    temp = Path(data_dir) / f".restoring-{os.getpid()}.sqlite3"
    temp.unlink(missing_ok=True)  # our own leftover
    if not source.is_file():
        raise StoreError(f"{source} is not a file.")
    with source.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(f"{source} is not a ritmeregie database (not an SQLite file).")
    copy_database(source, temp, now)
    try:
        state = read_state(temp)
        if state.version is None:
            raise NotADatabaseError(f"{source} is not a ritmeregie database (no schema version).")
        if state.version not in known_revisions():
            raise SchemaTooNewError(
                f"{source} was written by a newer ritmeregie (schema {state.version}); "
                "please update ritmeregie first."
            )
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def place(prepared: Path, path: Path) -> None:
    """Rename a prepared copy into place; the old database and its sidecars must be gone already
    (a stale -wal next to a restored file would be replayed into it)."""
    if path.exists() or sidecars(path):
        raise StoreError(f"{path} or its -wal/-shm is still there; set it aside first.")
    os.chmod(prepared, FILE_MODE)
    os.replace(prepared, path)
    _fsync_dir(path.parent)


# --- the journal -----------------------------------------------------------------------------------


def journal_path(data_dir: Path) -> Path:
    return Path(data_dir) / JOURNAL_FILENAME


def _write_journal(data_dir: Path, recovery: Recovery) -> None:
    line = json.dumps(
        {
            "at": recovery.at.isoformat(),
            "damage": recovery.damage.value,
            "detail": recovery.detail,
            "moved_to": str(recovery.moved_to),
            "moved_files": list(recovery.moved_files),
            "restored_from": str(recovery.restored_from) if recovery.restored_from else None,
            "restored_taken": recovery.restored_taken.isoformat()
            if recovery.restored_taken
            else None,
            "done": recovery.done,
        },
        ensure_ascii=False,
    )
    fd = os.open(journal_path(data_dir), os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    try:
        os.write(fd, (line + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def recoveries(data_dir: Path) -> list[Recovery]:
    """Every recovery in the journal, oldest first (a started one is replaced by its done line)."""
    try:
        text = journal_path(data_dir).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    found: dict[str, Recovery] = {}
    for line in text.splitlines():
        try:
            data = json.loads(line)
            recovery = Recovery(
                at=dt.datetime.fromisoformat(data["at"]),
                damage=Damage(data["damage"]),
                detail=str(data["detail"]),
                moved_to=Path(data["moved_to"]),
                moved_files=tuple(data["moved_files"]),
                restored_from=Path(data["restored_from"]) if data["restored_from"] else None,
                restored_taken=dt.datetime.fromisoformat(data["restored_taken"])
                if data["restored_taken"]
                else None,
                done=bool(data["done"]),
            )
        except (ValueError, KeyError, TypeError):
            continue  # a torn last line after a crash
        found[str(recovery.moved_to)] = recovery
    return sorted(found.values(), key=lambda r: r.at)


def last_recovery(data_dir: Path) -> Recovery | None:
    found = recoveries(data_dir)
    return found[-1] if found else None


# --- the whole procedure ---------------------------------------------------------------------------


def recover(path: Path, data_dir: Path, damage: Damage, detail: str, now: dt.datetime) -> Recovery:
    """Set the damaged file aside and put the newest good backup in its place."""
    prepared, chosen = _newest_good_backup(data_dir, now)
    try:
        folder = new_aside_folder(data_dir, damage.value, now)
        started = Recovery(
            now.astimezone(dt.UTC),
            damage,
            detail,
            folder,
            (),
            chosen.path if chosen else None,
            chosen.taken if chosen else None,
            done=False,
        )
        _write_journal(data_dir, started)  # from here on, a crash is finished at the next start
        moved = move_set(path, folder)
        if prepared is not None:
            place(prepared, path)
    finally:
        if prepared is not None:
            prepared.unlink(missing_ok=True)
    done = dataclasses.replace(started, moved_files=tuple(moved), done=True)
    _write_journal(data_dir, done)
    log.warning(
        "recovered from a %s database: old file in %s, restored from %s",
        damage.value,
        folder,
        chosen.path if chosen else "nothing (started empty)",
    )
    return done


def _newest_good_backup(data_dir: Path, now: dt.datetime) -> tuple[Path | None, BackupFile | None]:
    for backup in list_backups(data_dir):
        try:
            return prepare_restore(backup.path, data_dir, now), backup
        except StoreError as exc:
            log.warning("backup %s is not usable: %s", backup.path, exc)
    return None, None


def _finish_interrupted(path: Path, data_dir: Path, now: dt.datetime) -> Recovery | None:
    """A recovery that set the file aside but died before the backup was in place."""
    last = last_recovery(data_dir)
    if last is None or last.done or path.exists():
        return None
    prepared, chosen = _newest_good_backup(data_dir, now)
    if not path.exists() and sidecars(path):
        move_set(path, last.moved_to)  # the rest of the set, if the crash came between renames
    moved = tuple(sorted(p.name for p in last.moved_to.iterdir())) if last.moved_to.is_dir() else ()
    if prepared is not None:
        place(prepared, path)
    done = dataclasses.replace(
        last,
        moved_files=moved,
        restored_from=chosen.path if chosen else None,
        restored_taken=chosen.taken if chosen else None,
        done=True,
    )
    _write_journal(data_dir, done)
    return done


def open_with_recovery(
    data_dir: Path, clock: Clock | None, open_plain: Callable[[Path, Clock], OpenedStore]
) -> OpenedStore:
    """open_store(recover=True): permissions repaired, damage set aside and restored.

    `store.recovery` says what was done (None when nothing was). A newer schema or somebody
    else's database is never touched: their StoreError goes to the caller.
    """
    clock = clock or SystemClock()
    data_dir = Path(data_dir).expanduser()
    try:
        prepare_data_dir(data_dir)
    except ReadOnlyStoreError:
        return open_plain(data_dir, clock)  # nothing can be repaired there: opened for reading
    repair_permissions(data_dir)
    path = data_dir / DB_FILENAME
    now = utc_now(clock)
    recovery = _finish_interrupted(path, data_dir, now)
    if not path.exists() and sidecars(path):
        set_aside(path, data_dir, "orphaned", now)  # a -wal without its database: never replay
    # Looked at before SQLite opens the real file for writing (that could checkpoint a -wal into
    # it); a copy torn by a writer next door is not taken for damage, as it is looked at twice.
    # The O(1) look is read-only (it never writes the database or its -wal); only when it sees a
    # problem, or SQLite reported damage since the last start, are copies examined page by page,
    # twice, before anything moves.
    noted = damage_noted(data_dir)
    suspect = path.is_file() and (
        noted
        or path.stat().st_size == 0
        or structural_damage(path) is not None
        or holds_nothing(path)
    )
    found = diagnose(path, data_dir) if suspect else None
    if found is not None:
        found = diagnose(path, data_dir)
    if found is not None:
        recovery = recover(path, data_dir, found[0], found[1], now)
    if noted:
        forget_noted_damage(data_dir)  # repaired, or every page was looked at and found sound
    store = open_plain(data_dir, clock)
    store.recovery = recovery
    return store


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
