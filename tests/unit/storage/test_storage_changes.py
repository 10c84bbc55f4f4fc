"""The store announces its commits (no Qt) and sees other processes' commits (data_version)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import NudgeAnswer, Store, open_store

T0 = dt.datetime(2027, 3, 26, 9, 0, tzinfo=dt.UTC)


def test_every_write_is_announced_once_and_reads_are_not(store: Store) -> None:
    heard: list[int] = []
    store.changes.listen(lambda: heard.append(store.changes.commits))
    before = store.changes.commits
    store.agenda.add("Overleg", T0, T0 + dt.timedelta(hours=1), "Europe/Amsterdam")
    store.must_dos.add("Offerte nabellen")
    store.agenda.between(T0, T0 + dt.timedelta(days=1))
    store.settings.get("heads_up_minutes")
    assert heard == [before + 1, before + 2]


def test_the_nudge_log_is_bookkeeping_and_not_announced(store: Store) -> None:
    heard: list[int] = []
    store.changes.listen(lambda: heard.append(1))
    row = store.nudge_log.record(T0, "block_start", "focus", "Focusblok", T0)
    store.nudge_log.answer(row, NudgeAnswer.STARTED, T0)
    assert heard == []


def test_a_commit_by_another_connection_is_seen_once_and_our_own_is_not(
    store: Store, data_dir: Path, clock: ManualClock
) -> None:
    assert store.changes.changed_elsewhere() is False  # the first look sets the baseline
    store.agenda.add("Eigen", T0, T0 + dt.timedelta(hours=1), "Europe/Amsterdam")
    assert store.changes.changed_elsewhere() is False  # our own write is no news from elsewhere
    with open_store(data_dir, clock) as other:  # as the command line in another process
        other.agenda.add("Van de CLI", T0, T0 + dt.timedelta(hours=1), "Europe/Amsterdam")
    assert store.changes.changed_elsewhere() is True
    assert store.changes.changed_elsewhere() is False
