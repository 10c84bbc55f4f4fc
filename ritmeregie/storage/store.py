"""Open a store: check and prepare the file, migrate if needed, fill settings, hand out repositories."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ritmeregie.domain.clock import Clock, SystemClock

from .agenda import Agenda
from .caldav import CaldavState
from .calendars import Calendars
from .changes import ChangeWatch
from .checklists import Checklists
from .dadu import Dadu
from .damage import (
    DamageWatch,
    note_damage,
    reported_damage,
    restore_hint,
    structural_damage,
)
from .database import (
    CREATING_PREFIX,
    DB_FILENAME,
    Sessions,
    WriteWatch,
    check_database_file,
    check_owned,
    create_private_file,
    disk_full,
    fsync_dir,
    full_disk_line,
    make_engine,
    prepare_data_dir,
    readonly_uri,
)
from .errors import NotADatabaseError, ReadOnlyStoreError, StoreError, WriteProblem
from .journal import Frictions, Reflections
from .migrate import ensure_schema
from .nudges import NudgeLog
from .reviews import Reviews
from .settings import Settings
from .tasks import Calls, MustDos
from .utc import utc_now

if TYPE_CHECKING:
    from .recovery import Recovery

log = logging.getLogger("ritmeregie.storage")


class Store:
    """One open database. Not thread-safe by design: use it from the Qt main thread (or the CLI)."""

    # What open_store(recover=True) repaired while opening this store; None when nothing was.
    recovery: Recovery | None = None

    def __init__(
        self,
        data_dir: Path,
        path: Path,
        clock: Clock,
        *,
        read_only: bool = False,
        read_only_because: WriteProblem | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.path = path
        # A folder or file we may not write: everything reads, every write is a WriteFailedError.
        self.read_only = read_only
        # Why it is read-only (READ_ONLY: the folder or file; DISK_FULL: no room on the disk).
        self.read_only_because = (
            (read_only_because or WriteProblem.READ_ONLY) if read_only else None
        )
        self._engine = make_engine(path, read_only=read_only)
        # Who has to say it when writes stop reaching the disk (database.WriteWatch).
        self.writes = WriteWatch()
        # Who has to say it when SQLite finds the file damaged while it is used (the O(1) look at
        # opening does not read every page); the next start of the app then repairs it.
        self.damage = DamageWatch()
        self._clock = clock
        event.listen(self._engine, "handle_error", self._on_error)
        # Who hears of commits (the running app replans; the CLI tells the running app).
        self.changes = ChangeWatch(path, readonly_uri(path) if read_only else None)
        sessions = Sessions(
            self._engine,
            path,
            self.writes,
            self.read_only_because,
            on_commit=self.changes.committed,
        )
        self.agenda = Agenda(sessions, clock)
        self.must_dos = MustDos(sessions, clock)
        self.calls = Calls(sessions)
        self.reflections = Reflections(sessions, clock)
        self.frictions = Frictions(sessions, clock)
        self.dadu = Dadu(sessions, clock)
        self.checklists = Checklists(sessions, clock)
        self.nudge_log = NudgeLog(sessions)
        self.settings = Settings(sessions)
        self.reviews = Reviews(sessions, clock)
        self.calendars = Calendars(sessions, clock)
        self.caldav = CaldavState(sessions, clock)

    def _on_error(self, context: ExceptionContext) -> None:
        detail = reported_damage(context.original_exception)
        if detail is None:
            return
        log.info("SQLite reports damage in %s: %s", self.path, detail)
        if self.damage.seen is None and not self.read_only:
            note_damage(self.data_dir, detail, utc_now(self._clock))
        self.damage.saw(detail)

    def schema_version(self) -> str:
        with self._engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(version) if version is not None else ""

    def integrity_check(self) -> str:
        """SQLite's own verdict: "ok", or the problems it found, one per line."""
        with self._engine.connect() as conn:
            lines = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        return "\n".join(lines)

    def pragmas(self) -> dict[str, object]:
        """The connection settings in force (for `ritmeregie doctor` and the tests)."""
        names = ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        with self._engine.connect() as conn:
            return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in names}

    def close(self) -> None:
        self.changes.close()
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(data_dir: Path, clock: Clock | None = None, *, recover: bool = False) -> Store:
    """Open (creating or migrating as needed) the store in data_dir.

    Raises StoreError, with one readable line, when the folder or file cannot be used;
    SchemaTooNewError when a newer ritmeregie wrote the file. Neither case changes the file.

    recover=True is for the app's start only (the CLI never repairs): folder and file modes are
    made private again, and a damaged file is set aside with its -wal/-shm and replaced by the
    newest good backup (storage/recovery.py); `store.recovery` then says what happened.
    """
    if recover:
        from .recovery import open_with_recovery

        return open_with_recovery(data_dir, clock, _open_plain)
    return _open_plain(data_dir, clock or SystemClock())


def _open_plain(data_dir: Path, clock: Clock) -> Store:
    data_dir = Path(data_dir).expanduser()
    path = data_dir / DB_FILENAME
    try:
        prepare_data_dir(data_dir)
        if path.is_file() and disk_full(data_dir):
            # No room for the -wal and -shm a writer needs: read what is there, say it once.
            raise ReadOnlyStoreError(full_disk_line(path), WriteProblem.DISK_FULL)
        if not os.path.lexists(path):
            create_new_store(path, data_dir, now=utc_now(clock))
        _with_hint(check_database_file, path, data_dir)
        check_owned(path)
        _refuse_damage(path)
        _refuse_not_ours(path, data_dir)
    except ReadOnlyStoreError as exc:
        return _open_read_only(data_dir, path, clock, exc)
    ensure_schema(path, data_dir, now=utc_now(clock))
    store = Store(data_dir, path, clock)
    try:
        store.settings.fill_defaults()
    except SQLAlchemyError as exc:
        store.close()
        reason = exc.orig if isinstance(exc, DBAPIError) else exc
        raise StoreError(f"{path} cannot be opened ({reason}).") from exc
    log.debug("store open at %s", path)
    return store


def create_new_store(path: Path, data_dir: Path, *, now: dt.datetime) -> None:
    """A new store, built whole under a temporary name and linked into place only when no file
    is there: the database path never shows an empty or half-made store (which a command would
    then refuse as one that lost its data). Of two processes creating at once, the first link
    wins and the other opens that one."""
    temp = data_dir / f"{CREATING_PREFIX}{os.getpid()}.sqlite3"
    for leftover in (temp, *(Path(f"{temp}{s}") for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)  # our own, from an attempt that died
    create_private_file(temp)
    try:
        ensure_schema(temp, data_dir, now=now)  # closes its engine: the -wal is folded in
        try:
            os.link(temp, path)
        except FileExistsError:
            log.debug("another process created %s first", path)
        except OSError:  # a file system without hard links: no-clobber rename is not portable
            if not os.path.lexists(path):
                os.replace(temp, path)
        fsync_dir(data_dir)
    finally:
        temp.unlink(missing_ok=True)


def _open_read_only(data_dir: Path, path: Path, clock: Clock, why: ReadOnlyStoreError) -> Store:
    """A folder or file we may read but not write: open it for reading, if it is current."""
    from .migrate import HEAD_REVISION, read_state

    if not path.is_file():
        raise why  # nothing to read either
    check_database_file(path, read_only=True)
    check_owned(path)
    _refuse_damage(path)
    _refuse_not_ours(path, data_dir)
    state = read_state(path)
    if state.version != HEAD_REVISION:
        raise StoreError(
            f"{path} is read-only and needs an update this ritmeregie cannot write "
            f"(schema {state.version}, wanted {HEAD_REVISION}); it was left untouched."
        )
    log.info("%s; opening %s read-only", why, path)
    return Store(data_dir, path, clock, read_only=True, read_only_because=why.problem)


def _refuse_damage(path: Path) -> None:
    """A damaged file is refused before anything writes to it (a read-only look changes nothing);
    only the app's start (recover=True) sets it aside and restores a backup.

    The look is O(1) in the data's volume (damage.structural_damage): a damaged page deep in a
    table shows when it is read, through Store.damage; `ritmeregie doctor` reads every page."""
    found = structural_damage(path)
    if found is not None:
        raise NotADatabaseError(
            f"{path} is damaged or not a database ({found[1]}); it was left untouched. "
            + restore_hint(path.parent)
        )


def _with_hint(check: Callable[[Path], None], path: Path, data_dir: Path) -> None:
    try:
        check(path)
    except NotADatabaseError as exc:
        raise NotADatabaseError(f"{exc} {restore_hint(data_dir)}") from None


def _refuse_not_ours(path: Path, data_dir: Path) -> None:
    """An existing file that holds no ritmeregie schema is never initialised: a new store is
    only ever created where no file was (create_new_store builds it aside and links it into
    place whole), so an empty file, or an SQLite file without our schema, is a store that lost
    its data or somebody else's file. Writing a schema into it would hide that for good: the
    app would see a valid empty store, never restore, and its daily backups of the empty store
    would rotate the good ones away."""
    from .migrate import read_state

    size = path.stat().st_size
    if size == 0:
        raise NotADatabaseError(
            f"{path} is empty (0 bytes); it was left untouched. " + restore_hint(data_dir)
        )
    state = read_state(path)
    if state.version is None and not state.has_data_tables:
        raise NotADatabaseError(
            f"{path} holds no ritmeregie data (an SQLite file without tables); it was left "
            "untouched. " + restore_hint(data_dir)
        )
