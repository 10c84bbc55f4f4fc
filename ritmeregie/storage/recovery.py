"""A damaged store at the app's start: set it aside (never delete), restore the newest good backup.

Only real damage is repaired: a file that is empty (or holds no tables), truncated, without an
SQLite header ("file is not a database"), or that SQLite itself finds malformed. Every open looks
in O(1) (structural_damage); the page-by-page look runs only when that one, or SQLite while the
data was used, found something. Everything else
that keeps a store from opening — a newer schema, somebody else's database, a folder that cannot
be written, a lock — is reported and left exactly as it is.

The order keeps every step safe to interrupt: a backup is first copied and verified under a
temporary name; the journal (recoveries.jsonl) then says a recovery started; the damaged file and
its -wal/-shm are renamed together into set-aside/<stamp>-<damage>/; the verified copy is renamed
into place; the journal says it is done. A start that finds a started, unfinished recovery and no
database finishes it. The CLI never calls this: only `open_store(..., recover=True)` does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import json
import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ritmeregie.domain.clock import Clock, SystemClock

from .backup import BackupFile, copy_database, list_backups
from .database import (
    DB_FILENAME,
    FILE_MODE,
    SQLITE_HEADER,
    close_quietly,
    ensure_private_dir,
    prepare_data_dir,
    readonly_uri,
)
from .errors import NotADatabaseError, ReadOnlyStoreError, SchemaTooNewError, StoreError
from .migrate import MIGRATIONS_DIR, read_state
from .permissions import repair_permissions
from .utc import utc_now

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger("ritmeregie.storage")

SET_ASIDE_DIRNAME = "set-aside"
JOURNAL_FILENAME = "recoveries.jsonl"
SIDECARS = ("-wal", "-shm", "-journal")
_HEADER_BYTES = 100


class Damage(enum.StrEnum):
    EMPTY = "empty"  # the file holds nothing (0 bytes, or an SQLite file without tables)
    TRUNCATED = "truncated"  # shorter than SQLite's own header says
    NOT_A_DATABASE = "not-a-database"  # no SQLite header: garbage, or another kind of file
    MALFORMED = "malformed"  # an SQLite file that SQLite finds damaged inside


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


# --- looking ---------------------------------------------------------------------------------------
#
# Every open looks at the file in O(1): the header (magic, page size, the page count it declares
# against the file's size) and a read of the schema, the schema version and the first and last
# row of every table (the root and the edge pages, where a torn or cut file shows first). A full
# `PRAGMA quick_check` reads every page — O(file size), 0.1 to 0.4 s for ten years of data — so it
# runs only where it is affordable: on a copy once a problem is suspected, after SQLite reported
# damage while the data was used (DAMAGE_SEEN_FILENAME), on every daily backup's copy, and in
# `ritmeregie doctor`.


def _header_damage(path: Path, size: int, head: bytes) -> tuple[Damage, str] | None:
    """What the first 100 bytes and the file's size say (an empty file is not judged here)."""
    if len(head) < len(SQLITE_HEADER):
        if SQLITE_HEADER.startswith(head):
            return Damage.TRUNCATED, f"the file is only {size} bytes"
        return Damage.NOT_A_DATABASE, "the file has no SQLite header"
    if head[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return Damage.NOT_A_DATABASE, "the file has no SQLite header"
    if len(head) < _HEADER_BYTES:
        return Damage.TRUNCATED, f"the file is only {size} bytes"
    page_size = _page_size(head)
    if page_size is None or head[21:24] != b"\x40\x20\x20":
        return Damage.NOT_A_DATABASE, "file is not a database (its header is not SQLite's)"
    declared = _declared_size(head, page_size)
    # A checkpoint copies the -wal's pages into the file header first, so a crash in the middle
    # leaves a header that runs ahead of the file; the -wal still holds every page and SQLite
    # replays it. Judge the size only when there is no -wal with frames in it.
    if declared is not None and size < declared and not _has_wal_frames(path):
        return Damage.TRUNCATED, f"the file is {size} bytes, its header says {declared}"
    return None


def _has_wal_frames(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 32  # more than the WAL header
    except OSError:
        return False


def _page_size(head: bytes) -> int | None:
    raw = int.from_bytes(head[16:18], "big")
    size = 65536 if raw == 1 else raw
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else None


def _declared_size(head: bytes, page_size: int) -> int | None:
    page_count = int.from_bytes(head[28:32], "big")
    # The page count is only valid when "version-valid-for" equals the change counter.
    if page_count == 0 or head[92:96] != head[24:28]:
        return None
    return page_size * page_count


def _read_head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(_HEADER_BYTES)


def structural_damage(path: Path) -> tuple[Damage, str] | None:
    """The damage an O(1) look at the live file finds, or None (also for an empty or missing
    file, and when a read-only look is not possible). Never writes the file or its -wal."""
    try:
        info = path.stat()
        head = _read_head(path) if info.st_size else b""
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        return None
    return _header_damage(path, info.st_size, head) or _read_damage(path)


def _read_damage(path: Path, *, uri: str | None = None) -> tuple[Damage, str] | None:
    """Read the schema, the schema version and the first and last row of every table."""
    try:
        conn = sqlite3.connect(uri or readonly_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = [
            str(row[0])
            for row in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            conn.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
            with contextlib.suppress(sqlite3.OperationalError):  # a WITHOUT ROWID table
                conn.execute(f"SELECT max(rowid) FROM {quoted}").fetchall()
        if "alembic_version" in tables:
            conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return None  # cannot open or lock read-only: not a verdict about the file
    except sqlite3.DatabaseError as exc:
        return _damage_of(exc), str(exc)
    finally:
        close_quietly(conn)
    return None


def _damage_of(exc: sqlite3.DatabaseError) -> Damage:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_NOTADB or "not a database" in str(exc):
        return Damage.NOT_A_DATABASE
    return Damage.MALFORMED


def diagnose(path: Path, data_dir: Path) -> tuple[Damage, str] | None:
    """The damage of the database file, or None when it is not damaged (or not there).

    The thorough look (O(file size)): the header, then the schema read and SQLite's quick check
    on a copy — SQLite opening the real file could checkpoint a -wal into it.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None  # not ours to move
    if info.st_size == 0:
        # A new store is never empty on disk (store.create_new_store): an empty file lost its data.
        return Damage.EMPTY, "the file is empty"
    found = _header_damage(path, info.st_size, _read_head(path))
    if found is None:
        found = _check_copy(path, data_dir)
    if found is None and _holds_nothing(path):
        return Damage.EMPTY, "the file holds no tables"
    return found


def _holds_nothing(path: Path) -> bool:
    """An SQLite file without a single table: what a store that lost its data looks like, as
    ritmeregie never leaves one behind (somebody else's database has tables; it is refused)."""
    try:
        state = read_state(path)
    except StoreError:
        return False
    return state.version is None and not state.has_data_tables


def newest_good_backup(data_dir: Path) -> BackupFile | None:
    """The newest backup that is a sound ritmeregie database this version can read (a look
    without copying: backups are standalone files, read-only here)."""
    for backup in list_backups(data_dir):
        try:
            with backup.path.open("rb") as fh:
                if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    continue
            if _read_damage(backup.path) is not None:
                continue
            state = read_state(backup.path)
        except (OSError, StoreError):
            continue
        if state.version in known_revisions():
            return backup
    return None


def restore_hint(data_dir: Path) -> str:
    """What to do about a store that cannot be used: the restore command, with the backup."""
    backup = newest_good_backup(data_dir)
    if backup is None:
        return (
            "There is no good backup in "
            f"{Path(data_dir) / 'backups'}; move the file away to start with an empty store."
        )
    return f"Restore the newest good backup with: ritmeregie restore '{backup.path}'"


def _check_copy(path: Path, data_dir: Path) -> tuple[Damage, str] | None:
    scratch = data_dir / f".diagnose-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)  # our own leftover
    scratch.mkdir(mode=0o700)
    try:
        copy = scratch / path.name
        for suffix in ("", *SIDECARS):
            original = Path(f"{path}{suffix}")
            if original.is_file():
                shutil.copyfile(original, f"{copy}{suffix}")
        uri = f"{copy.resolve().as_uri()}?mode=rw"
        return _read_damage(copy, uri=uri) or _quick_check(copy)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _quick_check(path: Path) -> tuple[Damage, str] | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        return Damage.MALFORMED, str(exc)
    try:
        verdict = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return _damage_of(exc), str(exc)
    finally:
        close_quietly(conn)
    if verdict != ["ok"]:
        return Damage.MALFORMED, "; ".join(verdict[:3])
    return None


# --- damage SQLite reports while the data is used ----------------------------------------------------

DAMAGE_SEEN_FILENAME = "damage-seen"
# SQLite's primary result codes that mean the file itself is damaged.
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def reported_damage(exc: BaseException) -> str | None:
    """SQLite's words when `exc` (or the DB-API error it wraps) says the file is damaged."""
    orig = getattr(exc, "orig", None)
    inner = orig if isinstance(orig, sqlite3.Error) else exc
    code = getattr(inner, "sqlite_errorcode", None)
    if code is None or int(code) & 0xFF not in _DAMAGE_CODES:
        return None
    return str(inner)


def note_damage(data_dir: Path, detail: str, now: dt.datetime) -> None:
    """Remember that SQLite found damage, so that the app's next start looks at every page (the
    O(1) look may not reach a damaged page in the middle of a table) and repairs it."""
    line = json.dumps({"at": now.isoformat(), "detail": detail}, ensure_ascii=False) + "\n"
    try:
        fd = os.open(
            Path(data_dir) / DAMAGE_SEEN_FILENAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE
        )
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)
    except OSError as exc:  # a read-only or full disk: the message still reaches the user
        log.warning("could not note the damage SQLite reported: %s", exc)


def damage_noted(data_dir: Path) -> bool:
    return (Path(data_dir) / DAMAGE_SEEN_FILENAME).is_file()


def _forget_noted_damage(data_dir: Path) -> None:
    with contextlib.suppress(OSError):
        (Path(data_dir) / DAMAGE_SEEN_FILENAME).unlink()


class DamageWatch:
    """Who has to say it when SQLite reports damage while the store is in use (the app's notice).

    Listeners get SQLite's words and whether this is the first report in this session."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[str, bool], object]] = []
        self.seen: str | None = None

    def listen(self, listener: Callable[[str, bool], object]) -> None:
        self._listeners.append(listener)

    def saw(self, detail: str) -> None:
        first = self.seen is None
        self.seen = detail
        for listener in list(self._listeners):
            try:
                listener(detail, first)
            except Exception:  # a listener must not turn the report into a second error
                log.exception("a damage listener failed")


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


def known_revisions() -> frozenset[str]:
    return frozenset(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*_*.py"))


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
    data_dir: Path, clock: Clock | None, open_plain: Callable[[Path, Clock], Store]
) -> Store:
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
        or _holds_nothing(path)
    )
    found = diagnose(path, data_dir) if suspect else None
    if found is not None:
        found = diagnose(path, data_dir)
    if found is not None:
        recovery = recover(path, data_dir, found[0], found[1], now)
    if noted:
        _forget_noted_damage(data_dir)  # repaired, or every page was looked at and found sound
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
