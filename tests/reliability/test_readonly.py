"""Scenario 5 — a read-only data folder: the app keeps running, says once what is wrong, loses
nothing; the CLI reads, and refuses writes in one clear line with exit 1.

File modes do not stop root, so as root the children run as `nobody` (setpriv; they keep only
CAP_DAC_READ_SEARCH, to reach the Python under /root: it lets them read and search, never write
or change modes) on a folder given to `nobody` and made 0500/0400. Not as root, the same modes
stop the test's own user. Afterwards the folder is given back and every acknowledged write is
checked.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from ledger import Tally

from ritmeregie.storage import open_store

pytestmark = pytest.mark.reliability

HERE = Path(__file__).resolve().parent
DEADLINE_S = 60.0  # an upper bound for "eventually", never a measured duration
NOBODY = 65534
START = dt.datetime(2027, 3, 26, 9, tzinfo=dt.UTC)
EVER = (dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC))


@dataclass
class ReadOnly:
    """How to run a child that may read the data folder but not write it."""

    prefix: list[str]
    env: dict[str, str]

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.prefix, *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=DEADLINE_S,
            check=False,
        )


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """As root, a folder another user can reach (pytest's tmp_path lies in root's 0700 folder)."""
    if os.geteuid() != 0:
        path = tmp_path / "data"
        path.mkdir()
        yield path
        return
    top = Path(tempfile.mkdtemp(prefix="ritmeregie-readonly-"))
    top.chmod(0o755)
    (top / "data").mkdir()
    try:
        yield top / "data"
    finally:
        _give_back(top / "data")
        shutil.rmtree(top)


@pytest.fixture
def acknowledged(data_dir: Path) -> list[str]:
    """Writes acknowledged before the folder turns read-only: what must survive."""
    with open_store(data_dir) as store:
        store.settings.set("first_run_done", True)
        store.agenda.add(
            "Bestaand overleg", START, START + dt.timedelta(hours=1), "Europe/Amsterdam"
        )
        store.reflections.save(dt.date(2027, 3, 25), "Tevreden over de dag", "", "Eerder stoppen")
        store.frictions.add("Printer op de tweede verdieping")
    return ["Bestaand overleg", "Tevreden over de dag", "Printer op de tweede verdieping"]


def lost_after_giving_back(data_dir: Path, acknowledged: list[str]) -> list[str]:
    """The folder given back to its owner; which acknowledged writes are missing."""
    _give_back(data_dir)
    with open_store(data_dir) as store:
        assert store.integrity_check() == "ok"
        reflection = store.reflections.get(dt.date(2027, 3, 25))
        there = [
            *(item.title for item in store.agenda.between(*EVER)),
            *([reflection.satisfied] if reflection else []),
            *(f.text for f in store.frictions.all()),
        ]
    return [text for text in acknowledged if text not in there]


def _give_back(data_dir: Path) -> None:
    _set_modes(data_dir, 0o700, 0o600, os.getuid() if os.geteuid() == 0 else None)


def _set_modes(data_dir: Path, dir_mode: int, file_mode: int, uid: int | None) -> None:
    for path in [data_dir, *data_dir.rglob("*")]:
        if uid is not None:
            os.chown(path, uid, uid, follow_symlinks=False)
        if not path.is_symlink():
            path.chmod(dir_mode if path.is_dir() else file_mode)


@pytest.fixture
def read_only(data_dir: Path, acknowledged: list[str]) -> Iterator[ReadOnly]:
    """The data folder (already filled by the test) made read-only for the children."""
    home = data_dir.parent / "home"
    home.mkdir(mode=0o700)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(home),
        "RITMEREGIE_HOME": str(data_dir),
        "TZ": "Europe/Amsterdam",
        "LANGUAGE": "en",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": "",
        "DISPLAY": "",
        "WAYLAND_DISPLAY": "",
        "PYTHONPATH": os.pathsep.join([str(HERE.parents[1]), str(HERE)]),
    }
    env.pop("LC_ALL", None)
    as_root = os.geteuid() == 0
    prefix = [sys.executable]
    if as_root:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot drop to another user")
        os.chown(home, NOBODY, NOBODY)
        prefix = [
            setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
            "--inh-caps=-all,+dac_read_search", "--ambient-caps=+dac_read_search",
            "--bounding-set=-all,+dac_read_search", sys.executable,
        ]  # fmt: skip
    _set_modes(data_dir, 0o500, 0o400, NOBODY if as_root else None)
    runner = ReadOnly(prefix, env)
    try:
        probe = runner.run("-c", f"import os; print(os.access({str(data_dir)!r}, os.W_OK))")
        assert probe.returncode == 0, probe.stderr
        assert probe.stdout.strip() == "False", "the child could still write the folder"
        yield runner
    finally:
        _give_back(data_dir)


def test_the_app_on_a_read_only_folder_keeps_running_and_says_it_once(
    read_only: ReadOnly, data_dir: Path, acknowledged: list[str], ledger: Callable[[str], Tally]
) -> None:
    done = read_only.run(str(HERE / "app_under_fault.py"), str(data_dir), "read-only")

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    during = result["during"]
    assert during["read_only"] is True
    assert result["escaped"] == [], "a refused write left a Qt slot"
    # Said once, at the start; every refused write after that only in the log.
    assert len(during["said_at_start"]) == 1
    assert "read-only" in during["said_at_start"][0]
    assert during["said"] == during["said_at_start"]
    assert during["reflection_kept"], "the typed reflection stays on screen"
    assert during["agenda_kept"], "the agenda dialog comes back with its title"
    assert during["deleted"] is False
    assert during["nudge_shown"] == ["Overleg onder storing"], "nudges keep coming"
    assert "Traceback" not in done.stderr
    lost = lost_after_giving_back(data_dir, acknowledged)
    tally = ledger("5 read-only data folder")
    tally.faults_injected += 4  # reflection, agenda add, agenda delete, nudge log
    tally.writes_acknowledged += len(acknowledged)
    tally.writes_lost += len(lost)
    assert lost == []


def test_the_real_app_starts_on_a_read_only_folder_and_says_why(
    read_only: ReadOnly, data_dir: Path, tmp_path: Path, acknowledged: list[str]
) -> None:
    log = tmp_path / "app.err"
    with log.open("w") as err:
        app = subprocess.Popen(
            [*read_only.prefix, "-m", "ritmeregie"],
            env=read_only.env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        deadline = time.monotonic() + DEADLINE_S
        while "told the user" not in log.read_text():
            assert app.poll() is None, f"the app ended: {log.read_text()}"
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        assert app.poll() is None, "the app keeps running"
    finally:
        app.terminate()  # our own child
        app.wait(timeout=DEADLINE_S)
    text = log.read_text()
    assert text.count("told the user") == 1
    assert "read-only" in text
    assert "Traceback" not in text and "unexpected error" not in text
    assert lost_after_giving_back(data_dir, acknowledged) == []


def test_the_cli_reads_a_read_only_folder_and_refuses_writes_in_one_line(
    read_only: ReadOnly, data_dir: Path, acknowledged: list[str], ledger: Callable[[str], Tally]
) -> None:
    writes = [
        ["friction", "add", "Nog een wrijving"],
        ["agenda", "add", "--title", "Nieuw", "--start", "2027-03-26T10:00", "--minutes", "30"],
        ["agenda", "rm", "1"],
        [
            "reflect",
            "--date",
            "2027-03-26",
            "--satisfied",
            "x",
            "--less",
            "y",
            "--differently",
            "z",
        ],
        ["mustdo", "add", "Offerte versturen"],
    ]
    for args in writes:
        done = read_only.run("-m", "ritmeregie", *args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert done.stderr.splitlines() == [
            f"ritmeregie: Not saved: the data folder {data_dir} is read-only."
        ], args
    refused = len(writes)

    exported = read_only.run("-m", "ritmeregie", "export", "--all", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    assert all(text in exported.stdout for text in acknowledged)
    shown = read_only.run("-m", "ritmeregie", "plan", "--date", "2027-03-26")
    assert shown.returncode == 0 and "Bestaand overleg" in shown.stdout

    lost = lost_after_giving_back(data_dir, acknowledged)
    tally = ledger("5 read-only data folder")
    tally.faults_injected += refused
    tally.writes_lost += len(lost)
    assert lost == []
