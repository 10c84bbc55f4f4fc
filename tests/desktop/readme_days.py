"""The days in the README's pictures: a management assistant's week in March 2027, in Dutch and English.

Everything goes in through the store's repositories (and calendars.import_into), each record written
at its own moment on the ManualClock, so the windows show what a real week would leave behind.
Today is Tuesday 23 March 2027; last week is 15 to 21 March, this week 22 to 28 March.
"""

from __future__ import annotations

import datetime as dt
from textwrap import dedent

from readme_shots import AMS, move_clock

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.services.calendars import Window, import_into
from ritmeregie.storage import FrictionStatus, NudgeAnswer, Store
from ritmeregie.storage.records import DaduRow

TUESDAY = dt.date(2027, 3, 23)
MONDAY = TUESDAY - dt.timedelta(days=1)
FRIDAY = dt.date(2027, 3, 26)
NEXT_MONDAY = dt.date(2027, 3, 29)


def at(date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour, minute), tzinfo=AMS)


# Each entry: {"en": ..., "nl": ...}; `say(x, lang)` picks one.
Text = dict[str, str]


def say(text: Text, language: str) -> str:
    return text[language]


AGENDA = (
    ({"en": "Budget meeting 2028", "nl": "Overleg begroting 2028"}, 14, 0, 60, BlockKind.MEETING),
    ({"en": "Call Marieke about the minutes", "nl": "Marieke bellen over de notulen"},
     11, 45, 15, BlockKind.CALL),
)  # fmt: skip

BOARD_MEETING = {"en": "Board meeting", "nl": "Overleg directie"}
CARRIED = {"en": "Write up the MT minutes", "nl": "Notulen MT uitwerken"}
TODAY_MUST = {"en": "Send Budget 2028 to Karin", "nl": "Budget 2028 naar Karin sturen"}
POOL = (
    ({"en": "Book Marieke's trip to Brussels", "nl": "Reis Marieke naar Brussel boeken"},
     True, True, FRIDAY),
    ({"en": "Annual report: ask finance for the figures", "nl": "Jaarverslag: cijfers opvragen"},
     False, True, dt.date(2027, 4, 2)),
    ({"en": "Book a venue for the away day", "nl": "Locatie heidag reserveren"},
     True, False, None),
    ({"en": "Tidy up the shared mailbox", "nl": "Gedeelde mailbox opruimen"},
     False, False, None),
)  # fmt: skip
TODAY_CALL = {"en": "Karin (finance): Budget 2028 figures", "nl": "Karin (financiën): cijfers Budget 2028"}  # fmt: skip
YESTERDAY = {
    "satisfied": {
        "en": "A calm morning; inbox empty by ten.",
        "nl": "Rustige ochtend; inbox om tien uur leeg.",
    },
    "less": {
        "en": "Interrupted a lot during the focus blocks.",
        "nl": "Vaak gestoord tijdens de focusblokken.",
    },
    "differently": {
        "en": "Phone on silent during the first focus block.",
        "nl": "Telefoon op stil tijdens het eerste focusblok.",
    },
}


def seed_agenda(store: Store, language: str) -> None:
    for title, hour, minute, minutes, kind in AGENDA:
        start = at(TUESDAY, hour, minute)
        end = start + dt.timedelta(minutes=minutes)
        store.agenda.add(say(title, language), start, end, AMS.key, kind)


def seed_tuesday(store: Store, clock: ManualClock, language: str) -> None:
    """Monday's leftovers and reflection, Tuesday's agenda, must-dos to choose from and a call."""
    move_clock(clock, at(MONDAY, 8, 40))
    store.must_dos.add(say(CARRIED, language), urgent=True, important=True, planned_for=MONDAY)
    for title, urgent, important, deadline in POOL:
        store.must_dos.add(say(title, language), urgent, important, deadline)
    move_clock(clock, at(MONDAY, 16, 50))
    store.reflections.save(
        MONDAY, *(say(YESTERDAY[k], language) for k in ("satisfied", "less", "differently")), 3
    )
    move_clock(clock, at(TUESDAY, 7, 50))
    seed_agenda(store, language)
    store.must_dos.add(
        say(TODAY_MUST, language), important=True, deadline=TUESDAY, planned_for=TUESDAY
    )
    store.calls.add(TUESDAY, say(TODAY_CALL, language))


# --- two imported calendars ----------------------------------------------------------------------------

LAYERS = {"en": ("Board (Outlook)", "Personal"), "nl": ("Directie (Outlook)", "Privé")}
BOARD_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ritmeregie readme//EN
BEGIN:VEVENT
UID:readme-board-1@example.org
DTSTAMP:20270301T080000Z
DTSTART;TZID=Europe/Amsterdam:20270316T090000
DTEND;TZID=Europe/Amsterdam:20270316T100000
RRULE:FREQ=WEEKLY;BYDAY=TU
SUMMARY:{board}
LOCATION:{room}
END:VEVENT
BEGIN:VEVENT
UID:readme-board-2@example.org
DTSTAMP:20270301T080000Z
DTSTART;TZID=Europe/Amsterdam:20270323T151500
DTEND;TZID=Europe/Amsterdam:20270323T160000
SUMMARY:{works_council}
END:VEVENT
END:VCALENDAR
"""
PERSONAL_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ritmeregie readme//EN
BEGIN:VEVENT
UID:readme-personal-1@example.org
DTSTAMP:20270301T080000Z
DTSTART;TZID=Europe/Amsterdam:20270323T123000
DTEND;TZID=Europe/Amsterdam:20270323T130000
SUMMARY:{dentist}
END:VEVENT
END:VCALENDAR
"""
CALENDAR_TEXTS = {
    "en": {"board": "Board meeting", "room": "Boardroom", "works_council": "Works council prep",
           "dentist": "Dentist"},
    "nl": {"board": "Overleg directie", "room": "Directiekamer",
           "works_council": "Voorbereiding OR", "dentist": "Tandarts"},
}  # fmt: skip


def seed_calendars(store: Store, clock: ManualClock, language: str) -> tuple[str, str]:
    """Two layers: the board's Outlook calendar (blocking) and a personal one; their names."""
    texts = CALENDAR_TEXTS[language]
    window = Window.rolling(TUESDAY)
    board, personal = LAYERS[language]
    ics = {board: BOARD_ICS, personal: PERSONAL_ICS}
    for name, blocking in ((board, True), (personal, False)):
        data = dedent(ics[name]).format(**texts).replace("\n", "\r\n").encode()
        report = import_into(store, name, data, window, tz=AMS, blocking=blocking)
        assert report.events > 0, report
    return board, personal


# --- meetings and frictions -------------------------------------------------------------------------

DADU_ROWS = {
    "en": (
        DaduRow("Budget 2028 goes up by 3%", "Adjust the budget and send it round", "Karin",
                dt.date(2027, 3, 30)),
        DaduRow("MT away day on 1 April", "Book a venue", "Marieke", FRIDAY,
                "Two options requested", TUESDAY),
    ),
    "nl": (
        DaduRow("Budget 2028 gaat 3% omhoog", "Begroting aanpassen en rondsturen", "Karin",
                dt.date(2027, 3, 30)),
        DaduRow("Heidag MT op 1 april", "Locatie reserveren", "Marieke", FRIDAY,
                "Twee opties aangevraagd", TUESDAY),
    ),
}  # fmt: skip

FRICTIONS = (
    {"en": "The third-floor printer jams again", "nl": "Printer op de derde verdieping loopt vast"},
    {"en": "Meeting requests without an agenda", "nl": "Vergaderverzoeken zonder agenda"},
    {"en": "Expense form lives in three places", "nl": "Declaratieformulier staat op drie plekken"},
    {
        "en": "Hunting for the latest MT minutes",
        "nl": "Zoeken naar de laatste versie van de MT-notulen",
    },
)


def seed_frictions(store: Store, clock: ManualClock, language: str, monday: dt.date) -> None:
    """Four frictions, Monday to Thursday of the week that starts on `monday`."""
    for day, text in enumerate(FRICTIONS):
        move_clock(clock, at(monday + dt.timedelta(days=day), 11, 20 + 7 * day))
        store.frictions.add(say(text, language))


# --- statistics -----------------------------------------------------------------------------------

# Per weekday: (hour, minute, minutes, kind, answers as (answer, minutes late)).
_DAY_BLOCKS = (
    (8, 40, 50, "focus"), (9, 35, 50, "focus"), (10, 30, 30, "focus"), (11, 0, 30, "inbox"),
    (13, 0, 50, "focus"), (14, 0, 45, "focus"), (15, 0, 40, "focus"), (16, 45, 15, "reflection"),
)  # fmt: skip
# A steady pattern with a little drift, so the weeks differ and the charts have shape.
_ANSWER_CYCLE = (
    NudgeAnswer.STARTED, NudgeAnswer.STARTED, NudgeAnswer.SNOOZED, NudgeAnswer.STARTED,
    NudgeAnswer.SKIPPED, NudgeAnswer.STARTED, NudgeAnswer.STARTED, NudgeAnswer.MISSED,
    NudgeAnswer.STARTED, NudgeAnswer.STARTED, NudgeAnswer.STARTED,
)  # fmt: skip


def seed_nudge_log(store: Store, clock: ManualClock, first: dt.date, last: dt.date) -> None:
    """Weekdays from first to last: every block's start nudge, answered like a real week."""
    turn = 0
    day = first
    while day <= last:
        if day.weekday() < 5:
            for hour, minute, minutes, kind in _DAY_BLOCKS[: 6 + (day.toordinal() % 3)]:
                start = at(day, hour, minute)
                end = start + dt.timedelta(minutes=minutes)
                answer = _ANSWER_CYCLE[(turn + day.isocalendar().week) % len(_ANSWER_CYCLE)]
                turn += 1
                log_id = store.nudge_log.record(
                    start, "block_start", kind, kind, start, block_start=start, block_end=end
                )
                if answer is NudgeAnswer.SNOOZED:
                    store.nudge_log.answer(log_id, answer, start)
                    later = start + dt.timedelta(minutes=5)
                    log_id = store.nudge_log.record(
                        later, "block_start", kind, kind, later, block_start=start, block_end=end
                    )
                    answer = NudgeAnswer.STARTED
                if answer is not NudgeAnswer.MISSED:
                    store.nudge_log.answer(log_id, answer, start + dt.timedelta(minutes=1))
                else:
                    store.nudge_log.answer(log_id, answer, end)
        day += dt.timedelta(days=1)


ENERGY_WEEK = (3, 4, 2, 4, 3)


def seed_reflections(
    store: Store, clock: ManualClock, language: str, first: dt.date, last: dt.date
) -> None:
    """A short reflection most weekdays (energy varying), from first to last."""
    notes = REFLECTION_NOTES
    day, turn = first, 0
    while day <= last:
        if day.weekday() < 5 and day.toordinal() % 4 != 0:
            move_clock(clock, at(day, 16, 50))
            satisfied, less, differently = notes[turn % len(notes)]
            store.reflections.save(
                day,
                say(satisfied, language),
                say(less, language),
                say(differently, language),
                max(1, min(5, ENERGY_WEEK[day.weekday()] + (day.month % 3) - 1)),
            )
            turn += 1
        day += dt.timedelta(days=1)


REFLECTION_NOTES = (
    ({"en": "MT minutes out the same day.", "nl": "MT-notulen dezelfde dag de deur uit."},
     {"en": "Too many small requests at once.", "nl": "Te veel kleine verzoeken tegelijk."},
     {"en": "Bundle questions for Marieke.", "nl": "Vragen voor Marieke bundelen."}),
    ({"en": "Said no to a meeting without an agenda.",
      "nl": "Nee gezegd tegen een overleg zonder agenda."},
     {"en": "Lunch at my desk again.", "nl": "Weer achter mijn bureau geluncht."},
     {"en": "A real lunch break, away from the screen.", "nl": "Echt pauze, weg van het scherm."}),
    ({"en": "Annual report figures complete.", "nl": "Cijfers jaarverslag compleet."},
     {"en": "The afternoon slipped away in e-mail.", "nl": "De middag verdween in de mail."},
     {"en": "Inbox only in the inbox blocks.", "nl": "Mail alleen in de inboxblokken."}),
    ({"en": "Took the lead on the away day.", "nl": "Regie genomen over de heidag."},
     {"en": "", "nl": ""},
     {"en": "Plan the agenda with Karin earlier.", "nl": "Eerder met Karin de agenda plannen."}),
)  # fmt: skip


def seed_last_week(store: Store, clock: ManualClock, language: str) -> None:
    """What a weekly review on Monday 29 March looks back on (22 to 26 March) and ahead to."""
    seed_frictions(store, clock, language, MONDAY)
    fixed = store.frictions.open()[0]
    store.frictions.set_status(fixed.id, FrictionStatus.FIXED)
    move_clock(clock, at(MONDAY, 9, 0))
    for title, urgent, important, deadline in POOL[:3]:
        made = store.must_dos.add(say(title, language), urgent, important, deadline, MONDAY)
        if deadline is None or deadline <= FRIDAY:
            store.must_dos.done(made.id)
    store.must_dos.add(say(CARRIED, language), True, True, dt.date(2027, 4, 1))
    store.dadu.add(say(BOARD_MEETING, language), TUESDAY, DADU_ROWS[language])
    seed_reflections(store, clock, language, MONDAY, FRIDAY)
    away_day = {"en": "MT away day", "nl": "Heidag MT"}
    store.agenda.add(
        say(away_day, language),
        at(NEXT_MONDAY + dt.timedelta(days=3), 9),
        at(NEXT_MONDAY + dt.timedelta(days=3), 17),
        AMS.key,
    )
