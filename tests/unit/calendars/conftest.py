"""Calendar fixtures: a fresh store per test on a manual clock, in Europe/Amsterdam."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from calendar_files import T0

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store, open_store


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


@pytest.fixture
def store(tmp_path: Path, clock: ManualClock) -> Iterator[Store]:
    with open_store(tmp_path / "data", clock) as opened:
        opened.settings.set("timezone", "Europe/Amsterdam")
        yield opened
