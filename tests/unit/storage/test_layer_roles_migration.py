"""Migration 0004 (issue 16): layers get a role. A layer that blocked her focus was a manager's
calendar and stays blocking; every other layer is context. A DADU gets room for its occurrence."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from test_calendar_migration import downgrade_to

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import LayerRole
from ritmeregie.storage import EventLink, open_store
from ritmeregie.storage.migrate import ensure_schema

Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]


def test_a_0003_store_gives_its_layers_their_roles(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    with open_store(data_dir, clock) as store:
        store.calendars.add("Directie", blocking=True, role=LayerRole.MANAGER)
        store.calendars.add("Feestdagen")
        store.dadu.add("MT-overleg", dt.date(2027, 1, 11), [])
        db = store.path
    downgrade_to(db, "0003")
    with raw(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(calendar_sources)")]
        assert "role" not in columns

    ensure_schema(db, data_dir, now=dt.datetime(2027, 1, 11, 9, tzinfo=dt.UTC))

    with open_store(data_dir, clock) as store:
        roles = {s.name: (s.role, s.blocking) for s in store.calendars.sources()}
        assert roles == {
            "Directie": (LayerRole.MANAGER, True),
            "Feestdagen": (LayerRole.CONTEXT, False),
        }
        [record] = store.dadu.between(dt.date(2027, 1, 11), dt.date(2027, 1, 11))
        assert record.event is None and record.meeting_title == "MT-overleg"


def test_a_dadu_is_found_by_its_occurrence_on_any_date(data_dir: Path, clock: ManualClock) -> None:
    start = dt.datetime(2027, 1, 11, 9, tzinfo=dt.UTC)
    link = EventLink("uid-1", "2027-01-11T09:00:00+00:00", start)
    with open_store(data_dir, clock) as store:
        store.dadu.add("MT-overleg", dt.date(2027, 1, 11), [], event=link)
        store.dadu.add("MT-overleg", dt.date(2027, 1, 11), [])  # typed by hand, no occurrence
        moved = EventLink("uid-1", link.occurrence)
        found = store.dadu.find("MT-overleg (verplaatst)", dt.date(2027, 1, 12), event=moved)
        assert found is not None and found.event == link
        other = EventLink("uid-1", "2027-01-18T09:00:00+00:00")
        assert store.dadu.find("MT-overleg", dt.date(2027, 1, 18), event=other) is None
        assert store.dadu.with_occurrences([moved, other]) == {("uid-1", link.occurrence)}
