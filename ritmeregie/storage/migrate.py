"""Bring a database file to the schema this version of ritmeregie knows, safely.

Opening a store that is already current must stay cheap, so alembic is only imported when the
stored revision differs from HEAD_REVISION. Before an existing database is migrated it is copied
with SQLite's online backup API; a file from a newer ritmeregie is never touched.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from .backup import BACKUPS_DIRNAME, BackupKind, make_backup
from .database import close_quietly, connect_readonly, disk_full, full_disk_line, make_engine
from .errors import DiskFullError, NotADatabaseError, SchemaTooNewError, StoreError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("ritmeregie.storage")

# Must equal the head of migrations/versions (a test checks it); bump it with every new revision.
HEAD_REVISION = "0006"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SQLITE_INTERNAL = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


@dataclass(frozen=True, slots=True)
class FileState:
    tables: frozenset[str]
    version: str | None  # None: no alembic_version row (a new, empty file)

    @property
    def has_data_tables(self) -> bool:
        return bool(self.tables - _SQLITE_INTERNAL - {"alembic_version"})


def read_state(path: Path) -> FileState:
    """Look at the file through a read-only connection: which tables, which schema revision."""
    conn = connect_readonly(path)
    try:
        tables = frozenset(
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        versions: list[str] = []
        if "alembic_version" in tables:
            versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.OperationalError as exc:
        # Not a verdict about the file (a full disk, an I/O error, a lock): never "damaged",
        # which would invite a restore or a delete of a healthy store.
        if disk_full(path):
            raise DiskFullError(full_disk_line(path)) from exc
        raise StoreError(f"{path} cannot be read just now ({exc}); it was left untouched.") from exc
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"{path} is damaged or not a database ({exc}); it was left untouched."
        ) from exc
    finally:
        close_quietly(conn)
    if len(versions) > 1:
        raise StoreError(f"{path} records several schema versions ({', '.join(versions)}).")
    return FileState(tables, versions[0] if versions else None)


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates '%'; a path may contain one.
    config.set_main_option("script_location", str(script_location).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    return config


def ensure_schema(
    path: Path,
    data_dir: Path,
    *,
    now: dt.datetime,
    script_location: Path = MIGRATIONS_DIR,
    head: str = HEAD_REVISION,
) -> Path | None:
    """Migrate the file to `head` if needed; returns the backup made first, if any.

    script_location and head exist so tests can run the real procedure against a revision chain
    that is one step longer than the shipped one.
    """
    state = read_state(path)
    if state.version == head:
        return None
    if state.version is None and state.has_data_tables:
        raise NotADatabaseError(
            f"{path} holds tables but no ritmeregie schema version; it was left untouched."
        )

    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    if state.version is not None:
        try:
            known = script.get_revision(state.version) is not None
        except CommandError:
            known = False
        if not known:
            raise SchemaTooNewError(
                f"{path} was written by a newer ritmeregie (schema {state.version}; this version "
                f"knows up to {head}). Please update ritmeregie; the file was left untouched."
            )

    backup = None
    if state.has_data_tables:
        backup = backup_database(path, data_dir / BACKUPS_DIRNAME, state.version or "none", now)
    _upgrade(path, config, head, backup)
    log.info("database %s migrated from %s to %s", path, state.version or "nothing", head)
    return backup


def _upgrade(path: Path, config: Config, head: str, backup: Path | None) -> None:
    from alembic import command
    from alembic.util import CommandError

    engine = make_engine(path, foreign_keys=False, begin="BEGIN IMMEDIATE")
    try:
        # One transaction: a migration that fails half-way leaves the file as it was.
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, head)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(
                    f"Updating {path} to schema {head} would break {len(broken)} links between "
                    "records; the database was left as it was."
                )
    except (SQLAlchemyError, CommandError) as exc:
        where = f" A copy from before the update is in {backup}." if backup else ""
        raise StoreError(f"Updating {path} to schema {head} failed: {exc}.{where}") from exc
    finally:
        config.attributes.pop("connection", None)
        engine.dispose()


def backup_database(path: Path, backups_dir: Path, revision: str, now: dt.datetime) -> Path:
    """Copy the database (consistently, even while others read it) to
    backups/pre-migration-<revision it holds>-<UTC timestamp>.sqlite3, mode 0600."""
    try:
        return make_backup(path, backups_dir.parent, BackupKind.PRE_MIGRATION, now, revision)
    except StoreError as exc:
        raise StoreError(f"Could not back up {path} before updating it: {exc}") from exc
