"""Migrations: head constant, schema equals the models, backups before upgrades, newer files untouched."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import (
    HEAD_REVISION,
    DaduRow,
    NotADatabaseError,
    SchemaTooNewError,
    Store,
    StoreError,
    open_store,
)
from ritmeregie.storage.migrate import MIGRATIONS_DIR, alembic_config, ensure_schema
from ritmeregie.storage.models import Base

NEXT = f"{int(HEAD_REVISION) + 1:04d}"  # the revision after the shipped head
Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]

# A revision after the shipped head, used to run the real upgrade procedure on a real file.
# recreate="always" rebuilds dadu_records the way SQLite batch migrations do (copy, drop,
# rename): with foreign keys on, that drop would cascade and delete every DADU row.
NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("dadu_records", recreate="always") as batch:
        batch.add_column(sa.Column("shared_to", sa.Text(), nullable=True))
    {extra}


def downgrade():
    with op.batch_alter_table("dadu_records", recreate="always") as batch:
        batch.drop_column("shared_to")
"""


def script_dir_with_next_revision(tmp_path: Path, extra: str = "pass") -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT}_next.py").write_text(
        NEXT_REVISION.format(head=HEAD_REVISION, next=NEXT, extra=extra)
    )
    return scripts


def fill(store: Store) -> tuple[int, int]:
    start = dt.datetime(2027, 3, 26, 9, tzinfo=dt.UTC)
    item = store.agenda.add("Overleg MT", start, start + dt.timedelta(hours=1), "Europe/Amsterdam")
    assert item.id is not None
    record = store.dadu.add(
        "Overleg MT",
        dt.date(2027, 3, 26),
        [DaduRow(decision="Budget akkoord", action="Mail sturen", owner="Sanne")] * 3,
        agenda_item_id=item.id,
    )
    store.settings.set("snooze_minutes", 10)
    return item.id, record


def test_head_revision_constant_is_the_scripts_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD_REVISION]


def test_migrated_schema_equals_the_models(store: Store) -> None:
    engine = create_engine(f"sqlite:///{store.path}")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_new_store_makes_no_backup(store: Store, data_dir: Path) -> None:
    assert not (data_dir / "backups").exists()


def test_reopening_a_current_store_keeps_rows_and_does_not_load_alembic(
    data_dir: Path, clock: ManualClock
) -> None:
    with open_store(data_dir, clock) as store:
        item_id, record_id = fill(store)
    code = (
        "import sys; from pathlib import Path; from ritmeregie.storage import open_store\n"
        f"s = open_store(Path({str(data_dir)!r}))\n"
        f"assert s.agenda.get({item_id}).title == 'Overleg MT'\n"
        f"assert len(s.dadu.get({record_id}).rows) == 3\n"
        "s.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
    assert not (data_dir / "backups").exists()


def test_upgrade_backs_up_first_and_keeps_every_row(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    with open_store(data_dir, clock) as store:
        item_id, record_id = fill(store)
        db = store.path
    scripts = script_dir_with_next_revision(data_dir.parent)

    now = dt.datetime(2027, 3, 28, 1, 30, tzinfo=dt.UTC)
    backup = ensure_schema(db, data_dir, now=now, script_location=scripts, head=NEXT)

    assert (
        backup == data_dir / "backups" / f"pre-migration-{HEAD_REVISION}-20270328T013000Z.sqlite3"
    )
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    with raw(backup) as conn:  # the copy is the file as it was: old schema, all rows
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
        assert conn.execute("SELECT count(*) FROM dadu_rows").fetchone() == (3,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with raw(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(NEXT,)]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(dadu_records)")]
        assert "shared_to" in columns
        assert conn.execute("SELECT agenda_item_id FROM dadu_records").fetchall() == [(item_id,)]
        assert conn.execute(
            "SELECT count(*) FROM dadu_rows WHERE record_id = ?", (record_id,)
        ).fetchone() == (3,)
        assert conn.execute(
            "SELECT value FROM settings WHERE key = 'snooze_minutes'"
        ).fetchone() == ("10",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    # This ritmeregie only knows up to HEAD_REVISION: the upgraded file is now "too new" for it.
    before = db.read_bytes()
    with pytest.raises(SchemaTooNewError):
        open_store(data_dir, clock)
    assert db.read_bytes() == before


def test_failing_upgrade_leaves_the_file_as_it_was(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    with open_store(data_dir, clock) as store:
        fill(store)
        db = store.path
    scripts = script_dir_with_next_revision(
        data_dir.parent, extra='op.execute("SELECT * FROM no_such_table")'
    )

    with pytest.raises(StoreError, match=f"to schema {NEXT} failed") as info:
        ensure_schema(db, data_dir, now=clock.now(), script_location=scripts, head=NEXT)

    backups = list((data_dir / "backups").iterdir())
    assert len(backups) == 1
    assert str(backups[0]) in str(info.value)
    with raw(db) as conn:  # the whole upgrade ran in one transaction and was rolled back
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(dadu_records)")]
        assert "shared_to" not in columns
        assert conn.execute("SELECT count(*) FROM dadu_rows").fetchone() == (3,)
    with open_store(data_dir, clock) as store:
        assert store.schema_version() == HEAD_REVISION
        assert store.settings.get("snooze_minutes") == 10


def test_unknown_newer_revision_is_refused_and_left_untouched(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    with open_store(data_dir, clock) as store:
        fill(store)
        db = store.path
    with raw(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db.read_bytes()

    with pytest.raises(SchemaTooNewError, match="newer ritmeregie") as info:
        open_store(data_dir, clock)

    assert isinstance(info.value, StoreError)
    assert "9999_from_the_future" in str(info.value)
    assert "\n" not in str(info.value)
    assert db.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_tables_without_a_schema_version_are_not_migrated_over(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    # Our tables with the version row gone: migrating "from nothing" would try to create the
    # tables again, so the store refuses instead of guessing.
    with open_store(data_dir, clock) as store:
        fill(store)
        db = store.path
    with raw(db) as conn:
        conn.execute("DELETE FROM alembic_version")
    before = db.read_bytes()

    with pytest.raises(NotADatabaseError, match="no ritmeregie schema version"):
        open_store(data_dir, clock)
    assert db.read_bytes() == before
