"""Storage fixtures: a fresh data folder and store per test, a manual clock, raw SQLite access."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store, open_store

T0 = dt.datetime(2027, 3, 26, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    with open_store(data_dir, clock) as opened:
        yield opened


@contextmanager
def _raw(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path)) as conn, conn:
        yield conn


@pytest.fixture
def raw() -> Callable[[Path], AbstractContextManager[sqlite3.Connection]]:
    """Open a plain sqlite3 connection (committed and closed on exit) to look behind the API."""
    return _raw
