"""Scenario 11 — ownership: a data folder, store, -wal, backups folder or log that another local
user owns (and could read, or swap) is never used: every command says so in one line, exit 1,
and writes nothing — no friction, no log, no chmod on the other user's file. `doctor` says ✗,
never "✓ privacy"; the app's start refuses the same way.

"Another user" is uid 65534 (nobody): giving a file away needs root, so without root these
tests are skipped (the read-only scenario covers a second user's view the other way round).
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.storage import StoreError, open_store
from ritmeregie.storage.backup import BackupKind, make_backup
from ritmeregie.storage.database import DB_FILENAME

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0,
        reason="giving a file to another user (chown) needs root",
    ),
]

SCENARIO = "11 ownership (another user's folder or file)"
OTHER = 65534  # nobody


def snapshot(folder: Path) -> dict[str, tuple[int, int, int, float]]:
    """Every entry with its owner, mode, size and modification time: what 'nothing written' means."""
    found = {}
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        found[str(path)] = (info.st_uid, stat.S_IMODE(info.st_mode), info.st_size, info.st_mtime)
    return found


def give_away(path: Path, mode: int) -> None:
    os.chown(path, OTHER, OTHER, follow_symlinks=False)
    path.chmod(mode)


def filled(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.frictions.add("salarisgesprek")
        make_backup(store.path, data_dir, BackupKind.MANUAL, dt.datetime.now(dt.UTC))


def _folder_and_store(data_dir: Path) -> None:
    filled(data_dir)
    give_away(data_dir / DB_FILENAME, 0o666)
    give_away(data_dir, 0o777)


def _store_only(data_dir: Path) -> None:
    filled(data_dir)
    give_away(data_dir / DB_FILENAME, 0o666)


def _wal(data_dir: Path) -> None:
    filled(data_dir)
    wal = data_dir / f"{DB_FILENAME}-wal"
    wal.write_bytes(b"")
    give_away(wal, 0o666)


def _backups(data_dir: Path) -> None:
    filled(data_dir)
    give_away(data_dir / "backups", 0o777)


def _log(data_dir: Path) -> None:
    filled(data_dir)
    log = data_dir / "ritmeregie-error.log"
    log.write_text("")
    give_away(log, 0o666)


def _new_folder(data_dir: Path) -> None:
    """Another user made the (empty) folder before the victim ever started ritmeregie."""
    give_away(data_dir, 0o777)


PLANTED: dict[str, Callable[[Path], None]] = {
    "folder-and-store": _folder_and_store,
    "store": _store_only,
    "wal": _wal,
    "backups": _backups,
    "log": _log,
    "new-folder": _new_folder,
}


@pytest.fixture(params=sorted(PLANTED))
def planted(request: pytest.FixtureRequest, data_dir: Path) -> str:
    PLANTED[request.param](data_dir)
    return str(request.param)


def test_another_users_folder_or_file_is_never_used(
    planted: str, data_dir: Path, ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    tally = ledger(SCENARIO)
    tally.faults_injected += 1
    before = snapshot(data_dir)
    commands = [("friction", "add", "geheim"), ("friction", "list")]
    if planted != "new-folder":  # (an empty folder has nothing to back up, and says so)
        commands.append(("backup",))
    for command in commands:
        done = ritmeregie(*command)
        assert done.returncode == 1, (planted, command, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "belongs to another user" in lines[0], done.stderr
        assert snapshot(data_dir) == before, f"{command} wrote in the folder"

    doctor = ritmeregie("doctor")
    assert doctor.returncode == 1
    assert "✓ privacy" not in doctor.stdout and "✓ database" not in doctor.stdout
    assert "another user" in doctor.stdout
    assert snapshot(data_dir) == before

    with pytest.raises(StoreError, match="belongs to another user"):
        open_store(data_dir, recover=True)  # the app's start: no repair, no chmod
    assert snapshot(data_dir) == before
