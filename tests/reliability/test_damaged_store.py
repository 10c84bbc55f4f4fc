"""Scenario 3 — a damaged store on start: truncated, garbage, "file is not a database", damaged
pages, empty; and a schema newer than the app.

Through open_store(recover=True) (what the app does), through the real CLI (which never repairs),
through `doctor`, through the app's notice (offscreen, by keyboard) and through the real app process
(offscreen). The damaged file and its -wal/-shm are always kept, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ledger import Run, Tally

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import SchemaTooNewError, open_store
from ritmeregie.storage.backup import daily_backup
from ritmeregie.storage.damage import Damage
from ritmeregie.storage.database import DB_FILENAME
from ritmeregie.storage.recovery import last_recovery

pytestmark = pytest.mark.reliability

T0 = dt.datetime(2027, 3, 26, 8, 0, tzinfo=dt.UTC)
SCENARIO = "3 damaged store on start"


def fill(data_dir: Path) -> None:
    """Data before the daily backup ('voor') and after it ('na'), closed cleanly."""
    clock = ManualClock(T0)
    with open_store(data_dir, clock) as store:
        for n in range(200):  # enough pages that cutting the file in half hurts a table
            store.frictions.add(f"voor {n} — {'x' * 200}")
        store.reflections.save(dt.date(2027, 3, 25), "Rustige dag", "Mail", "Eerder stoppen")
        store.settings.set("first_run_done", True)  # no welcome window in the app tests
        daily_backup(store.path, data_dir, dt.date(2027, 3, 26), clock.now())
        store.frictions.add("na de back-up")


def damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    rng = random.Random(how)
    if how == "truncated-half":
        path.write_bytes(data[: len(data) // 2])
    elif how == "truncated-header":
        path.write_bytes(data[:50])
    elif how == "garbage":
        path.write_bytes(bytes(rng.randrange(256) for _ in range(len(data))))
    elif how == "not-a-database":
        # An SQLite header with an impossible page size: SQLite says "file is not a database".
        path.write_bytes(data[:16] + b"\x00\x03" + data[18:])
    elif how == "damaged-pages":
        page = 4096
        middle = bytearray(data)
        for offset in range(3 * page, min(len(data), 12 * page), page):
            middle[offset : offset + 200] = bytes(rng.randrange(256) for _ in range(200))
        path.write_bytes(bytes(middle))
    elif how == "empty":
        path.write_bytes(b"")
    else:
        raise AssertionError(how)


EXPECTED = {
    "truncated-half": Damage.TRUNCATED,
    "truncated-header": Damage.TRUNCATED,
    "garbage": Damage.NOT_A_DATABASE,
    "not-a-database": Damage.NOT_A_DATABASE,
    "damaged-pages": Damage.MALFORMED,
    "empty": Damage.EMPTY,
}


@pytest.fixture(params=sorted(EXPECTED))
def damaged(request: Any, data_dir: Path) -> tuple[str, bytes]:
    fill(data_dir)
    path = data_dir / DB_FILENAME
    damage(path, request.param)
    # A -wal and -shm left by a crash belong to the damaged file and must travel with it.
    Path(f"{path}-wal").write_bytes(b"wal of the damaged file")
    Path(f"{path}-shm").write_bytes(b"shm of the damaged file")
    return request.param, path.read_bytes()


def test_open_store_sets_the_damage_aside_and_restores_the_newest_backup(
    damaged: tuple[str, bytes], data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    how, damaged_bytes = damaged
    tally = ledger(SCENARIO)
    tally.faults_injected += 1

    with open_store(data_dir, ManualClock(T0 + dt.timedelta(hours=1)), recover=True) as store:
        recovery = store.recovery
        assert recovery is not None
        tally.recoveries += 1
        texts = [f.text for f in store.frictions.all()]
        tally.writes_acknowledged += 201
        lost = (
            201
            - sum(t.startswith("voor ") for t in texts)
            - (store.reflections.get(dt.date(2027, 3, 25)) is not None)
        )
        tally.writes_lost += lost
        assert lost == 0
        assert "na de back-up" not in texts  # after the backup: in the old file, not here
        assert store.integrity_check() == "ok"

    assert recovery.damage is EXPECTED[how]
    assert recovery.restored_from == data_dir / "backups" / "daily-2027-03-26.sqlite3"
    assert recovery.moved_to.parent == data_dir / "set-aside"
    kept = recovery.moved_to / DB_FILENAME
    assert kept.read_bytes() == damaged_bytes, "the damaged file is kept exactly as it was"
    assert Path(f"{kept}-wal").read_bytes() == b"wal of the damaged file"
    # The -shm is SQLite's index of the -wal, rebuilt from it by any reader (the read-only look
    # too): it travels with the set, its bytes are not data.
    assert Path(f"{kept}-shm").is_file()
    assert last_recovery(data_dir) == recovery
    # The next start finds a sound store and does nothing.
    with open_store(data_dir, recover=True) as again:
        assert again.recovery is None


def test_the_cli_never_repairs_and_says_so_in_one_line(
    damaged: tuple[str, bytes], data_dir: Path, ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    _how, damaged_bytes = damaged
    ledger(SCENARIO).faults_injected += 1

    plan = ritmeregie("plan", "--date", "2027-03-26")
    doctor = ritmeregie("doctor")

    if plan.returncode == 0:
        # An empty file with the default plan is the only way the plan may still show; even then
        # nothing was moved and the doctor points at the backups.
        assert damaged_bytes == b"" or "ok" not in doctor.stdout
    else:
        assert plan.returncode == 1
        assert len(plan.stderr.strip().splitlines()) == 1, plan.stderr
        assert "Traceback" not in plan.stderr
        assert doctor.returncode == 1
        assert "✗ database" in doctor.stdout
        assert "ritmeregie restore FILE" in doctor.stdout
        assert (data_dir / DB_FILENAME).read_bytes() == damaged_bytes
    assert "backups" in doctor.stdout and "daily" in doctor.stdout
    assert not (data_dir / "set-aside").exists()
    assert "Traceback" not in doctor.stderr


def test_doctor_shows_the_last_recovery(data_dir: Path, ritmeregie: Run) -> None:
    fill(data_dir)
    damage(data_dir / DB_FILENAME, "garbage")
    with open_store(data_dir, recover=True) as store:
        assert store.recovery is not None
        moved_to = store.recovery.moved_to

    doctor = ritmeregie("doctor")

    assert doctor.returncode == 0, doctor.stdout
    line = next(x for x in doctor.stdout.splitlines() if "last recovery" in x)
    assert str(moved_to) in line
    assert "daily-2027-03-26.sqlite3" in line
    assert "not a database" in line


def test_without_a_backup_the_store_starts_empty_and_keeps_the_old_file(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    data_dir.mkdir(exist_ok=True)
    (data_dir / DB_FILENAME).write_bytes(b"\x00garbage" * 500)
    with open_store(data_dir, recover=True) as store:
        assert store.recovery is not None
        assert store.recovery.restored_from is None
        assert store.frictions.all() == []
        kept = store.recovery.moved_to / DB_FILENAME
    assert kept.read_bytes() == b"\x00garbage" * 500
    ledger(SCENARIO).faults_injected += 1
    ledger(SCENARIO).recoveries += 1


def test_an_unsound_backup_is_skipped_for_an_older_good_one(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    fill(data_dir)
    newest = data_dir / "backups" / "daily-2027-03-27.sqlite3"
    newest.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    os.utime(newest, (T0.timestamp() + 86400, T0.timestamp() + 86400))
    damage(data_dir / DB_FILENAME, "garbage")
    with open_store(data_dir, recover=True) as store:
        assert store.recovery is not None
        assert store.recovery.restored_from == data_dir / "backups" / "daily-2027-03-26.sqlite3"
        assert len(store.frictions.all()) == 200
    assert newest.is_file(), "a bad backup is skipped, not deleted"
    ledger(SCENARIO).faults_injected += 2
    ledger(SCENARIO).recoveries += 1


def test_a_schema_newer_than_the_app_is_never_touched(
    data_dir: Path, ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    fill(data_dir)
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = path.read_bytes()
    ledger(SCENARIO).faults_injected += 1

    with pytest.raises(SchemaTooNewError, match="newer ritmeregie"):
        open_store(data_dir, recover=True)
    plan = ritmeregie("plan")
    doctor = ritmeregie("doctor")

    assert path.read_bytes() == before
    assert not (data_dir / "set-aside").exists()
    assert plan.returncode == 1 and "newer ritmeregie" in plan.stderr
    assert len(plan.stderr.strip().splitlines()) == 1
    assert doctor.returncode == 1 and "newer ritmeregie" in doctor.stdout


@pytest.mark.gui
@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
)
def test_the_notice_says_what_happened_and_closes_by_keyboard(qtbot: Any, data_dir: Path) -> None:
    from PySide6.QtCore import Qt

    from ritmeregie.ui.recovery_notice import show_recovery_notice

    fill(data_dir)
    damage(data_dir / DB_FILENAME, "truncated-half")
    with open_store(data_dir, recover=True) as store:
        recovery = store.recovery
    assert recovery is not None

    notice = show_recovery_notice(recovery)
    qtbot.addWidget(notice)
    qtbot.waitExposed(notice)

    assert notice.heading.text() == "Your data was restored from a backup"
    assert "cut short" in notice.body.text()
    assert "nothing was deleted" in notice.body.text()
    assert notice.path_field.text() == str(recovery.moved_to)
    assert notice.focusWidget() is notice.close_button
    assert notice.close_button.isDefault()
    qtbot.keyClick(notice, Qt.Key.Key_Return)
    assert not notice.isVisible()


def test_the_real_app_starts_anyway_and_shows_the_notice(
    data_dir: Path, ritmeregie: Run, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    fill(data_dir)
    damage(data_dir / DB_FILENAME, "garbage")
    env = {
        **os.environ,
        "RITMEREGIE_HOME": str(data_dir),
        "TZ": "Europe/Amsterdam",
        "LANGUAGE": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "",
    }
    out = (tmp_path / "app.out").open("w")
    app = subprocess.Popen([sys.executable, "-m", "ritmeregie"], env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 30
        while True:
            status = ritmeregie("status", "--json")
            if '"running": true' in status.stdout:
                break
            assert app.poll() is None, (tmp_path / "app.out").read_text()
            assert time.monotonic() < deadline, "the app did not come up"
            time.sleep(0.1)
        assert ritmeregie("quit").returncode == 0
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()  # our own child
            app.wait()
        out.close()
    log = (data_dir / "ritmeregie.log").read_text()
    assert "recovered from a not-a-database database" in log
    assert "recovery notice shown" in log
    assert "Traceback" not in (tmp_path / "app.out").read_text()
    with open_store(data_dir) as store:
        assert len(store.frictions.all()) == 200
    ledger(SCENARIO).faults_injected += 1
    ledger(SCENARIO).recoveries += 1
