"""Stores for the benchmark: a returning user's (default settings), and ten years of heavy use.

The heavy store is filled through SQLAlchemy Core (executemany inside one transaction) on a file
made by open_store, so it has the real schema, pragmas and indexes; it takes seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ritmeregie.domain.model import BlockKind
from ritmeregie.storage import open_store
from ritmeregie.storage.models import Base

SEED = 7
YEARS = 10


@dataclass(frozen=True)
class HeavySize:
    agenda_items: int = 50_000
    reflections: int = 3_000
    dadu_rows: int = 20_000
    nudge_log_rows: int = 200_000

    def scaled(self, factor: float) -> HeavySize:
        return HeavySize(
            *(
                max(1, int(n * factor))
                for n in (self.agenda_items, self.reflections, self.dadu_rows, self.nudge_log_rows)
            )
        )


def prepare_app_store(data_dir: Path) -> Path:
    """A store as a returning user has it: default settings (the default rhythm, the 04:00 day
    boundary, the system's zone), the welcome seen. The very first start (an empty folder, the
    welcome window) is measured on its own."""
    store = open_store(data_dir)
    try:
        store.settings.set("first_run_done", True)
    finally:
        store.close()
    return data_dir


def zone_at_local_hour(hour: int, now: dt.datetime | None = None) -> str:
    """An Etc/GMT±N zone where the local time is now hour:xx (POSIX sign: Etc/GMT-N is ahead of
    UTC), so the app can be measured at night or by day whenever the benchmark runs."""
    utc_hour = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).hour
    ahead = (hour - utc_hour) % 24
    ahead = ahead - 24 if ahead > 12 else ahead
    return "Etc/GMT" if ahead == 0 else f"Etc/GMT{-ahead:+d}"


def database_file(data_dir: Path) -> Path:
    return data_dir / "ritmeregie.sqlite3"


def database_mb(data_dir: Path) -> float:
    """The database with its WAL (what a backup copies), in MB."""
    files = [database_file(data_dir), data_dir / "ritmeregie.sqlite3-wal"]
    return sum(f.stat().st_size for f in files if f.exists()) / 1024 / 1024


def generate_heavy_store(
    data_dir: Path, size: HeavySize, today: dt.date, tz: str = "Europe/Amsterdam"
) -> Path:
    """Ten years of heavy use ending yesterday: today itself is left as on an empty store, so
    `plan` compares the same day and only the volume differs."""
    prepare_app_store(data_dir)
    rng = random.Random(SEED)
    now = dt.datetime.now(dt.UTC)
    first = today - dt.timedelta(days=365 * YEARS)
    days = [first + dt.timedelta(days=i) for i in range((today - first).days)]
    tables = Base.metadata.tables
    store = open_store(data_dir)
    try:
        engine = store._engine  # the store's own engine: same pragmas (WAL, foreign keys)
        with engine.begin() as conn:
            conn.execute(tables["agenda_items"].insert(), list(_agenda(rng, days, size, tz, now)))
            conn.execute(tables["reflections"].insert(), list(_reflections(rng, days, size, now)))
            records, rows = _dadu(rng, days, size, now)
            conn.execute(tables["dadu_records"].insert(), records)
            conn.execute(tables["dadu_rows"].insert(), rows)
            conn.execute(tables["nudge_log"].insert(), list(_nudges(rng, days, size)))
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("ANALYZE")
    finally:
        store.close()
    return data_dir


def _at(day: dt.date, minute_of_day: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), dt.UTC) + dt.timedelta(minutes=minute_of_day)


def _agenda(
    rng: random.Random, days: list[dt.date], size: HeavySize, tz: str, now: dt.datetime
) -> Iterator[dict[str, object]]:
    for i in range(size.agenda_items):
        day = days[i * len(days) // size.agenda_items]
        start = _at(day, rng.randrange(7 * 60, 16 * 60, 15))
        yield {
            "title": f"Overleg {i}",
            "start_utc": start,
            "end_utc": start + dt.timedelta(minutes=rng.choice((15, 30, 45, 60, 90))),
            "tz": tz,
            "kind": rng.choice((BlockKind.MEETING.value, BlockKind.CALL.value)),
            "notes": "",
            "decision_question": "Welke beslissing moet hier vandaag genomen worden?",
            "source": None,
            "created_utc": now,
            "updated_utc": now,
        }


def _reflections(
    rng: random.Random, days: list[dt.date], size: HeavySize, now: dt.datetime
) -> Iterator[dict[str, object]]:
    for day in days[-size.reflections :]:
        yield {
            "date": day,
            "satisfied": "Het verslag is af.",
            "less_satisfied": "Te veel onderbrekingen.",
            "differently": "Morgen eerst het inbox-blok.",
            "energy": rng.randint(1, 5),
            "updated_utc": now,
        }


def _dadu(
    rng: random.Random, days: list[dt.date], size: HeavySize, now: dt.datetime
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    rows_per_record = 4
    record_count = max(1, size.dadu_rows // rows_per_record)
    records: list[dict[str, object]] = [
        {
            "id": r + 1,
            "meeting_title": f"MT-overleg {r}",
            "agenda_item_id": None,
            "meeting_date": days[r * len(days) // record_count],
            "created_utc": now,
        }
        for r in range(record_count)
    ]
    rows: list[dict[str, object]] = []
    for i in range(size.dadu_rows):
        record = records[i % record_count]
        meeting = record["meeting_date"]
        assert isinstance(meeting, dt.date)
        rows.append(
            {
                "record_id": record["id"],
                "decision": "Besloten: we gaan door.",
                "action": "Notulen rondsturen",
                "owner": rng.choice(("Anna", "Bram", "Chantal")),
                "deadline": meeting + dt.timedelta(days=7),
                "update_note": "",
                "update_date": None,
            }
        )
    return records, rows


def _nudges(
    rng: random.Random, days: list[dt.date], size: HeavySize
) -> Iterator[dict[str, object]]:
    kinds = (BlockKind.FOCUS, BlockKind.RESET, BlockKind.DAGSTART, BlockKind.MEETING)
    answers = ("started", "snoozed", "skipped", "missed")
    for i in range(size.nudge_log_rows):
        day = days[i * len(days) // size.nudge_log_rows]
        start = _at(day, 8 * 60 + (i % 40) * 12)
        kind = kinds[i % len(kinds)]
        answer = rng.choice(answers)
        yield {
            "planned_utc": start,
            "shown_utc": None if answer == "missed" else start,
            "nudge_kind": "block_start",
            "block_kind": kind.value,
            "block_title": kind.value,
            "block_start_utc": start,
            "block_end_utc": start + dt.timedelta(minutes=50 if kind is BlockKind.FOCUS else 5),
            "answer": answer,
            "answered_utc": start + dt.timedelta(seconds=20),
        }
