"""Managers, requests with their intake answers, and agreements kept with both requests."""

from __future__ import annotations

import datetime as dt

import pytest

from ritmeregie.domain.priority import Preference
from ritmeregie.storage import Intake, InvalidRecordError, NotFoundError, Store


def test_the_first_manager_is_the_default_and_names_ignore_case(store: Store):
    store.calendars.add("Agenda Anna")
    anna = store.managers.add("Anna de Vries", layers=["Agenda Anna"])
    bert = store.managers.add("Bert", review_weekday=0, review_time=dt.time(9, 30))
    assert anna.is_default and not bert.is_default
    assert anna.color and anna.color != bert.color
    assert store.managers.find("anna de vries") == anna
    assert bert.review_weekday == 0 and bert.review_time == dt.time(9, 30)
    with pytest.raises(InvalidRecordError):
        store.managers.add("ANNA DE VRIES")


def test_setting_a_new_default_and_removing_it_hands_it_on(store: Store):
    store.managers.add("Anna")
    store.managers.add("Bert")
    store.managers.add("Carla", default=True)
    assert [m.name for m in store.managers.all() if m.is_default] == ["Carla"]
    store.calendars.add("A")
    store.calendars.add("B")
    store.managers.update("anna", default=True, color="#112233", layers=["A", "A", " B "])
    anna = store.managers.find("Anna")
    assert anna is not None and anna.is_default and anna.layers == ("A", "B")
    store.managers.remove("Anna")
    assert [m.name for m in store.managers.all() if m.is_default] == ["Bert"]
    with pytest.raises(NotFoundError):
        store.managers.remove("Anna")
    with pytest.raises(InvalidRecordError):
        store.managers.update("Bert", color="red")


def test_a_request_keeps_its_manager_estimate_and_answers(store: Store):
    anna = store.managers.add("Anna")
    item = store.must_dos.add(
        "Notitie voor de RvC",
        urgent=True,
        deadline=dt.date(2027, 3, 5),
        manager_id=anna.id,
        estimate_minutes=90,
        intake=Intake(
            goal="Besluit over budget",
            needed_for="RvC van vrijdag",
            impact="RvC schuift een week",
            prefer=Preference.COMPLETENESS,
        ),
    )
    again = store.must_dos.get(item.id)
    assert again is not None
    assert (again.manager, again.manager_id, again.estimate_minutes) == ("Anna", anna.id, 90)
    assert again.goal == "Besluit over budget" and again.prefer is Preference.COMPLETENESS
    assert [m.manager for m in store.must_dos.open()] == ["Anna"]
    store.managers.remove("Anna")
    orphan = store.must_dos.get(item.id)
    assert orphan is not None and orphan.manager is None and orphan.goal == "Besluit over budget"


def test_the_intake_saves_as_you_type(store: Store):
    bert = store.managers.add("Bert")
    item = store.must_dos.add("Reis boeken")
    updated = store.must_dos.set_request(
        item.id,
        manager_id=bert.id,
        estimate_minutes=30,
        deadline=dt.date(2027, 3, 2),
        intake=Intake(goal="Op tijd in Brussel", prefer=Preference.SPEED),
    )
    assert updated.manager == "Bert" and updated.deadline == dt.date(2027, 3, 2)
    with pytest.raises(InvalidRecordError):
        store.must_dos.set_request(
            item.id, manager_id=None, estimate_minutes=-5, deadline=None, intake=Intake()
        )


def test_an_agreement_stays_with_both_requests(store: Store):
    first = store.must_dos.add("A")
    second = store.must_dos.add("B")
    agreement = store.agreements.add("B schuift naar dinsdag.", [first.id, second.id])
    assert store.agreements.for_must_do(first.id) == [agreement]
    assert store.agreements.for_must_do(second.id) == [agreement]
    store.must_dos.remove(first.id)
    assert store.agreements.for_must_do(second.id)[0].must_do_ids == (second.id,)


def test_a_name_typed_decomposed_is_the_same_manager(store: Store):
    # "José" typed as e + combining accent (macOS, some IMEs) looks the same and is the same.
    composed, decomposed = "Jos\u00e9 M\u00fcller", "Jose\u0301 Mu\u0308ller"
    jose = store.managers.add(composed)
    assert store.managers.find(decomposed) == jose
    assert store.managers.find("jose\u0301") == jose  # the only José, by first name
    with pytest.raises(InvalidRecordError):
        store.managers.add(decomposed)
    assert store.managers.add("Zoe\u0308").name == "Zo\u00eb"  # stored composed


def test_a_manager_only_gets_calendar_layers_that_exist(store: Store):
    store.calendars.add("Agenda Anna")
    with pytest.raises(InvalidRecordError, match="the layers are: Agenda Anna"):
        store.managers.add("Anna", layers=["Agenda Ana"])
    assert store.managers.find("Anna") is None
    store.managers.add("Anna", layers=["Agenda Anna"])
    with pytest.raises(InvalidRecordError, match="no calendar layer called Typo"):
        store.managers.update("Anna", layers=["Agenda Anna", "Typo"])
    # a layer she removed later stays with the manager until she takes it off
    store.calendars.remove("Agenda Anna")
    assert store.managers.update("Anna", color="#112233").layers == ("Agenda Anna",)
    assert store.managers.update("Anna", layers=["Agenda Anna"]).layers == ("Agenda Anna",)
