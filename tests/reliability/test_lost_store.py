"""Scenario 9 — a store that lost its data: empty, cut short, or not ours.

A command never writes a schema into such a file (that would turn it into a valid, empty store the
app never repairs, and whose daily backups rotate the good ones away): it says in one line what
it found and which backup to restore, exit 1, and the file stays byte for byte. `doctor` never says
✓ over it. The app's start sets it aside and restores the newest good backup. And the daily
rotation never removes the newest copy that still holds the data the store lost.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import open_store
from ritmeregie.storage.backup import BackupKind, daily_backup, list_backups, record_rows
from ritmeregie.storage.damage import Damage
from ritmeregie.storage.database import DB_FILENAME

pytestmark = pytest.mark.reliability

SCENARIO = "9 lost store (empty, short, foreign)"
T0 = dt.datetime(2027, 3, 26, 8, 0, tzinfo=dt.UTC)


def sqlite_without_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")  # a valid SQLite file with no tables at all
    conn.commit()
    conn.close()


LOST = {
    "empty": lambda path: path.write_bytes(b""),
    "short": lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10),
    "no-tables": sqlite_without_tables,
    "text": lambda path: path.write_bytes(b"not a database, just words\n" * 20),
}


@pytest.fixture(params=sorted(LOST))
def lost(request: pytest.FixtureRequest, data_dir: Path) -> bytes:
    clock = ManualClock(T0)
    with open_store(data_dir, clock) as store:
        store.frictions.add("vertrouwelijk")
        daily_backup(store.path, data_dir, dt.date(2027, 3, 26), clock.now())
    path = data_dir / DB_FILENAME
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.unlink()
    LOST[request.param](path)
    return path.read_bytes()


def test_no_command_initialises_a_store_that_lost_its_data(
    lost: bytes, data_dir: Path, ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    ledger(SCENARIO).faults_injected += 1
    backup = list_backups(data_dir)[0].path
    for command in (("friction", "list"), ("friction", "add", "nieuw"), ("plan",)):
        done = ritmeregie(*command)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        assert f"ritmeregie restore '{backup}'" in lines[0], lines[0]
        assert (data_dir / DB_FILENAME).read_bytes() == lost, f"{command} changed the file"

    doctor = ritmeregie("doctor")
    assert doctor.returncode == 1
    assert "✗ database" in doctor.stdout and str(backup) in doctor.stdout
    assert "✓ database" not in doctor.stdout and "✓ integrity" not in doctor.stdout
    assert (data_dir / DB_FILENAME).read_bytes() == lost
    assert not (data_dir / "set-aside").exists()


def test_the_app_start_restores_a_store_that_lost_its_data(
    lost: bytes, data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    with open_store(data_dir, recover=True) as store:  # what the app does at its start
        assert store.recovery is not None
        assert store.recovery.restored_from is not None
        texts = [f.text for f in store.frictions.all()]
    tally = ledger(SCENARIO)
    tally.writes_acknowledged += 1
    tally.writes_lost += texts != ["vertrouwelijk"]
    tally.recoveries += 1
    assert texts == ["vertrouwelijk"]
    if lost in (b"",) or lost.startswith(b"SQLite format 3\x00" + b"\x00" * 10):
        assert store.recovery.damage in (Damage.EMPTY, Damage.TRUNCATED)
    assert (store.recovery.moved_to / DB_FILENAME).read_bytes() == lost, "kept as it was"


def test_a_new_store_is_made_where_no_file_was(data_dir: Path, ritmeregie: Run) -> None:
    done = ritmeregie("friction", "add", "eerste")
    assert done.returncode == 0, done.stderr
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".creating-")] == []
    with open_store(data_dir) as store:
        assert [f.text for f in store.frictions.all()] == ["eerste"]


def test_rotation_keeps_the_copy_that_holds_what_a_shrunken_store_lost(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    """Thirty days of work, then the store loses its data and the daily copies go on for a
    year: the newest copy that holds the thirty days' data is still there."""
    clock = ManualClock(T0)
    with open_store(data_dir, clock) as store:
        for day in range(30):
            for n in range(3):
                store.frictions.add(f"dag {day} nr {n}")
            daily_backup(store.path, data_dir, clock.now().date(), clock.now())
            clock.advance(dt.timedelta(days=1))
        last_full = clock.now().date() - dt.timedelta(days=1)
    # The data is lost: the store starts again from nothing (as after a recovery without backup).
    (data_dir / DB_FILENAME).rename(data_dir.parent / "weg.sqlite3")
    with open_store(data_dir, clock) as store:
        store.frictions.add("opnieuw begonnen")
        for _day in range(365):
            daily_backup(store.path, data_dir, clock.now().date(), clock.now())
            clock.advance(dt.timedelta(days=1))

    daily = [b for b in list_backups(data_dir) if b.kind is BackupKind.DAILY]
    holders = [b for b in daily if (record_rows(b.path) or 0) >= 90]
    tally = ledger(SCENARIO)
    tally.faults_injected += 1
    tally.writes_acknowledged += 90
    tally.writes_lost += 0 if holders else 90
    assert [h.path.name for h in holders] == [f"daily-{last_full.isoformat()}.sqlite3"]
    assert len(daily) <= 7 + 4 + 6 + 1
