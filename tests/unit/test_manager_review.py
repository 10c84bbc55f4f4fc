"""The weekly review per manager, gathered from the store (no Qt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.services.manager_review import build_manager_review, render_manager_markdown
from ritmeregie.storage import Store, open_store
from ritmeregie.storage.records import DaduRow

AMS = ZoneInfo("Europe/Amsterdam")
MON = dt.date(2027, 3, 29)
LAST_WED = dt.datetime(2027, 3, 24, 11, tzinfo=AMS)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(LAST_WED)


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    with open_store(data_dir, clock) as opened:
        opened.settings.set("timezone", "Europe/Amsterdam")
        yield opened


def test_each_manager_gets_their_own_review(store: Store, clock: ManualClock) -> None:
    store.calendars.add("Agenda Karin")
    karin = store.managers.add("Karin de Boer", layers=["Agenda Karin"])
    tom = store.managers.add("Tom")
    done = store.must_dos.add("Begroting", manager_id=karin.id, estimate_minutes=90)
    store.must_dos.done(done.id)
    store.must_dos.add("Jaarplan", manager_id=karin.id, deadline=MON + dt.timedelta(days=2))
    store.must_dos.add("Taxi", manager_id=tom.id)
    store.dadu.add(
        "MT",
        LAST_WED.date(),
        [
            DaduRow(decision="Budget", action="Cijfers rondsturen", owner="karin"),
            DaduRow(decision="Reis", action="Hotel boeken", owner="Tom"),
            DaduRow(decision="Zaal", action="Zaal reserveren", owner="Sanne"),
        ],
    )
    clock.advance(dt.timedelta(days=5))
    review = build_manager_review(store, AMS, karin, MON)
    assert [m.title for m in review.done] == ["Begroting"]
    assert [m.title for m in review.open] == ["Jaarplan"]
    assert [m.title for m in review.deadlines] == ["Jaarplan"]
    assert [a.action for a in review.actions] == ["Cijfers rondsturen"]  # "karin": her first name
    assert review.done_minutes == 90
    text = render_manager_markdown(review)
    assert "Karin de Boer" in text and "Cijfers rondsturen" in text and "Hotel boeken" not in text
    toms = build_manager_review(store, AMS, tom, MON)
    assert [a.action for a in toms.actions] == ["Hotel boeken"]
    assert [m.title for m in toms.open] == ["Taxi"]
