"""Scenario 14 — a disk that is really full (ENOSPC: a small tmpfs filled to the last block).

A full disk is said as a full disk, never as a damaged store (that would invite a restore or a
delete of a healthy file): reads go on (`friction list`, `plan`, `doctor`), a write is refused in
one line, and the real app opens read-only with the single-instance lock held, says so once and
prints no logging traceback. Nothing is lost once there is room again.

Mounting a tmpfs needs root; without it these tests are skipped (test_failing_parts.py covers a
refused write without root, through RLIMIT_FSIZE).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.storage import open_store
from ritmeregie.storage.database import DB_FILENAME

pytestmark = [
    pytest.mark.reliability,
    pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None,
        reason="mounting a small tmpfs to fill needs root",
    ),
]

SCENARIO = "14 full disk (ENOSPC)"
DEADLINE_S = 60.0  # an upper bound for "eventually", never a measured duration
TEXTS = ["voor de volle schijf", "salarisgesprek"]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A data folder with two frictions on a 2 MB tmpfs, then the tmpfs filled completely."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(disk)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        data_dir = disk / "data"
        with open_store(data_dir) as store:
            store.settings.set("first_run_done", True)
            for text in TEXTS:
                store.frictions.add(text)
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass  # ENOSPC: the disk is full
        finally:
            os.close(fd)
        yield data_dir
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def make_room(data_dir: Path) -> None:
    (data_dir.parent / "filler").unlink()


def test_the_cli_reads_a_full_disk_and_says_full_never_damaged(
    full_disk: Path, ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    env = {"RITMEREGIE_HOME": str(full_disk)}
    listed = ritmeregie("friction", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert all(text in listed.stdout for text in TEXTS)
    assert ritmeregie("plan", env=env).returncode == 0

    added = ritmeregie("friction", "add", "na de volle schijf", env=env)
    assert added.returncode == 1
    lines = added.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], added.stderr

    doctor = ritmeregie("doctor", env=env)
    for said in (listed, added, doctor):
        assert "damaged or not" not in said.stdout + said.stderr
        assert "Traceback" not in said.stderr
    assert "the disk is full" in doctor.stdout and doctor.returncode == 1
    assert not (full_disk / "set-aside").exists()

    make_room(full_disk)
    with open_store(full_disk) as store:
        texts = [f.text for f in store.frictions.all()]
        assert store.integrity_check() == "ok"
    tally = ledger(SCENARIO)
    tally.faults_injected += 2  # the refused write, and reads on a full disk
    tally.writes_acknowledged += len(TEXTS)
    tally.writes_lost += len([t for t in TEXTS if t not in texts])
    assert texts == TEXTS


def test_the_app_opens_read_only_on_a_full_disk_holds_the_lock_and_says_it_once(
    full_disk: Path,
    tmp_path: Path,
    ritmeregie: Run,
    ledger: Callable[[str], Tally],
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "RITMEREGIE_HOME": str(full_disk),
        "XDG_RUNTIME_DIR": str(runtime),
        "TZ": "Europe/Amsterdam",
        "LANGUAGE": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "",
    }
    err = tmp_path / "app.err"
    with err.open("w") as out:
        app = subprocess.Popen([sys.executable, "-m", "ritmeregie"], env=env, stderr=out)
    second = None
    try:
        deadline = time.monotonic() + DEADLINE_S
        while "told the user" not in err.read_text():
            assert app.poll() is None, err.read_text()
            assert time.monotonic() < deadline, err.read_text()
            time.sleep(0.1)
        status = ritmeregie(
            "status",
            "--json",
            env={"XDG_RUNTIME_DIR": str(runtime), "RITMEREGIE_HOME": str(full_disk)},
        )
        assert status.returncode == 0 and json.loads(status.stdout)["running"] is True
        # The lock holds without a lock file: a second start does not become a second app.
        second = subprocess.Popen(
            [sys.executable, "-m", "ritmeregie"], env=env, stderr=subprocess.DEVNULL
        )
        assert second.wait(timeout=DEADLINE_S) == 0
        assert app.poll() is None
        done = ritmeregie(
            "quit", env={"XDG_RUNTIME_DIR": str(runtime), "RITMEREGIE_HOME": str(full_disk)}
        )
        assert done.returncode == 0, done.stderr
        assert app.wait(timeout=DEADLINE_S) == 0
    finally:
        for child in (app, second):
            if child is not None and child.poll() is None:
                child.kill()  # our own children
                child.wait()
    text = err.read_text()
    assert text.count("told the user") == 1, text
    assert "disk is full" in text
    assert "damaged" not in text and "Traceback" not in text and "Logging error" not in text
    assert not (full_disk / "set-aside").exists()
    assert (full_disk / DB_FILENAME).is_file()
    make_room(full_disk)
    with open_store(full_disk) as store:
        texts = [f.text for f in store.frictions.all()]
    tally = ledger(SCENARIO)
    tally.faults_injected += 1
    tally.writes_acknowledged += len(TEXTS)
    tally.writes_lost += len([t for t in TEXTS if t not in texts])
    assert texts == TEXTS
