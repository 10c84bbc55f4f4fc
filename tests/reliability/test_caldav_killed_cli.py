"""`ritmeregie sync` killed from outside in the middle of a long first sync: the server (Radicale,
SIGKILL) or the command itself (SIGKILL). The cut sync exits 1 with one line (server) or dies;
the next `sync` completes, and then every item is on the server once and on the second device
once — nothing lost, nothing doubled."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import Tally
from radicale_server import RadicaleServer

from ritmeregie.storage import open_store

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(600)]

ITEMS = 80
CUT_AFTER = 15  # objects on the server when the cut comes
POLLS = 6000  # a bound on the watching loop, not a time limit on the product


def _env(folder: Path, radicale: RadicaleServer) -> dict[str, str]:
    env = {**os.environ, "RITMEREGIE_HOME": str(folder), "LANGUAGE": "en", "LANG": "C.UTF-8",
           "TZ": "Europe/Amsterdam", "RITMEREGIE_CALDAV_PASSWORD": radicale.password}  # fmt: skip
    env.pop("LC_ALL", None)
    return env


def _ritmeregie(
    folder: Path, radicale: RadicaleServer, *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ritmeregie", *args], capture_output=True,
                          text=True, env=_env(folder, radicale), timeout=300, check=False)  # fmt: skip


def _on_server(radicale: RadicaleServer, name: str) -> int:
    folder = radicale.folder / "collections" / "collection-root" / radicale.user / name
    return len(list(folder.glob("*.ics"))) if folder.is_dir() else 0


def _count(folder: Path) -> tuple[int, int, int]:
    with open_store(folder) as store:
        now = dt.datetime.now(dt.UTC)
        titles = [e.title for e in store.agenda.entries_between(now, now + dt.timedelta(days=30))]
        return len(titles), len(set(titles)), len(store.must_dos.open())


@pytest.mark.parametrize("who", ["server", "client"])
def test_a_long_sync_killed_from_outside_loses_and_doubles_nothing(
    who: str, radicale: RadicaleServer, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    tally = ledger(f"caldav sync killed from outside ({who})")
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    for folder in (laptop, desktop):
        folder.mkdir()
        for args in (("caldav", "add", "Werk", "--url", radicale.url, "--user", radicale.user),
                     ("caldav", "publish", "Werk", "--calendar", "/sanne/agenda/")):  # fmt: skip
            assert _ritmeregie(folder, radicale, *args).returncode == 0
    with open_store(laptop) as store:
        start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=1)
        for n in range(ITEMS):
            at = start + dt.timedelta(hours=n)
            store.agenda.add(f"Overleg {n}", at, at + dt.timedelta(minutes=30), "Europe/Amsterdam")
            tally.writes_acknowledged += 1
    sync = subprocess.Popen([sys.executable, "-m", "ritmeregie", "sync"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(laptop, radicale))  # fmt: skip
    for _ in range(POLLS):
        if _on_server(radicale, "agenda") >= CUT_AFTER or sync.poll() is not None:
            break
        time.sleep(0.01)
    assert sync.poll() is None, "the sync ended before the cut: make ITEMS larger"
    if who == "server":
        radicale.kill()
    else:
        sync.kill()
    tally.faults_injected += 1
    _, err = sync.communicate(timeout=300)
    if who == "server":
        assert sync.returncode == 1
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        radicale.start()
    finished = _ritmeregie(laptop, radicale, "sync", "--json")
    assert finished.returncode == 0, finished.stderr
    assert _ritmeregie(desktop, radicale, "sync").returncode == 0
    assert _on_server(radicale, "agenda") == ITEMS
    assert _count(laptop)[:2] == (ITEMS, ITEMS)
    assert _count(desktop)[:2] == (ITEMS, ITEMS)
    quiet = json.loads(_ritmeregie(laptop, radicale, "sync", "--json").stdout)
    assert [c["requests"] for c in quiet["collections"]] == [1, 1]
