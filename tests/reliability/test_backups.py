"""Scenario 2 — backups and restore: round trips through the real CLI, rotation by a moved clock.

Time is moved with a ManualClock, never slept: one daily backup per simulated day for ten weeks,
then exactly the last 7 days and the newest copy of each of the last 4 weeks and 6 months are left.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import open_store
from ritmeregie.storage.backup import (
    BackupKind,
    daily_backup,
    daily_to_keep,
    list_backups,
    make_backup,
)
from ritmeregie.storage.database import DB_FILENAME

pytestmark = pytest.mark.reliability

AMS_9 = dt.datetime(2027, 3, 26, 8, 0, tzinfo=dt.UTC)


def frictions_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM frictions ORDER BY id")]
    finally:
        conn.close()


def test_rotation_keeps_seven_daily_four_weekly_and_six_monthly(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    clock = ManualClock(AMS_9)
    start = clock.now().date()
    with open_store(data_dir, clock) as store:
        manual = make_backup(store.path, data_dir, BackupKind.MANUAL, clock.now())
        for day in range(70):
            store.frictions.add(f"dag {day}")
            made = daily_backup(store.path, data_dir, clock.now().date(), clock.now())
            assert made is not None
            # A second run on the same day (a restart) makes no second copy.
            assert daily_backup(store.path, data_dir, clock.now().date(), clock.now()) is None
            clock.advance(dt.timedelta(days=1))

    last = start + dt.timedelta(days=69)
    daily = sorted(
        dt.date.fromisoformat(b.path.stem.removeprefix("daily-"))
        for b in list_backups(data_dir)
        if b.kind is BackupKind.DAILY
    )
    last_seven = [last - dt.timedelta(days=n) for n in range(7)]
    sundays = [d for d in (last - dt.timedelta(days=n) for n in range(35)) if d.isoweekday() == 7]
    # The newest copy of each of the last four calendar weeks: this week's newest (today) and the
    # Sundays that closed the three weeks before it.
    weekly = {last, *sundays[:3]}
    # The newest copy of each calendar month (ten weeks reach into three: March, April, May, June).
    all_days = [start + dt.timedelta(days=n) for n in range(70)]
    monthly = {
        max(d for d in all_days if (d.year, d.month) == m)
        for m in {(d.year, d.month) for d in all_days}
    }
    assert set(daily) == set(last_seven) | weekly | monthly
    assert len(daily) == len(set(last_seven) | weekly | monthly) <= 7 + 4 + 6
    assert daily[0] < last - dt.timedelta(days=14), "four weeks reach back further than 7 days"
    # Manual copies are never rotated.
    assert manual.is_file()
    # Every copy is a sound, standalone database holding the data of its day.
    newest = list_backups(data_dir)[0]
    assert frictions_in(newest.path)[-1] == "dag 69"
    assert not Path(f"{newest.path}-wal").exists()
    assert {p.name for p in (data_dir / "backups").iterdir()} == {
        b.path.name for b in list_backups(data_dir)
    }, "no temporary copies left behind"


def test_daily_to_keep_with_gaps_keeps_the_newest_of_each_week() -> None:
    # Holidays: copies only on some days.
    dates = [dt.date(2027, 1, 4) + dt.timedelta(days=n) for n in (0, 1, 9, 16, 17, 30, 44, 45, 60)]
    kept = daily_to_keep(dates, 7, 4)
    assert kept[:7] == sorted(dates, reverse=True)[:7]
    assert len(kept) == 7  # the four newest weeks are all among the last seven copies


def test_backup_and_restore_round_trip_through_the_cli(
    data_dir: Path, ritmeregie: Run, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    tally = ledger("2 backups and restore")
    clock = ManualClock(AMS_9)
    with open_store(data_dir, clock) as store:
        store.frictions.add("voor de back-up ✅")
        store.reflections.save(dt.date(2027, 3, 26), "Rustig", "Veel mail", "Eerder beginnen")
    copy = tmp_path / "kopie.sqlite3"
    done = ritmeregie("backup", str(copy))
    assert done.returncode == 0, done.stderr
    assert copy.is_file() and (copy.stat().st_mode & 0o777) == 0o600
    tally.writes_acknowledged += 2

    with open_store(data_dir, clock) as store:
        store.frictions.add("na de back-up")
    done = ritmeregie("restore", str(copy))
    assert done.returncode == 0, done.stderr
    kept = Path(done.stdout.strip().splitlines()[-1].split(" in ", 1)[1].rstrip("."))

    with open_store(data_dir, clock) as store:
        assert [f.text for f in store.frictions.all()] == ["voor de back-up ✅"]
        reflection = store.reflections.get(dt.date(2027, 3, 26))
        assert reflection is not None and reflection.differently == "Eerder beginnen"
        assert store.integrity_check() == "ok"
    # The data from after the backup is not gone: it is in the folder restore named.
    assert kept.parent == data_dir / "set-aside"
    assert frictions_in(kept / DB_FILENAME) == ["voor de back-up ✅", "na de back-up"]
    assert copy.is_file(), "the backup itself stays"
    tally.faults_injected += 1  # the restore replaced the live file


@pytest.mark.parametrize(
    "content",
    [b"", b"SQLite format 3\x00" + b"\x00" * 10, b"not a database, just words\n" * 50],
    ids=["empty", "cut-short", "text"],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    data_dir: Path, ritmeregie: Run, tmp_path: Path, content: bytes
) -> None:
    with open_store(data_dir) as store:
        store.frictions.add("blijft staan")
    before = (data_dir / DB_FILENAME).read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)

    done = ritmeregie("restore", str(bad))

    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert (data_dir / DB_FILENAME).read_bytes() == before
    assert not (data_dir / "set-aside").exists()
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".")) == []


def test_restore_refuses_a_newer_schema(data_dir: Path, ritmeregie: Run, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    with open_store(tmp_path / "other") as other:
        other.frictions.add("uit de toekomst")
    conn = sqlite3.connect(tmp_path / "other" / DB_FILENAME)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    os.replace(tmp_path / "other" / DB_FILENAME, newer)
    with open_store(data_dir) as store:
        store.frictions.add("van nu")

    done = ritmeregie("restore", str(newer))

    assert done.returncode == 1
    assert "newer ritmeregie" in done.stderr
    assert frictions_in(data_dir / DB_FILENAME) == ["van nu"]


def test_restore_is_refused_while_the_app_holds_the_folder(
    data_dir: Path, ritmeregie: Run, tmp_path: Path
) -> None:
    with open_store(data_dir) as store:
        store.frictions.add("in gebruik")
    copy = tmp_path / "kopie.sqlite3"
    assert ritmeregie("backup", str(copy)).returncode == 0
    # A live process whose command line says ritmeregie holds the instance lock (as QLockFile
    # writes it: the pid on the first line).
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; time.sleep(60)", "ritmeregie"]
    )
    try:
        (data_dir / "instance.lock").write_text(f"{holder.pid}\nritmeregie\nhost\n")
        done = ritmeregie("restore", str(copy))
        forget = ritmeregie("forget", "--all", "--yes")
    finally:
        holder.kill()  # our own child
        holder.wait()
    assert done.returncode == 1
    assert "quit it first" in done.stderr
    assert forget.returncode == 1
    assert frictions_in(data_dir / DB_FILENAME) == ["in gebruik"]
    # With the holder gone the lock is stale, and restore goes ahead.
    assert ritmeregie("restore", str(copy)).returncode == 0


def test_forget_all_asks_first_and_then_removes_everything(data_dir: Path, ritmeregie: Run) -> None:
    clock = ManualClock(AMS_9)
    with open_store(data_dir, clock) as store:
        store.frictions.add("privé")
        daily_backup(store.path, data_dir, dt.date(2027, 3, 26), clock.now())
    assert ritmeregie("backup").returncode == 0

    refused = ritmeregie("forget", "--all", stdin="nee\n")
    assert refused.returncode == 1
    assert refused.stderr.strip() == "ritmeregie: Nothing was removed."
    assert "backups" in refused.stdout  # the prompt says that backups go too
    assert (data_dir / DB_FILENAME).is_file() and len(list_backups(data_dir)) == 2

    usage = ritmeregie("forget")
    assert usage.returncode == 2

    done = ritmeregie("forget", "--all", stdin="forget\n")
    assert done.returncode == 0, done.stderr
    assert not (data_dir / DB_FILENAME).exists()
    assert list_backups(data_dir) == []
    assert not (data_dir / "backups").exists()

    with open_store(data_dir) as store:  # a new start is an empty store
        assert store.frictions.all() == []
    assert ritmeregie("forget", "--all", "--yes").returncode == 0
    assert not (data_dir / DB_FILENAME).exists()
