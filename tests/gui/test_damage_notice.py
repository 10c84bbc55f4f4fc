"""Damage SQLite finds while the app reads (a page the O(1) look at opening did not reach) is said
once, with what the next start will do; nothing escapes as a traceback."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import open_store
from ritmeregie.storage.database import DB_FILENAME
from ritmeregie.ui.damage_notice import DamageNotice

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "storage"))
from test_storage_damage_look import ROWS, T0, damage_middle_leaves, fill, hour_at

pytestmark = pytest.mark.gui


def test_damage_read_twice_is_said_once_and_names_the_file(qtbot: Any, data_dir: Path) -> None:
    fill(data_dir)
    damage_middle_leaves(data_dir / DB_FILENAME)
    said: list[tuple[str, str]] = []
    with open_store(data_dir, ManualClock(T0)) as store:
        notice = DamageNotice(store, lambda title, text: said.append((title, text)))
        store.agenda.between(hour_at(0), hour_at(1))  # a sound page: nothing to say
        assert said == []
        for _ in range(2):
            with pytest.raises(DBAPIError):
                store.agenda.between(hour_at(ROWS // 2), hour_at(ROWS // 2 + 1))

    assert len(said) == 1 and notice.said == [said[0][1]]
    title, text = said[0]
    assert title == "Your data file is damaged"
    assert str(data_dir / DB_FILENAME) in text
    assert "start it again" in text and "nothing is deleted" in text
