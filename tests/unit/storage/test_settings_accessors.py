"""Every setting has a typed accessor: callers read `settings.snooze_minutes()`, never a cast."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.rhythm import RhythmTemplate, default_rhythm
from ritmeregie.storage import SETTINGS, Store, open_store

Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]

# The accessor's name is the key, except where the key alone would mislead.
ACCESSOR_NAMES = {"timezone": "timezone_name"}
# What each accessor gives for a value the user set (the stored form may differ: "05:30").
SET_AND_READ: dict[str, tuple[Any, Any]] = {
    "language": ("nl", "nl"),
    "rhythm": (default_rhythm(), default_rhythm()),
    "heads_up_minutes": (7, 7),
    "snooze_minutes": (15, 15),
    "nudge_window": (False, False),
    "sound": (True, True),
    "nudge_timeout_seconds": (300, 300),
    "timezone": ("Europe/Amsterdam", "Europe/Amsterdam"),
    "day_boundary": ("05:30", dt.time(5, 30)),
    "first_run_done": (True, True),
    "phrases": ({"later": "Ik kom er morgen op terug."}, {"later": "Ik kom er morgen op terug."}),
    "manager_name": ("Sanne", "Sanne"),
    "style_notes": ("Kort en vriendelijk.", "Kort en vriendelijk."),
}


def accessor(store: Store, key: str) -> Callable[[], object]:
    name = ACCESSOR_NAMES.get(key, key)
    method = getattr(store.settings, name, None)
    assert callable(method), f"setting {key!r} has no typed accessor Settings.{name}()"
    return method


@pytest.mark.parametrize("key", [spec.key for spec in SETTINGS])
def test_every_setting_reads_through_its_accessor_with_its_type(store: Store, key: str) -> None:
    read = accessor(store, key)
    spec = next(s for s in SETTINGS if s.key == key)
    default = read()
    expected_type = dt.time if key == "day_boundary" else spec.type
    assert isinstance(default, expected_type)
    assert key in SET_AND_READ, f"add {key!r} to SET_AND_READ"
    value, seen = SET_AND_READ[key]
    store.settings.set(key, value)
    assert read() == seen


def test_the_default_comes_back_typed_when_the_stored_text_is_bad(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    with open_store(data_dir, clock) as store:
        db = store.path
    with raw(db) as conn:
        conn.execute("UPDATE settings SET value = '\"soon\"' WHERE key = 'snooze_minutes'")
        conn.execute("UPDATE settings SET value = '\"4 uur\"' WHERE key = 'day_boundary'")
        conn.execute("UPDATE settings SET value = '[]' WHERE key = 'rhythm'")
    with open_store(data_dir, clock) as store:
        assert store.settings.snooze_minutes() == 5
        assert store.settings.day_boundary() == dt.time(4, 0)
        assert isinstance(store.settings.rhythm(), RhythmTemplate)
