"""The writer that the crash-safety scenario kills: a zygote that imports the storage layer once
and forks one writer per round, so a kill costs a fork, not a Python start.

Protocol (one line each, UTF-8; the test reads the zygote's stdout and writes its stdin):
  zygote -> test   "ready"                      once, after the imports
  test   -> zygote "go <seed>"                  fork a writer with this seed
  writer -> test   "pid <pid>"                  first line of every writer
  writer -> test   "try <json>"                 a write about to be committed (op, id, fields)
  writer -> test   "ack <op id> <json>"         the write is committed (store call returned)
  zygote -> test   "done <wait status>"         the writer has ended (killed or finished)
Every line is written with one os.write() of less than PIPE_BUF bytes, so a kill never leaves half
a line. Writes go through the real repositories (open_store, agenda, reflections, DADU, must-dos,
frictions, daily backups), exactly as the app makes them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import tempfile
from pathlib import Path

# Imported once in the zygote: every forked writer finds them loaded.
import alembic.command
import alembic.script  # noqa: F401

from ritmeregie.domain.clock import SystemClock
from ritmeregie.storage import DaduRow, open_store
from ritmeregie.storage.backup import daily_backup

OPS_PER_WRITER = 400
REFLECTION_DATES = [dt.date(2027, 3, 22) + dt.timedelta(days=i) for i in range(5)]
WORDS = [
    "overleg", "notulen", "besluit", "actie", "Überblick", "café", "ĳverig", "😊", "✅",
    "شكرا", "שלום", "日程", "Zoë", "naïef", "—", "“quotes”", "tab\there", "new\nline",
]  # fmt: skip


def say(line: str) -> None:
    data = (line + "\n").encode("utf-8")
    assert len(data) < 4096, "a line must fit in one atomic pipe write"
    os.write(1, data)


def text(rng: random.Random, token: str, words: int = 6) -> str:
    return f"{token} " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, words)))


def writer(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    say(f"pid {os.getpid()}")
    store = open_store(data_dir, SystemClock())
    for n in range(OPS_PER_WRITER):
        op_id = f"{seed}-{n}"
        kind = rng.choices(
            ["agenda", "reflection", "dadu", "must_do", "friction", "backup"],
            weights=[25, 30, 15, 15, 12, 3],
        )[0]
        if kind == "agenda":
            start = dt.datetime(2027, 3, 1, 8, tzinfo=dt.UTC) + dt.timedelta(
                minutes=15 * rng.randint(0, 4000)
            )
            fields = {"title": text(rng, op_id)}
            say("try " + json.dumps({"op": kind, "id": op_id, **fields}))
            item = store.agenda.add(
                fields["title"], start, start + dt.timedelta(minutes=30), "Europe/Amsterdam"
            )
            row_id = item.id
        elif kind == "reflection":
            # Saved as typed: the same day again and again, each time with the text so far.
            date = rng.choice(REFLECTION_DATES)
            fields = {
                "date": date.isoformat(),
                "satisfied": text(rng, op_id, 12),
                "less": text(rng, op_id, 4),
                "differently": text(rng, op_id, 8),
            }
            say("try " + json.dumps({"op": kind, "id": op_id, **fields}))
            store.reflections.save(date, fields["satisfied"], fields["less"], fields["differently"])
            row_id = None
        elif kind == "dadu":
            fields = {
                "meeting": text(rng, op_id, 3),
                "decision": text(rng, op_id),
                "action": text(rng, op_id),
            }
            say("try " + json.dumps({"op": kind, "id": op_id, **fields}))
            row_id = store.dadu.add(
                fields["meeting"],
                dt.date(2027, 3, 26),
                [DaduRow(decision=fields["decision"], action=fields["action"], owner="Sanne")],
            )
        elif kind == "must_do":
            fields = {"title": text(rng, op_id)}
            say("try " + json.dumps({"op": kind, "id": op_id, **fields}))
            row_id = store.must_dos.add(fields["title"], urgent=rng.random() < 0.5).id
        elif kind == "friction":
            fields = {"text": text(rng, op_id)}
            say("try " + json.dumps({"op": kind, "id": op_id, **fields}))
            row_id = store.frictions.add(fields["text"]).id
        else:
            day = dt.date(2027, 1, 1) + dt.timedelta(days=rng.randint(0, 365))
            fields = {"day": day.isoformat()}
            say("try " + json.dumps({"op": kind, "id": op_id, **fields}))
            made = daily_backup(store.path, data_dir, day, dt.datetime.now(dt.UTC))
            row_id = str(made) if made else None
        say(f"ack {op_id} " + json.dumps({"row_id": row_id}))
    store.close()


def warm_up() -> None:
    """Do every kind of write once on a scratch store, so mappers are configured and the code is
    loaded before the first fork (a writer then spends its time writing, not warming up)."""
    with tempfile.TemporaryDirectory() as scratch:
        devnull = os.open(os.devnull, os.O_WRONLY)
        saved = os.dup(1)
        os.dup2(devnull, 1)
        try:
            global OPS_PER_WRITER
            ops, OPS_PER_WRITER = OPS_PER_WRITER, 60
            writer(Path(scratch), 0)
            OPS_PER_WRITER = ops
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(devnull)


def main() -> None:
    data_dir = Path(sys.argv[1])
    warm_up()
    say("ready")
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command != "go":
            break
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                writer(data_dir, int(arg))
            except BaseException as exc:  # reported, never silent
                say(f"error {type(exc).__name__}: {exc}"[:3000])
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        say(f"done {status}")


if __name__ == "__main__":
    main()
