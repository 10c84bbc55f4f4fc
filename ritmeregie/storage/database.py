"""The file on disk: data folder and file permissions, the first sanity checks, and the engine
with its per-connection pragmas. Nothing here ever deletes or rewrites a user's file."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .errors import (
    NotADatabaseError,
    NotOwnedError,
    ReadOnlyStoreError,
    StoreError,
    WriteFailedError,
    WriteProblem,
)

log = logging.getLogger("ritmeregie.storage")

DB_FILENAME = "ritmeregie.sqlite3"
DIR_MODE = 0o700
FILE_MODE = 0o600
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
CREATING_PREFIX = ".creating-"  # a new store being built, before it is linked into place
BEGIN_OPTION = "ritmeregie_begin"  # execution option: the statement that opens a transaction


# Less room than this on the data folder's disk is a full disk: SQLite needs a few pages for its
# -wal and -shm before it can even read a WAL database.
FULL_BELOW_BYTES = 256 * 1024


def disk_full(path: Path) -> bool:
    """Whether the disk holding `path` (a file or folder) has no room left for us (ENOSPC's
    state: SQLite reports it as "database or disk is full", or as a "disk I/O error" when the
    -shm cannot grow)."""
    folder = path if path.is_dir() else path.parent
    try:
        if hasattr(os, "statvfs"):
            info = os.statvfs(folder)
            return info.f_bavail * info.f_frsize < FULL_BELOW_BYTES
        import shutil

        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def full_disk_line(path: Path) -> str:
    return (
        f"The disk holding {path} is full; ritmeregie can read your data but not save. "
        "Make some room and try again (nothing is damaged)."
    )


def owner_elsewhere(path: Path) -> int | None:
    """The uid of another user who owns `path` (not following a link), or None when it is ours,
    missing, or the system has no owners to compare (Windows)."""
    if not hasattr(os, "getuid"):
        return None
    try:
        uid = path.lstat().st_uid
    except OSError:
        return None
    return uid if uid != os.getuid() else None


def user_name(uid: int) -> str:
    try:
        import pwd

        return f"{pwd.getpwuid(uid).pw_name}, uid {uid}"
    except (ImportError, KeyError):
        return f"uid {uid}"


def check_owned(path: Path) -> None:
    """Refuse a file or folder another user owns: they could read what we write there, or
    swap it under us. Nothing is changed (chmod on another's file is not ours to do)."""
    uid = owner_elsewhere(path)
    if uid is not None:
        raise NotOwnedError(
            f"{path} belongs to another user ({user_name(uid)}); ritmeregie will not read or "
            "write it. Remove it as that user or an administrator, or choose another folder "
            "with --data-dir."
        )


def check_data_folder_owned(data_dir: Path) -> None:
    """The data folder and everything directly in it (and in backups/) must be ours."""
    check_owned(data_dir)
    if not data_dir.is_dir():
        return
    for folder in (data_dir, data_dir / "backups"):
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            check_owned(folder / name)


def prepare_data_dir(data_dir: Path) -> None:
    """Create the data folder (0700) if needed and check that it is ours and we can write in it."""
    try:
        data_dir.stat()
    except (FileNotFoundError, NotADirectoryError):
        pass  # made below (or refused there with the reason)
    except OSError as exc:  # a parent she cannot enter, a name too long: even exists() fails
        raise StoreError(
            f"The data folder {data_dir} cannot be opened: {exc.strerror or exc}."
        ) from exc
    if data_dir.exists() and not data_dir.is_dir():
        raise StoreError(f"The data folder {data_dir} is a file, not a folder.")
    check_data_folder_owned(data_dir)
    if not data_dir.exists():
        try:
            data_dir.mkdir(mode=DIR_MODE, parents=True)
            # mkdir's mode passes through the umask; say exactly what we mean.
            os.chmod(data_dir, DIR_MODE)
        except FileExistsError:
            pass  # another process (the CLI next to the app) was faster
        except OSError as exc:
            raise StoreError(
                f"Cannot create the data folder {data_dir}: {exc.strerror or exc}."
            ) from exc
    if not os.access(data_dir, os.X_OK):
        raise StoreError(f"The data folder {data_dir} cannot be opened by you.")
    if not os.access(data_dir, os.W_OK):
        raise ReadOnlyStoreError(f"The data folder {data_dir} is not writable.")


def ensure_private_dir(path: Path) -> None:
    """A sub-folder of the data folder (backups) with the same 0700 rule."""
    check_owned(path)
    if not path.exists():
        try:
            path.mkdir(mode=DIR_MODE)
            os.chmod(path, DIR_MODE)
        except FileExistsError:
            pass
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {path}: {exc.strerror or exc}.") from exc


def create_private_file(path: Path) -> bool:
    """Create an empty file with mode 0600 before SQLite ever opens it; False if it already existed.

    Creating it ourselves means no other user can read it for even a moment (SQLite would use the
    umask, often 0644), and SQLite gives the -wal and -shm files the database file's mode.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        return False
    except OSError as exc:
        raise StoreError(f"Cannot create the database {path}: {exc.strerror or exc}.") from exc
    try:
        os.fchmod(fd, FILE_MODE)  # a restrictive umask must not leave us without write access
    finally:
        os.close(fd)
    return True


def check_database_file(path: Path, *, read_only: bool = False) -> None:
    """Refuse anything that is not an (empty or) SQLite file, before SQLite writes to it.

    A file we may read but not write raises ReadOnlyStoreError (unless read_only is asked for)."""
    if not path.is_file():
        raise NotADatabaseError(f"{path} is not a regular file; ritmeregie will not touch it.")
    if not os.access(path, os.R_OK):
        raise StoreError(f"The database {path} cannot be read by you.")
    if not read_only and not os.access(path, os.W_OK):
        raise ReadOnlyStoreError(f"The database {path} is not writable.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Cannot read the database {path}: {exc.strerror or exc}.") from exc
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(
            f"{path} is not a ritmeregie database (not an SQLite file); it was left untouched."
        )


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A plain read-only connection for looking before we leap (no pragmas, no journal change)."""
    return sqlite3.connect(readonly_uri(path), uri=True)


def readonly_uri(path: Path) -> str:
    """The URI that reads the file without writing anything next to it.

    `mode=ro` is the normal way, but a WAL file needs its -shm, which SQLite cannot create in a
    read-only folder; then the file is opened as immutable (nobody can write it there anyway).
    """
    plain = f"{path.resolve().as_uri()}?mode=ro"
    try:
        probe = sqlite3.connect(plain, uri=True)
    except sqlite3.Error:
        return plain
    try:
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as exc:
        if _primary_code(exc) in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            return f"{plain}&immutable=1"
        # A full disk: no room for the -shm a WAL reader needs. Without a -wal holding pages
        # the file alone is the whole store, so reading it as immutable misses nothing.
        full = _primary_code(exc) in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL)
        if full and not _wal_pages(path) and disk_full(path):
            return f"{plain}&immutable=1"
    except sqlite3.Error:
        pass  # damage or not a database: the caller's own look reports it
    finally:
        close_quietly(probe)
    return plain


def _wal_pages(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 32  # more than the WAL header
    except OSError:
        return False


def make_engine(
    path: Path, *, foreign_keys: bool = True, begin: str = "BEGIN", read_only: bool = False
) -> Engine:
    """An engine whose every connection runs with WAL, full sync and a busy timeout.

    Migrations ask for foreign_keys off: a batch migration rebuilds a table by dropping it, and
    with foreign keys on that drop would cascade into (and delete) the child rows. They also
    begin with BEGIN IMMEDIATE, so two processes opening a new store at once take turns and the
    second one finds the schema already current.
    """
    if read_only:
        uri = readonly_uri(path)
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy emits BEGIN itself (below), so transactions and DDL behave as written.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            mode = cursor.execute("PRAGMA journal_mode" + ("" if read_only else "=WAL")).fetchone()[
                0
            ]
            if str(mode).lower() != "wal" and not read_only:
                log.warning("SQLite refused WAL for %s (journal mode %s)", path, mode)
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get(BEGIN_OPTION, begin))

    return engine


# SQLite's primary result codes that mean "the disk would not take it" (sqlite3 constants).
_WRITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: WriteProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: WriteProblem.READ_ONLY,
    sqlite3.SQLITE_IOERR: WriteProblem.DISK_ERROR,
    sqlite3.SQLITE_BUSY: WriteProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: WriteProblem.LOCKED,
    sqlite3.SQLITE_CANTOPEN: WriteProblem.CANNOT_OPEN,
    sqlite3.SQLITE_PERM: WriteProblem.READ_ONLY,
}


def _primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def write_failure(exc: BaseException, path: Path) -> WriteFailedError | None:
    """The WriteFailedError a failed write means, or None when it is not the disk's doing."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    code = _primary_code(exc)
    problem = _WRITE_PROBLEMS.get(code) if code is not None else None
    if problem is WriteProblem.DISK_ERROR and disk_full(path):
        problem = WriteProblem.DISK_FULL  # a -wal or -shm that could not grow: ENOSPC
    return None if problem is None else WriteFailedError(problem, path)


WriteListener = Callable[[WriteFailedError | None, bool], None]


class WriteWatch:
    """Whether writes reach the disk, for whoever has to tell the user — once.

    Every listener hears each failed write as (error, first): `first` is True for the first
    failure after a success (say it), False while the trouble lasts (log it). A write that
    succeeds again after a failure is heard as (None, True).
    """

    def __init__(self) -> None:
        self.failing: WriteFailedError | None = None
        self._listeners: list[WriteListener] = []

    def listen(self, listener: WriteListener) -> None:
        self._listeners.append(listener)

    def failed(self, error: WriteFailedError) -> None:
        first = self.failing is None
        self.failing = error
        self._tell(error, first)

    def succeeded(self) -> None:
        if self.failing is not None:
            self.failing = None
            self._tell(None, True)

    def _tell(self, error: WriteFailedError | None, first: bool) -> None:
        for listener in list(self._listeners):
            try:
                listener(error, first)
            except Exception:  # a listener must never turn a refused write into another error
                log.exception("a write listener failed")


class Sessions:
    """Sessions for reading and for writing.

    A write starts with BEGIN IMMEDIATE: in WAL mode a deferred transaction that reads first and
    writes later fails at once with "database is locked" when another process wrote in between
    (the busy timeout does not help there); taking the write lock up front makes it wait instead.

    A write the disk refuses (full, read-only, I/O error, locked past the busy timeout) is rolled
    back and raised as WriteFailedError with one readable line, and `watch` hears of it.
    """

    def __init__(
        self,
        engine: Engine,
        path: Path | None = None,
        watch: WriteWatch | None = None,
        read_only_because: WriteProblem | None = None,
        on_commit: Callable[[], None] | None = None,
    ):
        self._read = sessionmaker(engine, expire_on_commit=False)
        # A store opened read-only for a reason (a full disk) says that reason for every write.
        self._read_only_because = read_only_because
        writer = engine.execution_options(**{BEGIN_OPTION: "BEGIN IMMEDIATE"})
        self._write = sessionmaker(writer, expire_on_commit=False)
        self._path = path or Path(str(engine.url.database or "database"))
        self.watch = watch or WriteWatch()
        # Every write commits here, so this is the one place that announces a change.
        self._on_commit = on_commit

    def read(self) -> Session:
        return self._read()

    @contextlib.contextmanager
    def write(self, *, announce: bool = True) -> Iterator[Session]:
        """A session in a transaction, committed on success and rolled back on error.

        `announce=False` is for the app's own bookkeeping that changes no plan (the nudge log):
        its commit is not announced, so showing a nudge does not replan the day.
        """
        try:
            with self._write.begin() as session:
                yield session
        except DBAPIError as exc:
            failure = write_failure(exc, self._path)
            if failure is None:
                raise
            if self._read_only_because is not None:
                failure = WriteFailedError(self._read_only_because, self._path)
            log.info("write refused: %s (%s)", failure, getattr(exc, "orig", exc))
            self.watch.failed(failure)
            raise failure from exc
        self.watch.succeeded()
        if announce and self._on_commit is not None:
            self._on_commit()


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def close_quietly(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.close()
