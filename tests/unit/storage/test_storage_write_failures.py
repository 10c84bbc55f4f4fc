"""A write the disk refuses is a WriteFailedError with one readable line, heard once by the watch.

The real disk-full and read-only-folder runs are in tests/reliability (child processes with a file
size limit or another user); here a store opened read-only stands in for the disk that refuses.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store, WriteFailedError, WriteProblem, open_store
from ritmeregie.storage.database import DB_FILENAME, WriteWatch, readonly_uri, write_failure


def read_only_twin(store: Store, clock: ManualClock) -> Store:
    """The same file opened the way open_store opens a folder it may not write."""
    return Store(store.data_dir, store.path, clock, read_only=True)


def test_a_refused_write_is_one_line_and_stores_nothing(store: Store, clock: ManualClock) -> None:
    store.frictions.add("voor de storing")
    twin = read_only_twin(store, clock)
    try:
        with pytest.raises(WriteFailedError) as refused:
            twin.frictions.add("tijdens de storing")
        assert refused.value.problem is WriteProblem.READ_ONLY
        assert str(refused.value) == f"Not saved: the data folder {store.data_dir} is read-only."
        assert len(str(refused.value).splitlines()) == 1
        assert [f.text for f in twin.frictions.all()] == ["voor de storing"]
    finally:
        twin.close()
    assert [f.text for f in store.frictions.all()] == ["voor de storing"]


def test_the_watch_hears_the_first_failure_once_and_the_recovery(
    store: Store, clock: ManualClock
) -> None:
    twin = read_only_twin(store, clock)
    heard: list[tuple[WriteProblem | None, bool]] = []
    twin.writes.listen(lambda error, first: heard.append((error and error.problem, first)))
    try:
        for text in ("een", "twee"):
            with pytest.raises(WriteFailedError):
                twin.frictions.add(text)
        assert twin.writes.failing is not None
    finally:
        twin.close()
    assert heard == [(WriteProblem.READ_ONLY, True), (WriteProblem.READ_ONLY, False)]


def test_a_write_that_succeeds_again_clears_the_trouble() -> None:
    watch = WriteWatch()
    heard: list[tuple[str | None, bool]] = []
    watch.listen(lambda error, first: heard.append((error and error.problem.value, first)))
    error = WriteFailedError(WriteProblem.DISK_FULL, Path("/data/ritmeregie.sqlite3"))
    watch.succeeded()  # nothing was wrong: nothing to say
    watch.failed(error)
    watch.failed(error)
    watch.succeeded()
    watch.succeeded()
    watch.failed(error)
    assert heard == [("disk full", True), ("disk full", False), (None, True), ("disk full", True)]


def test_a_listener_that_fails_does_not_hide_the_refusal(store: Store, clock: ManualClock) -> None:
    twin = read_only_twin(store, clock)

    def broken(_error: object, _first: bool) -> None:
        raise RuntimeError("listener broke")

    twin.writes.listen(broken)
    try:
        with pytest.raises(WriteFailedError):
            twin.must_dos.add("bellen")
    finally:
        twin.close()


def test_rule_violations_stay_what_they_are(store: Store) -> None:
    start = dt.datetime(2027, 3, 26, 9, tzinfo=dt.UTC)
    item = store.agenda.add("Overleg", start, start + dt.timedelta(hours=1), "Europe/Amsterdam")
    with pytest.raises(Exception) as failed:
        store.agenda.add("Overleg", start, start - dt.timedelta(hours=1), "Europe/Amsterdam")
    assert not isinstance(failed.value, WriteFailedError)
    assert store.writes.failing is None
    assert store.agenda.get(item.id) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (sqlite3.SQLITE_FULL, WriteProblem.DISK_FULL),
        (sqlite3.SQLITE_IOERR_WRITE, WriteProblem.DISK_ERROR),  # EFBIG, a failing disk
        (sqlite3.SQLITE_READONLY_DBMOVED, WriteProblem.READ_ONLY),
        (sqlite3.SQLITE_BUSY, WriteProblem.LOCKED),
        (sqlite3.SQLITE_CANTOPEN, WriteProblem.CANNOT_OPEN),
        (sqlite3.SQLITE_CONSTRAINT_UNIQUE, None),  # the data's fault, not the disk's
    ],
)
def test_sqlite_result_codes_name_the_problem(code: int, problem: WriteProblem | None) -> None:
    error = sqlite3.OperationalError("from SQLite")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    failure = write_failure(error, Path("/data/ritmeregie.sqlite3"))
    assert (failure and failure.problem) == problem


def test_a_writable_folder_is_read_the_usual_way(data_dir: Path, clock: ManualClock) -> None:
    with open_store(data_dir, clock) as store:
        store.frictions.add("blijft leesbaar")
    path = data_dir / DB_FILENAME
    # immutable=1 only where the -shm cannot be made (tests/reliability/test_readonly.py)
    assert readonly_uri(path).endswith("?mode=ro")
    with sqlite3.connect(readonly_uri(path), uri=True) as conn:
        assert conn.execute("SELECT text FROM frictions").fetchall() == [("blijft leesbaar",)]
