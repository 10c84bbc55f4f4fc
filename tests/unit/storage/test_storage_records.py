"""Must-do's, calls, reflections, frictions, DADU and the nudge log."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import (
    DaduRow,
    FrictionStatus,
    InvalidRecordError,
    NotFoundError,
    NudgeAnswer,
    Store,
)
from ritmeregie.storage.models import NudgeLogRow

Raw = Callable[[Path], AbstractContextManager[sqlite3.Connection]]
UTC = dt.UTC
FRIDAY = dt.date(2027, 3, 26)


def test_must_dos_open_done_and_defer(store: Store, clock: ManualClock) -> None:
    plain = store.must_dos.add("Notulen uitwerken")
    both = store.must_dos.add("Zaal boeken", urgent=True, important=True, deadline=FRIDAY)
    important = store.must_dos.add("Jaarplan", important=True, planned_for=FRIDAY)
    assert [m.title for m in store.must_dos.open()] == [both.title, important.title, plain.title]

    clock.advance(dt.timedelta(minutes=30))
    done = store.must_dos.done(both.id)
    assert done.is_done and done.done == clock.now()
    assert store.must_dos.done(both.id).done == done.done  # ticking twice keeps the first time

    next_monday = FRIDAY + dt.timedelta(days=3)
    deferred = store.must_dos.defer(important.id, next_monday)
    assert deferred.deferred_to == next_monday and deferred.planned_for == next_monday
    assert [m.id for m in store.must_dos.open()] == [important.id, plain.id]
    assert [m.id for m in store.must_dos.open(on=FRIDAY)] == [plain.id]
    assert [m.id for m in store.must_dos.open(on=next_monday)] == [important.id, plain.id]

    assert store.must_dos.undo(both.id).done is None
    assert store.must_dos.get(both.id) == store.must_dos.undo(both.id)
    with pytest.raises(NotFoundError):
        store.must_dos.done(999)
    with pytest.raises(InvalidRecordError):
        store.must_dos.add("   ")


def test_calls(store: Store) -> None:
    call = store.calls.add(FRIDAY, "Jeroen (facilitair)")
    store.calls.add(FRIDAY + dt.timedelta(days=1), "Iemand anders")
    assert store.calls.on(FRIDAY) == [call]
    assert store.calls.done(call.id).done is True
    assert store.calls.on(FRIDAY)[0].done is True
    with pytest.raises(NotFoundError):
        store.calls.done(12345)


def test_reflection_is_one_per_day_and_upserted(store: Store, clock: ManualClock, raw: Raw) -> None:
    first = store.reflections.save(
        FRIDAY, "Focusblok gehaald", "Te veel mail", "Inbox-blok houden", 3
    )
    clock.advance(dt.timedelta(minutes=10))
    second = store.reflections.save(FRIDAY, "Focusblok gehaald", "Mail", "Eerder stoppen", None)
    assert store.reflections.get(FRIDAY) == second
    assert second.energy is None and second.updated > first.updated
    assert store.reflections.get(FRIDAY + dt.timedelta(days=1)) is None
    store.reflections.save(FRIDAY - dt.timedelta(days=1), "a", "b", "c", 5)
    assert [r.date for r in store.reflections.between(FRIDAY - dt.timedelta(days=7), FRIDAY)] == [
        FRIDAY - dt.timedelta(days=1),
        FRIDAY,
    ]
    with raw(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM reflections").fetchone() == (2,)


@pytest.mark.parametrize("energy", [0, 6, True])
def test_reflection_energy_is_one_to_five(store: Store, energy: int) -> None:
    with pytest.raises(InvalidRecordError, match="1 to 5"):
        store.reflections.save(FRIDAY, "", "", "", energy)
    assert store.reflections.get(FRIDAY) is None


def test_database_itself_refuses_energy_out_of_range(store: Store, raw: Raw) -> None:
    with raw(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="energy_range"):
        conn.execute(
            "INSERT INTO reflections (date, satisfied, less_satisfied, differently, energy,"
            " updated_utc) VALUES ('2027-03-26', '', '', '', 9, '2027-03-26 09:00:00.000000')"
        )


def test_frictions(store: Store, clock: ManualClock) -> None:
    printer = store.frictions.add("Printer op 2 vraagt elke keer om pincode")
    template = store.frictions.add("Geen sjabloon voor notulen")
    assert store.frictions.open() == [printer, template]
    clock.advance(dt.timedelta(days=1))
    fixed = store.frictions.set_status(template.id, FrictionStatus.CHECKLIST)
    assert fixed.status is FrictionStatus.CHECKLIST and fixed.resolved == clock.now()
    assert store.frictions.open() == [printer]
    reopened = store.frictions.set_status(template.id, FrictionStatus.OPEN)
    assert reopened.resolved is None
    assert len(store.frictions.all()) == 2
    with pytest.raises(ValueError):
        store.frictions.set_status(printer.id, "solved")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        store.frictions.set_status(99, FrictionStatus.FIXED)


def test_dadu_rows_keep_their_order_and_go_with_their_record(store: Store, raw: Raw) -> None:
    rows = [
        DaduRow(
            decision="Budget akkoord",
            action="Mail naar team",
            owner="Sanne",
            deadline=FRIDAY + dt.timedelta(days=7),
        ),
        DaduRow(
            decision="Offsite in juni",
            action="Locaties zoeken",
            owner="Ik",
            update_note="Twee opties",
            update_date=FRIDAY + dt.timedelta(days=3),
        ),
        DaduRow(action="Notulen delen", owner="Ik"),
    ]
    record_id = store.dadu.add("MT-overleg", FRIDAY, rows)
    record = store.dadu.get(record_id)
    assert record is not None
    assert record.rows == tuple(rows)
    assert record.agenda_item_id is None
    assert [r.id for r in store.dadu.between(FRIDAY, FRIDAY)] == [record_id]
    assert store.dadu.between(FRIDAY + dt.timedelta(days=1), FRIDAY + dt.timedelta(days=2)) == []
    assert store.dadu.remove(record_id) is True
    assert store.dadu.get(record_id) is None
    with raw(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM dadu_rows").fetchone() == (0,)


def test_dadu_for_unknown_agenda_item_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.dadu.add("Overleg", FRIDAY, [], agenda_item_id=77)


def test_foreign_keys_are_enforced_for_raw_rows_too(store: Store) -> None:
    # The store's own connections run with foreign_keys=ON: deleting a record through SQL
    # cascades to its rows even without the ORM's help.
    record_id = store.dadu.add("Overleg", FRIDAY, [DaduRow(decision="x")] * 2)
    from sqlalchemy import text

    with store._engine.begin() as conn:
        conn.execute(text("DELETE FROM dadu_records WHERE id = :id"), {"id": record_id})
        assert conn.execute(text("SELECT count(*) FROM dadu_rows")).scalar() == 0


def test_nudge_log(store: Store) -> None:
    ams = ZoneInfo("Europe/Amsterdam")
    planned = dt.datetime(2027, 3, 26, 16, 30, tzinfo=ams)
    log_id = store.nudge_log.record(planned, "start", "quiet_quarter", "Stil kwartier", None)
    other = store.nudge_log.record(
        planned + dt.timedelta(hours=1), "start", "reflection", "Reflectie", planned
    )
    store.nudge_log.answer(log_id, NudgeAnswer.SNOOZED, planned + dt.timedelta(seconds=20))
    entries = store.nudge_log.between(planned, planned + dt.timedelta(hours=2))
    assert [e.id for e in entries] == [log_id, other]
    first = entries[0]
    assert first.planned == dt.datetime(2027, 3, 26, 15, 30, tzinfo=UTC)
    assert first.answer is NudgeAnswer.SNOOZED
    assert first.answered == dt.datetime(2027, 3, 26, 15, 30, 20, tzinfo=UTC)
    assert first.shown is None and entries[1].shown == planned
    assert entries[1].answer is None
    with pytest.raises(NotFoundError):
        store.nudge_log.answer(999, NudgeAnswer.STARTED, planned)
    with pytest.raises(InvalidRecordError, match="timezone"):
        store.nudge_log.record(dt.datetime(2027, 3, 26, 16), "start", "focus", "Focusblok", None)


def test_the_column_type_refuses_naive_datetimes_even_past_the_api(store: Store) -> None:
    with Session(store._engine) as session:
        session.add(
            NudgeLogRow(
                planned_utc=dt.datetime(2027, 3, 26, 9),
                nudge_kind="start",
                block_kind="focus",
                block_title="Focusblok",
            )
        )
        with pytest.raises(StatementError, match="must carry a timezone"):
            session.flush()
        session.rollback()
        assert session.scalars(select(NudgeLogRow)).all() == []
