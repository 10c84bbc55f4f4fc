"""Settings: typed defaults, filled when missing, bad stored text reported but never overwritten."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.domain.rhythm import (
    DayRhythm,
    RhythmTemplate,
    Ritual,
    WorkHours,
    default_rhythm,
)
from ritmeregie.storage import SETTINGS, SettingsError, Store, open_store

Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]

DEFAULTS = {
    "language": "auto",
    "heads_up_minutes": 2,
    "snooze_minutes": 5,
    "nudge_window": True,
    "sound": False,
    "nudge_timeout_seconds": 120,
    "timezone": "",
    "day_boundary": "04:00",
    "first_run_done": False,
}


def stored(raw: Raw, path: Path) -> dict[str, str]:
    with raw(path) as conn:
        return dict(conn.execute("SELECT key, value FROM settings").fetchall())


def test_a_new_store_holds_every_default(store: Store, raw: Raw) -> None:
    values = store.settings.all()
    assert {k: values[k] for k in DEFAULTS} == DEFAULTS
    assert values["rhythm"] == default_rhythm()
    assert store.settings.rhythm() == default_rhythm()
    rows = stored(raw, store.path)
    assert set(rows) == {spec.key for spec in SETTINGS}
    assert json.loads(rows["heads_up_minutes"]) == 2


def test_missing_keys_are_filled_and_present_ones_kept(
    data_dir: Path, clock: ManualClock, raw: Raw
) -> None:
    with open_store(data_dir, clock) as store:
        store.settings.set("language", "nl")
        db = store.path
    with raw(db) as conn:
        conn.execute("DELETE FROM settings WHERE key IN ('sound', 'rhythm', 'day_boundary')")
    with open_store(data_dir, clock) as store:
        assert store.settings.get("language") == "nl"
        assert store.settings.get("sound") is False
        assert store.settings.rhythm() == default_rhythm()
    rows = stored(raw, db)
    assert rows["language"] == '"nl"'
    assert rows["sound"] == "false"
    assert rows["day_boundary"] == '"04:00"'


@pytest.mark.parametrize(
    ("key", "bad_text", "default"),
    [
        ("heads_up_minutes", "not json {", 2),
        ("heads_up_minutes", '"three"', 2),
        ("heads_up_minutes", "true", 2),  # a bool is not a number of minutes
        ("heads_up_minutes", "999", 2),  # out of range
        ("nudge_window", "1", True),
        ("language", '"fr"', "auto"),
        ("timezone", '"Mars/Olympus"', ""),
        ("day_boundary", '"4 uur"', "04:00"),
        (
            "rhythm",
            '{"days": {"0": {"work_start": "17:00", "work_end": "08:00", "rituals": []}}}',
            None,
        ),
        ("rhythm", "[]", None),
    ],
)
def test_bad_stored_value_falls_back_without_losing_the_row(
    data_dir: Path,
    clock: ManualClock,
    raw: Raw,
    caplog: pytest.LogCaptureFixture,
    key: str,
    bad_text: str,
    default: object,
) -> None:
    with open_store(data_dir, clock) as store:
        db = store.path
    with raw(db) as conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = ?", (bad_text, key))

    with (
        caplog.at_level(logging.WARNING, logger="ritmeregie.storage"),
        open_store(data_dir, clock) as store,
    ):
        value = store.settings.get(key)
        assert value == (default_rhythm() if key == "rhythm" else default)
        assert key in store.settings.problems()
        # Read twice, reported once.
        store.settings.get(key)

    assert stored(raw, db)[key] == bad_text
    warnings = [
        r for r in caplog.records if r.name == "ritmeregie.storage" and key in r.getMessage()
    ]
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING


def test_setting_a_new_value_replaces_bad_text(store: Store, raw: Raw) -> None:
    with raw(store.path) as conn:
        conn.execute("UPDATE settings SET value = 'garbage' WHERE key = 'sound'")
    store.settings.set("sound", True)
    assert store.settings.get("sound") is True
    assert stored(raw, store.path)["sound"] == "true"
    assert store.settings.problems() == {}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("snooze_minutes", "5", "expected int"),
        ("snooze_minutes", True, "expected int"),
        ("snooze_minutes", 0, "from 1 to 120"),
        ("sound", 1, "expected bool"),
        ("language", "de", "auto, nl or en"),
        ("timezone", "Europe/Atlantis", "not a known time zone"),
        ("day_boundary", "25:00", "time like 04:00"),
        ("rhythm", {"days": {}}, "expected RhythmTemplate"),
        ("colour", "blue", "no setting called 'colour'"),
    ],
)
def test_invalid_values_are_refused_with_one_line(
    store: Store, raw: Raw, key: str, value: object, message: str
) -> None:
    before = stored(raw, store.path)
    with pytest.raises(SettingsError, match=message) as info:
        store.settings.set(key, value)
    assert "\n" not in str(info.value)
    assert stored(raw, store.path) == before


def test_unknown_key_on_get_is_a_settings_error(store: Store) -> None:
    with pytest.raises(SettingsError, match="no setting called 'volume'"):
        store.settings.get("volume")


def test_values_survive_a_reopen_with_their_types(data_dir: Path, clock: ManualClock) -> None:
    with open_store(data_dir, clock) as store:
        store.settings.set("heads_up_minutes", 0)
        store.settings.set("nudge_window", False)
        store.settings.set("timezone", "Europe/Brussels")
        store.settings.set("day_boundary", "05:30")
        store.settings.set("first_run_done", True)
    with open_store(data_dir, clock) as store:
        assert store.settings.get("heads_up_minutes") == 0
        assert store.settings.get("nudge_window") is False
        assert store.settings.get("timezone") == "Europe/Brussels"
        assert store.settings.get("day_boundary") == "05:30"
        assert store.settings.get("first_run_done") is True
        store.settings.reset("day_boundary")
        assert store.settings.get("day_boundary") == "04:00"


def test_rhythm_round_trip(data_dir: Path, clock: ManualClock) -> None:
    hours = WorkHours(dt.time(9), dt.time(15, 30))
    mine = RhythmTemplate(
        days={
            2: DayRhythm(hours, (Ritual(BlockKind.DAGSTART, dt.time(9), 15, "Dagstart"),)),
            3: DayRhythm(hours),
        },
        focus_minutes=45,
        reset_minutes=10,
        min_focus_minutes=20,
    )
    with open_store(data_dir, clock) as store:
        store.settings.set_rhythm(mine)
    with open_store(data_dir, clock) as store:
        assert store.settings.rhythm() == mine
