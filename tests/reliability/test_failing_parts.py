"""Scenario 5 (disk full) and 6 (ten simultaneous starts).

Disk full: a child process whose files may not grow past a limit (RLIMIT_FSIZE, SIGXFSZ ignored, so
a write fails with EFBIG as on a full disk; no root needed) keeps writing until the store refuses;
every write acknowledged before stays, the refusal is one clear StoreError line, the daily backup
fails with one line, and the file is sound afterwards.

A full disk under the running app: the app (offscreen, in a child) loses its disk mid-run; what
the user typed stays on screen, nothing escapes a Qt slot, the app says it once, and when there
is room again closing the same windows saves them.

Ten starts: ten real app processes (offscreen) started at once on one data folder leave exactly one
running instance — one lock holder, one scheduler — and the other nine end by themselves.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.storage import open_store
from ritmeregie.storage.database import DB_FILENAME

pytestmark = pytest.mark.reliability

HERE = Path(__file__).resolve().parent
DEADLINE_S = 60.0  # an upper bound for "eventually", never a measured duration

DISK_FULL_CHILD = textwrap.dedent(
    """
    import datetime as dt, json, os, resource, signal, sys
    from pathlib import Path
    from ritmeregie.storage import open_store, StoreError
    from ritmeregie.storage.backup import daily_backup
    from sqlalchemy.exc import SQLAlchemyError

    data_dir = Path(sys.argv[1])
    store = open_store(data_dir)
    limit = int(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    acked, error = [], None
    for n in range(100000):
        text = f"wrijving {n} " + "x" * 500
        try:
            store.frictions.add(text)
        except (StoreError, SQLAlchemyError, OSError) as exc:
            error = f"{type(exc).__name__}: {str(getattr(exc, 'orig', exc))}"
            break
        acked.append(text)
    try:
        daily_backup(store.path, data_dir, dt.date(2027, 3, 26), dt.datetime.now(dt.UTC))
        backup = "made"
    except StoreError as exc:
        backup = str(exc)
    store.close()
    print(json.dumps({"acked": acked, "error": error, "backup": backup}))
    """
)


def test_a_full_disk_refuses_the_write_and_keeps_what_was_written(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    with open_store(data_dir) as store:
        store.frictions.add("van voor de volle schijf")
    size = (data_dir / DB_FILENAME).stat().st_size
    done = subprocess.run(
        [sys.executable, "-c", DISK_FULL_CHILD, str(data_dir), str(size + 256 * 1024)],
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["error"] is not None, "the limit was never reached"
    # SQLite reports EFBIG as "disk I/O error", ENOSPC as "database or disk is full"; the store
    # says either as one line of its own.
    assert result["error"].startswith("WriteFailedError: Not saved: the disk"), result["error"]
    assert len(result["error"].splitlines()) == 1
    # The limit is per file: the copy may still fit; if not, it is refused in one line.
    if result["backup"] != "made":
        assert len(result["backup"].splitlines()) == 1
        assert "disk" in result["backup"] or "cannot be written" in result["backup"]

    with open_store(data_dir) as store:
        texts = [f.text for f in store.frictions.all()]
        assert store.integrity_check() == "ok"
    lost = [t for t in ["van voor de volle schijf", *result["acked"]] if t not in texts]
    tally = ledger("5 disk full (RLIMIT_FSIZE)")
    tally.faults_injected += 2  # the refused write and the refused backup
    tally.writes_acknowledged += 1 + len(result["acked"])
    tally.writes_lost += len(lost)
    assert lost == []
    for copy in (data_dir / "backups").glob("*"):
        assert not copy.name.startswith("."), "no half copy is left behind"


def test_a_full_disk_under_the_running_app_is_said_once_and_loses_nothing(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    start = dt.datetime(2027, 3, 26, 9, tzinfo=dt.UTC)
    with open_store(data_dir) as store:
        store.settings.set("first_run_done", True)
        store.agenda.add(
            "Bestaand overleg", start, start + dt.timedelta(hours=1), "Europe/Amsterdam"
        )
        store.frictions.add("van voor de volle schijf")
    env = {**os.environ, "TZ": "Europe/Amsterdam", "LANGUAGE": "en", "DBUS_SESSION_BUS_ADDRESS": ""}
    done = subprocess.run(
        [sys.executable, str(HERE / "app_under_fault.py"), str(data_dir), "disk-full"],
        capture_output=True,
        text=True,
        env=env,
        timeout=DEADLINE_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    during, after = result["during"], result["after"]
    assert result["escaped"] == [], "a refused write left a Qt slot"
    assert during["failing"] is True
    # EFBIG from the size limit reaches SQLite as a disk I/O error; ENOSPC would be "disk full".
    assert len(during["said"]) == 1 and "not saved" in during["said"][0]
    assert during["reflection_kept"], "the typed reflection stays on screen"
    assert during["agenda_kept"], "the agenda dialog comes back with its title"
    assert during["deleted"] is False
    assert during["nudge_shown"] == ["Overleg onder storing"], "nudges keep coming"
    # Room again: the same windows save when closed; nothing more was said.
    assert after["failing"] is False
    assert after["said"] == during["said"]
    assert after["reflection"] == "Het overleg liep goed — אבל קצר 👍"
    assert "Overleg met Jan عن الميزانية" in after["agenda"]
    assert after["dialog_closed"] is True

    with open_store(data_dir) as store:
        assert store.integrity_check() == "ok"
        texts = [f.text for f in store.frictions.all()]
    kept = ["van voor de volle schijf" in texts, "Bestaand overleg" in after["agenda"]]
    tally = ledger("5 disk full under the running app")
    tally.faults_injected += 4  # reflection, agenda add, agenda delete, nudge log
    tally.writes_acknowledged += len(kept) + 2  # and the two saved once there was room
    tally.writes_lost += kept.count(False)
    assert all(kept)


def test_ten_simultaneous_starts_leave_one_instance(
    data_dir: Path, ritmeregie: Run, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    with open_store(data_dir) as store:
        store.settings.set("first_run_done", True)
    env = {
        **os.environ,
        "RITMEREGIE_HOME": str(data_dir),
        "TZ": "Europe/Amsterdam",
        "LANGUAGE": "en",
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "",
    }
    logs = [(tmp_path / f"start-{n}.out").open("w") for n in range(10)]
    starts = [
        subprocess.Popen([sys.executable, "-m", "ritmeregie"], env=env, stdout=log, stderr=log)
        for log in logs
    ]
    try:
        deadline = time.monotonic() + DEADLINE_S
        while sum(p.poll() is None for p in starts) > 1:
            assert time.monotonic() < deadline, "more than one start kept running"
            time.sleep(0.1)
        running = [p for p in starts if p.poll() is None]
        assert len(running) == 1
        assert all(p.returncode == 0 for p in starts if p is not running[0])
        status = json.loads(ritmeregie("status", "--json").stdout)
        assert status["running"] is True
        holder = int((data_dir / "instance.lock").read_text().split("\n", 1)[0])
        assert holder == running[0].pid
        assert ritmeregie("quit").returncode == 0
        assert running[0].wait(timeout=DEADLINE_S) == 0
    finally:
        for p in starts:
            if p.poll() is None:
                p.kill()  # our own children
                p.wait()
        for log in logs:
            log.close()
    outputs = "".join((tmp_path / f"start-{n}.out").read_text() for n in range(10))
    assert "Traceback" not in outputs
    log_text = (data_dir / "ritmeregie.log").read_text()
    assert log_text.count("Scheduler started") == 1, "one scheduler"
    ledger("6 ten simultaneous starts").faults_injected += 10
