"""DADU rows one at a time: find-or-create the meeting's record, edit in place, deadlines as must-do's."""

from __future__ import annotations

import datetime as dt

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.storage import DaduRow, InvalidRecordError, NotFoundError, Store

MEETING_DAY = dt.date(2027, 3, 26)
NEXT_FRIDAY = dt.date(2027, 4, 2)


def test_append_row_creates_the_record_then_adds_to_it(store: Store) -> None:
    first = store.dadu.append_row("MT-overleg", MEETING_DAY, DaduRow(decision="Budget akkoord"))
    second = store.dadu.append_row(
        "  MT-overleg ", MEETING_DAY, DaduRow(action="Notulen delen", owner="Ik")
    )
    assert second.id == first.id
    assert [r.decision for r in second.rows] == ["Budget akkoord", ""]
    assert [r.action for r in second.rows] == ["", "Notulen delen"]
    assert all(r.id is not None for r in second.rows)
    # Another date or another title is another meeting.
    other_day = store.dadu.append_row("MT-overleg", NEXT_FRIDAY, DaduRow(decision="x"))
    other_title = store.dadu.append_row("Teamoverleg", MEETING_DAY, DaduRow(decision="y"))
    assert len({first.id, other_day.id, other_title.id}) == 3
    assert [r.meeting_title for r in store.dadu.between(MEETING_DAY, MEETING_DAY)] == [
        "MT-overleg",
        "Teamoverleg",
    ]


def test_append_row_finds_the_meeting_by_its_agenda_item(store: Store) -> None:
    start = dt.datetime(2027, 3, 26, 9, 0, tzinfo=dt.UTC)
    item = store.agenda.add(
        "MT", start, start + dt.timedelta(hours=1), "Europe/Amsterdam", BlockKind.MEETING
    )
    assert item.id is not None
    by_title = store.dadu.append_row("MT", MEETING_DAY, DaduRow(decision="a"))
    # The agenda item is remembered once it is known ...
    linked = store.dadu.append_row("MT", MEETING_DAY, DaduRow(decision="b"), item.id)
    assert linked.id == by_title.id
    assert linked.agenda_item_id == item.id
    # ... and then the item finds the record even when the title was typed differently.
    renamed = store.dadu.append_row("MT-overleg maart", MEETING_DAY, DaduRow(decision="c"), item.id)
    assert renamed.id == by_title.id
    assert renamed.meeting_title == "MT"
    found = store.dadu.find("whatever", MEETING_DAY, item.id)
    assert found is not None and len(found.rows) == 3


def test_append_row_refuses_empty_title_and_unknown_agenda_item(store: Store) -> None:
    with pytest.raises(InvalidRecordError):
        store.dadu.append_row("  ", MEETING_DAY, DaduRow(decision="x"))
    with pytest.raises(NotFoundError):
        store.dadu.append_row("MT", MEETING_DAY, DaduRow(decision="x"), agenda_item_id=42)
    assert store.dadu.between(MEETING_DAY, MEETING_DAY) == []


def test_a_deadline_becomes_a_must_do_on_that_date(store: Store) -> None:
    record = store.dadu.append_row(
        "MT-overleg",
        MEETING_DAY,
        DaduRow(decision="Offsite", action="Locaties zoeken", owner="Ik", deadline=NEXT_FRIDAY),
    )
    row_id = record.rows[0].id
    assert row_id is not None
    must_do_id = store.dadu.must_do_for_row(row_id)
    assert must_do_id is not None
    must_do = store.must_dos.get(must_do_id)
    assert must_do is not None
    assert must_do.title == "Locaties zoeken (MT-overleg)"
    assert must_do.deadline == NEXT_FRIDAY
    assert must_do.planned_for == NEXT_FRIDAY
    assert must_do.done is None


def test_a_row_without_action_names_its_decision_and_without_deadline_makes_no_must_do(
    store: Store,
) -> None:
    store.dadu.append_row(
        "MT", MEETING_DAY, DaduRow(decision="Nieuwe printer", deadline=NEXT_FRIDAY)
    )
    store.dadu.append_row("MT", MEETING_DAY, DaduRow(decision="Geen deadline", action="Iets"))
    assert [m.title for m in store.must_dos.open()] == ["Nieuwe printer (MT)"]


def test_editing_a_row_updates_its_must_do_instead_of_adding_one(store: Store) -> None:
    record = store.dadu.append_row(
        "MT", MEETING_DAY, DaduRow(action="Mail sturen", deadline=NEXT_FRIDAY)
    )
    row_id = record.rows[0].id
    assert row_id is not None
    later = NEXT_FRIDAY + dt.timedelta(days=3)
    updated = store.dadu.update_row(
        row_id, DaduRow(action="Mail naar het team sturen", owner="Sanne", deadline=later)
    )
    assert updated.id == row_id
    assert updated.owner == "Sanne"
    open_ones = store.must_dos.open()
    assert len(open_ones) == 1
    assert open_ones[0].title == "Mail naar het team sturen (MT)"
    assert open_ones[0].deadline == later
    assert open_ones[0].planned_for == later
    stored = store.dadu.get(record.id)
    assert stored is not None
    assert stored.rows == (
        DaduRow(action="Mail naar het team sturen", owner="Sanne", deadline=later),
    )


def test_editing_text_keeps_a_deferred_must_do_where_the_user_put_it(store: Store) -> None:
    record = store.dadu.append_row("MT", MEETING_DAY, DaduRow(action="Mail", deadline=NEXT_FRIDAY))
    row_id = record.rows[0].id
    assert row_id is not None
    must_do_id = store.dadu.must_do_for_row(row_id)
    assert must_do_id is not None
    store.must_dos.defer(must_do_id, NEXT_FRIDAY + dt.timedelta(days=7))
    store.dadu.update_row(row_id, DaduRow(action="Mail met bijlage", deadline=NEXT_FRIDAY))
    must_do = store.must_dos.get(must_do_id)
    assert must_do is not None
    assert must_do.title == "Mail met bijlage (MT)"
    assert must_do.planned_for == NEXT_FRIDAY + dt.timedelta(days=7)


def test_clearing_the_deadline_drops_an_open_must_do_but_keeps_a_done_one(store: Store) -> None:
    record = store.dadu.append_row(
        "MT",
        MEETING_DAY,
        DaduRow(action="Open", deadline=NEXT_FRIDAY),
    )
    record = store.dadu.append_row("MT", MEETING_DAY, DaduRow(action="Al af", deadline=NEXT_FRIDAY))
    open_row, done_row = (r.id for r in record.rows)
    assert open_row is not None and done_row is not None
    done_id = store.dadu.must_do_for_row(done_row)
    assert done_id is not None
    store.must_dos.done(done_id)
    store.dadu.update_row(open_row, DaduRow(action="Open"))
    store.dadu.update_row(done_row, DaduRow(action="Al af"))
    assert store.must_dos.open() == []
    kept = store.must_dos.get(done_id)
    assert kept is not None and kept.is_done
    assert store.dadu.must_do_for_row(done_row) is None
    # A deadline set again later makes a fresh must-do.
    store.dadu.update_row(open_row, DaduRow(action="Open", deadline=NEXT_FRIDAY))
    assert [m.title for m in store.must_dos.open()] == ["Open (MT)"]


def test_removing_a_row_keeps_its_must_do_unlinked(store: Store) -> None:
    record = store.dadu.append_row("MT", MEETING_DAY, DaduRow(action="Weg", deadline=NEXT_FRIDAY))
    record = store.dadu.append_row("MT", MEETING_DAY, DaduRow(decision="Blijft"))
    row_id = record.rows[0].id
    assert row_id is not None
    must_do_id = store.dadu.must_do_for_row(row_id)
    removed = store.dadu.remove_row(row_id)
    assert removed == DaduRow(action="Weg", deadline=NEXT_FRIDAY)
    assert store.dadu.remove_row(row_id) is None
    stored = store.dadu.get(record.id)
    assert stored is not None
    assert [r.decision for r in stored.rows] == ["Blijft"]
    assert must_do_id is not None
    assert store.must_dos.get(must_do_id) is not None
    assert store.dadu.must_do_for_row(row_id) is None
    with pytest.raises(NotFoundError):
        store.dadu.update_row(row_id, DaduRow(decision="x"))


def test_rename_follows_into_the_must_do_title(store: Store) -> None:
    record = store.dadu.append_row("MT", MEETING_DAY, DaduRow(action="Mail", deadline=NEXT_FRIDAY))
    renamed = store.dadu.rename(record.id, "MT-overleg")
    assert renamed.meeting_title == "MT-overleg"
    assert [m.title for m in store.must_dos.open()] == ["Mail (MT-overleg)"]
    with pytest.raises(InvalidRecordError):
        store.dadu.rename(record.id, "")
    with pytest.raises(NotFoundError):
        store.dadu.rename(999, "x")


def test_add_with_rows_makes_must_dos_too(store: Store) -> None:
    record_id = store.dadu.add(
        "MT", MEETING_DAY, [DaduRow(action="A", deadline=NEXT_FRIDAY), DaduRow(decision="B")]
    )
    record = store.dadu.get(record_id)
    assert record is not None
    assert [m.title for m in store.must_dos.open()] == ["A (MT)"]
    first = record.rows[0].id
    assert first is not None
    assert store.dadu.record_of_row(first) == record


def test_long_meeting_titles_are_shortened_in_the_must_do(store: Store) -> None:
    title = "Stuurgroep digitale transformatie en huisvesting regio Noord-Holland"
    store.dadu.append_row(title, MEETING_DAY, DaduRow(action="Mail", deadline=NEXT_FRIDAY))
    (must_do,) = store.must_dos.open()
    assert must_do.title.startswith("Mail (Stuurgroep digitale")
    assert must_do.title.endswith("…)")
    assert len(must_do.title) <= len("Mail ()") + 40


def test_with_open_actions_for_the_weekly_review(store: Store, clock: ManualClock) -> None:
    monday = dt.date(2027, 3, 22)
    sunday = dt.date(2027, 3, 28)
    done = store.dadu.append_row("MT", monday, DaduRow(action="Klaar", deadline=NEXT_FRIDAY))
    store.dadu.append_row("MT", monday, DaduRow(decision="Alleen besluit"))
    store.dadu.append_row("Team", dt.date(2027, 3, 24), DaduRow(action="Bellen", owner="Kees"))
    store.dadu.append_row("Team", dt.date(2027, 3, 24), DaduRow(action="Nog", deadline=NEXT_FRIDAY))
    store.dadu.append_row("Buiten", dt.date(2027, 3, 29), DaduRow(action="Volgende week"))
    done_row = done.rows[0].id
    assert done_row is not None
    must_do_id = store.dadu.must_do_for_row(done_row)
    assert must_do_id is not None
    store.must_dos.done(must_do_id)

    found = store.dadu.with_open_actions(monday, sunday)
    assert [r.meeting_title for r in found] == ["Team"]
    assert [row.action for row in found[0].rows] == ["Bellen", "Nog"]
    # Ticking the must-do off again (undo) reopens the action.
    store.must_dos.undo(must_do_id)
    assert [r.meeting_title for r in store.dadu.with_open_actions(monday, sunday)] == [
        "MT",
        "Team",
    ]


def test_updates_on_a_date(store: Store) -> None:
    wednesday = dt.date(2027, 3, 31)
    store.dadu.append_row(
        "MT", MEETING_DAY, DaduRow(decision="Offsite", update_note="Mail", update_date=wednesday)
    )
    store.dadu.append_row("MT", MEETING_DAY, DaduRow(decision="Ander", update_date=NEXT_FRIDAY))
    store.dadu.append_row(
        "Team",
        MEETING_DAY,
        DaduRow(action="Bellen", update_note="In teamapp", update_date=wednesday),
    )
    due = store.dadu.updates_on(wednesday)
    assert [(r.meeting_title, [row.update_note for row in r.rows]) for r in due] == [
        ("MT", ["Mail"]),
        ("Team", ["In teamapp"]),
    ]
    assert store.dadu.updates_on(MEETING_DAY) == []


def test_removing_the_record_keeps_must_dos(store: Store) -> None:
    record = store.dadu.append_row("MT", MEETING_DAY, DaduRow(action="Mail", deadline=NEXT_FRIDAY))
    assert store.dadu.remove(record.id)
    assert [m.title for m in store.must_dos.open()] == ["Mail (MT)"]


def test_add_row_to_a_known_record_and_move_the_meeting(store: Store) -> None:
    record = store.dadu.append_row("MT", MEETING_DAY, DaduRow(decision="Eerste"))
    # Another record with the same title and date: add_row goes where it is told.
    twin = store.dadu.add("MT", MEETING_DAY, [])
    added = store.dadu.add_row(twin, DaduRow(action="Tweede", deadline=NEXT_FRIDAY))
    assert added.id is not None and added.action == "Tweede"
    stored = store.dadu.get(twin)
    assert stored is not None and stored.rows == (added,)
    moved = store.dadu.rename(record.id, "MT-overleg", NEXT_FRIDAY)
    assert (moved.meeting_title, moved.meeting_date) == ("MT-overleg", NEXT_FRIDAY)
    with pytest.raises(NotFoundError):
        store.dadu.add_row(999, DaduRow(decision="x"))


def test_decisions_due_between_gives_rows_with_a_decision_and_a_deadline(store: Store) -> None:
    store.dadu.add(
        "MT",
        MEETING_DAY,
        [
            DaduRow(decision="Welke locatie?", deadline=NEXT_FRIDAY),
            DaduRow(action="Offerte opvragen", deadline=NEXT_FRIDAY),  # no decision: an action
            DaduRow(decision="Wie zit voor?", deadline=NEXT_FRIDAY + dt.timedelta(days=1)),
            DaduRow(decision="Zonder datum?"),
        ],
    )
    found = store.dadu.decisions_due_between(NEXT_FRIDAY, NEXT_FRIDAY)
    assert [(d.meeting_title, d.question, d.deadline) for d in found] == [
        ("MT", "Welke locatie?", NEXT_FRIDAY)
    ]
    assert (
        len(store.dadu.decisions_due_between(MEETING_DAY, NEXT_FRIDAY + dt.timedelta(days=1))) == 2
    )
