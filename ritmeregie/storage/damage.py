"""Damage to the store's file: how it is seen, and what SQLite reports while the data is used.

Only real damage counts: a file that is empty (or holds no tables), truncated, without an SQLite
header ("file is not a database"), or that SQLite itself finds malformed. Every open looks in
O(1) (structural_damage); the page-by-page look (diagnose) runs only when that one, or SQLite
while the data was used (note_damage), found something. What is done about it is
storage/recovery.py's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from .backup import BackupFile, list_backups
from .database import FILE_MODE, SQLITE_HEADER, close_quietly, readonly_uri
from .errors import StoreError
from .migrate import MIGRATIONS_DIR, read_state

log = logging.getLogger("ritmeregie.storage")

# A database's companions: renamed, copied and looked at together with it.
SIDECARS = ("-wal", "-shm", "-journal")
_HEADER_BYTES = 100


class Damage(enum.StrEnum):
    EMPTY = "empty"  # the file holds nothing (0 bytes, or an SQLite file without tables)
    TRUNCATED = "truncated"  # shorter than SQLite's own header says
    NOT_A_DATABASE = "not-a-database"  # no SQLite header: garbage, or another kind of file
    MALFORMED = "malformed"  # an SQLite file that SQLite finds damaged inside


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
    if found is None and holds_nothing(path):
        return Damage.EMPTY, "the file holds no tables"
    return found


def holds_nothing(path: Path) -> bool:
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


def forget_noted_damage(data_dir: Path) -> None:
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


def known_revisions() -> frozenset[str]:
    return frozenset(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("*_*.py"))
