"""Migration 0003 (issue 14): a store from 0002 keeps its layers, their events and their raw copies;
the copy moves to calendar_copies (out of the rows the planner reads) and every layer gets
longest_minutes, unknown (NULL) until it is expanded again. A backup is taken first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from alembic import command

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import HEAD_REVISION, open_store
from ritmeregie.storage.calendars import CalendarEvent, EventBatch
from ritmeregie.storage.database import make_engine
from ritmeregie.storage.migrate import alembic_config, ensure_schema

Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]


def downgrade_to(path: Path, revision: str) -> None:
    config = alembic_config()
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        config.attributes.pop("connection", None)
        engine.dispose()


def test_a_0002_store_keeps_its_layers_and_their_copies(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    start = dt.datetime(2027, 3, 29, 8, tzinfo=dt.UTC)
    event = CalendarEvent("mt-1", "MT-overleg", start, start + dt.timedelta(hours=1))
    batch = EventBatch(
        [event],
        dt.date(2027, 3, 28),
        dt.date(2027, 4, 25),
        raw_ics="BEGIN:VCALENDAR…",
        raw_sha256="ab",
    )
    with open_store(data_dir, clock) as store:
        store.calendars.add("Directie", batch=batch)
        db = store.path
    downgrade_to(db, "0002")
    with raw(db) as conn:
        assert conn.execute("SELECT raw_ics FROM calendar_sources").fetchall() == [
            ("BEGIN:VCALENDAR…",)
        ]

    backup = ensure_schema(db, data_dir, now=dt.datetime(2027, 3, 29, 9, tzinfo=dt.UTC))

    assert backup is not None and backup.exists()
    with raw(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(calendar_sources)")]
        assert "raw_ics" not in columns and "longest_minutes" in columns
        assert conn.execute("SELECT longest_minutes FROM calendar_sources").fetchall() == [(None,)]
        assert conn.execute("SELECT count(*) FROM calendar_events").fetchone() == (1,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with open_store(data_dir, clock) as store:
        assert store.calendars.raw("Directie") == "BEGIN:VCALENDAR…"
        [found] = store.calendars.events_between(start, start + dt.timedelta(hours=1))
        assert found.title == "MT-overleg"
        assert store.calendars.remove("Directie")
    with raw(db) as conn:  # the copy goes with its layer
        assert conn.execute("SELECT count(*) FROM calendar_copies").fetchone() == (0,)
