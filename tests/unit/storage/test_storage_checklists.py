"""Checklists: born from a friction, items in order, ticks per round, archived when done with."""

from __future__ import annotations

import pytest

from ritmeregie.storage import FrictionStatus, InvalidRecordError, NotFoundError, Store


def texts(store: Store, checklist_id: int) -> list[str]:
    checklist = store.checklists.get(checklist_id)
    assert checklist is not None
    assert [i.position for i in checklist.items] == list(range(len(checklist.items)))
    return [i.text for i in checklist.items]


def test_a_friction_becomes_a_checklist(store: Store) -> None:
    friction = store.frictions.add("Reisdeclaraties: steeds zoeken naar het formulier")
    checklist = store.checklists.from_friction(
        friction.id, ["Formulier uit SharePoint", " ", "Bonnetjes scannen"]
    )
    assert checklist.title == "Reisdeclaraties: steeds zoeken naar het formulier"
    assert checklist.friction_id == friction.id
    assert [i.text for i in checklist.items] == ["Formulier uit SharePoint", "Bonnetjes scannen"]
    assert not checklist.archived
    (stored,) = store.frictions.all()
    assert stored.status is FrictionStatus.CHECKLIST
    assert stored.resolved is not None
    assert store.frictions.open() == []
    assert store.checklists.for_friction(friction.id) == checklist
    with pytest.raises(NotFoundError):
        store.checklists.from_friction(999)


def test_create_refuses_an_empty_title_and_an_unknown_friction(store: Store) -> None:
    with pytest.raises(InvalidRecordError):
        store.checklists.create("  ")
    with pytest.raises(NotFoundError):
        store.checklists.create("Iets", friction_id=5)
    assert store.checklists.all() == []


def test_items_are_added_renamed_moved_and_removed_in_order(store: Store) -> None:
    checklist = store.checklists.create("Maandrapportage", ["Cijfers", "Grafiek", "Mail"])
    ids = [i.id for i in checklist.items]
    store.checklists.add_item(checklist.id, "Controle door Kees", position=2)
    assert texts(store, checklist.id) == ["Cijfers", "Grafiek", "Controle door Kees", "Mail"]
    store.checklists.add_item(checklist.id, "Archiveren")
    store.checklists.add_item(checklist.id, "Agenda checken", position=-3)
    assert texts(store, checklist.id)[0] == "Agenda checken"
    store.checklists.move_item(ids[2], 0)  # "Mail" to the top
    assert texts(store, checklist.id)[:2] == ["Mail", "Agenda checken"]
    store.checklists.move_item(ids[2], 99)  # and to the bottom
    assert texts(store, checklist.id)[-1] == "Mail"
    renamed = store.checklists.rename_item(ids[1], "  Grafiek bijwerken ")
    assert renamed.text == "Grafiek bijwerken"
    removed = store.checklists.remove_item(ids[0])
    assert removed is not None and removed.text == "Cijfers"
    assert store.checklists.remove_item(ids[0]) is None
    assert texts(store, checklist.id) == [
        "Agenda checken",
        "Grafiek bijwerken",
        "Controle door Kees",
        "Archiveren",
        "Mail",
    ]
    # Undo: put it back where it was.
    store.checklists.add_item(checklist.id, removed.text, position=removed.position)
    assert texts(store, checklist.id)[:2] == ["Agenda checken", "Cijfers"]
    with pytest.raises(InvalidRecordError):
        store.checklists.add_item(checklist.id, "")
    with pytest.raises(InvalidRecordError):
        store.checklists.rename_item(ids[1], " ")
    with pytest.raises(NotFoundError):
        store.checklists.add_item(999, "x")
    with pytest.raises(NotFoundError):
        store.checklists.move_item(999, 0)


def test_ticks_and_a_new_round(store: Store) -> None:
    checklist = store.checklists.create("Vergadering voorbereiden", ["Zaal", "Agenda", "Stukken"])
    first, second, third = (i.id for i in checklist.items)
    assert store.checklists.tick(first).done
    store.checklists.tick(second)
    assert not store.checklists.untick(second).done
    store.checklists.tick(third)
    ticked = store.checklists.get(checklist.id)
    assert ticked is not None
    assert ticked.done_count == 2 and not ticked.complete
    store.checklists.tick(second)
    complete = store.checklists.get(checklist.id)
    assert complete is not None and complete.complete
    fresh = store.checklists.new_round(checklist.id)
    assert fresh.done_count == 0
    assert [i.text for i in fresh.items] == ["Zaal", "Agenda", "Stukken"]
    with pytest.raises(NotFoundError):
        store.checklists.tick(999)


def test_archive_rename_list_and_remove(store: Store) -> None:
    b = store.checklists.create("bestelling kantoorartikelen")
    a = store.checklists.create("Afwezigheid manager")
    c = store.checklists.create("Claims")
    store.checklists.archive(c.id)
    assert [x.id for x in store.checklists.all()] == [a.id, b.id]
    assert [x.id for x in store.checklists.all(include_archived=True)] == [a.id, b.id, c.id]
    assert not store.checklists.archive(c.id, archived=False).archived
    assert store.checklists.rename(b.id, "Bestelling").title == "Bestelling"
    with pytest.raises(InvalidRecordError):
        store.checklists.rename(b.id, "")
    assert store.checklists.remove(a.id)
    assert not store.checklists.remove(a.id)
    assert store.checklists.get(a.id) is None
    assert {x.title for x in store.checklists.all()} == {"Bestelling", "Claims"}


def test_removing_a_checklist_removes_its_items_but_not_its_friction(store: Store) -> None:
    friction = store.frictions.add("Sjablonen zoeken")
    checklist = store.checklists.from_friction(friction.id, ["Eén", "Twee"])
    assert store.checklists.remove(checklist.id)
    assert len(store.frictions.all()) == 1
    with pytest.raises(NotFoundError):
        store.checklists.tick(checklist.items[0].id)
