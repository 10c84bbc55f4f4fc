"""Opening looks at the file in O(1) (damage.structural_damage); damage deeper in a table shows
when it is read: the store hears it (Store.damage), notes it, and the app's next start looks at
every page and repairs it. The CLI says it in one line."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import NotADatabaseError, open_store
from ritmeregie.storage.backup import daily_backup
from ritmeregie.storage.damage import (
    DAMAGE_SEEN_FILENAME,
    Damage,
    damage_noted,
    structural_damage,
)
from ritmeregie.storage.database import DB_FILENAME
from ritmeregie.storage.models import Base

T0 = dt.datetime(2027, 3, 26, 9, 0, tzinfo=dt.UTC)
ROWS = 3000  # a few hundred leaf pages: the first and last stay sound, the middle ones do not


def fill(data_dir: Path) -> None:
    """A store with many agenda items (one per hour from T0 - ROWS hours) and a daily backup."""
    with open_store(data_dir, ManualClock(T0)) as store:
        first = T0 - dt.timedelta(hours=ROWS)
        rows = [
            {
                "title": f"Overleg {i} " + "x" * 200,
                "start_utc": first + dt.timedelta(hours=i),
                "end_utc": first + dt.timedelta(hours=i, minutes=30),
                "tz": "Europe/Amsterdam",
                "kind": "meeting",
                "notes": "",
                "decision_question": "",
                "source": None,
                "created_utc": T0,
                "updated_utc": T0,
            }
            for i in range(ROWS)
        ]
        with store._engine.begin() as conn:
            conn.execute(Base.metadata.tables["agenda_items"].insert(), rows)
        daily_backup(store.path, data_dir, T0.date(), T0)


def damage_middle_leaves(path: Path) -> None:
    """Every leaf page of agenda_items but the first and the last gets an impossible page type."""
    with closing(sqlite3.connect(path)) as conn:
        leaves = [
            int(row[0])
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'agenda_items' AND pagetype = 'leaf' "
                "ORDER BY path"
            )
        ]
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    assert len(leaves) > 20
    with path.open("r+b") as fh:
        for page in leaves[1:-1]:
            fh.seek((page - 1) * page_size)
            fh.write(b"\xff")


def hour_at(i: int) -> dt.datetime:
    return T0 - dt.timedelta(hours=ROWS) + dt.timedelta(hours=i)


def test_a_sound_store_passes_the_look(data_dir: Path) -> None:
    fill(data_dir)
    assert structural_damage(data_dir / DB_FILENAME) is None
    assert structural_damage(data_dir / "missing.sqlite3") is None


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("page size 3", Damage.NOT_A_DATABASE),
        ("no magic", Damage.NOT_A_DATABASE),
        ("cut to its header's half", Damage.TRUNCATED),
        ("root page of a table", Damage.MALFORMED),
        ("last leaf of a table", Damage.MALFORMED),
    ],
)
def test_the_look_finds_damage_at_the_header_the_roots_and_the_edges(
    data_dir: Path, how: str, expected: Damage
) -> None:
    fill(data_dir)
    path = data_dir / DB_FILENAME
    with closing(sqlite3.connect(path)) as conn:
        root = int(
            conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'agenda_items'"
            ).fetchone()[0]
        )
        last_leaf = int(
            conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'agenda_items' AND pagetype = 'leaf' "
                "ORDER BY path DESC LIMIT 1"
            ).fetchone()[0]
        )
    data = bytearray(path.read_bytes())
    if how == "page size 3":
        data[16:18] = b"\x00\x03"
    elif how == "no magic":
        data[0:6] = b"Hello!"
    elif how == "cut to its header's half":
        data = data[: len(data) // 2 - 100]
    else:
        page = root if how.startswith("root") else last_leaf
        data[(page - 1) * 4096] = 0xFF
    path.write_bytes(bytes(data))

    found = structural_damage(path)

    assert found is not None and found[0] is expected, found
    with pytest.raises(NotADatabaseError, match="left untouched"):
        open_store(data_dir)


def test_a_header_behind_its_wal_is_not_damage(data_dir: Path) -> None:
    """With a -wal the header's page count lags behind (stale low); the look accepts that."""
    fill(data_dir)
    path = data_dir / DB_FILENAME
    with closing(sqlite3.connect(path)) as writer:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        with writer:
            writer.executemany(
                "INSERT INTO frictions (text, created_utc, status) VALUES (?, ?, 'open')",
                [("y" * 3000, "2027-03-26 09:00:00.000000") for _ in range(200)],
            )
        head = path.read_bytes()[:100]
        pages_in_header = int.from_bytes(head[28:32], "big")
        pages_now = int(writer.execute("PRAGMA page_count").fetchone()[0])
        assert pages_in_header < pages_now, "the new pages are still in the -wal"
        assert structural_damage(path) is None


def test_damage_deep_in_a_table_is_heard_noted_and_repaired_at_the_next_app_start(
    data_dir: Path,
) -> None:
    fill(data_dir)
    damage_middle_leaves(data_dir / DB_FILENAME)
    heard: list[tuple[str, bool]] = []

    with open_store(data_dir, ManualClock(T0)) as store:  # the O(1) look lets it open
        store.damage.listen(lambda detail, first: heard.append((detail, first)))
        assert store.agenda.between(hour_at(0), hour_at(1)) != []  # the first leaf is sound
        for _ in range(2):
            with pytest.raises(DBAPIError):
                store.agenda.between(hour_at(ROWS // 2), hour_at(ROWS // 2 + 1))

    assert [first for _, first in heard] == [True, False]
    assert "malformed" in heard[0][0]
    marker = data_dir / DAMAGE_SEEN_FILENAME
    assert damage_noted(data_dir) and stat.S_IMODE(marker.stat().st_mode) == 0o600
    damaged = (data_dir / DB_FILENAME).read_bytes()

    with open_store(data_dir, ManualClock(T0), recover=True) as store:
        recovery = store.recovery
        assert recovery is not None and recovery.damage is Damage.MALFORMED
        assert recovery.restored_from is not None
        assert len(store.agenda.between(hour_at(0), hour_at(ROWS))) == ROWS
        assert store.integrity_check() == "ok"
    assert (recovery.moved_to / DB_FILENAME).read_bytes() == damaged
    assert not damage_noted(data_dir)
    with open_store(data_dir, recover=True) as again:
        assert again.recovery is None


def test_a_noted_report_about_a_sound_file_is_forgotten_after_the_full_look(
    data_dir: Path,
) -> None:
    fill(data_dir)
    (data_dir / DAMAGE_SEEN_FILENAME).write_text('{"detail": "disk image is malformed"}\n')
    with open_store(data_dir, recover=True) as store:
        assert store.recovery is None
    assert not damage_noted(data_dir)


def test_the_cli_says_damage_found_while_reading_in_one_line(
    data_dir: Path, run_cli: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    fill(data_dir)
    damage_middle_leaves(data_dir / DB_FILENAME)
    before = (data_dir / DB_FILENAME).read_bytes()
    day = hour_at(ROWS // 2).date().isoformat()

    done = run_cli("agenda", "list", "--date", day)

    assert done.returncode == 1, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "is damaged" in done.stderr and "restores the newest good backup" in done.stderr
    assert "Traceback" not in done.stderr
    assert (data_dir / DB_FILENAME).read_bytes() == before
    assert damage_noted(data_dir), "the app's next start looks at every page"


@pytest.fixture
def run_cli(data_dir: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "RITMEREGIE_HOME": str(data_dir), "LANGUAGE": "en", "TZ": "UTC"}
        return subprocess.run(
            [sys.executable, "-m", "ritmeregie", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    return run
