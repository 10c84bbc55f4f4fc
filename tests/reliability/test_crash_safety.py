"""Scenario 1 — crash safety: kill -9 the writing storage layer at random moments, 200+ times.

A zygote child (crash_writer.py) imports the storage layer once and forks one writer per round; the
writer makes random user writes through the real repositories and prints an acknowledgement after
each one returned. This test kills the writer with SIGKILL at a random moment (during open_store,
a migration, a commit, a daily backup...), and checks after every batch, and at the end, that every
acknowledged write is in the store exactly as written and that PRAGMA integrity_check is ok.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from ledger import Tally

from ritmeregie.storage import open_store
from ritmeregie.storage.backup import list_backups

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(600)]

KILLS = 220
CHECK_EVERY = 40
MAX_DELAY_S = 0.2  # the moment of the kill: uniform in [0, MAX_DELAY_S] after the writer is up
LINE_WAIT_S = 30.0  # an upper bound for "the writer said something", never a measurement
WRITER = Path(__file__).with_name("crash_writer.py")


@dataclass
class Journal:
    """What the writers tried and what they acknowledged, in order."""

    tried: dict[str, dict[str, Any]] = field(default_factory=dict)  # op id -> fields
    order: list[str] = field(default_factory=list)  # op ids in the order they were tried
    acked: dict[str, Any] = field(default_factory=dict)  # op id -> row id

    def on_line(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "try":
            op = json.loads(rest)
            self.tried[op["id"]] = op
            self.order.append(op["id"])
        elif kind == "ack":
            op_id, _, payload = rest.partition(" ")
            assert op_id in self.tried, f"ack without try: {line}"
            self.acked[op_id] = json.loads(payload)["row_id"]
        elif kind == "error":
            raise AssertionError(f"the writer failed by itself: {rest}")


class Zygote:
    def __init__(self, data_dir: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        assert self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._buffer = b""
        assert self.read_line(LINE_WAIT_S) == "ready"

    def read_line(self, timeout_s: float) -> str | None:
        deadline = time.monotonic() + timeout_s
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._fd], [], [], left)
            if ready:
                chunk = os.read(self._fd, 65536)
                if not chunk:
                    raise AssertionError("the zygote ended unexpectedly")
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("utf-8")

    def go(self, seed: int) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {seed}\n".encode())
        self.proc.stdin.flush()

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=LINE_WAIT_S)
        if self.proc.stdout:
            self.proc.stdout.close()


def one_round(zygote: Zygote, journal: Journal, seed: int, delay_s: float) -> bool:
    """One writer, killed after `delay_s`; True when the kill landed (it had not finished)."""
    zygote.go(seed)
    first = zygote.read_line(LINE_WAIT_S)
    assert first is not None and first.startswith("pid "), first
    pid = int(first.split()[1])
    deadline = time.monotonic() + delay_s
    while (left := deadline - time.monotonic()) > 0:
        line = zygote.read_line(left)
        if line is None:
            break
        if line.startswith("done"):
            return False
        journal.on_line(line)
    os.kill(pid, signal.SIGKILL)  # our own grandchild, by its pid
    while True:
        line = zygote.read_line(LINE_WAIT_S)
        assert line is not None, "the zygote did not reap the writer"
        if line.startswith("done"):
            status = int(line.split()[1])
            return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        journal.on_line(line)


def lost_writes(data_dir: Path, journal: Journal) -> list[str]:
    """Every acknowledged write that is not in the store as written (the empty list is the goal)."""
    lost: list[str] = []
    with open_store(data_dir) as store:
        assert store.integrity_check() == "ok"
        frictions = {f.id: f.text for f in store.frictions.all()}
        last_acked_index: dict[str, int] = {}
        for index, op_id in enumerate(journal.order):
            op = journal.tried[op_id]
            if op["op"] == "reflection" and op_id in journal.acked:
                last_acked_index[op["date"]] = index
        for op_id, row_id in journal.acked.items():
            op = journal.tried[op_id]
            kind = op["op"]
            if kind == "agenda":
                item = store.agenda.get(row_id)
                ok = item is not None and item.title == op["title"].strip()
            elif kind == "dadu":
                record = store.dadu.get(row_id)
                ok = (
                    record is not None
                    and record.meeting_title == op["meeting"].strip()
                    and [(r.decision, r.action) for r in record.rows]
                    == [(op["decision"], op["action"])]
                )
            elif kind == "must_do":
                must_do = store.must_dos.get(row_id)
                ok = must_do is not None and must_do.title == op["title"].strip()
            elif kind == "friction":
                ok = frictions.get(row_id) == op["text"].strip()
            else:
                # Reflections are checked per day below; backups rotate away by design (their
                # soundness is checked at the end).
                continue
            if not ok:
                lost.append(f"{op_id} {op} row {row_id}")
        for date_text, index in last_acked_index.items():
            saved = store.reflections.get(dt.date.fromisoformat(date_text))
            # The day holds the last acknowledged text, or a later one that was committed just
            # before a kill and never acknowledged — never an older one.
            later = [
                journal.tried[op_id]
                for op_id in journal.order[index:]
                if journal.tried[op_id]["op"] == "reflection"
                and journal.tried[op_id]["date"] == date_text
            ]
            if saved is None or not any(
                (saved.satisfied, saved.less_satisfied, saved.differently)
                == (op["satisfied"], op["less"], op["differently"])
                for op in later
            ):
                lost.append(journal.order[index])
    return lost


def test_kill_9_at_random_moments_loses_no_acknowledged_write(
    data_dir: Path, ledger: Callable[[str], Tally]
) -> None:
    tally = ledger("1 crash safety (kill -9)")
    rng = random.Random(int(os.environ.get("RITMEREGIE_CRASH_SEED", "20270328")))
    journal = Journal()
    zygote = Zygote(data_dir)
    kills = 0
    try:
        for round_no in range(KILLS):
            # Now and then a very early kill: inside open_store or the first migration.
            delay_s = rng.uniform(0, 0.01) if round_no % 10 == 0 else rng.uniform(0, MAX_DELAY_S)
            if one_round(zygote, journal, seed=round_no + 1, delay_s=delay_s):
                kills += 1
            if (round_no + 1) % CHECK_EVERY == 0:
                lost = lost_writes(data_dir, journal)
                assert lost == [], f"lost after {kills} kills: {lost[:5]}"
    finally:
        zygote.close()
        tally.faults_injected += kills
        tally.writes_acknowledged += sum(
            journal.tried[op_id]["op"] != "backup" for op_id in journal.acked
        )

    lost = lost_writes(data_dir, journal)
    tally.writes_lost += len(lost)
    assert lost == [], f"acknowledged writes lost: {lost[:10]}"
    assert kills >= 200
    kinds = {journal.tried[op_id]["op"] for op_id in journal.acked}
    assert kinds >= {"agenda", "reflection", "dadu", "must_do", "friction"}
    # Every finished backup copy is sound; a copy cut short by a kill never counts as one.
    for backup in list_backups(data_dir):
        conn = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", backup.path
        finally:
            conn.close()
