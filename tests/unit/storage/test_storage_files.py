"""The file on disk: permissions, pragmas, and files that are not ours."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import NotADatabaseError, Store, StoreError, open_store

Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_store_has_private_folder_and_file(store: Store, data_dir: Path) -> None:
    assert store.data_dir == data_dir
    assert store.path == data_dir / "ritmeregie.sqlite3"
    assert mode(data_dir) == 0o700
    assert mode(store.path) == 0o600


def test_private_modes_hold_under_a_permissive_umask(tmp_path: Path, clock: ManualClock) -> None:
    old = os.umask(0o000)
    try:
        with open_store(tmp_path / "data", clock) as store:
            store.agenda.count()
            wal = store.path.with_name(store.path.name + "-wal")
            assert mode(tmp_path / "data") == 0o700
            assert mode(store.path) == 0o600
            # SQLite gives the WAL the database file's mode.
            assert wal.exists()
            assert mode(wal) == 0o600
    finally:
        os.umask(old)


def test_connections_run_with_wal_foreign_keys_and_full_sync(store: Store) -> None:
    assert store.pragmas() == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,  # FULL
        "busy_timeout": 5000,
    }


def test_fresh_store_is_at_head_and_healthy(store: Store) -> None:
    from ritmeregie.storage import HEAD_REVISION

    assert store.schema_version() == HEAD_REVISION
    assert store.integrity_check() == "ok"


def test_folder_that_cannot_be_created_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="Cannot create the data folder") as info:
        open_store(blocker / "data")
    assert "\n" not in str(info.value)
    assert blocker.read_text() == "not a folder"


def test_data_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("mine")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        open_store(blocker)
    assert blocker.read_text() == "mine"


def test_garbage_file_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / "ritmeregie.sqlite3"
    garbage = b"these are my notes, not a database\n" * 100
    db.write_bytes(garbage)
    with pytest.raises(NotADatabaseError, match="not a ritmeregie database") as info:
        open_store(data_dir)
    assert isinstance(info.value, StoreError)
    assert "\n" not in str(info.value)
    assert db.read_bytes() == garbage
    assert sorted(p.name for p in data_dir.iterdir()) == ["ritmeregie.sqlite3"]


def test_damaged_sqlite_file_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / "ritmeregie.sqlite3"
    # A real SQLite header followed by nonsense: passes the header check, fails in SQLite.
    damaged = b"SQLite format 3\x00" + b"\xff" * 4000
    db.write_bytes(damaged)
    with pytest.raises(NotADatabaseError, match="damaged or not a database"):
        open_store(data_dir)
    assert db.read_bytes() == damaged


def test_someone_elses_sqlite_file_is_not_adopted(data_dir: Path, raw: Raw) -> None:
    data_dir.mkdir()
    db = data_dir / "ritmeregie.sqlite3"
    with raw(db) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('stamppot')")
    before = db.read_bytes()
    with pytest.raises(NotADatabaseError, match="no ritmeregie schema version"):
        open_store(data_dir)
    assert db.read_bytes() == before


def test_database_path_that_is_a_folder_is_refused(data_dir: Path) -> None:
    (data_dir / "ritmeregie.sqlite3").mkdir(parents=True)
    with pytest.raises(NotADatabaseError, match="not a regular file"):
        open_store(data_dir)


def test_an_empty_existing_file_is_refused_not_initialised(
    data_dir: Path, clock: ManualClock
) -> None:
    # A new store is only made where no file is; an empty one is a store that lost its data.
    data_dir.mkdir()
    (data_dir / "ritmeregie.sqlite3").touch()
    with pytest.raises(NotADatabaseError, match="is empty"):
        open_store(data_dir, clock)
    assert (data_dir / "ritmeregie.sqlite3").read_bytes() == b""


def test_closing_releases_the_file(data_dir: Path, clock: ManualClock) -> None:
    store = open_store(data_dir, clock)
    store.close()
    # After the last connection closes SQLite checkpoints and removes the WAL.
    assert not (data_dir / "ritmeregie.sqlite3-wal").exists()
    with sqlite3.connect(data_dir / "ritmeregie.sqlite3") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_data_folder_that_cannot_be_looked_at_is_one_line(tmp_path: Path) -> None:
    # A name the system refuses (too long; for another user: a folder behind one of root's) makes
    # even "does it exist?" fail: that is a clear refusal, not "something unexpected".
    with pytest.raises(StoreError) as info:
        open_store(tmp_path / ("x" * 300))
    assert "\n" not in str(info.value)
    assert str(tmp_path) in str(info.value)
