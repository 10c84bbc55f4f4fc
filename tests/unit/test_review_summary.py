"""The weekly review is about the week of its Monday, whenever it is opened (no Qt).

The week under review starts Monday 2027-03-29 (the Sunday before it is the night summer time
starts in Amsterdam). Opened on that Sunday evening, on the Saturday, on the Monday at 08:00 or
at 02:30 (still Sunday by the 04:00 day boundary), or on the Wednesday, it shows the same thing:
last week is 22 to 28 March, the coming week's working days hold Monday's meetings — the own agenda
and a manager's imported layer — and the deadlines of that week.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.localtime import local_date
from ritmeregie.domain.review import render_markdown, review_week
from ritmeregie.services.calendars import Window, import_into
from ritmeregie.services.review_summary import build_summary
from ritmeregie.storage import FrictionStatus, Store, open_store
from ritmeregie.storage.records import DaduRow

AMS = ZoneInfo("Europe/Amsterdam")
BOUNDARY = dt.time(4, 0)
MON = dt.date(2027, 3, 29)
LAST_MON = MON - dt.timedelta(days=7)

# A manager's calendar: a meeting on Monday, a day off on Tuesday, one the week after.
KARIN_ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//review//NL\r
BEGIN:VEVENT\r
UID:mt-1@test\r
DTSTAMP:20270301T090000Z\r
DTSTART;TZID=Europe/Amsterdam:20270329T110000\r
DTEND;TZID=Europe/Amsterdam:20270329T120000\r
SUMMARY:Directieoverleg\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:vrij-1@test\r
DTSTAMP:20270301T090000Z\r
DTSTART;VALUE=DATE:20270330\r
DTEND;VALUE=DATE:20270331\r
SUMMARY:Karin vrij\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:later-1@test\r
DTSTAMP:20270301T090000Z\r
DTSTART;TZID=Europe/Amsterdam:20270405T100000\r
DTEND;TZID=Europe/Amsterdam:20270405T110000\r
SUMMARY:Volgende week\r
END:VEVENT\r
END:VCALENDAR\r
"""


def at(date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=AMS)


def move(clock: ManualClock, instant: dt.datetime) -> None:
    clock.advance(instant.astimezone(dt.UTC) - clock.now())


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(at(LAST_MON, 9))


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    opened = open_store(data_dir, clock=clock)
    # Last week: a must-do done on Wednesday and one on Sunday evening, a DADU with an open
    # action, a friction fixed on Friday, a reflection on Thursday.
    notulen = opened.must_dos.add("Notulen MT", planned_for=LAST_MON + dt.timedelta(days=2))
    zondag = opened.must_dos.add("Week voorbereid")
    opened.dadu.add(
        "MT-overleg",
        LAST_MON + dt.timedelta(days=1),
        [DaduRow("Printer", "Offerte opvragen", "Karin")],
    )
    friction = opened.frictions.add("Sjabloon op drie plekken")
    opened.reflections.save(LAST_MON + dt.timedelta(days=3), "Rustige ochtend", "", "", 4)
    move(clock, at(LAST_MON + dt.timedelta(days=2), 15))
    opened.must_dos.done(notulen.id)
    move(clock, at(LAST_MON + dt.timedelta(days=4), 15))
    opened.frictions.set_status(friction.id, FrictionStatus.FIXED)
    move(clock, at(MON - dt.timedelta(days=1), 19))  # Sunday 19:00
    opened.must_dos.done(zondag.id)

    # The coming week: Monday's own meeting, Thursday's heidag, a Saturday thing (not a working
    # day), the Monday after (not this week); deadlines on Friday and the next Monday.
    opened.agenda.add("Weekstart MT", at(MON, 9, 30), at(MON, 10, 30), "Europe/Amsterdam")
    thursday = MON + dt.timedelta(days=3)
    opened.agenda.add("Heidag", at(thursday, 9), at(thursday, 17), "Europe/Amsterdam")
    saturday = MON + dt.timedelta(days=5)
    opened.agenda.add("Verhuizing", at(saturday, 10), at(saturday, 12), "Europe/Amsterdam")
    next_mon = MON + dt.timedelta(days=7)
    opened.agenda.add("Volgende weekstart", at(next_mon, 9), at(next_mon, 10), "Europe/Amsterdam")
    opened.must_dos.add("Jaarverslag", deadline=MON + dt.timedelta(days=4))
    opened.must_dos.add("Later", deadline=next_mon)
    import_into(
        opened, "Agenda Karin", KARIN_ICS, Window(dt.date(2027, 3, 1), dt.date(2027, 4, 30)), tz=AMS
    )
    yield opened
    opened.close()


OPENED_AT = {
    "Saturday": at(MON - dt.timedelta(days=2), 10),
    "Sunday evening": at(MON - dt.timedelta(days=1), 20),
    "Monday 02:30, still Sunday": at(MON, 2, 30),
    "Monday 08:00": at(MON, 8),
    "Wednesday": at(MON + dt.timedelta(days=2), 14),
    "Friday evening": at(MON + dt.timedelta(days=4), 18),
}


@pytest.mark.parametrize("when", OPENED_AT.values(), ids=OPENED_AT.keys())
def test_the_review_is_about_the_week_of_its_monday(
    store: Store, clock: ManualClock, when: dt.datetime
) -> None:
    move(clock, when)
    today = local_date(clock.now(), AMS, BOUNDARY)
    week = review_week(today)
    assert week == MON
    summary = build_summary(store, AMS, week)

    # Last week is the finished one, Sunday evening included.
    assert summary.done_must_dos == ("Notulen MT", "Week voorbereid")
    assert [a.action for a in summary.open_actions] == ["Offerte opvragen"]
    assert summary.fixed_frictions == ("Sjabloon op drie plekken",)
    assert [h.text for h in summary.highlights] == ["Rustige ochtend"]

    # The coming week: its working days, own agenda and the manager's layer in time order.
    assert [(a.start, a.title, a.source) for a in summary.agenda] == [
        (at(MON, 9, 30), "Weekstart MT", None),
        (at(MON, 11), "Directieoverleg", "Agenda Karin"),
        (at(MON + dt.timedelta(days=1), 0), "Karin vrij", "Agenda Karin"),
        (at(MON + dt.timedelta(days=3), 9), "Heidag", None),
    ]
    assert [(d.date, d.title) for d in summary.deadlines] == [
        (MON + dt.timedelta(days=4), "Jaarverslag")
    ]


def test_the_markdown_names_the_layer_and_the_whole_day(store: Store) -> None:
    text = render_markdown(build_summary(store, AMS, MON))
    assert "- Mon 29-3 09:30–10:30 Weekstart MT\n" in text
    assert "- Mon 29-3 11:00–12:00 Directieoverleg (Agenda Karin)\n" in text
    assert "- Tue 30-3 all day Karin vrij (Agenda Karin)\n" in text
    assert "- Fri 2-4: Jaarverslag\n" in text
    assert "Nothing." not in text.split("## Coming week")[0]  # last week is not empty


def test_a_rhythm_with_a_saturday_shows_it(store: Store) -> None:
    rhythm = store.settings.rhythm()
    monday = rhythm.days[0]
    store.settings.set_rhythm(dataclasses.replace(rhythm, days={**rhythm.days, 5: monday}))
    titles = [a.title for a in build_summary(store, AMS, MON).agenda]
    assert "Verhuizing" in titles and "Volgende weekstart" not in titles


def test_review_week_on_each_day() -> None:
    sunday_before = MON - dt.timedelta(days=1)
    assert review_week(sunday_before) == MON
    assert review_week(MON - dt.timedelta(days=2)) == MON  # Saturday
    for offset in range(5):
        assert review_week(MON + dt.timedelta(days=offset)) == MON
    assert review_week(MON + dt.timedelta(days=5)) == MON + dt.timedelta(days=7)
